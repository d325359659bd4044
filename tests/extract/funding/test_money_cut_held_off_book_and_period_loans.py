"""Money that is no grant: spending cut, share prices, off-book funds, investment drawn in, the figures after a kickback,
a fee for cleaning, a bank's loans for a period of the year (invented sentences, a variation grid; near misses stay
records).

GUIDELINES §6 thirty-fifth review round (7 December 2026, fifth stop), which amounts are records: spending cut
(`压缩财政开支`, `削减开支`) is a saving; a share price's change (`股价上涨2.5美元`) is a market figure; off-book funds and a
slush fund (`账外资金`, `小金库`) are crime money; money others put in drawn in (`吸引社会各界投入…的资金`) is investment
attracted; the figures told after a bribe or kickback in its sentence (`为了2万元的好处费，把…`) are the case's; a cleaning
fee (`清洁费`) is a fee like `保管费`; a bank's loans arranged or let out for a quarter or half of the year (`某分行安排了
今年二季度春耕贷款2亿元`) are lending statistics.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    # spending cut
    ("由于收入下降，政府将压缩财政开支30亿美元，并取消部分投资项目。", []),
    ("为保证投资项目，市里将削减行政开支2000万元。", []),
    # a share price's change
    ("投资者反应积极，当日该银行股价上涨2.5美元，成交量800万股。", []),
    ("投资者反应积极，该公司向灾区捐款50万美元。", [(500000.0, "USD", None)]),
    # off-book funds found in a case
    ("调查人员发现该公司在境外设有2000多万美元的账外资金。", []),
    ("调查人员发现该厂设有8亿多元人民币和300多万美元的账外资金。", []),
    ("县里拨款200万元用于清理小金库工作。", [(2000000.0, "CNY", "清理小金库工作")]),
    # money others put in, drawn in
    ("全县吸引社会各界投入文化设施建设的资金共计500万元。", []),
    # the figures after a kickback in its sentence
    ("某科长在核拨维修费时，为了2万元的好处费，把原本只需要90万元的维修标的，费用提高了一倍，变成了180万元。", []),
    ("某局长拒收回扣，还为学校捐款5万元用于修缮校舍。", [(50000.0, "CNY", "修缮校舍")]),
    ("为了收回扣，他挪用公款，后来又向灾区捐款2万元。", [(20000.0, "CNY", None)]),
    # a cleaning fee
    ("该厂去年上半年清洁费投入30万元。", []),
    # a bank's loans for a period of the year
    ("工商银行某分行安排了今年二季度春耕贷款2亿元，比去年同期增加5000万元。", []),
    ("工商银行某分行向华信纺织厂发放贷款2000万元，用于技术改造。", [(20000000.0, "CNY", "技术改造")]),
    ("信用社今年发放扶贫贷款500万元，用于支持农户养殖。", [(5000000.0, "CNY", "支持农户养殖")]),
])
def test_money_cut_held_off_book_and_period_loans(extract, body, expected):
    assert grants(extract(page(body))) == expected
