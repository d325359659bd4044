"""A bank's credit named as funds: lending statistics (invented sentences).

- GUIDELINES §6 (lending statistics are no funding; ninth round: loans a bank issued over a period) and thirtieth round
  (6 December 2026, ninth stop): a bank's running total of credit named as funds (`累计投放夏季收购资金…`, `信贷资金`), and a
  clause going on with the same lending verb, is lending: no record; loans let out at the event for a stated use stay.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[tuple[float, str]]:
    """(amount, currency) of each funding record, in order (the purpose is another field's business)."""
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("省农业发展银行还累计投放夏季收购资金46.46亿元，投放秋季收购资金44亿元，确保收购资金的需要。", []),
    ("今年以来，该行累计投放信贷资金300亿元，支持实体经济发展。", []),
    ("县农发行累计发放粮食收购资金8亿元，并发放棉花收购贷款2亿元。", []),
    # stay: loans let out at the event, money granted for procurement by a government body
    ("现场，农商行向45户种粮大户发放贷款2300万元。", [(23000000.0, "CNY")]),
    ("县财政局拨付粮食收购补贴资金500万元，用于补助收购企业。", [(5000000.0, "CNY")]),
])
def test_bank_credit_funds(extract, body, expected):
    assert amounts(extract(page(body))) == expected
