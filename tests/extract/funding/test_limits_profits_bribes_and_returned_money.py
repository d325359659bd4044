"""Money that is no grant, however a funding word stands near it (invented sentences).

GUIDELINES §6 fortieth review round (8 December 2026, tenth stop), from a funding precision audit of newspaper articles and
the self-audit that followed it: an approval authority over a sum (`连五万元的审批权也没有`) is a limit; a firm's yearly profit
(`年创利300万元`) is income; money meant to open doors (`准备用来打通“关节”`, `疏通关系`) is a bribe, paid or only prepared;
money handed back to the one who lost it (`如数归还了失主`, `交到失主手中`) is lost property returned; a sum added to a pay or benefit per
month told in the clause before (`我每月挣100元钱，再加上领到的200元补助`) is paid at that rate too; goods bought with their
value over a past span (`7年间，…添置图书仪器400多万元`) are the span's spending; securities issued (`发行各类有价证券融资…`) are
money borrowed on a market.  Near misses keep their records: a donation, a grant beside the profit, a reward to the finder, money handed to others than an owner,
two sums added with no rate before them, money put in to buy goods, one firm's share issue for a stated use.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[float]:
    """The amount of each funding record, in order."""
    return [f["amount"] for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    # a limit on what may be approved
    ("按照规定，分行行长对于赞助支出连五万元的审批权也没有。", []),
    ("该行向希望工程赞助五万元。", [50000.0]),
    # a firm's yearly profit; the grant in the next clause stays
    ("这家曾年创利300万元的服装厂如今连年亏损，县里拨款50万元帮助其转产。", [500000.0]),
    # a bribe prepared
    ("他备好3000元礼金准备用来打通“关节”。", []),
    ("他拒收红包，还为学校捐款5000元。", [5000.0]),
    # lost money returned
    ("司机将拾到的3万元捐款如数归还了失主。", []),
    ("司机将拾到的3万元捐款交到失主手中。", []),
    ("司机将拾到的3万元捐款物归其主。", []),
    ("司机将3万元捐款交到灾民手中。", [30000.0]),
    ("拾金不昧的司机获得公司奖励2000元。", [2000.0]),
    # a sum added to a monthly pay
    ("我每月挣100元钱，再加上领到的200元补助，生活能够维持。", []),
    ("县财政拨款50万元，再加上社会捐款30万元，学校建起了新校舍。", [500000.0, 300000.0]),
    # goods bought over a past span
    ("7年间，全县共新建校舍5万平方米，添置图书仪器400多万元。", []),
    ("今年，县财政拨款300万元，为学校添置图书仪器。", [3000000.0]),
    # securities issued
    ("去年该地区通过在国际证券市场发行各类有价证券融资金额达80亿美元。", []),
    ("该公司通过发行股票募集资金16亿元，用于技术改造。", [1600000000.0]),
])
def test_limits_profits_bribes_and_returned_money(extract, body, expected):
    assert amounts(extract(page(body))) == expected
