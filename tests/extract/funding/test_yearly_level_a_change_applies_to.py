"""A standing yearly sum named as what a change applies to is a level, no grant (invented sentences).

- GUIDELINES §6 budget figures (a standing yearly level is a statistic) and thirty-seventh review round (7 December 2026,
  seventh stop), from a recall read of newspaper articles: `准备对每年向该地区提供的15亿美元的援助资金追加30%` tells the
  yearly level the increase is reckoned on: no record; money provided once, or this year's, stays.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("某国政府准备对每年向该地区提供的15亿美元的援助资金追加30%。", []),
    ("某国政府准备对每年向该地区提供的15亿美元的“援助资金”追加30%的金额。", []),
    ("省里决定对每年拨给研究所的500万元经费削减一成。", []),
    # near misses: no change applied to it; money provided once
    ("某国政府决定对该地区提供15亿美元的援助资金。", [(1500000000.0, "USD", "援助资金")]),
    ("某国政府今年向该地区提供的15亿美元援助资金已全部到位。", [(1500000000.0, "USD", None)]),
])
def test_yearly_level_changed(extract_with_model, body: str, expected: list) -> None:
    assert grants(extract_with_model(page(body))) == expected
