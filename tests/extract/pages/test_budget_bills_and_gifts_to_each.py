"""Award and funding leftovers: a budget bill still to be reviewed or voted (no money granted, §6) against a budget
passed and allocated; the purpose of a sum to each after the gift handed over in the clause before (送上慰问金，每人
500元); a counted kind of place with its bracketed alternative named without a head word (命名了50个全国文明城市（区）);
an edition or a year between the recipients and a quoted medal (授予20名青年第二届“中国青年五四奖章”).  The sentences
are invented; the expected values follow corpus/GUIDELINES.md §5 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a budget bill before the body that reviews it: proposed, not granted
        ("本次定期會將審議縣府提出的新台幣8億元追加預算案。", []),
        ("会议提请审议2025年市级预算草案，全市一般公共预算支出安排120亿元。", []),
        ("会议审议2024年县级预算调整方案，新增支出3.5亿元。", []),
        ("常委会会议审议了关于2024年预算调整方案的报告，追加预算2亿元。", []),
        # negative: a budget passed or approved, and an allocation reported, stay funding
        ("会议审议通过了2024年县级预算调整方案，追加预算2亿元用于防汛救灾。", [(200000000, "CNY", "防汛救灾")]),
        ("常委会会议审议并批准了市级预算调整方案，新增资金3亿元用于棚户区改造。", [(300000000, "CNY", "棚户区改造")]),
        ("会议审议通过了年度预算，安排资金800万元用于教育。", [(8000000, "CNY", "教育")]),
        ("县财政追加预算500万元，用于乡村学校改造。", [(5000000, "CNY", "乡村学校改造")]),
    ],
)
def test_a_budget_bill_under_review_is_no_grant(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("镇党委书记为10位高龄老人送上慰问金，每人500元。", [(500, "CNY", "慰问金")]),
        ("镇政府为80名困难群众发放节日慰问金，每人300元。", [(300, "CNY", "节日慰问金")]),
        ("县领导为20名困难学生颁发助学金，每人3000元。", [(3000, "CNY", "助学金")]),
        # negative: a prize received before the sum keeps its own reading
        ("23名学生获得国家奖学金，每人8000元。", [(8000, "CNY", "国家奖学金")]),
    ],
)
def test_the_gift_handed_before_a_sum_to_each(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会命名了50个全国文明城市（区）。", [("全国文明城市（区）", 50, "个", "organization")]),
        ("大会命名了264个全国双拥模范城（县）。", [("全国双拥模范城（县）", 264, "个", "organization")]),
        ("授予20名青年第二届“中国青年五四奖章”。", [("中国青年五四奖章", 20, "名", "person")]),
        ("授予20名青年“中国青年五四奖章”。", [("中国青年五四奖章", 20, "名", "person")]),
        ("授予10名同志2023年度“优秀共产党员”称号。", [("优秀共产党员", 10, "名", "person")]),
        # negative: a counted project with a bracketed note is no place honoured
        ("全市有5个示范项目（试点）。", []),
    ],
)
def test_places_named_and_an_edition_before_a_medal(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
