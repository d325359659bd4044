"""The meetings' later reference with no pattern compiled per page (speed only, 7 December 2026): the patterns of
``_later_reference`` that held one meeting's nouns (a later sentence referring back to the meeting and where it was held;
a clause of the meeting's own sentence doing so) were compiled for each page; each is now read as its opening (string
tests in the order the regular expression tries it) and its rest (compiled once).  None may change a reading, so each
is checked against the pattern it replaces, written here as it was, on every sentence of the tuning pages under corpus/
and on seeded random strings over the words the patterns look for, with several sets of nouns (nouns opening on each
other, 活动 with 启动, a noun opening on whitespace)."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract.common import split_sentences
from pipeline.extract.meetings import references
from pipeline.extract.meetings.patterns import _HELD_OR_CLOSED, _JIA
from tests.extract.gate_inputs import REAL_FILES

# Pieces of the openings, the times, holders and venues and the verbs (random text over them tries every branch).
PIECES = ["本次", "此次", "这次", "该", "会议", "大会", "座谈会", "推进会", "活动", "主题党日活动", "于", "5月6日", "在", "假",
          "假座", "假期", "市委党校", "报告厅", "由", "市委组织部", "组织", "主持", "召开", "举行", "举办", "开幕", "启动",
          "启动仪式", "隆重", "的", "，", ",", "。", "；", " ", "\u3000", "\n", "上午", "随后", "县府大礼堂", "圆满结束", "周年"]

# (nouns in the order _reference_words gives them, longest first; whether the meeting is an activity)
NOUN_SETS = [
    (("全市城市更新专题会议", "专题会议", "会议", "大会"), False),
    (("主题党日活动", "党日活动", "会议", "大会", "活动"), True),
    (("分析会", "会议", "大会"), False),
    ((" 座谈会", "座谈会", "会议", "大会"), False),
]


def _old_source(words: tuple[str, ...], activity: bool) -> re.Pattern[str]:
    """_later_reference's pattern of a later sentence as it was compiled for each meeting."""
    held = rf"(?:{_HELD_OR_CLOSED}|启动(?![仪式会]))" if activity else _HELD_OR_CLOSED
    nouns = "|".join(map(re.escape, words))
    return re.compile(rf"^\s*(?:[^，。；]{{0,8}}[，,])?(?:本次|此次|这次|该)?(?:{nouns})(?:于(?P<when>[^，。；在]{{1,20}}))?"
                      rf"(?:由[^，。；在]{{2,24}}?(?:组织|召开|主办|举办|主持)[，,]\s*(?:(?=在)|于(?P<after>[^，。；在]{{1,20}})))?"
                      rf"(?:(?:在|{_JIA})(?P<loc>[^，。；]{{2,30}}?)(?:隆重|顺利|胜利|圆满)?)?{held}(?!的)")


def _old_own(words: tuple[str, ...]) -> re.Pattern[str]:
    """_later_reference's pattern of a clause of the meeting's own sentence, as it was compiled for each meeting."""
    nouns = "|".join(map(re.escape, words))
    return re.compile(rf"[，,]\s*(?:本次|此次|这次|该)?(?:{nouns})(?:在|{_JIA}|(?P<yu>于))(?P<loc>[^，。；在]{{2,30}}?)"
                      rf"(?:隆重|顺利|胜利|圆满)?{_HELD_OR_CLOSED}")


def _shaped(rng: random.Random, words: tuple[str, ...]) -> str:
    """A random sentence shaped as the patterns read: a lead, a reference, when, who held it, where, the verb."""
    # (leads of eight and nine characters; leads that are a reference themselves, where the longest lead is taken first)
    lead = rng.choice(["", " ", "\u3000", "随后，", "5月6日上午，", "一二三四五六七八，", "一二三四五六七八九，", "会上,", "。",
                       "会议于甲,", "会议在甲，", "会议于五月,会议于六,", "会议,会议于甲,"])
    reference = rng.choice(["", "本次", "该", "此次", "其"]) + rng.choice([*words, "会议", "活动", "论坛"])
    when = rng.choice(["", "", "于5月6日", "于县府大礼堂", "于上午"])
    holder = rng.choice(["", "", "由市委组织部组织，", "由县长主持，于会展中心", "由市委主办，在"])
    where = rng.choice(["", "在市委党校报告厅", "假座酒店", "假期", "在县城", "在"]) + rng.choice(["", "隆重"])
    verb = rng.choice(["召开", "举行", "启动", "启动仪式", "开幕式", "召开的", "圆满结束", "闭会", "举办"])
    return lead + reference + when + holder + where + verb + rng.choice(["", "。", "，", "的座谈会"])


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    assert REAL_FILES, "no raw articles under corpus/"
    return [s.text for path in REAL_FILES for s in split_sentences(path.read_text(encoding="utf-8", errors="replace"))]


@pytest.mark.parametrize(("words", "activity"), NOUN_SETS)
def test_held_after_reference_reads_as_the_page_pattern(sentences: list[str], words: tuple[str, ...],
                                                        activity: bool) -> None:
    rng = random.Random(6811)
    texts = [*sentences, *("".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))) for _ in range(10000)),
             *(_shaped(rng, words) for _ in range(10000))]
    old = _old_source(words, activity)
    matched = 0
    for text in texts:
        expected = old.match(text)
        got = references._read_held_after_reference(text, words, activity)
        assert (got is None) == (expected is None), text
        if expected is not None and got is not None:
            matched += 1
            assert (got.end(), got["when"], got["after"], got["loc"]) == (
                expected.end(), expected["when"], expected["after"], expected["loc"]), text
    assert matched > 100


@pytest.mark.parametrize(("words", "activity"), NOUN_SETS)
def test_venue_clause_reads_as_the_page_pattern(sentences: list[str], words: tuple[str, ...], activity: bool) -> None:
    rng = random.Random(6812)
    texts = [*sentences, *("".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))) for _ in range(10000)),
             *("某县召开会议，" + _shaped(rng, words) for _ in range(10000))]
    old = _old_own(words)
    matched = 0
    for text in texts:
        for pos in {0, rng.randint(0, len(text)), 4}:
            expected = old.search(text, pos)
            got = references._read_venue_clause(text, pos, words)
            assert (got is None) == (expected is None), (text, pos)
            if expected is not None and got is not None:
                matched += 1
                assert (got.end(), got["yu"], got["loc"]) == (expected.end(), expected["yu"], expected["loc"]), (text, pos)
    assert matched > 100
