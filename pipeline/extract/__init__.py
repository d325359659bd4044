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
from pipeline.extract.speakers import SpeakerExtractor

# An inspection tour or visit: what a leader says there is no speech at a meeting.
_TOUR = re.compile("调研|考察|视察|督导|检查|走访|看望|慰问")
# A drill or exercise told held (…应急演练在江滨举行, 组织开展消防演练, 宣布演练开始): no meeting, like a contest, and remarks
# made at it give no role (GUIDELINES §3, §4 eighth round) unless a ceremony or meeting held with it is named (启动仪式,
# 点评会: then a meeting record stands).
_DRILL_HELD = re.compile("(?:演练|演习)[^，。；！？\n]{0,20}?(?:举行|举办|开展|开始|启动|结束)"
                         "|(?:举行|举办|开展|组织)[^，。；！？\n]{0,20}?(?:演练|演习)")
# A tally of drills held before (今年已开展应急演练30余次, 此前各乡镇组织开展了消防演练, 累计举办演练12场): no event of
# the page (cr8 1.11).
_DRILL_TALLY = re.compile("已|累计|共|先后|此前|以来|多次|\\d+余?[次场]")
# A day the event is told on (6月5日, 昨天, 上午): a drill told held on one is the page's event.
_DRILL_DAY = re.compile("\\d{1,2}日|[昨今前]天|[上下]午|当天|近日")
# The sentences of a page, as the drill rule reads them.
_DRILL_SENTENCE = re.compile("[^。！？!?\n]+")


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
            # (a drill told held as the page's event, in its headline or a sentence with a day, takes every role;
            # one told in a speaker's own sentence takes that speaker's; a tally of past drills takes none)
            # (only on a page that names a drill at all: the split and the reading cost nothing elsewhere)
            drilled = "演练" in doc.clean_text or "演习" in doc.clean_text
            drills = [m.group() for m in _DRILL_SENTENCE.finditer(doc.clean_text) if _drill_told(m.group())] if drilled else []
            headline = doc.clean_text.split("\n", 1)[0]
            drill = any(_DRILL_DAY.search(sentence) or sentence == headline for sentence in drills)
            doc.records["speakers"] = [
                p for p in speakers
                if not (drill or drilled and any(_drill_told(e["text"]) for e in p["evidence"]))
                and not self.speakers.remarks_only(p) and not (touring and set(p["roles"]) <= {"讲话"})
            ]
        doc.records["awards"] = self.awards(doc, sentences)
        doc.records["funding"] = self.funding(doc, sentences)
        return doc


def _drill_told(sentence: str) -> bool:
    """A drill is told held in ``sentence``, not counted among past ones."""
    return _DRILL_HELD.search(sentence) is not None and _DRILL_TALLY.search(sentence) is None
