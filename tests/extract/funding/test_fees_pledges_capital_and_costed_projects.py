"""Court fees, a first-person pledge in quoted remarks, money a country obtained told as a level, `约达`, and the project a
cost modifies (invented sentences, a variation grid; NEGATIVE rows keep today's output).

GUIDELINES §6 thirty-fourth review round (7 December 2026, fourth stop): a court fee the amount names (`承担诉讼费500元`,
`案件受理费`) is a fee like `手续费` (thirty-second round): no record; a pledge told in the first person inside someone's
quoted remarks (`X表示：“…，今年我将再为某基金投入50万元…”`) is a pledge in remarks, only intended (twenty-first and
twenty-third rounds), unless a donation ceremony on the page marks it; money countries or places obtained told as a level
(`两国所获的资金达120亿美元`) is capital attracted, a statistic; `约达` before the amount makes it approximate; a project the cost
modifies (`总耗资约5000万元的引水灌溉工程`, `投资800多万元的…新生产线`, `投资达5亿美元、以…为目的的“908工程”`) is the purpose
(thirty-first round); a feat the act after the amount is told as (`…建成8所希望小学的奇迹`) is a frame, no part of the use;
aid named right after the amount gives way to an aim after its comma with `以` (decided for today's reading).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def _approximate(record: dict) -> list[tuple[float, bool]]:
    return [(f["amount"], f["approximate"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    # court fees: no record
    ("经法院调解，双方达成协议，被告赔偿原告医疗费等共计8000元，并承担诉讼费500元。", []),
    ("判决被告承担案件受理费1200元。", []),
    # NEGATIVE: damages under a settlement stay as they are read today (none)
    ("经调解，被告一次性赔偿原告各项损失3万元。", []),
    # a first-person pledge inside quoted remarks: only intended
    ("基金会的捐资人王明先生表示：“帮助贫困学生是我的心愿，今年我将再为助学基金投入50万元，让更多孩子上学。”", []),
    ("企业家李华说：“这是我应尽的义务，我还将向家乡小学捐资20万元。”", []),
    # NEGATIVE: a body's own allocation announced, a pledge at the page's donation ceremony, money already given, 我们村
    ("县长表示：“这是我们的责任，今年县财政将安排资金800万元，用于农村公路建设。”", [(8000000.0, "CNY", "农村公路建设")]),
    ("捐赠仪式上，企业家张强表示：“回报家乡是我的心愿，我将为家乡中学捐款30万元。”", [(300000.0, "CNY", None)]),
    ("李华说：“去年我为村小学捐资20万元，建了一座教学楼。”", [(200000.0, "CNY", None)]),
    ("老王说：“我们村今年将投入20万元修建水渠。”", [(200000.0, "CNY", "修建水渠")]),
    # money countries obtained told as a level: a statistic
    ("智利、秘鲁两国所获的资金达120亿美元，占全地区的三成。", []),
    ("该地区各国所吸收的外资为300亿美元。", []),
    # NEGATIVE: aid received named by its fund
    ("受灾群众所获的救助资金达500万元。", [(5000000.0, "CNY", "救助资金")]),
    # the project the cost modifies
    ("总耗资约5000万元的引水灌溉工程，1985年开工，1990年全部建成。", [(50000000.0, "CNY", "引水灌溉工程")]),
    ("投资800多万元的华信机械厂新生产线3月5日正式投产。", [(8000000.0, "CNY", "华信机械厂新生产线")]),
    ("而投资达5亿美元、以生产集成电路为目的的“908工程”已经启动。", [(500000000.0, "USD", "908工程")]),
    ("耗资1.2亿元的跨江大桥工程去年建成通车。", [(120000000.0, "CNY", "跨江大桥工程")]),
    # NEGATIVE: projects counted, a class of projects, the named project of today's reading
    ("投资1亿元的10个项目已全部开工。", [(100000000.0, "CNY", None)]),
    ("总投资3亿元的重点项目今年开工。", [(300000000.0, "CNY", None)]),
    ("总投资50亿元的瑞能新能源电池生产基地项目开工。", [(5000000000.0, "CNY", "瑞能新能源电池生产基地项目")]),
    # a feat's frame is no part of the use
    ("他四处筹措，创造了30万元建成8所希望小学的奇迹。", [(300000.0, "CNY", "建成8所希望小学")]),
    # NEGATIVE: an act with 了 stays as read today
    ("村里筹资30万元建成了一所小学。", [(300000.0, "CNY", "建成一所小学")]),
    # NEGATIVE (decided for today's reading): aid named right after the amount gives way to an aim after its comma with 以
    ("该国政府将向邻国提供30亿日元（约合2500万美元）的经济援助，以支持其财政改革。", [(3000000000.0, "JPY", "支持其财政改革")]),
    ("欧盟向该国提供2亿欧元的财政援助，以帮助其稳定货币。", [(200000000.0, "EUR", "帮助其稳定货币")]),
    ("该国政府向邻国提供了30亿日元的无偿援助，以支持其灾后重建。", [(3000000000.0, "JPY", "支持其灾后重建")]),
])
def test_fees_pledges_capital_and_costed_projects(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("两国签署了关于建设跨境铁路的合同，金额约达20亿美元。", [(2000000000.0, True)]),
    ("该项目合同金额约达5亿元，已于上月签约。", [(500000000.0, True)]),
    # NEGATIVE: 达 alone is no approximation
    ("双方签署了供水工程合同，金额达3亿元。", [(300000000.0, False)]),
])
def test_about_reaching_is_approximate(extract, body, expected):
    assert _approximate(extract(page(body))) == expected
