"""Purposes of acts told right after the amount or after its comma, relief money counted in batches, plants and zones the
cost modifies, goods counted before their value (invented sentences, a variation grid; near misses keep their reading).

GUIDELINES §6 thirty-fifth review round (7 December 2026, fifth stop), purposes: a bare verb of relief closing the clause
right after the amount (`拨款30万元救灾，…` → `救灾`); a batch counted before relief money (`首批赈济金`) is no part of its
name, and `赈济金`/`赈济款` name the aid like `救灾款`; works done on a thing reached back to by `其` (`，对其进行全面的技术改造`
→ `全面的技术改造`) and fitting-out (`对…进行装修`) read like `对…进行改造`; works begun with `着手`/`开始` right after the
amount, past a conversion in brackets and told verb first (`着手研究…`); a work started with `启动了` right after the amount
(thirtieth round: `了` no part of it); developing land and buying after the amount's comma with no `了` (`，开发治理河滩地`,
`，购进实验设备`) like works built there (thirty-first round); works carried out with `进行` after the comma (`，进行…的改造和
建设`) over a fund named only by its source (`自筹资金`); a giver ending in `站`, `所`, `社` before `投资` names no use; a
programme told with `实施…以来` names the span, no use; a plant or a zone the cost modifies (`投资3.5亿元的江州化肥厂…`,
`300万元投资兴建的城南工业园区`) is the purpose; goods counted before their noun, then their value (`赠送了500床棉被，价值约
6万元` → `棉被`).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    # a bare verb of relief closing the clause right after the amount
    ("县政府已拨款30万元救灾，并派出工作组赶赴灾区。", [(300000.0, "CNY", "救灾")]),
    ("市里拨款80万元赈灾，同时调运物资。", [(800000.0, "CNY", "赈灾")]),
    ("县政府拨款30万元救灾款。", [(300000.0, "CNY", "救灾款")]),
    # a batch counted before relief money; 赈济金 names the aid
    ("同乡会筹得首批赈济金20万港元。", [(200000.0, "HKD", "赈济金")]),
    ("红十字会下拨第二批救灾款50万元。", [(500000.0, "CNY", "救灾款")]),
    ("协会下拨第二批赈济款30万元。", [(300000.0, "CNY", "赈济款")]),
    ("县财政局拨付第一批农机购置补贴资金600万元。", [(6000000.0, "CNY", "第一批农机购置补贴资金")]),
    # works done on a thing reached back to by 其, fitting-out
    ("集团先后投入3亿元，对其进行全面的技术改造。", [(300000000.0, "CNY", "全面的技术改造")]),
    ("镇里投资30万元对村委会办公楼进行装修。", [(300000.0, "CNY", "对村委会办公楼进行装修")]),
    ("县里投入50万元，对全县道路进行了检查。", [(500000.0, "CNY", None)]),
    # works begun right after the amount, past a bracket, told verb first
    ("政府宣布斥资200万英镑（约合330万美元）着手研究这种疾病。", [(2000000.0, "GBP", "研究这种疾病")]),
    ("研究院投入500万元，着手研制新型疫苗。", [(5000000.0, "CNY", "研制新型疫苗")]),
    ("公司投入500万元，开始了生产线改造。", [(5000000.0, "CNY", None)]),
    # a work started with 启动了 right after the amount; start-up money is a fund's name
    ("公司投入2000多万元启动了“山区茶叶开发工程”。", [(20000000.0, "CNY", "启动山区茶叶开发工程")]),
    ("公司投入50万元启动资金。", [(500000.0, "CNY", "启动资金")]),
    # developing land and buying after the comma with no 了
    ("村里投资80万元，开发治理河滩地。", [(800000.0, "CNY", "开发治理河滩地")]),
    ("学校投资30万元，购进实验设备，建起了电脑室。", [(300000.0, "CNY", "购进实验设备")]),
    ("学校投资30万元，购进了实验设备。", [(300000.0, "CNY", None)]),
    # works carried out with 进行 after the comma, over a fund named by its source
    ("全县自筹资金3000万元，进行农田水利设施的改造和建设。", [(30000000.0, "CNY", "进行农田水利设施的改造和建设")]),
    ("全县投入3000万元，进行了农田水利建设。", [(30000000.0, "CNY", None)]),
    # a giver ending in 站, 所, 社 before 投资
    ("机场航站投资50万元，设立了大专班。", [(500000.0, "CNY", None)]),
    ("派出所投资20万元。", [(200000.0, "CNY", None)]),
    ("合作社投资20万元，用于职工培训。", [(200000.0, "CNY", "职工培训")]),
    # a programme told with 实施…以来 names the span
    ("该市实施“安居工程”以来，累计投资3亿多元，建成了一批住宅小区。", [(300000000.0, "CNY", None)]),
    ("该市启动“安居工程”，累计投入3亿元。", [(300000000.0, "CNY", "安居工程")]),
    # a plant or a zone the cost modifies
    ("投资3.5亿元的江州化肥厂经过改组，扭亏为盈。", [(350000000.0, "CNY", "江州化肥厂")]),
    ("投资800多万元的华信机械厂新生产线3月5日正式投产。", [(8000000.0, "CNY", "华信机械厂新生产线")]),
    ("300万元投资兴建的城南工业园区已投入使用。", [(3000000.0, "CNY", "城南工业园区")]),
    ("3000万元投资兴建的3个项目已投入使用。", [(30000000.0, "CNY", None)]),
    # goods counted before their noun, then their value
    ("企业向敬老院赠送了500床棉被，价值约6万元。", [(60000.0, "CNY", "棉被")]),
    ("企业向敬老院赠送棉被500床，价值约6万元。", [(60000.0, "CNY", "棉被")]),
])
def test_purpose_relief_works_started_and_costed_plants(extract, body, expected):
    assert grants(extract(page(body))) == expected
