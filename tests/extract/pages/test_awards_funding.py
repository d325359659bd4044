"""Award counts and funding amounts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会上,表彰了12名“优秀党组织书记”。", [("优秀党组织书记", 12, "名", "person")]),
        ("大会表彰先进集体5个、先进个人5名。", [("先进集体", 5, "个", "organization"), ("先进个人", 5, "名", "person")]),
        ("会议表彰十二名优秀共产党员。", [("优秀共产党员", 12, "名", "person")]),
        ("两个“湖南省两新领域标杆党组织”受到表彰。", [("湖南省两新领域标杆党组织", 2, "个", "organization")]),
        ("为6名「50年以上党龄」老党员颁发了「光荣在党50年」纪念章。", [("光荣在党50年纪念章", 6, "名", "person")]),
    ],
)
def test_award_counts(extract, text: str, expected: list[tuple]) -> None:
    awards = extract(text)["awards"]
    got = [(a["honor"], a["count"], a["unit"], a["recipient_kind"]) for a in awards]
    assert got == expected


def test_honours_without_a_count_are_not_awards(extract) -> None:
    assert extract("该公司党委荣获“四川省先进党组织”称号。")["awards"] == []


@pytest.mark.parametrize(
    ("text", "amount", "high", "currency", "approximate"),
    [
        ("共发放“以奖代补”党建工作经费6万元用于支持党组织开展党建工作。", 60000, None, "CNY", False),
        ("区财政拨付专项资金100多万元。", 1_000_000, 2_000_000, "CNY", True),
        ("双方签订合作项目,协议资金达到二十八点八亿元。", 2_880_000_000, None, "CNY", False),
        ("特区政府向受灾家庭发放援助金港元300万元。", 3_000_000, None, "HKD", False),
        ("台北市政府补助新臺幣20萬元作为活动经费。", 200_000, None, "TWD", False),
    ],
)
def test_funding_amounts(extract, text: str, amount: float, high: float | None, currency: str,
                         approximate: bool) -> None:
    funding = extract(text)["funding"]
    assert len(funding) == 1
    f = funding[0]
    assert (f["amount"], f["amount_high"], f["currency"], f["approximate"]) == (amount, high, currency, approximate)


@pytest.mark.parametrize(
    "text",
    [
        "订阅手机报,每天1毛钱,无流量费。",
        "全市实现地区生产总值3000亿元。",
        "该产品售价199元。",
    ],
)
def test_not_funding(extract, text: str) -> None:
    assert extract(text)["funding"] == []


def test_funding_purpose(extract) -> None:
    # (a fund named by its field before the amount is the purpose over the 用于 clause, GUIDELINES §6 twenty-third review
    # round, as spec 000's 以奖代补党建工作经费)
    f = extract("共发放党建工作经费6万元用于支持党组织开展党建工作。")["funding"][0]
    assert f["purpose"] == "党建工作经费"
