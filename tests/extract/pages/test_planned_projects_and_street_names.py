"""Phrasings of ordinary local news: the total investment of
projects only planned (计划实施…项目，总投资…), an amount inside the title of a proposal put to a board or a
meeting (关于拟向子公司增资…的议案), and a year cut in half before a quoted honour (2025年度“…”企业10家).
Invented sentences; the expected values follow corpus/GUIDELINES.md, with near misses that must not change."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a plan's projects and their total: a plan statistic, no money granted (§6)
        ("4月8日，全县今年计划实施重大项目150个以上，总投资超过600亿元。", []),
        ("全市今年计划新开工重点项目80个，总投资320亿元。", []),
        # an amount in a proposal's title: proposed, not granted (§6, as proposed loans)
        ("4月8日，公司董事会审议了《关于拟向子公司增资3亿元的议案》，该议案将提交下次股东大会审议。", []),
        ("4月8日，公司董事会审议通过了关于拟向子公司增资3亿元的议案。", []),
        # near misses: projects started or signed with their total, a decision taken, money completed
        ("4月8日，总投资50亿元的新能源项目开工。", [(5000000000.0, "CNY", "新能源项目")]),
        ("4月8日，全县集中开工重大项目20个，总投资120亿元。", [(12000000000.0, "CNY", None)]),
        ("4月8日，现场签约项目12个，计划总投资86亿元。", [(8600000000.0, "CNY", None)]),
        ("4月8日，公司董事会决定向子公司增资3亿元。", [(300000000.0, "CNY", None)]),
    ],
)
def test_plans_and_proposals_are_no_funding(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the year before the quote is no part of the honour, its 年度 half included (§5, quoted name)
        ("4月8日，表彰了2025年度“民营经济突出贡献奖”企业10家。", [("民营经济突出贡献奖企业", 10, "家", "organization")]),
        ("4月8日，表彰了2025年“民营经济突出贡献奖”企业10家。", [("民营经济突出贡献奖企业", 10, "家", "organization")]),
        # near misses: the same honour without a year, a quoted honour with its count right after the mark
        ("4月8日，表彰了“民营经济突出贡献奖”企业10家。", [("民营经济突出贡献奖企业", 10, "家", "organization")]),
        ("4月8日，表彰了2025年度“优秀员工”10名。", [("优秀员工", 10, "名", "person")]),
    ],
)
def test_a_year_before_a_quoted_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a generic word opening a street or community name is part of that name, not a generic organizer (§3 name)
        # (a sub-district with its level, 街道, holds it: GUIDELINES §3 eighth round; changed in fxaa, earlier kept whole)
        ("5月7日，学院路街道党建工作会议在街道会议室召开。", [("党建工作会议", "2024-05-07", "学院路街道")]),
        ("5月7日，学院南路社区居民议事会在社区活动室召开。", [("学院南路社区居民议事会", "2024-05-07", None)]),
        # near misses: the generic word before the meeting itself is still dropped from the name
        ("5月7日，学院第十四次党员代表大会在报告厅召开。", [("第十四次党员代表大会", "2024-05-07", None)]),
        ("5月7日，公司2024年安全生产工作会议在三楼会议室召开。", [("2024年安全生产工作会议", "2024-05-07", None)]),
    ],
)
def test_street_names_keep_their_generic_head(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
