"""Extract speed: the fast paths a profile of the extract stage found, held equal to the slow ones.

A profile (cProfile, py-spy line samples, per-pattern time and a count of the patterns compiled on pages the process
had not seen) over the non-held-out tuning pages, gne pages and People's Daily articles found: the meeting reference
pattern, whose first alternatives open with groups and look-behinds, tried in full at every position of each sentence
naming a head; meeting and award patterns built as instance attributes that no look-ahead gated (first_char_gated had
reached only some of them); and a year pattern built around each honour (AwardExtractor._add), compiled anew for
every page.  No rule reads otherwise (GUIDELINES §3 and §5 unchanged): each gated pattern must give the same matches,
spans and groups as its source compiled plainly, and the numeral test before the year patterns must hold wherever
they match; the near misses give nothing with either.
"""

from __future__ import annotations

import random
import re

import pytest

from pipeline.config import load_config
from pipeline.extract import Extractor
from pipeline.extract.awards.extractor import _after_numeral
from pipeline.extract.meetings.holding import REFERENCE_GATE
from pipeline.regex_gate import _opening_chars, sre_constants, sre_parser

_EXTRACTOR = Extractor(load_config())
_MEETINGS = _EXTRACTOR.meetings
_AWARDS = _EXTRACTOR.awards

GATED = {
    "meetings.yuan_session": _MEETINGS.yuan_session,
    "meetings.talks_held": _MEETINGS.talks_held,
    "meetings.academic": _MEETINGS.academic,
    "meetings.attended": _MEETINGS.attended,
    "meetings.attributive": _MEETINGS.attributive,
    "meetings._named_reference_cue": _MEETINGS._named_reference_cue,
    "meetings._head": _MEETINGS._head,
    "meetings._verb": _MEETINGS._verb,
    "awards.quoted_then_had": _AWARDS.quoted_then_had,
    "awards.counts_then_honors": _AWARDS.counts_then_honors,
    "awards.listed_honor_then_count": _AWARDS.listed_honor_then_count,
    "awards.quoted_then_count": _AWARDS.quoted_then_count,
    "awards.counted_after_verb": _AWARDS.counted_after_verb,
    "awards.counted_before_verb": _AWARDS.counted_before_verb,
    "awards.ceremony_prize_won": _AWARDS.ceremony_prize_won,
    "awards.honor_then_count_plain": _AWARDS.honor_then_count_plain,
    "awards.merit_for": _AWARDS.merit_for,
    "awards.merit_counted": _AWARDS.merit_counted,
    "awards.commendation_received": _AWARDS.commendation_received,
}

SENTENCES = [
    "",
    "5月8日上午，县委在县会议中心召开全县经济工作会议，县委书记王强出席并讲话。",
    "市长王强在座谈会上指出，要抓好安全生产。",
    "全国铁路工作会议强调，要确保春运平稳有序。",
    "宣布，在北京召开的研讨会决定，明年继续举办论坛。",
    "会议由市委组织部组织，在市委党校报告厅举行，开幕式由副县长周丽主持。",
    "为庆祝县第十次党代会的胜利召开，全县开展了系列活动。",
    "记者从今天开幕的全省教育工作会议获悉，今年将新建学校10所。",
    "大会表彰了先进集体20个、先进个人50名，授予12名同志“优秀共产党员”称号。",
    "“优秀教师”30名、“优秀班主任”20名获得表彰，3名民警荣立个人三等功。",
    "2023年度先进集体10个受到表彰，共有15人获嘉奖。",
    "行政院会今天通过预算案，立法院院会昨天三读通过。",
    "双方举行会谈，同外方代表团进行了友好交流，随后出席了欢迎宴会。",
    "教授应邀作了题为《人工智能》的学术报告，并为师生带来一堂讲座。",
    # near misses: none of the characters most of the patterns open with
    "这是一段没有日期也没有会议的文字，讲的是天气和风景。",
    "风和日丽，山清水秀。",
]
ALPHABET = ("0123456789年月日，。；：、“”在于出席参加主持为随着庆祝纪念配合从宣布表示指出会议座谈会论坛研讨会上时后召开举行"
            "举办由开幕式表彰授予获得荣获评为个名先进集体优秀称号三等功嘉奖颁奖典礼行政院会同会谈作讲座")


def texts() -> list[str]:
    rng = random.Random(53)
    return SENTENCES + ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(300)]


def plain_of(gated: re.Pattern[str], head: str) -> re.Pattern[str]:
    """The pattern as written, without the gate ``head`` (a regex of it) put before it."""
    opened = re.match(head, gated.pattern)
    assert opened is not None and gated.pattern.endswith(")"), "not gated"
    return re.compile(gated.pattern[opened.end() : -1], gated.flags)


