"""Money told by its size: a level, not money granted (invented sentences).

- GUIDELINES §6 twenty-third round (`为`, `是` and `达` state a level) and thirtieth round (6 December 2026, ninth stop):
  a body's, a field's or a scheme's money told by a size noun after the money's noun (`经费总额`, `拨款总额`, `资金规模`,
  `经费总量`) with a verb of a level or none is a level, a statistic: no record; the size of money raised, donated or signed,
  a fund's size and a project's own total are not read so, and a running total since a start (`设立10年来…资助经费总额达…`)
  stays a record (eighth round), and so does research money a university or hospital received (`研究经费总额突破…`,
  eighteenth round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[tuple[float, str]]:
    """(amount, currency) of each funding record, in order (the purpose is another field's business)."""
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    # levels: the size noun after the money's noun, with or without a verb of a level, any year word
    ("本年度区议会社区参与计划拨款总额为二千一百万元。", []),
    ("今年全市扶贫资金规模达到3.5亿元。", []),
    ("该县今年教育经费总量为5.6亿元，比上年增长8%。", []),
    ("今年学校的办学经费总额约为2亿元。", []),
    ("據悉，該計劃今年的撥款總額約為三千萬元。", []),
    ("县长感谢各界长期以来的支持，并介绍今年全县水利资金规模超过2亿元。", []),
    ("该镇今年的办公经费总额仅为80万元。", []),
    # not levels: money raised, a running total since a start, a grant handed over, a project's own total
    ("本次慈善晚会募集善款总额达50万元。", [(500000.0, "CNY")]),
    # research money a university or hospital received (eighteenth round: 研究经费总额突破…, funding received)
    ("该校去年科研经费总额逾一亿二千万元。", [(120000000.0, "CNY")]),
    ("医院年度研究经费规模已突破5000万元。", [(50000000.0, "CNY")]),
    ("基金设立10年来，共资助800人，资助经费总额达5200万元。", [(52000000.0, "CNY")]),
    ("协会成立以来，累计发放助学金总额超过3000万元。", [(30000000.0, "CNY")]),
    ("会议通过拨款港币三百二十万元，资助区内四十五项社区参与活动。", [(3200000.0, "HKD")]),
    ("该项目资金总盘子为12亿元，由省市县三级财政共同承担。", [(1200000000.0, "CNY")]),
    ("当天，县教育局向12所学校拨付教育经费300万元，用于购置教学设备。", [(3000000.0, "CNY")]),
])
def test_money_size_level(extract, body, expected):
    assert amounts(extract(page(body))) == expected
