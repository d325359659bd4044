"""Extract speed: the fast paths a profile of the extract stage found, held equal to the slow ones.

A profile (cProfile, py-spy and per-pattern CPU time over the non-held-out tuning pages, gne pages and People's Daily
articles) found whole-sentence patterns that no literal opens: the engine tried every alternative at every position.
They are now behind a look-ahead on the characters their matches open with (first_char_gated), which reads
alternatives made of anchors and look-behinds only (``(?:^|(?<=，))``) as zero width, as it reads a look-behind.
No rule reads otherwise (GUIDELINES §3-§6 unchanged): each gated pattern must give the same matches, spans and
groups as its source compiled plainly, on invented sentences and on seeded random strings over the characters that
matter; a string none of whose characters opens a match (the near misses) gives none with either.
"""

from __future__ import annotations

import random
import re

import pytest

from pipeline.config import load_config
from pipeline.extract import Extractor
from pipeline.extract.common import first_char_gated
from pipeline.extract.meetings import dates, patterns
from pipeline.extract.speakers import patterns as speaker_patterns
from pipeline.regex_gate import required_literals

_EXTRACTOR = Extractor(load_config())

GATED = {
    "_DATE": patterns._DATE,
    "_PLANNED": patterns._PLANNED,
    "_PLAN_ON_DAY": patterns._PLAN_ON_DAY,
    "_PERIOD_DATE": dates._PERIOD_DATE,
    "meetings._head_then_held": _EXTRACTOR.meetings._head_then_held,
    "awards.referred": _EXTRACTOR.awards.referred,
    "awards.received": _EXTRACTOR.awards.received,
}

SENTENCES = [
    "",
    "5月8日上午，县委在县会议中心召开全县经济工作会议，县委书记王强出席并讲话。",
    "【5.8】支部召开主题党日活动。",
    "近期，市政府将于下月举行新闻发布会，预计6月10日至12日召开论坛。",
    "县委决定第二十五次会议于8月28日至29日召开，计划于明年3月举办博览会。",
    "今（15）日上午，校方在礼堂举行颁奖典礼，共有12名同学获此殊荣，3名教师获颁优秀奖。",
    "2024年5月，全县共有30名党员获得“优秀共产党员”称号，2个集体和15名个人获表彰。",
    "上周五，协会举办年会；下周三（5月15日）将举行研讨会。",
    "三月五日至七日，座谈会在市委会议室召开；去年底，展览会在新馆开幕。",
    # near misses: none of the opening characters of most of the patterns
    "这是一段没有日期也没有会议的文字，讲的是天气和风景。",
    "风和日丽，山清水秀。",
]
ALPHABET = "0123456789年月日号至、，。；：（）()【】.上下今昨前本周五三十二一近期将于在召开举行举办会议论坛典礼名人获颁得奖称号计划拟定决定预计"


def texts() -> list[str]:
    rng = random.Random(52)
    return SENTENCES + ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(300)]


