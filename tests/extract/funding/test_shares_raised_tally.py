"""Capital a stock market raised, told as a tally (invented sentences).

- GUIDELINES §6 tenth round (the financing a market raised for the firms listed on it is a tally) and twenty-ninth round:
  capital raised on a stock market told as a tally (`累计为362家上市公司筹集资金911亿元`, `通过股票发行上市共筹集资金1325亿元`)
  is no record, its parts after `其中` neither; one firm's share issue for a stated use (`通过发行股票募集资金16亿元，用于技术
  改造`, as the newspaper tuning gold keeps it, pd_1891) and money raised for a cause stay.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("证券交易所成立7年多来，累计为362家上市公司筹集资金911亿元，其中去年筹集资金总额476亿元。", []),
    ("去年，通过境内外股票发行上市共筹集资金1325亿元，有力地促进了国有企业改革。", []),
    ("今年以来，全省12家企业通过A股市场共募集资金80亿元。", []),
    # near misses: one firm's issue for a stated use; money raised for a cause
    ("整体改制后，公司通过发行股票募集资金16亿元，用于生产技术改造。", [(1600000000.0, "CNY", "生产技术改造")]),
    ("县慈善总会昨日举行募捐活动，共筹集善款86万元。", [(860000.0, "CNY", None)]),
])
def test_stock_market_tally(extract, body, expected):
    assert grants(extract(page(body))) == expected
