"""Amounts that are no money granted, in wordings the earlier rounds missed (invented sentences, a variation grid).

GUIDELINES §6 thirty-third review round (7 December 2026, third stop), from the audit of records on unseen People's Daily
articles: a bank's acceptance bills and discounting handled (`办理银行承兑汇票`, `办理贴现`) are lending statistics like
its loans (§6 loans, ninth round); a cost told with `将` (`该工程将耗资…`) is the cost of works still to do (thirtieth
round); a project whose start the amount's sentence tells as ahead (`…投资…引进…项目，即将实施`, `投资…的…项目即将动工`),
with no signing or start told, is only planned (§6, twenty-eighth round); the figures of those a survey asked
(`接受这次调查的…企业`, `被调查的`, `受访企业`) are a survey's statistics (thirty-first round); a sum inside a concession or told
as no more than after it (`即使…，也不过是…上千万元`) is hypothetical like one under `如果` (thirty-first round); a year's
investment in a field told as a noun with the growth on the year before (`去年…房地产投资…，同比增长27%`) is a statistic
(eighth and nineteenth rounds); the unit of a rate told in money and the sum paid per that unit (`每发行7.8港元，须缴交1美元`)
are the terms of a rate; a taxi meter's reading (`计价器`) is a fare (thirty-second round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[float]:
    """The amount of each funding record, in order (the purpose is another test's business)."""
    return [f["amount"] for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    # a bank's acceptance bills and discounting: lending statistics (near miss: interest subsidies, 贴息)
    ("去年，该行累计办理银行承兑汇票85亿元，办理贴现60亿元。", []),
    ("今年前三季度，农业银行为中小企业办理票据贴现32亿元。", []),
    ("1997年，建设银行共签发承兑汇票40.5亿元，新增贷款30亿元。", []),
    ("市政府拨付贴息资金500万元，用于企业技术改造贷款贴息。", [5000000.0]),
    # a cost told with 将: works still to do (near miss: a cost of works built)
    ("据一位官员透露，该工程将耗资30亿美元。", []),
    ("据悉，这座新机场将花费约80亿元。", []),
    ("整个修复工程将需耗资2亿元。", []),
    ("該項目將耗資5億港元。", []),
    ("该工程耗资30亿元，已于去年建成通车。", [3000000000.0]),
    # a project's start ahead after money invested in it or the money it is of (near misses: signed, started)
    ("外商与当地公司合作，在该县投资5000万元建设蔬菜基地项目，即将实施。", []),
    ("投资1.2亿元的污水处理厂项目即将动工。", []),
    ("总投资3亿元的跨江大桥工程即将开工建设。", []),
    ("投资5000万元的蔬菜基地项目已于上月签约，即将实施。", [50000000.0]),
    # the figures of those a survey asked
    ("接受本次问询调查的日本企业共86家，在华投资额达12亿美元。", []),
    ("参加调查的120家外资企业，去年在华投资总额达9亿美元。", []),
    ("在被调查的企业中，有30家的在华投资超过1亿美元。", []),
    # a concession's sum (near miss: money given in spite of a hardship)
    ("即使新项目赔了，也不过是几十万、上百万元，影响不大。", []),
    ("就算亏损，也不过损失上千万元。", []),
    ("哪怕投资一千万元，也换不来这样的效果。", []),
    ("即便每年投入上亿元，这个问题也难以解决。", []),
    ("即使企业再困难，工会也拿出了20万元慰问困难职工。", [200000.0]),
    # a field's yearly investment as a noun with the growth after it (near miss: a body's money for a use)
    ("去年全市房地产投资86亿元，同比增长15%。", []),
    ("1997年浦东工业投资120亿元，比上年增长9%。", []),
    ("去年该区基础设施投资达45亿元，增长20%。", []),
    ("去年該區房地產投資85億元，同比增長12%。", []),
    ("去年，市政府投资2亿元建设体育中心。", [200000000.0]),
    # a meter's fare and the terms of a rate in money (near misses: money for meters; a total under a rate)
    ("我打的到火车站，计价器上显示的是23元，我拿出一张50元的钞票递给司机。", []),
    ("下车时，计价器显示车费18元，他拿出一张20元的钞票。", []),
    ("按照规定，发钞银行每发行7.8港元，须缴交1美元作为准备。", []),
    ("银行每发行100元债券，须拿出10元缴存准备金。", []),
    ("企业每吸纳1名下岗职工，政府补贴1000元；今年已为32家企业发放补贴资金96万元。", [960000.0]),
    ("每投入1元财政资金，可带动社会资金5元。", []),
    ("出租车計價器上顯示的是35元，他拿出一張100元的鈔票。", []),
    ("县里拿出20万元，为出租车安装了新型计价器。", [200000.0]),
    ("据悉，该工程将于明年动工，将耗资约3亿元。", []),
    ("县政府已于3月动工建设的大桥工程，耗资2亿元。", [200000000.0]),
    ("投资1.2亿元的污水处理厂项目已于去年动工，二期工程计划明年开工。", [120000000.0]),
    ("在受访企业中，有20家企业去年在华投资超过5亿美元。", []),
    ("在市里召开的座谈会上，接受表彰的企业家捐款100万元用于修建学校。", [1000000.0]),
    ("1998年全行共新增流动资金贷款120亿元，办理银行承兑汇票60.5亿元，办理贴现55亿元。", []),
    ("该行与300户重点企业签订了银企合作协议，全年累计办理银行承兑汇票85亿元，办理贴现60亿元。", []),
    ("今年前三季度，农业银行为中小企业提供资金支持，办理票据贴现32亿元。", []),
    ("去年，建设银行共签发银行承兑汇票40.5亿元，支持重点企业资金周转。", []),
    ("該行全年辦理銀行承兌匯票50億元，辦理貼現40億元，支持企業資金周轉。", []),
    ("市政府拨付贴息资金500万元，用于企业技术改造贷款贴息。", [5000000.0]),
    ("市财政安排贴现贴息资金300万元，用于支持小微企业票据融资。", [3000000.0]),
])
def test_money_not_granted_wordings(extract, body, expected):
    assert amounts(extract(page(body))) == expected
