"""Speed changes that must not change a result: the money pattern of the rule entity tagger behind a
first-character gate (first_char_gated reads the characters a look-ahead needs), and clause_bounds finding a clause's
end with one search.  The sentences are invented."""

from __future__ import annotations

import random
import re

import pytest

from pipeline import values
from pipeline.entities.rules import _NUM_BEFORE
from pipeline.extract.common import clause_bounds, first_char_gated
from tests.extract.oracles import clause_bounds_by_characters

MONEY_SOURCE = _NUM_BEFORE + "(?:" + values.MONEY_PATTERN + ")"
SENTENCES = [
    "县财政下达专项资金1200万元，用于农村道路改造。",
    "项目总投资约3.5亿元人民币，其中省级补助近千万元。",
    "基金会捐赠港币50万元及美元2万，另有逾百万元物资。",
    "再加上千万元社会资本，全年投入上亿元，人均补贴二十几万元。",
    "奖金为5000元至8000元不等，共发放百余万元。",
    "HK$300 万元、NT$ 1,200元、MOP500元和€20都写进了预算。",
    "2024元宵灯会和2024元旦晚会不是钱，三角形也不是。",
    "晚上千人参加，马上百名志愿者到岗，以上万元为限。",
    "",
]


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_money_pattern_is_gated_on_its_opening_characters() -> None:
    gated = first_char_gated(MONEY_SOURCE)
    assert gated.pattern.startswith("(?=[")
    gate = gated.pattern[len("(?=[") : gated.pattern.index("])")]
    # the numbers, the prefixes, the approximations and the bare magnitudes a look-ahead stands for
    for ch in ["\\d", *"一百千万亿人港美约近逾超过上"]:
        assert ch in gate
    assert "元" not in gate and "资" not in gate


@pytest.mark.parametrize("text", SENTENCES)
def test_money_gate_finds_the_same_matches(text: str) -> None:
    plain, gated = re.compile(MONEY_SOURCE), first_char_gated(MONEY_SOURCE)
    assert spans(gated, text) == spans(plain, text)


def test_money_gate_same_matches_on_random_strings() -> None:
    plain, gated = re.compile(MONEY_SOURCE), first_char_gated(MONEY_SOURCE)
    alphabet = "0123456789,.万亿千百十一二两三约近逾超过上加以元美港币人民HK$ 至-余多几左右，。资金"
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert spans(gated, text) == spans(plain, text)


def test_lookahead_gives_the_opening_characters() -> None:
    assert first_char_gated(r"(?=[甲乙])[\u4e00-\u9fff]{2}会").pattern.startswith("(?=[乙甲])")
    # a negative look-ahead, or one that needs no character, says nothing of the opening character: what follows does
    assert first_char_gated(r"(?![甲乙])(?:召开|举行)?会").pattern.startswith("(?=[举会召])")
    assert first_char_gated(r"(?=甲?)(?:召开|举行)?会").pattern.startswith("(?=[举会召])")
    # a look-ahead within an optional group first: its characters or those of what follows
    assert first_char_gated(r"(?:(?=[甲乙])\w)?会").pattern.startswith("(?=[乙会甲])")


@pytest.mark.parametrize("text", ["会议由王某主持，李某讲话（书面）；随后合影。\n散会", "无标点的一句话", "", "，", "。会"])
def test_clause_bounds_same_as_a_character_scan(text: str) -> None:
    for pos in range(-len(text), len(text) + 1):  # (past the end both raise IndexError)
        assert clause_bounds(text, pos) == clause_bounds_by_characters(text, pos)


def test_clause_bounds_examples() -> None:
    text = "会上，王某作了报告；李某主持。"
    assert clause_bounds(text, 4) == (3, 9)
    assert clause_bounds(text, 0) == (0, 2)
    assert clause_bounds(text, len(text)) == (len(text), len(text))
