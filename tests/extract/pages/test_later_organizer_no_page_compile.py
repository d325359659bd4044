"""The meetings' later organizer with no pattern compiled per page (speed only, 7 December 2026): the patterns of
``_later_organizer`` and ``_comma_listed_hosts`` that held one meeting's nouns were compiled for each page; each is now
read as its opening (string tests in the order the regular expression tries them) and its rest (compiled once), and
the determiner-and-noun checks as string tests.  None may change a reading, so each is checked against the pattern it
replaces, written here as it was, on every sentence of the tuning pages under corpus/ and on seeded random strings over
the words the patterns look for, with several sets of nouns (nouns opening on each other, the empty alternation of
no short forms, a fair's short form, a noun opening on whitespace)."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract.common import split_sentences
from pipeline.extract.meetings import organizers
from pipeline.extract.meetings.organizers import _HELD_CLAUSE
from tests.extract.gate_inputs import REAL_FILES

# Pieces of the openings, the agents and their verbs (random text over them tries every branch of the patterns).
PIECES = ["本次", "此次", "这次", "该", "本届", "本期", "会议", "大会", "论坛", "青年论坛", "活动", "培训", "博会", "农博会",
          "由", "县科协", "市文联", "和", "、", "主办", "举办", "合办", "召开", "主持", "组织", "牵头", "联合", "共同", "指导",
          "支持", "系", "以", "为主题", "为题", "是", "均", "举行", "开幕", "的", "主办方", "主办单位", "为", "：", " ", "\u3000",
          "，", ",", "。", "；", "\n", "随后", "开展", "部", "人"]

# (nouns, short forms, fair): the nouns in the order _later_organizer gives them (longest first)
NOUN_SETS = [
    (("青年创业论坛", "创业论坛", "会议", "大会", "论坛"), ("青年创业", "创业论坛", "青年", "创业", "论坛"), False),
    (("会议", "大会"), (), False),
    (("农业博览会", "博览会", "会议", "大会"), ("农业博览", "博览", "农业"), True),
    (("青年论坛", "会议", "大会", "论坛", "培训"), ("青年论坛", "青年", "论坛"), False),
    ((" 论坛", "会议", "大会"), ("论坛",), False),
]


def _old_source(nouns: tuple[str, ...], shorts: tuple[str, ...], fair: bool) -> re.Pattern[str]:
    """_later_organizer's pattern of a later sentence as it was compiled for each meeting."""
    alternation = "|".join(map(re.escape, nouns)) + ("|[\u4e00-\u9fff]博会" if fair else "")
    short = "|".join(map(re.escape, shorts))
    return re.compile(
        rf"^\s*(?:(?:本次|此次|这次|该|本届|本期)?(?:{alternation}|活动)|(?:本次|此次|这次|本届)(?:{short}))(?:系[^，。；]{{1,30}}?[，,]\s*"
        rf"|以[^，。；]{{1,30}}?为(?:主题|题)[，,]\s*|{_HELD_CLAUSE})?"
        rf"(?:是|均)?由(?:[^，。；]{{2,30}}?(?:指导|支持)[，,、]\s*)?"
        rf"(?P<org>[^，。；]{{2,40}}?)(?:(?:联合|共同)?(?:主办|举办|(?<!主持)召开)|合办"
        rf"|(?:(?:联合|共同)(?=组织))?(?:牵头)?组织(?![部委人者])(?:召开|举办|开展)?(?=[，。；,;]|的|\s*$))")


def _old_joint(nouns: tuple[str, ...], fair: bool) -> re.Pattern[str]:
    """_comma_listed_hosts's pattern as it was compiled for each meeting."""
    alternation = "|".join(map(re.escape, nouns)) + ("|[\u4e00-\u9fff]博会" if fair else "")
    return re.compile(rf"\s*(?:本次|此次|这次|本届|该)?(?:{alternation})(?:是|均|系)?由(?P<org>[^。；！？由]{{4,150}}?)"
                      r"(?:联合|共同)(?:主办|举办|召开)(?=[，。；,;]|\s*$)")


