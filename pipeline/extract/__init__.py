"""The extract stage: rule-based extractors emitting meetings, speakers, awards and funding.

Each extractor reads the clean text's sentences and the document's entities and returns
plain dicts shaped like the models in :mod:`pipeline.records`; every record carries the
evidence sentence with clean and raw offsets.
"""

from __future__ import annotations

from typing import Any

from pipeline.document import Document
from pipeline.extract.awards import AwardExtractor
from pipeline.extract.common import Lexicons, Sentence, page_region, reference_date, split_sentences
from pipeline.extract.funding import FundingExtractor
from pipeline.extract.meetings import MeetingExtractor
from pipeline.extract.speakers import SpeakerExtractor


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
        if doc.meta.get("published") is None and doc.meta.get("stamp_day_first") and page_region(doc) in ("hong_kong", "macau"):
            doc.meta["published"] = doc.meta["stamp_day_first"]  # 08/05/2024 reads day first there (GUIDELINES §2)
        reference = reference_date(doc)
        speakers = self.speakers(doc, sentences)
        doc.records["speakers"] = speakers
        doc.records["meetings"] = self.meetings(doc, sentences, speakers, reference)
        # (a page whose meetings are all told as the start of a period, 自…研讨会召开之后, tells none spoken at: §3 ninth
        # and fortieth review rounds; a speech's transcript, dated as given, is an address at its own occasion)
        if not doc.records["meetings"] or (doc.meta.get("speech_date") is None
                                           and self.meetings.reports_no_meeting(doc.records["meetings"])):
            doc.records["speakers"] = self.speakers.drop_outside_meetings(speakers, doc.clean_text)
        else:
            doc.records["speakers"] = self.speakers.drop_lay_reactions(self.speakers.drop_press_quotes(speakers, doc.records["meetings"], doc.clean_text), doc.clean_text)
        doc.records["awards"] = self.awards(doc, sentences)
        doc.records["funding"] = self.funding(doc, sentences)
        return doc

