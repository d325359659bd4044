"""Contracted and actual investment of investors in a place: capital attracted (invented sentences).

- GUIDELINES §6 twelfth round (contracted capital a place attracted is a statistic; the event's own signings stay) and
  thirtieth round (6 December 2026, ninth stop): contracted investment written with 投资 (`协议投资`, `合同投资额`) is read like
  `合同外资`, and the actual investment told beside it (`实际投资`) is the same statistic's other half: no record with no
  signing on the page; a signing at the event keeps its contracted total.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[tuple[float, str]]:
    """(amount, currency) of each funding record, in order (the purpose is another field's business)."""
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("英国已成为在华最大的欧洲投资国，协议投资近130亿美元，实际投资超过40亿美元。", []),
    ("截至去年底，韩国在该省的合同投资额达25亿美元，实际投资12亿美元。", []),
    ("目前，台商在本市的协议投资总额为8亿美元，实际到位资金5亿美元。", []),
    ("新加坡是该区第二大外资来源地，合同投资3.2亿美元。", []),
    # stay: signings at the event
    ("签约仪式上，韩国某集团与该市签约，协议投资2亿美元建设电子产业园。", [(200000000.0, "USD")]),
    ("会上，双方签订合作协议，协议投资5亿元，建设智能装备产业园。", [(500000000.0, "CNY")]),
])
def test_contracted_investment_tally(extract, body, expected):
    assert amounts(extract(page(body))) == expected