def _old_this(nouns: tuple[str, ...], fair: bool) -> re.Pattern[str]:
    """The owner of 主办单位 naming this meeting, as it was compiled for each meeting."""
    alternation = "|".join(map(re.escape, nouns)) + ("|[\u4e00-\u9fff]博会" if fair else "")
    return re.compile(rf"(?:本次|此次|这次|本届|该)?(?:{alternation}|活动)?的?")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    assert REAL_FILES, "no raw articles under corpus/"
    sentences = [s.text for path in REAL_FILES for s in split_sentences(path.read_text(encoding="utf-8", errors="replace"))]
    rng = random.Random(6801)
    randoms = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 16))) for _ in range(12000)]
    return [*sentences, *randoms, *(_shaped(rng) for _ in range(12000))]


def _shaped(rng: random.Random) -> str:
    """A random sentence shaped as the patterns read: an opening, what may come between, the agent, its verb, an end."""
    opening = rng.choice(["", " ", "\u3000", "随后，"]) + rng.choice(["", "本次", "该", "本届", "本期", "这次", "下届"]) \
        + rng.choice(["会议", "大会", "论坛", "青年论坛", "创业", "青年", "活动", "培训", "农博会", "博览会", " 论坛", "展览"])
    between = rng.choice(["", "", "系学校讲坛第3讲，", "以“创新”为主题，", "在县城举行，", "于5月举行，", "是", "均", "系"])
    backer = rng.choice(["", "", "省委指导，", "市政府支持、"])
    agent = "".join(rng.choice(["县科协", "市文联", "和", "、", "，", "省侨办", "主持", "由", "组织部"])
                    for _ in range(rng.randint(1, 4)))
    verb = rng.choice(["主办", "联合主办", "共同举办", "合办", "召开", "组织", "牵头组织", "联合组织召开", "组织部", "举行"])
    return opening + between + "由" + backer + agent + verb + rng.choice(["", "，", "。", "的", " ", "人员", ",随后"])


@pytest.mark.parametrize(("nouns", "shorts", "fair"), NOUN_SETS)
def test_agent_after_reference_reads_as_the_page_pattern(texts: list[str], nouns: tuple[str, ...],
                                                         shorts: tuple[str, ...], fair: bool) -> None:
    old = _old_source(nouns, shorts, fair)
    matched = 0
    for text in texts:
        expected = old.match(text)
        got = organizers._read_agent_after_reference(text, nouns, shorts, fair)
        assert (got is None) == (expected is None), text
        if expected is not None and got is not None:
            matched += 1
            assert (got.group(), got["org"]) == (expected.group(), expected["org"]), text
    assert matched > 100


@pytest.mark.parametrize(("nouns", "shorts", "fair"), NOUN_SETS)
def test_joint_agent_reads_as_the_page_pattern(texts: list[str], nouns: tuple[str, ...], shorts: tuple[str, ...],
                                               fair: bool) -> None:
    old = _old_joint(nouns, fair)
    matched = 0
    for text in texts:
        expected = old.match(text)
        got = organizers._read_joint_agent_after_reference(text, nouns, fair)
        assert (got is None) == (expected is None), text
        if expected is not None and got is not None:
            matched += 1
            assert got["org"] == expected["org"], text
    assert matched > 20


@pytest.mark.parametrize(("nouns", "shorts", "fair"), NOUN_SETS)
def test_owner_naming_this_meeting_reads_as_the_page_pattern(texts: list[str], nouns: tuple[str, ...],
                                                             shorts: tuple[str, ...], fair: bool) -> None:
    old = _old_this(nouns, fair)
    rng = random.Random(6802)
    owners = {text[i:j] for text in texts[-3000:] for i, j in [sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))]}
    owners |= {m["owner"] for text in texts for m in organizers._ORGANIZER_IS.finditer(text)}
    owners |= {d + n + e for d in ("", "本次", "该", "下一届") for n in (*nouns, "活动", "农博会", "", "评选") for e in ("", "的")}
    named = 0
    for owner in owners:
        expected = old.fullmatch(owner) is not None
        assert organizers._names_this_meeting(owner, nouns, fair) == expected, owner
        named += expected
    assert named > 10


@pytest.mark.parametrize("head", ["座谈会", "联谊会", "论坛"])
def test_this_meeting_again_reads_as_the_page_pattern(texts: list[str], head: str) -> None:
    old = re.compile(rf"\s*(?:本届|本次|此次|这次){re.escape(head)}")
    again = tuple(determiner + head for determiner in organizers._THIS_AGAIN_DETERMINERS)
    extra = [f"{ws}{d}{head}由" for ws in ("", " ", "\u3000\n") for d in ("本届", "本次", "此次", "这次", "该", "")]
    for text in [*texts, *extra]:
        got = text.startswith(again, organizers._LEADING_SPACE.match(text).end())
        assert got == (old.match(text) is not None), text


