"""Award and funding shapes: a prize won in a contest taken part in (参加“…”竞赛获一等奖), whose
quoted contest name must not block the prize nor be read as the honour, and a clause naming who carries the work out
or its scope after an amount (，实施主体为…), which is no purpose.  Also the referred honour's words, from which its
pattern is built.  Invented sentences; the expected values follow corpus/GUIDELINES.md §5 and §6."""

from __future__ import annotations

import pytest

from pipeline.config import load_config
from pipeline.extract import Extractor
from pipeline.extract.awards import patterns as awards_module
from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a prize won in the contest taken part in: the grade, as after 在“…”竞赛中 (§5), never the contest's name
        ("我校5名学生参加“挑战杯”竞赛获一等奖。", [("一等奖", 5, "名", "person")]),
        ("我校5名学生参加“挑战杯”竞赛荣获一等奖。", [("一等奖", 5, "名", "person")]),
        ("我校5名学生参加“挑战杯”竞赛夺得金奖。", [("金奖", 5, "名", "person")]),
        ("我校5名学生在“挑战杯”竞赛中夺得金奖。", [("金奖", 5, "名", "person")]),
        # unchanged: the framing with 中, those described by the contest, a grade right after the mark
        ("我校5名学生在“挑战杯”竞赛中获一等奖。", [("一等奖", 5, "名", "person")]),
        ("5名参加“挑战杯”的选手获一等奖。", [("一等奖", 5, "名", "person")]),
        ("我校5名选手获“挑战杯”一等奖。", [("挑战杯一等奖", 5, "名", "person")]),
        ("6名参与救援民警记三等功。", [("三等功", 6, "名", "person")]),
        # negative: contending only, or nothing won that is a prize, or a contest's medal: nothing conferred
        ("5名选手参加“挑战杯”一等奖的角逐。", []),
        ("5名选手角逐“挑战杯”金奖。", []),
        ("我校5名学生参加“挑战杯”竞赛获得优异成绩。", []),
        ("我校5名学生参加“挑战杯”比赛获金牌。", []),
    ],
)
def test_a_prize_won_in_a_contest_taken_part_in(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # who carries the work out, its scope or its standard: a description of the work, no purpose (§6)
        ("县政府安排资金800万元，实施主体为县住建局。", [(8000000.0, "CNY", None)]),
        ("县政府安排资金800万元，实施范围为全县各乡镇。", [(8000000.0, "CNY", None)]),
        # unchanged: an act carried out with the money is its use
        ("县财政安排资金50万元，实施农村道路提升工程。", [(500000.0, "CNY", "实施农村道路提升工程")]),
        ("县财政安排资金50万元，开展以乡村振兴为主题的培训。", [(500000.0, "CNY", "开展以乡村振兴为主题的培训")]),
        ("县财政安排资金50万元，开展为民办实事活动。", [(500000.0, "CNY", "开展为民办实事活动")]),
        ("县财政安排资金50万元，开展“我为群众办实事”实践活动。", [(500000.0, "CNY", "开展我为群众办实事实践活动")]),
    ],
)
def test_a_clause_describing_the_work_is_no_purpose(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_referred_words_are_those_of_its_pattern() -> None:
    """Each word of _REFERRED_WORDS is read by the pattern built from it (a precheck never turns one away)."""
    referred = Extractor(load_config(overrides={"ner": {"backend": "none"}})).awards.referred
    lines = {w: f"周某等4名同志{w}这一称号。" for w in (*awards_module._REFERRED_CONFERRING, *awards_module._REFERRED_RECEIVING)}
    lines |= {"获此": "我村两户家庭获此殊荣。", "榜上有名": "5家子公司榜上有名。"}
    lines |= {w: f"我镇3个党支部{w}。" for w in awards_module._REFERRED_ON_LIST}
    assert set(lines) == set(awards_module._REFERRED_WORDS)
    for line in lines.values():
        assert referred.search(line) is not None