def plain_of(gated: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as written, without the look-ahead first_char_gated put before it."""
    head = re.match(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:", gated.pattern)
    assert head is not None and gated.pattern.endswith(")"), "not gated"
    return re.compile(gated.pattern[head.end() : -1], gated.flags)


def found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", list(GATED))
def test_gated_pattern_finds_what_its_source_finds(name: str) -> None:
    gated = GATED[name]
    plain = plain_of(gated)
    assert gated.groupindex == plain.groupindex
    for text in texts():
        assert found(gated, text) == found(plain, text), text
        for pos in range(0, len(text) + 1, 3):
            a, b = gated.search(text, pos), plain.search(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)
            a, b = gated.match(text, pos), plain.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


@pytest.mark.parametrize("text", SENTENCES[-2:])
def test_near_misses_give_nothing(text: str) -> None:
    for name in ("_PLAN_ON_DAY", "awards.referred", "awards.received"):
        assert GATED[name].search(text) is None


@pytest.mark.parametrize(("source", "text", "spans"), [
    # an alternative opening with a group of anchors and look-behinds only: zero width, the match opens after it
    (r"(?:^|(?<=[，,]))近期(?=[，,])", "近期，会议；此后，近期，又", [(0, 2), (9, 11)]),
    (r"(?:(?<=[在于])|^)(?:十|[一二三])日", "一日在十日于三日", [(0, 2), (3, 5), (6, 8)]),
    (r"^\d{1,2}\.\d{1,2}$|(?<![\d月])\d{1,2}日", "3.5", [(0, 3)]),
    (r"^\d{1,2}\.\d{1,2}$|(?<![\d月])\d{1,2}日", "5月8日和9日", [(5, 7)]),
    # near misses: an anchor or look-behind that does not hold
    (r"(?:^|(?<=[，,]))近期(?=[，,])", "最近期，不算", []),
    (r"^\d{1,2}\.\d{1,2}$|(?<![\d月])\d{1,2}日", "版本3.5.1", []),
])
def test_zero_width_alternatives_are_gated(source: str, text: str, spans: list[tuple[int, int]]) -> None:
    plain = re.compile(source)
    gated = first_char_gated(plain)
    assert gated is not plain and gated.pattern.startswith("(?=[")
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)] == spans


@pytest.mark.parametrize("source", [r"^会议", r"\b会议", r"(?:^|(?<=，))"])
def test_anchor_first_or_nothing_but_zero_width_left_alone(source: str) -> None:
    plain = re.compile(source)
    assert first_char_gated(plain) is plain


@pytest.mark.parametrize(("pattern", "words"), [
    # SpeakerExtractor.__call__ scans a sentence for the guest groups only where it holds one of their label words
    # (嘉宾, 颁奖人, 检阅官, 主礼人: _GUEST_GROUP_WORDS)
    # (_GUESTS_TAKE's cheapest literals are its verbs, 担任/出任; every match holds its label, _GUEST_GROUP, too)
    (re.compile(speaker_patterns._GUEST_GROUP), set(speaker_patterns._GUEST_GROUP_WORDS)),
    (speaker_patterns._GUESTS_ARE, set(speaker_patterns._GUEST_GROUP_WORDS)),
    # SpeakerMentions._titles_in tries the cut title only where the text holds 学校监
    (speaker_patterns._TITLE_CUT_FROM_WORD, {"学校监"}),
])
def test_literal_tests_before_the_scans_are_what_the_patterns_need(pattern: re.Pattern[str], words: set[str]) -> None:
    literals = required_literals(pattern)
    assert literals is not None and literals <= words


@pytest.mark.parametrize(("text", "found_group"), [
    ("颁奖嘉宾为王强、李明。", True),
    ("典礼嘉宾包括市长王强和校长李明。", True),
    ("王强担任本次颁奖嘉宾。", True),
    # near misses: no guest group named
    ("王强担任本次主持人。", False),
    ("来宾包括市长王强。", False),
])
def test_guest_group_patterns_on_sentences(text: str, found_group: bool) -> None:
    hit = bool([*speaker_patterns._GUESTS_TAKE.finditer(text), *speaker_patterns._GUESTS_ARE.finditer(text)])
    assert hit is found_group
    if not any(word in text for word in speaker_patterns._GUEST_GROUP_WORDS):
        assert not hit


@pytest.mark.parametrize(("text", "changed"), [
    ("装卸一队等10个集体获表彰。", True),
    ("运输二队等3个集体受到表扬。", True),
    # near misses: no 等 after the numeral and count, the fast path leaves the sentence as it is
    ("装卸一队10个集体获表彰。", False),
    ("一队获表彰，共10个集体。", False),
])
def test_recipient_view_without_deng_is_the_sentence_itself(text: str, changed: bool) -> None:
    from pipeline.extract.common import Sentence

    sentence = Sentence(0, len(text), text)
    view = _EXTRACTOR.awards._recipient_view(sentence)
    slow = _EXTRACTOR.awards._name_numeral.sub(lambda m: "某" * len(m.group()), text)
    assert view.text == slow
    assert (view is not sentence) is changed