def _old_hosted_clause(nouns: tuple[str, ...], fair: bool) -> re.Pattern[str]:
    """_hosted_clause_after's clause after the meeting's name, as it was compiled for each meeting."""
    alternation = "|".join(map(re.escape, nouns)) + ("|[\u4e00-\u9fff]博会" if fair else "")
    hosted = (r"由(?:[^，。；]{2,30}?(?:指导|支持)[，,、]\s*)?"
              r"(?P<org>[^，。；由]{2,40}?)(?P<verb>(?:联合|共同)?(?:主办|举办|(?<!主持)召开)|合办)(?=[，。；,;]|\s*$)")
    return re.compile(rf"[，,]\s*(?:(?:本次|此次|这次|本届|该)?(?:{alternation}|活动))?" + hosted)


@pytest.mark.parametrize(("nouns", "shorts", "fair"), NOUN_SETS)
def test_hosted_clause_reads_as_the_page_pattern(texts: list[str], nouns: tuple[str, ...], shorts: tuple[str, ...],
                                                 fair: bool) -> None:
    old = _old_hosted_clause(nouns, fair)
    rng = random.Random(6803)
    matched = 0
    for text in [*texts, *("某某论坛在县城举行，" + text for text in texts[-6000:])]:
        for pos in {0, rng.randint(0, len(text)), len(text) // 2}:
            expected = old.search(text, pos)
            got = organizers._read_hosted_clause(text, pos, nouns, fair)
            assert (got is None) == (expected is None), (text, pos)
            if expected is not None and got is not None:
                matched += 1
                assert (got.end(), got["org"], got["verb"]) == (expected.end(), expected["org"], expected["verb"]), (text, pos)
    assert matched > 100


def test_hosted_right_after_the_name_is_the_pattern_it_was() -> None:
    assert organizers._HOSTED_RIGHT_AFTER.pattern == (
        r"(?:是|均|系)?由(?:[^，。；]{2,30}?(?:指导|支持)[，,、]\s*)?"
        r"(?P<org>[^，。；由]{2,40}?)(?P<verb>(?:联合|共同)?(?:主办|举办|(?<!主持)召开)|合办)(?=[，。；,;]|\s*$)")


def _old_cleft(nouns: tuple[str, ...], fair: bool) -> re.Pattern[str]:
    """_later_organizer's cleft 这次会议是…召开的, as it was compiled for each meeting (with the place between the body and
    the verb, 是省教育厅在江城召开的, GUIDELINES §3 thirty-seventh review round)."""
    alternation = "|".join(map(re.escape, nouns)) + ("|[\u4e00-\u9fff]博会" if fair else "")
    return re.compile(rf"\s*(?:本次|此次|这次|本届)(?:{alternation})是(?P<org>[^，。；由的在]{{2,20}}?)"
                      r"(?:成立以来|组建以来|今年|首次|第一次|第二次|近年来)?(?:在[^，。；由在]{2,30}?)?(?:召开|举行|举办)的")


@pytest.mark.parametrize(("nouns", "shorts", "fair"), NOUN_SETS)
def test_cleft_holder_reads_as_the_page_pattern(texts: list[str], nouns: tuple[str, ...], shorts: tuple[str, ...],
                                                fair: bool) -> None:
    old = _old_cleft(nouns, fair)
    rng = random.Random(6804)
    clefts = [rng.choice(["", " ", "本次", "这次", "本届", "该"]) + rng.choice([*nouns, "农博会", "论坛", "会议"]) + "是"
              + "".join(rng.choice(["中央文明委", "省政府", "成立以来", "首次", "召开", "举行", "的", "在", "，", "县"])
                        for _ in range(rng.randint(1, 6))) for _ in range(6000)]
    matched = 0
    for text in [*texts, *clefts]:
        expected = old.match(text)
        got = organizers._read_cleft_holder(text, nouns, fair)
        assert (got is None) == (expected is None), text
        if expected is not None and got is not None:
            matched += 1
            assert (got.end(), got["org"]) == (expected.end(), expected["org"]), text
    assert matched > 20
