"""Cheap tests that the extractors run before costly patterns (speed only) never turn away a text the pattern
would read: the list-row line of awards (it ends in a unit word), the cuts of meetings' following clauses (a verb
of holding), the speakers' list-item starts kept by their first character, and the speakers' per-sentence memo of
title words (the same matches as a scan of the sentence in the document).  Each is checked as a necessary
condition on invented lines and near misses, and on seeded random strings over the characters that matter; the
end-to-end cases show sentences with and without those words read as before.  All sentences are invented."""

from __future__ import annotations

import random

import pytest

from pipeline.config import load_config
from pipeline.extract import Extractor
from pipeline.extract.common import Sentence
from pipeline.extract.meetings.dates import _DATED_NEXT_CLAUSE
from pipeline.extract.meetings.side_events import _FOLLOWING_CLAUSE, _split_following
from pipeline.extract.speakers.patterns import _LIST_ITEM_START, _list_item_starts
from tests.extract.views import page, speakers


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_config(overrides={"ner": {"backend": "none"}}))


@pytest.mark.parametrize("line", [
    "一、优秀教师120名",
    "1.优秀教师 120名；",
    "| 优秀员工 | 45名 |",
    "“先进集体”8个。",
    "优秀教师\t120名 \n",
    "二、优秀共产党员共30人；  ",
])
def test_list_line_ends_in_unit(extractor: Extractor, line: str) -> None:
    aw = extractor.awards
    assert aw.list_line.match(line) is not None
    assert aw._ends_in_unit(line)


@pytest.mark.parametrize("line", [
    "一、优秀教师120名获得表彰",  # (a verb after the count: no row)
    "优秀教师",
    "",
    "会议指出，要做好120名学员的培训。",
])
def test_near_misses_are_no_rows(extractor: Extractor, line: str) -> None:
    assert extractor.awards.list_line.match(line) is None


def test_list_line_precheck_on_random_lines(extractor: Extractor) -> None:
    aw = extractor.awards
    rng = random.Random(32)
    pieces = ["一、", "1.", "| ", " |", "优秀", "教师", "员工", "先进", "集体", "共", "120", "3", "名", "个", "人", "家",
              "。", "；", ";", " ", "\t", "\n", "“", "”", "获", "表彰"]
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        if aw.list_line.match(line) is not None:
            assert aw._ends_in_unit(line), line


def test_following_cuts_need_a_holding_verb() -> None:
    rng = random.Random(33)
    pieces = ["，", ",", "随后", "接着", "会后", "5月", "8日", "上午", "在", "礼堂", "召", "开", "举", "行", "办",
              "召开", "举行", "举办", "了", "的", "会议", "又"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        if not ("召开" in text or "举行" in text or "举办" in text):
            assert _FOLLOWING_CLAUSE.search(text) is None, text
            assert _DATED_NEXT_CLAUSE.search(text) is None, text


@pytest.mark.parametrize(("text", "parts"), [
    ("城关镇召开党委会，随后召开全体干部大会，部署工作。", 2),
    ("培训班在市委党校举办，5月8日上午举行开班仪式，学员参加。", 2),
    ("城关镇党委研究工作，随后部署全体干部开展走访。", 1),  # (no verb of holding: no cut)
    ("城关镇召开党委会，随后部署全体干部开展走访。", 1),  # (随后 with no holding after it)
])
def test_split_following(text: str, parts: int) -> None:
    out = _split_following([Sentence(10, 10 + len(text), text)])
    assert len(out) == parts
    assert "".join(s.text for s in out) == text and out[0].start == 10 and out[-1].end == 10 + len(text)


def test_list_item_starts_kept_by_first_character() -> None:
    rng = random.Random(34)
    alphabet = "，。；、：:\n由理于公司集团大学院中心政府常委会员银行分支海关总署局处厅部委办校所站队科室社馆李王 a"
    openers = frozenset("李王由局")
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        every = [(0, False), *((m.end(), True) for m in _LIST_ITEM_START.finditer(text))]
        assert _list_item_starts(text) == every
        assert _list_item_starts(text, openers) == [s for s in every if text[s[0] : s[0] + 1] in openers], text


@pytest.mark.parametrize("text", [
    "县委书记李明出席会议并讲话。",
    "会上，副县长王强宣读了表彰决定，李校长发言。",
    "全体干部参加学习。",
    "",
])
def test_title_memo_matches_the_scan(extractor: Extractor, text: str) -> None:
    sp = extractor.speakers
    doc = "前言。" + text + "后记"
    start = 3
    found = sp._titles_in(text)
    assert [m.span() for m in found] == [m.span() for m in sp._title_any.finditer(text)]
    assert (not found) == (sp._title_any.search(doc, start, start + len(text)) is None)


@pytest.mark.parametrize(("body", "expected"), [
    # a post alone as the subject, resolved to the one person who holds it (read once someone holds it)
    ("行政长官李家超出席午宴。行政长官在午宴上致辞时表示，将全力支持。", {"李家超": ("行政长官", ("致辞",))}),
    # near miss: a post nobody named holds (no one to resolve it to)
    ("行政长官在午宴上致辞时表示，将全力支持。", {}),
    # a pronoun after an untitled, role-less sentence in between
    ("市长高振华致闭幕辞。全体代表参加会议。他表示，要抓好落实。", {"高振华": ("市长", ("致辞",))}),
])
def test_speakers_read_as_before(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
