"""Fast paths of the extract stage read the same as the slow ones.

A profile of the extract stage over the tuning pages, the gne pages and People's Daily articles (none held out)
found: the meeting matcher (``MeetingExtractor.match``) asked again of a third of the sentences it had read; the
planning words of a sentence (_PLANNED, _REPEATED, _NOT_HELD, tried at every position) scanned once per meeting
candidate; the contest reading searching _PLANNED in every sentence before asking whether it tells a contest; a mainland
city body (_MAINLAND_CITY_BODY) tried with fourteen look-behinds at every position of the page; the label scans of the
speaker rules run in sentences with no speech act; and the funding gate's dozen searches run in sentences holding no
amount.  Each fast path is exact: it skips only work whose result cannot change what is read, so no rule of
corpus/GUIDELINES.md (§3 meetings, §4 speakers, §6 funding) reads otherwise; these tests hold the fast and the slow
reading equal, and the readings of the guidelines that the gates must keep (a labelled name before a speech act, §4;
an amount granted, §6).  Every sentence is invented.
"""

from __future__ import annotations

import re

import pytest

from pipeline.config import load_config
from pipeline.extract.common import _MAINLAND_CITY_BODY, Lexicons
from pipeline.extract.meetings.extractor import MeetingExtractor
from pipeline.extract.meetings.holding import MATCH_CACHE_SIZE
from pipeline.extract.meetings.patterns import _NOT_HELD, _PLANNED, _REPEATED, _plan_word_starts
from pipeline.extract.speakers.patterns import _ACT_AFTER_KIN_NAME, _SPEECH_AFTER_LABELLED_NAME, _SPOKEN_WORDS
from tests.extract.views import grants, page

SENTENCES = [
    "县委将于5月20日召开全县经济工作会议。",
    "该校曾多次举办读书分享会，今年未举行。",
    "市政府拟在下月举办招商推介会，并将邀请企业参加。",
    "5月6日，县政协召开十届四次常委会议，主席李明主持。",
    "明天上午，区教育局在区行政中心召开家长座谈会。",
    "各单位要于12月20日前召开专题组织生活会。",
    "今天天气晴朗，居民在公园里散步。",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_plan_word_starts_are_the_scans(text: str) -> None:
    """The cached starts are those of the three scans, in their order."""
    expected = tuple(m.start() for p in (_PLANNED, _REPEATED, _NOT_HELD) for m in p.finditer(text))
    assert _plan_word_starts(text) == expected


# (the pattern as written, with no look-ahead before it: the gated one must find the same bodies)
_UNGATED_CITY_BODY = re.compile(_MAINLAND_CITY_BODY.pattern.removeprefix("(?=[市])(?:").removesuffix(")"))


@pytest.mark.parametrize("text", [
    "深圳市青年联合会与广州市文化局联合举办交流会。",
    "东莞市青年企业家协会今日举行年会。",
    "台北市文化局今日举行记者会。",  # (a Taiwan city's bureau: no mainland cue)
    "本市工会和全市商会的代表出席。",  # (市 ending a word, no city's name)
    "市区重建局和市政署发布公告。",  # (Hong Kong and Macau bodies)
    "城市协会在超市举行活动。",
    "没有任何机构。",
])
def test_gated_city_body_finds_what_the_pattern_finds(text: str) -> None:
    assert _MAINLAND_CITY_BODY.pattern.startswith("(?=[市])")
    assert _MAINLAND_CITY_BODY.findall(text) == _UNGATED_CITY_BODY.findall(text)


@pytest.fixture(scope="module")
def meetings() -> MeetingExtractor:
    config = load_config()
    return MeetingExtractor(Lexicons.from_dirs(config["patterns_dir"], config["lexicons_dir"]))


@pytest.mark.parametrize("text", SENTENCES)
def test_memoized_match_is_the_match(meetings: MeetingExtractor, text: str) -> None:
    meetings._match_cache.clear()
    first = meetings.match(text)
    fresh = meetings._match(text)
    assert (first is None) == (fresh is None)
    if first is not None and fresh is not None:
        assert first[1] == fresh[1] and first[0].span() == fresh[0].span() and first[0].groupdict() == fresh[0].groupdict()
    assert meetings.match(text) is first  # (asked again: the kept reading)


def test_match_cache_is_bounded(meetings: MeetingExtractor) -> None:
    meetings._match_cache.clear()
    for k in range(MATCH_CACHE_SIZE + 10):
        meetings.match(f"第{k}句没有会议。")
    assert 0 < len(meetings._match_cache) <= MATCH_CACHE_SIZE


@pytest.mark.parametrize("pattern, act", [
    (_SPEECH_AFTER_LABELLED_NAME, "发言"),
    (_SPEECH_AFTER_LABELLED_NAME, "讲话"),
    (_SPEECH_AFTER_LABELLED_NAME, "致欢迎词"),
    (_SPEECH_AFTER_LABELLED_NAME, "作交流发言"),
    (_SPEECH_AFTER_LABELLED_NAME, "先后作了典型发言"),
    (_ACT_AFTER_KIN_NAME, "致辞"),
    (_ACT_AFTER_KIN_NAME, "作了专题报告"),
    (_ACT_AFTER_KIN_NAME, "随后作报告"),
])
def test_every_act_holds_a_spoken_word(pattern: re.Pattern[str], act: str) -> None:
    """An act after a labelled name holds one of _SPOKEN_WORDS, so the gate lets its sentence by."""
    assert pattern.match(act)
    assert any(word in act for word in _SPOKEN_WORDS)


@pytest.mark.parametrize("act", ["参观了展台", "在台下观看", "作了介绍"])
def test_no_act_no_spoken_word(act: str) -> None:
    """Near misses: no speech act, no spoken word (the label scans are spared there)."""
    assert not _ACT_AFTER_KIN_NAME.match(act)
    assert not any(word in act for word in _SPOKEN_WORDS)


@pytest.mark.parametrize("body, name, spoken", [
    ("5月6日，市职工技能表彰大会在市文化中心举行。机械学院张萌发言。", "张萌", True),
    ("5月6日，县里召开乡村振兴座谈会。村民林美丽上台发言。", "林美丽", True),
    ("5月6日，县里召开家风故事会。王某的父亲王建军作了报告。", "王建军", True),
    # near misses: the same labels with no speech act after the name read no speaker from the label
    ("5月6日，市职工技能表彰大会在市文化中心举行。机械学院张萌参观了展台。", "张萌", False),
    ("5月6日，县里召开乡村振兴座谈会。村民林美丽在台下观看。", "林美丽", False),
])
def test_labelled_name_before_speech(extract, body: str, name: str, spoken: bool) -> None:
    """§4: a name after a label (a body, a people noun, a kin word) is a speaker before a speech act only."""
    names = {s["name"] for s in extract(page(body))["speakers"]}
    assert (name in names) is spoken


@pytest.mark.parametrize("body, expected", [
    ("5月6日，某基金会向县第一中学捐赠助学金50万元，用于资助困难学生。这笔资金将分三年发放。", [(500000.0, "CNY")]),
    ("5月6日，某基金会向县第一中学捐赠助学金。这笔资金将分三年发放。", []),  # (no amount: no record)
])
def test_amount_sentences_only(extract, body: str, expected: list) -> None:
    """§6: an amount granted is read in its sentence; a sentence with no amount gives none."""
    assert [(amount, currency) for amount, currency, _ in grants(extract(page(body)))] == expected
