"""Prices told by a price noun and stakes bought by a bid: no money granted (invented sentences).

- GUIDELINES §6 (prices are no funding; the value of goods bought and trade between parties, sixteenth round) and thirtieth
  round (6 December 2026, ninth stop): an amount that qualifies a price noun (`…元不等的标价`, `…元的收购价`, `…元的高价`) is a
  price; shares or a stake won with the amount by a bid (`以23亿美元中标，购得…股份`) is a purchase price, while a contract won
  for works (`以1.2亿元中标…项目`) stays a record.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[tuple[float, str]]:
    """(amount, currency) of each funding record, in order (the purpose is another field's business)."""
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("他将山地分成小块，以每单元2.5万元至3万元不等的标价，向社会招募投资者。", []),
    ("合作社以每吨2800元的收购价向农户收购粮食。", []),
    ("这批新茶以3000元的高价被客商买走。", []),
    ("該幅土地以十二億元的成交價售出。", []),
    ("该集团以23亿美元（超过政府确定的基价50%）中标，购得这家公司70%的股份。", []),
    ("某财团以5亿元竞标成功，获得该厂60%股权。", []),
    # stay: a contract won for works, a gift's value, money paid
    ("该公司以1.2亿元中标县城污水处理厂建设项目。", [(120000000.0, "CNY")]),
    ("企业向学校捐赠价值30万元的图书。", [(300000.0, "CNY")]),
    ("县政府拨款200万元，按每吨300元的标准补贴受灾农户购买饲料。", [(2000000.0, "CNY")]),
])
def test_price_and_stake_bought(extract, body, expected):
    assert amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("据匡算，投资者一次投入2.5万元，认购庄园一个单元，每年可获回报4000元。", []),
    ("市民出资30万元，认购该基金份额。", []),
    ("公司斥资9亿元，购置了厂区土地。", []),
    # stay: money put into works, equipment bought for a gift
    ("县里投入500万元，购置医疗设备，捐给乡镇卫生院。", [(5000000.0, "CNY")]),
])
def test_share_subscribed(extract, body, expected):
    """GUIDELINES §6 (the value of goods bought), thirtieth round: an estate's unit, a fund's share or land bought with the
    amount, the verb of buying told after its comma, is a purchase price: no record."""
    assert amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("據估計，修復工程需耗資約八千萬元。", []),
    ("据测算，改造全部老旧管网需要资金3亿元。", []),
    ("经初步估算，整个项目需花费1.2亿元。", []),
    ("该桥加固工程预计需投资5000万元。", []),
    # stay: money handed over beside the estimate
    ("县财政已拨付修复资金8000万元，修复工程于今日开工。", [(80000000.0, "CNY")]),
    ("经测算，项目需资金3亿元，省财政已下达首批资金1亿元。", [(100000000.0, "CNY")]),
])
def test_estimated_cost(extract, body, expected):
    """GUIDELINES §6 (a hypothetical cost is nothing granted), thirtieth round: the cost an estimate or a forecast puts on
    works still to do is read alike for every noun or verb of cost (需耗资, 需花费, 需要资金, 预计需投资): no record."""
    assert amounts(extract(page(body))) == expected
