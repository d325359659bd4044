"""Loans a party can or hopes to obtain: an entitlement, no loan provided (invented sentences).

- GUIDELINES §6 (loans: credit lines and loan ceilings are not funding; a new loan approved or provided is) and thirtieth
  round (6 December 2026, ninth stop): loans a party can obtain under an arrangement or hopes to obtain (`可从世界银行获得约
  30亿美元的贷款`, `有望获得…贷款`, `可望…得到一笔…贷款`) are no loan approved or provided: no record; a loan approved or let out
  and a share of aid each counted recipient can get stay.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[tuple[float, str]]:
    """(amount, currency) of each funding record, in order (the purpose is another field's business)."""
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("根据原先的安排，印度可从世界银行获得约30亿美元的贷款。", []),
    ("按照协议，该国今年可从国际货币基金组织获得20亿美元贷款。", []),
    ("该国有望获得总额50亿美元的援助贷款。", []),
    ("该国可望从亚洲开发银行得到一笔15亿美元的贷款。", []),
    ("據報道，該公司可從銀團取得五億元貸款。", []),
    # stay
    ("世界银行昨天批准向该国提供20亿美元贷款，用于基础设施建设。", [(2000000000.0, "USD")]),
    ("当天，农商行现场为20户农户发放贷款200万元。", [(2000000.0, "CNY")]),
    ("会上，20名困难学生每人可获得助学金3000元。", [(3000.0, "CNY")]),
])
def test_loans_obtainable(extract, body, expected):
    assert amounts(extract(page(body))) == expected
