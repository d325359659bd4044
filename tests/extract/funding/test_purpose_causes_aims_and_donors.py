"""Purposes of donations, relief money and aims told after the amount (invented sentences).

- GUIDELINES §6 purpose; thirtieth round (relief money after a verb of allocating keeps its own noun; a giver is no
  purpose: a fund before a verb of giving is the donor), twenty-ninth round (an aim told with `，以` after the amount), and
  the thirty-second round (7 December 2026, second stop): a cause in quote marks or an act of works or aid with its object
  after `为` before a donation verb is the purpose (`为“希望工程”捐助的4万多元` → `希望工程`; `为改造教育基础设施捐资20多万元`
  → `改造教育基础设施`), those given to are not (`为灾区群众捐款`); emergency and relief money written `应急款`, `救济款`,
  `抢险款` names its aid like `救灾款`; a fund before `捐送`, `捐献`, `捐助`, `赠送` gives the money; an aim of raising, meeting or
  easing after `，以` is the purpose also with one clause of what was done between; an instalment counted (`第一笔`, `首笔`)
  is no part of a fund's name; works named in quote marks as the subject of the date they were built (`“西游记宫”建于1992年`)
  are what a bare `总投资` after them is of; works begun after the amount's comma with `开始`, `着手`, `启动`
  (`，开始同步设备的开发研制`) are the money's use, not when told done with `了`.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    # a cause or an act after 为 before a donation verb
    ("员工们为“希望工程”捐助的3万多元人民币已转交基金会。", [(30000.0, "CNY", "希望工程")]),
    ("两年来，他为改造学校危房捐资30多万元。", [(300000.0, "CNY", "改造学校危房")]),
    ("该公司为修建村道捐款50万元。", [(500000.0, "CNY", "修建村道")]),
    ("校友们為擴建圖書館捐資200萬元。", [(2000000.0, "CNY", "扩建图书馆")]),
    ("市民为“春蕾计划”捐款的10万元已全部到位。", [(100000.0, "CNY", "春蕾计划")]),
    ("全体职工为灾区群众捐款8万元。", [(80000.0, "CNY", None)]),
    # relief money named by its own noun after a verb of allocating
    ("民政部向灾区下拨救灾应急款500万元。", [(5000000.0, "CNY", "救灾应急款")]),
    ("市里向受灾乡镇拨付抗旱应急款80万元。", [(800000.0, "CNY", "抗旱应急款")]),
    ("县民政局发放冬令救济款30万元。", [(300000.0, "CNY", "冬令救济款")]),
    ("省防指紧急下拨防汛抢险款200万元。", [(2000000.0, "CNY", "防汛抢险款")]),
    # a fund before a verb of giving is the donor
    ("东方集团捐出500万港元，恒生银行慈善基金捐送100万港元。", [(5000000.0, "HKD", None), (1000000.0, "HKD", None)]),
    ("某教育基金捐献50万元。", [(500000.0, "CNY", None)]),
    ("某慈善基金会捐赠200万元用于灾区重建。", [(2000000.0, "CNY", "灾区重建")]),
    # an aim after ，以
    ("去年，市邮电局拿出600万元，建起了一批信报箱群，以提高投递准确率。", [(6000000.0, "CNY", "提高投递准确率")]),
    ("企业投资2000万元，以满足市场需求。", [(20000000.0, "CNY", "满足市场需求")]),
    ("公司出资50万元，以方便职工就医。", [(500000.0, "CNY", "方便职工就医")]),
    ("县财政拨款300万元，以改善山区学校办学条件。", [(3000000.0, "CNY", "改善山区学校办学条件")]),
    # an instalment counted before a fund's noun is no part of it
    ("当第一笔救济款3万元到村后，村民们很感动。", [(30000.0, "CNY", "救济款")]),
    ("首笔慰问金2万元已送到困难职工手中。", [(20000.0, "CNY", "慰问金")]),
    # works named in quote marks as the subject of the date they were built: a bare total label's works
    ("这座颇具规模的“民俗村”建于1995年，总投资2000万元，里面有30个展馆。", [(20000000.0, "CNY", "民俗村")]),
    ("“科技馆”落成于去年10月，总投资3亿元。", [(300000000.0, "CNY", "科技馆")]),
    ("該「海洋公園」始建於1990年，總投資8億元。", [(800000000.0, "CNY", "海洋公园")]),
    # works begun with the money after the amount's comma
    ("公司从2023年起一次性投入800多万元，开始新型设备的开发研制。", [(8000000.0, "CNY", "新型设备的开发研制")]),
    ("研究所拨出300万元，启动新型疫苗的研发。", [(3000000.0, "CNY", "新型疫苗的研发")]),
    ("厂里筹资100万元，随即着手老厂房的改造。", [(1000000.0, "CNY", "老厂房的改造")]),
    ("县里投入200万元，开始了道路的硬化。", [(2000000.0, "CNY", None)]),
])
def test_purpose_causes_aims_and_donors(extract, body, expected):
    assert grants(extract(page(body))) == expected
