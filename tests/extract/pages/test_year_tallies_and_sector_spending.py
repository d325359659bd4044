"""Award, funding and speaker shapes: a year's tally of prizes won, told in a work report or a
review of the year, is no award conferred at the event (§5: a tally of a past period); Taiwan citations with the
holders' noun before the count count as written (§5); a student or staff member named after a department, a section
or a class (…系林宥辰致答词) speaks (§4); a year's fiscal spending on a sector is a statistic, no funding (§6: a body's
overall budget or spending); a bare fund after projects of a kind counted before takes their kind as its purpose (§6).
Invented sentences; expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A2: last year (or the past year) opening the clause, a subject and a receiving verb after it
        ("总经理在会上作工作报告指出，去年公司获得省级以上科技进步奖8项，新签合同额90亿元。", []),
        ("他指出，去年集团公司荣获省部级科技进步奖5项。", []),
        ("去年一年，公司获得省级以上科技进步奖8项。", []),
        ("过去一年，全市12个单位获评“全国文明单位”。", []),
        ("在过去的一年里，全市有12个单位获评“全国文明单位”。", []),
        ("2023年集团公司荣获省部级科技进步奖5项。", []),
        # near misses: holders commended at this event, this year's prizes, an honour's year
        ("会议表彰了2023年度获得“先进集体”称号的8个先进集体。", [("先进集体", 8, "个", "organization")]),
        ("大会为获评“优秀党员”的12名同志颁发证书。", [("优秀党员", 12, "名", "person")]),
        ("会上，为去年获评“优秀党员”的12名同志颁发了证书。", [("优秀党员", 12, "名", "person")]),
        ("2023年度获评“优秀党员”的12名同志受到表彰。", [("优秀党员", 12, "名", "person")]),
        ("去年公司获得的8项省级科技进步奖在会上受到表彰。", [("省级科技进步奖", 8, "项", None)]),
        # this year's prizes from higher bodies: a running tally since the twenty-second round (§5; this row asserted the
        # award before that ruling, see awards/test_award_works_as_winners_and_ranking_joins.py)
        ("今年公司获得省级以上科技进步奖8项。", []),
    ],
)
def test_year_tally_of_prizes_won(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # F6: a year's fiscal spending on a sector, or its share of the budget
        ("去年全市财政教育投入达32.5亿元，同比增长6%。", []),
        ("全年财政民生支出120亿元，同比增长8%。", []),
        ("全年民生支出占一般公共预算支出的78%，达120亿元。", []),
        # near misses: money a treasury puts in or allocates for a use
        ("市财政投入3000万元用于老旧小区改造。", [(30000000.0, "CNY", "老旧小区改造")]),
        ("今年县财政安排教育专项资金2000万元。", [(20000000.0, "CNY", "教育专项资金")]),
        ("去年，市财政教育投入1.2亿元用于新建学校。", [(120000000.0, "CNY", "新建学校")]),
        ("今年以来，县财政统筹投入500万元用于农村道路改造，同比增长10%。", [(5000000.0, "CNY", "农村道路改造")]),
    ],
)
def test_sector_spending_is_a_statistic(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A1: Taiwan citations with the holders' noun between the citation and its count, counted as written (§5)
        ("本年度共有記一大功員警3人、記功2次員警20人、嘉獎2次員警60人接受表揚。",
         [("记一大功", 3, "人", "person"), ("记功2次", 20, "人", "person"), ("嘉奖2次", 60, "人", "person")]),
        ("表揚大會上，記一大功同仁5人、記功兩次同仁12人接受表揚。",
         [("记一大功", 5, "人", "person"), ("记功两次", 12, "人", "person")]),
        ("表揚大會上，記一大功5人、記功2次12人、嘉獎25人。",
         [("记一大功", 5, "人", "person"), ("记功2次", 12, "人", "person"), ("嘉奖", 25, "人", "person")]),
        # near misses: one person's own record, a count of those attending
        ("他任職期間曾記功2次、嘉獎10次。", []),
        ("陳員警曾獲嘉獎3次，全隊員警50人出席。", []),
    ],
)
def test_taiwan_citations_with_holders_noun(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # S1: a name right after a school's department, section or class label, then an address
        ("畢業生代表、機械工程系林宥辰致答詞。", {"林宥辰": (None, ("致辞",))}),
        ("毕业生代表、化学系陈宥辰致词。", {"陈宥辰": (None, ("致辞",))}),
        ("畢業生代表、資訊科李佳穎致答詞。", {"李佳颖": (None, ("致辞",))}),
        ("學生代表、三年二班黃品妍致詞。", {"黄品妍": (None, ("致辞",))}),
        ("在校生代表、管理學院張家豪致歡送詞。", {"张家豪": (None, ("致辞",))}),
        # near misses: 系 ending a word (关系, 体系), no name
        ("他們之間的關係林某發言。", {}),
        ("會議強調要完善體系張某發言。", {}),
    ],
)
def test_name_after_a_department_label(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # F3: a bare fund after projects of a kind counted in the clause before: the projects, not the label
        ("其中，产业升级项目20个，资助资金3000万元。", [(30000000.0, "CNY", "产业升级项目")]),
        ("其中，科技创新项目15个，补助资金共计1200万元。", [(12000000.0, "CNY", "科技创新项目")]),
        # near misses: a bare class of projects names nothing; a use told after the amount wins
        ("今年共实施重点项目20个，补助资金3000万元。", [(30000000.0, "CNY", None)]),
        ("全县实施农村公路项目12个，财政补助资金2600万元，用于道路硬化。", [(26000000.0, "CNY", "道路硬化")]),
    ],
)
def test_bare_fund_after_counted_projects(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
