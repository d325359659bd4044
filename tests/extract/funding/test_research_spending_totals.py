"""Firms' research spending told as a total (研发投入总额达…): a statistic, no funding record (invented sentences).

GUIDELINES §6, thirty-fifth review round (7 December 2026, fifth stop), from the new tuning pages s166: research spending
under its statistical name is a yearly figure (sixteenth round), also with 总额 or 总量 after the noun
(`全市规模以上工业企业研发投入总额达9.4亿元`).  Near misses: money granted in the same article stays a record, and a grant
to a named body for research (`向某某大学拨付研发经费…`) is no statistic.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[float]:
    """The amount of each funding record, in order."""
    return [f["amount"] for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("据统计，去年全市规模以上工业企业研发投入总额达9.4亿元，同比增长11%。", []),
    ("2023年全区企业研发投入总量为5.2亿元，高新技术企业贷款余额12亿元。", []),
    ("今年以来，全县重点企业研发投入总额达到3.6亿元。", []),
    # near misses: money granted stays; a grant to a named body for research is no statistic
    ("市科技局为15家企业兑现研发补助资金450万元。据统计，全市企业研发投入总额达7.1亿元。", [4500000.0]),
    ("市财政向江北理工学院拨付研发经费300万元，用于建设新材料实验室。", [3000000.0]),
])
def test_research_spending_totals_are_statistics(extract, body, expected):
    assert amounts(extract(page(body))) == expected