FIRST_CHAR_GATE = r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:"


def found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def assert_same(gated: re.Pattern[str], plain: re.Pattern[str]) -> None:
    assert gated.groupindex == plain.groupindex
    for text in texts():
        assert found(gated, text) == found(plain, text), text
        for pos in range(0, len(text) + 1, 3):
            a, b = gated.search(text, pos), plain.search(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


@pytest.mark.parametrize("name", list(GATED))
def test_gated_pattern_finds_what_its_source_finds(name: str) -> None:
    assert_same(GATED[name], plain_of(GATED[name], FIRST_CHAR_GATE))


def test_reference_gate_finds_what_the_reference_pattern_finds() -> None:
    gated = _MEETINGS.reference
    assert gated.pattern.startswith(REFERENCE_GATE + "(?:")
    assert_same(gated, plain_of(gated, re.escape(REFERENCE_GATE) + r"\(\?:"))


def test_reference_gate_holds_every_opening_character() -> None:
    """Each alternative of the reference pattern opens at the text's start (^) or on a character of the gate."""
    gate_chars = set(re.fullmatch(r"\(\?:\^\|\(\?=\[(.*)\]\)\)", REFERENCE_GATE)[1])
    plain = plain_of(_MEETINGS.reference, re.escape(REFERENCE_GATE) + r"\(\?:")
    (op, (_, alternatives)), = sre_parser.parse(plain.pattern, plain.flags).data
    assert op is sre_constants.BRANCH
    at_start = (sre_constants.AT, sre_constants.AT_BEGINNING)
    for alternative in alternatives:
        first = alternative[0]
        if first == at_start:
            continue  # (^: the gate lets position 0 through)
        if first[0] is sre_constants.BRANCH:
            # (?:^|(?<=宣布)[，,：:]…): the ^ branch opens at the start, the others as their items do
            branches = [b for b in first[1][1] if not (len(b) and b[0] == at_start)]
            opening = set().union(*(_opening_chars(b) or {None} for b in branches))
        else:
            opening = _opening_chars(alternative) or {None}
        assert None not in opening and opening <= gate_chars, alternative[:1]


@pytest.mark.parametrize("text", SENTENCES[-2:])
def test_near_misses_give_nothing(text: str) -> None:
    assert _MEETINGS.reference.search(text) is None
    for name in ("meetings.attended", "meetings._verb", "awards.counted_after_verb", "awards.merit_counted"):
        assert GATED[name].search(text) is None


# The year patterns _add builds around an honour (copied from AwardExtractor._add: the test is that wherever one of
# them matches, _after_numeral holds, so the test before them drops no match).
YEAR_BEFORE = r"(?:\d{4}|(?<![\d.．])(?:民国)?\d{2,3}|[〇○零一二三四五六七八九]{4})"
CLASS_YEAR_BEFORE = r"(?:(?:19|20)?\d{2}|[〇○零一二三四五六七八九]{2,4})"


@pytest.mark.parametrize(("text", "honor", "after"), [
    ("表彰了2023年度先进集体10个。", "年度先进集体", True),
    ("表扬113年度模范劳工20名。", "年度模范劳工", True),
    ("表彰了二〇二四届优秀毕业生320名。", "届优秀毕业生", True),
    ("表彰２０２３年度先进集体10个。", "年度先进集体", True),  # (full-width digits: \d reads them too)
    ("先进集体10个，2023年度先进集体又增3个。", "年度先进集体", True),  # (a later occurrence)
    # near misses: the honour after no digit or numeral, or not in the text
    ("表彰了年度先进集体10个。", "年度先进集体", False),
    ("表彰了本届优秀毕业生320名。", "届优秀毕业生", False),
    ("表彰了先进个人50名。", "年度先进集体", False),
])
def test_numeral_test_holds_wherever_the_year_patterns_match(text: str, honor: str, after: bool) -> None:
    assert _after_numeral(text, honor) is after
    for prefix in (YEAR_BEFORE, CLASS_YEAR_BEFORE):
        if re.search(prefix + re.escape(honor), text):
            assert _after_numeral(text, honor)


def test_numeral_test_on_random_strings() -> None:
    rng = random.Random(54)
    alphabet = "0123456789２〇○零一二三四五六七八九十.．民国年度届先进集体"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        honor = "".join(rng.choice("年度届先进集体") for _ in range(rng.randint(0, 3)))
        for prefix in (YEAR_BEFORE, CLASS_YEAR_BEFORE):
            if re.search(prefix + re.escape(honor), text):
                assert _after_numeral(text, honor), (text, honor)
