"""Purposes of gifts in kind, funds named after the amount, acts after it, a project's own cost and an aim before it
(invented sentences).

GUIDELINES §6 tenth round (goods counted after a gift's value are its purpose), twenty-third and thirtieth rounds (a fund
named by its own name, the giver and the verb cut; an act after the amount; a bare `，建成了…` is an outcome), thirty-first
round (7 December 2026, first stop): goods after a value are the purpose also counted in a measure word or in quote marks;
goods named before `折款`/`折合` are the purpose of their value; a fund named right after the amount before a verb of
handing it down is the purpose; an act of rewarding or commending right after the amount is its use; a project the cost
modifies (`耗资X的<project>`) is the purpose, not the project's later use; an aim told with `为了`/`为` opening the
sentence of a gift or an investment is its purpose when nothing after the amount names one; works carried out with
`进行` right after the money's noun are its use; an act told with `了` after the comma is an outcome, no purpose.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    # goods after the value, counted or quoted
    ("县出版社为灾区希望小学赠送了价值28万元的6000套“少儿百科”。", [(280000.0, "CNY", "6000套少儿百科")]),
    ("某药业公司向县老年基金会捐赠了价值60万元的“复合维生素片”。", [(600000.0, "CNY", "复合维生素片")]),
    ("华信集团向灾区捐赠价值50万元的3000箱矿泉水。", [(500000.0, "CNY", "3000箱矿泉水")]),
    ("該公司向學校捐贈了價值30萬元的「電腦教室設備」。", [(300000.0, "CNY", "电脑教室设备")]),
    # goods named before 折款/折合
    ("民政局向灾区拨付救灾款120万元，救灾物资投入共折款78万元。",
     [(1200000.0, "CNY", "救灾款"), (780000.0, "CNY", "救灾物资")]),
    ("县里共发放救济款30万元、救灾物资折款20万元。", [(300000.0, "CNY", "救济款"), (200000.0, "CNY", "救灾物资")]),
    # relief money named after a verb of allocating: the noun only
    ("去年全市各区财政共拨发救灾款658万元。", [(6580000.0, "CNY", "救灾款")]),
    # a fund named right after the amount, before a verb of handing it down
    ("省社会保险局专门拿出400万元特别调剂金下发各地州市。", [(4000000.0, "CNY", "特别调剂金")]),
    ("市财政安排200万元应急周转金拨付各区县。", [(2000000.0, "CNY", "应急周转金")]),
    # an act of rewarding or commending right after the amount
    ("市委市政府拿出62万元重奖一批招商引资“功臣”。", [(620000.0, "CNY", "重奖一批招商引资功臣")]),
    ("集团公司拿出300万元嘉奖抗洪抢险中涌现的先进集体。", [(3000000.0, "CNY", "嘉奖抗洪抢险中涌现的先进集体")]),
    # a project's own cost: the project, not its later use
    ("耗资26亿法郎的国家体育场主要用于进行足球比赛。", [(2600000000.0, "FRF", "国家体育场")]),
    ("总投资3亿元的县体育中心将主要用于举办全民健身活动。", [(300000000.0, "CNY", "县体育中心")]),
    ("1997年10月，总投资2100万元的塑管扩建工程竣工。", [(21000000.0, "CNY", "塑管扩建工程")]),
    # an aim opening the sentence of a gift
    ("为了帮助本院一名患病的临时工渡过难关，他带头捐资1000元。", [(1000.0, "CNY", "帮助本院一名患病的临时工渡过难关")]),
    ("为帮助受灾群众重建家园，企业家张明捐款50万元。", [(500000.0, "CNY", "帮助受灾群众重建家园")]),
    ("为支持家乡教育事业，校友会捐资200万元。", [(2000000.0, "CNY", "支持家乡教育事业")]),
    # works carried out right after the money's noun
    ("自从2019年以来，该地区就投入5亿多元资金进行林业综合开发。", [(500000000.0, "CNY", "进行林业综合开发")]),
    # an outcome with 了 after the comma: no purpose; without 了 it is the use
    ("市工商局投资近千万元，新建、改建了一批专业市场。", [(10000000.0, "CNY", None)]),
    ("县里投资500万元，新建了一所小学。", [(5000000.0, "CNY", None)]),
    ("县里投资500万元，新建一所小学。", [(5000000.0, "CNY", "新建一所小学")]),
    # near-misses that keep their purposes
    ("县财政拨付专项资金200万元，用于高标准农田建设。", [(2000000.0, "CNY", "高标准农田建设")]),
    ("公司投资5亿元建设光伏电站。", [(500000000.0, "CNY", "建设光伏电站")]),
    ("为支持家乡教育事业，校友会捐资200万元设立奖学金。", [(2000000.0, "CNY", "设立奖学金")]),
])
def test_purpose_goods_funds_and_aims(extract, body, expected):
    assert grants(extract(page(body))) == expected
