"""Returns, income and profit: no money granted; money set aside from them for a use: funding (invented sentences).

- GUIDELINES §6 (not funding: market figures, salaries; ninth round: a surplus is no funding, money set aside from it for a
  use is) and thirtieth round (6 December 2026, ninth stop): an investor's return told as a noun (`每年的回报4万元`,
  `获回报…`, `投资回报`) is income like `收益` and `利润`: no record; money a body takes out of its income or profit for a use
  (`从旅游收入中拿出50万元，为村民缴纳医疗保险`, `从利润中提取…设立…基金`) is money granted like money set aside from a surplus.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[tuple[float, str]]:
    """(amount, currency) of each funding record, in order (the purpose is another field's business)."""
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("投资者每年的回报4万元，50年的回报高达200万元。", []),
    ("据匡算，投资者一次投入2.5万元，认购庄园一个单元，每年可获回报4000元。", []),
    ("该项目投资回报预计每年超过300万元。", []),
    ("據介紹，投資者每年可得回報港幣五萬元。", []),
    ("据测算，每亩每年可获收益3000元。", []),
    ("公司上半年净利润为3.5亿元，同比增长12%。", []),
    # stay: money taken out of income or profit for a use, money given back to society
    ("村集体从旅游收入中拿出50万元，为全体村民缴纳医疗保险。", [(500000.0, "CNY")]),
    ("公司从利润中提取500万元，设立员工困难帮扶基金。", [(5000000.0, "CNY")]),
    ("合作社从经营收入里提取20万元，为社员发放年终慰问金。", [(200000.0, "CNY")]),
    ("企业家王明捐资100万元回报家乡，修建村小学。", [(1000000.0, "CNY")]),
])
def test_income_and_returns(extract, body, expected):
    assert amounts(extract(page(body))) == expected
