"""Extract speed: the fast paths a profile of the extract stage found, held equal to the slow ones.

A profile (py-spy line samples, per-pattern call counts and callgrind instruction counts of the extract stage over
the bench corpus and a quarter of the snapshot texts) found, among a flat spread of rule costs: the page's region
(extract/common.py ``page_region``) voted anew by each reading that asks it of the same document, its count of
mainland organs read even where no region had enough cues to win; and the look-backs for the start of a clause
(``start_after``, one ``str.rfind`` per mark over the whole stretch for each mark the text lacks, and
``clause_bounds``, a Python test per character).  No reading changes (GUIDELINES §2 and §6 on the page's region and
a bare 元 unchanged): each fast path must give what the slow one gives, on invented sentences and random strings.
"""

from __future__ import annotations

import random
from itertools import repeat

import pytest

from pipeline.document import Document, derived_view
from pipeline.extract.common import CLAUSE_MARKS, clause_bounds, page_region, start_after
from tests.extract.oracles import clause_bounds_by_characters

MARK_SETS = [CLAUSE_MARKS, "。！？\n", "，。；！？：\n,;:", "。！？\n；;", "\n", "]^-\\"]


def _start_after_by_rfind(text: str, end: int, marks: str, floor: int) -> int:
    return max(floor, max(map(text.rfind, marks, repeat(floor), repeat(end))) + 1)


@pytest.mark.parametrize("marks", MARK_SETS)
@pytest.mark.parametrize("text", ["会议由王某主持，李某讲话；随后合影。\n散会", "无标点的一句话", "", "，", "。会,;", "a]b^c-d\\e"])
def test_start_after_same_as_rfind_per_mark(text: str, marks: str) -> None:
    for end in range(-len(text) - 2, len(text) + 3):
        for floor in range(-len(text) - 2, len(text) + 3):
            assert start_after(text, end, marks, floor=floor) == _start_after_by_rfind(text, end, marks, floor)


def test_start_after_on_random_strings() -> None:
    rng = random.Random(4)
    for _ in range(20000):
        text = "".join(rng.choice("甲乙，。；,;：！？\n（）ab") for _ in range(rng.randint(0, 14)))
        end, floor = rng.randint(-len(text) - 3, len(text) + 3), rng.randint(-len(text) - 3, len(text) + 3)
        marks = rng.choice(MARK_SETS)
        assert start_after(text, end, marks, floor=floor) == _start_after_by_rfind(text, end, marks, floor)


def test_start_after_examples() -> None:
    text = "会上，王某作了报告；李某主持。随后合影"
    assert start_after(text, 12) == 10  # (after ；)
    assert start_after(text, len(text), "。！？\n") == 15
    assert start_after(text, 12, floor=11) == 11
    assert start_after(text, 2) == 0


def test_clause_bounds_on_random_strings() -> None:
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice("甲乙，。；,;：！？\n（）()ab") for _ in range(rng.randint(0, 14)))
        pos = rng.randint(-len(text), len(text))
        assert clause_bounds(text, pos) == clause_bounds_by_characters(text, pos)


def _doc(text: str, language: str, **meta: object) -> Document:
    doc = Document.from_raw("pf4", "<test>", text, "utf-8", language=language)
    doc.meta.update(meta)
    return doc


# (clean text, the script it was written in, the page's region): cues of a region counted against the mainland organs
# named; the clean text is Simplified, as the normalizer leaves a Traditional page
REGION_ROWS = [
    ("市委召开会议，研究支持香港青年来内地发展。", "zh-Hans", "mainland"),  # (one cue: never enough in Simplified)
    ("香港青年联会举行典礼，香港特区政府官员出席。", "zh-Hans", "hong_kong"),
    ("香港青年联会举行典礼，拨款30万元资助青年交流。", "zh-Hant", "hong_kong"),  # (one cue in Traditional, no organ)
    ("香港青年联会举行典礼，市委书记出席。", "zh-Hant", "mainland"),  # (one cue beside a mainland organ)
    ("澳门街坊总会举行座谈会，拨款30万元资助社区活动。", "zh-Hant", "macau"),
    ("县府召开县务会议，立委出席。", "zh-Hant", "taiwan"),
    ("县委召开全体会议，部署全年工作。", "zh-Hans", "mainland"),
    ("", "zh-Hans", "mainland"),
]


@pytest.mark.parametrize(("text", "language", "region"), REGION_ROWS)
def test_page_region_rows(text: str, language: str, region: str) -> None:
    assert page_region(_doc(text, language)) == region


def test_page_region_is_kept_per_document_and_read_again_when_its_inputs_change() -> None:
    doc = _doc("香港青年联会举行典礼，拨款30万元资助青年交流。", "zh-Hant")
    assert page_region(doc) == "hong_kong"
    assert [value for _, value in doc.derived.values()] == ["hong_kong"]
    doc.language = "zh-Hans"  # (one cue is not enough in Simplified script)
    assert page_region(doc) == "mainland"
    doc.language = "zh-Hant"
    doc.meta["calendar"] = "roc"  # (a Taiwan stamp: one more Taiwan cue, a tie that Hong Kong, counted first, keeps)
    assert page_region(doc) == page_region.__wrapped__(doc)  # type: ignore[attr-defined]
    doc.replace_text("县委召开全体会议。", _identity(len("县委召开全体会议。")))
    assert doc.derived == {}
    assert page_region(doc) == "mainland"


def _identity(n: int):  # noqa: ANN202
    from pipeline.document import OffsetMap

    return OffsetMap(range(n), n)


def test_derived_view_computes_once_per_inputs() -> None:
    calls: list[str] = []

    @derived_view(lambda doc: (doc.clean_text, doc.language))
    def view(doc: Document) -> int:
        calls.append(doc.clean_text)
        return len(doc.clean_text)

    doc = _doc("甲乙丙", "zh-Hans")
    assert (view(doc), view(doc)) == (3, 3) and calls == ["甲乙丙"]
    doc.clean_text = "甲乙"
    assert view(doc) == 2 and calls == ["甲乙丙", "甲乙"]
    other = _doc("甲乙丙", "zh-Hans")
    assert view(other) == 3 and len(calls) == 3  # (another document: its own value)
