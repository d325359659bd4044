"""The extract stage: rule-based extractors emitting meetings, speakers, awards and funding.

Each extractor reads the clean text's sentences and the document's entities and returns
plain dicts shaped like the models in :mod:`pipeline.records`; every record carries the
evidence sentence with clean and raw offsets.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.document import Document
from pipeline.extract.awards import AwardExtractor
from pipeline.extract.common import Lexicons, Sentence, publication_date, split_sentences
from pipeline.extract.funding import FundingExtractor
from pipeline.extract.meetings import MeetingExtractor
from pipeline.extract.speakers import (
    SpeakerExtractor,
    activity_without_meeting_on_page,
    activity_without_meeting_told,
    told_in_activity,
)

# An inspection tour or visit: what a leader says there is no speech at a meeting.
_TOUR = re.compile("调研|考察|视察|督导|检查|走访|看望|慰问")


class Extractor:
    """The extract stage (holds the lexicons and the four extractors)."""

    name = "extract"
    requires = ("clean_text", "meta", "entities")
    provides = ("records",)

    def __init__(self, config: dict[str, Any]) -> None:
        lex = Lexicons.from_dirs(config["patterns_dir"], config["lexicons_dir"])
        self.speakers = SpeakerExtractor(lex)
        self.meetings = MeetingExtractor(lex)
        self.awards = AwardExtractor(lex)
        self.funding = FundingExtractor(lex)

    def sentences(self, doc: Document) -> list[Sentence]:
        if doc.sentences:
            return [Sentence(s, e, doc.clean_text[s:e]) for s, e in doc.sentences]
        return split_sentences(doc.clean_text)

    def __call__(self, doc: Document) -> Document:
        sentences = self.sentences(doc)
        reference = publication_date(doc)
        speakers = self.speakers(doc, sentences)
        doc.records["speakers"] = speakers
        doc.records["meetings"] = self.meetings(doc, sentences, speakers, reference)
        if not doc.records["meetings"]:
            # (市委书记某某到高新区调研…。某某强调…: directions on an inspection tour, no meeting; §3, §4)
            touring = _TOUR.search(doc.clean_text) is not None
            # (an activity that is no meeting (a drill, a festival's celebration) told held as the page's event, in its
            # headline or a sentence with a day, takes every role;
            # one told in a speaker's own sentence takes that speaker's; a tally of past drills takes none)
            # (only on a page that names a drill at all: the split and the reading cost nothing elsewhere)
            named, told = activity_without_meeting_on_page(doc.clean_text)
            doc.records["speakers"] = [
                p for p in speakers
                if not (told or named and any(activity_without_meeting_told(e["text"]) for e in p["evidence"]))
                # (植树活动中，局长X向居民介绍了…: remarks told as made during an activity that is no meeting, §4)
                and not (p["evidence"] and all(told_in_activity(e["text"]) for e in p["evidence"]))
                and not self.speakers.remarks_only(p) and not (touring and set(p["roles"]) <= {"讲话"})
            ]
        doc.records["awards"] = self.awards(doc, sentences)
        doc.records["funding"] = self.funding(doc, sentences)
        return doc

