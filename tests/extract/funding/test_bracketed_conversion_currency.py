"""A conversion in brackets written with a bare `约` or with no word restates the amount before it (invented sentences, a
variation grid).

GUIDELINES §6 thirty-third review round (7 December 2026, third stop): `5亿铢（约1000万美元）`, `（大约2500万美元）` and a
bracket holding only an amount in another currency (`5亿铢（1200万美元）`) restate the stated amount like `（合…）` (thirty-second
round): one record, in the currency written first (twentieth round; baht `THB`, §11 ISO codes); a bracket after a loan's
amount does not hide the use told after it (`提供贷款2亿美元（约16.6亿元人民币），用于…`). A bracket of a part in the same
currency (`5亿元（其中3亿元用于修路）`) is no conversion: both are records.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts_and_currencies(record: dict) -> list[tuple[float, str]]:
    """(amount, currency) of each funding record, in order (the purpose is another test's business)."""
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("两家新银行的启动资金各为8亿铢（约2000万美元），由财政部全额持股。", [(800000000.0, "THB")]),
    ("政府拨款20亿铢（约合5000万美元）用于救助银行。", [(2000000000.0, "THB")]),
    ("泰国政府拨出10亿泰铢（大约2500万美元）救济灾民。", [(1000000000.0, "THB")]),
    ("市政府拨款3亿卢布（约500万美元），用于修建学校。", [(300000000.0, "RUB")]),
    ("公司向灾区捐款50万欧元（约420万元人民币）。", [(500000.0, "EUR")]),
    ("基金会捐出100万美元（折合约830万元人民币）资助贫困学生。", [(1000000.0, "USD")]),
    ("政府撥款5億銖（約1200萬美元）救助災民。", [(500000000.0, "THB")]),
    ("该国财政部注资5亿铢（1200万美元）设立两家子公司。", [(500000000.0, "THB")]),
    ("世界银行提供贷款2亿美元（约16.6亿元人民币），用于治理黄河。", [(200000000.0, "USD")]),
    ("日本政府向该国提供了50亿日元（约4000万美元）的无偿援助。", [(5000000000.0, "JPY")]),
    ("政府拨款8亿比索（约4000万美元），用于救灾。", [(40000000.0, "USD")]),
    ("市政府拨款5亿元（其中3亿元用于修路），支持城市建设。", [(500000000.0, "CNY"), (300000000.0, "CNY")]),
    ("世界银行提供贷款2亿美元，用于治理黄河。", [(200000000.0, "USD")]),
    ("世界银行向我国提供贷款2亿美元（约16.6亿元人民币），用于治理黄河。", [(200000000.0, "USD")]),
    ("世界银行提供2亿美元（约16.6亿元人民币）贷款，用于治理黄河。", [(200000000.0, "USD")]),
])
def test_bracketed_conversion_currency(extract, body, expected):
    assert amounts_and_currencies(extract(page(body))) == expected
