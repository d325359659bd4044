"""A whole place's spending on a field over a span of years, and money obtained over such a span (invented sentences).

- GUIDELINES §6 eighth and ninth rounds (a sector's or a county's spending over a period is a budget figure; with a use after
  the amount it stays), twenty-ninth round (money obtained from higher levels over a past year is a tally) and thirtieth
  round (6 December 2026, ninth stop): a whole place's money for a field told as a level or a total over a span of years
  (`3年来全市用于这方面的扶持资金达…`, `1994年至1997年，全国…住房建设共投资…`) is a statistic, the `用于` before the money's noun
  naming the field counted; money obtained (`争取`) over a span of past years with no use or project is a work report's
  tally like a past year's. A use after the amount, a body's grants to named recipients and money raised stay records.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[tuple[float, str]]:
    """(amount, currency) of each funding record, in order (the purpose is another field's business)."""
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("据统计，3年来全市用于这方面的扶持资金达3462.55万元。", []),
    ("据统计，五年来全省用于农田水利建设的资金达86亿元。", []),
    ("据不完全统计，近年来全区各级财政用于扶贫的资金累计超过5亿元。", []),
    ("1994年至1997年，全国城镇教职工住房建设共投资542亿元，竣工建筑面积8012万平方米。", []),
    ("2019年以来，全县农村公路建设累计投资12亿元。", []),
    ("近三年来，该村先后争取各类项目资金1200万元。", []),
    ("多年来，镇里累计争取上级资金3000多万元。", []),
    ("过去五年，县里共争取到中央和省级资金9.6亿元。", []),
    # stay: a use after the amount, grants to named recipients, money raised, money obtained for a project
    ("近年来，县财政累计投入3.2亿元用于改善农村人居环境。", [(320000000.0, "CNY")]),
    ("1994年至1997年，该基金会累计资助贫困学生2万名，发放助学金3000万元。", [(30000000.0, "CNY")]),
    ("据统计，本次活动共募集善款80万元。", [(800000.0, "CNY")]),
    ("近三年来，该村先后争取项目资金1200万元，用于修建村道和水渠。", [(12000000.0, "CNY")]),
    ("当天，全市用于救灾的首批资金500万元已拨付到位。", [(5000000.0, "CNY")]),
])
def test_place_spending_over_span(extract, body, expected):
    assert amounts(extract(page(body))) == expected
