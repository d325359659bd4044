"""A government's compensation to victims and its parts, a works contract, aid acts told before or after the amount, a
fiscal year's words before aid, a firm opened before `该项目投资` (invented sentences, a variation grid; NEGATIVE rows keep
today's output).

GUIDELINES §6 thirty-fourth review round (7 December 2026, fourth stop): compensation a government pays to victims
(`该国政府向地震遇难者家属支付了3亿元的赔偿`) is money paid, the aid named after the amount its purpose (`赔偿`), and the
parts a sentence opened by `其中` lists by recipient (`其中，1995年向甲国支付1亿美元`) take it (eighteenth round); damages
under a court's mediation and an insurer's claims stay no record; a contract to build works signed in the clause before a bare
`金额` (`签署了关于建设跨境铁路的总合同，金额约达20亿美元`) has the works as purpose (twenty-third round); `，为X帮扶解困`,
`，为X排忧解难` after the amount is the aim; aid to a partner place told in the clause before a bare `投资`/`投入`
(`…在30个贫困村定点扶贫，共投入1.2亿元`, `对口支援西藏，投资…`) is the use; a fiscal year's words before aid named before the
amount are no part of it (`对邻国2023—2024财政年度的经济援助` → `经济援助`); a firm or facility told built and started in the
sentence right before `该项目投资` is what the label is of.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    # a government's compensation to victims, and its parts by recipient in the sentence 其中 opens
    ("该国政府已向二战中的强制劳工受害者支付了近5亿美元的赔偿。其中，1995年向甲国支付1亿美元，1997年向乙国支付2亿美元。",
     [(500000000.0, "USD", "赔偿"), (100000000.0, "USD", "赔偿"), (200000000.0, "USD", "赔偿")]),
    ("该国政府向地震遇难者家属支付了3亿元的赔偿。", [(300000000.0, "CNY", "赔偿")]),
    # NEGATIVE: damages, an insurer's claims; parts of their own kind across the sentence
    ("经法院调解，被告向受害者支付赔偿金5万元。", []),
    ("保险公司向受灾农户支付赔偿金200万元。", []),
    ("县里共筹集资金2100万元，用于建设村文化广场。其中，县财政拨款600万元，群众集资1500万元。",
     [(21000000.0, "CNY", "建设村文化广场"), (6000000.0, "CNY", None), (15000000.0, "CNY", None)]),
    ("学校共发放奖学金总额300万元。其中，国家奖学金获得者30名，每人8000元。",
     [(3000000.0, "CNY", "奖学金"), (8000.0, "CNY", None)]),
    # a contract to build works
    ("两国签署了关于建设跨境铁路的总合同，金额约达20亿美元。", [(2000000000.0, "USD", "建设跨境铁路")]),
    ("双方签订了华信电厂建设合同，金额5亿元。", [(500000000.0, "CNY", "华信电厂建设")]),
    ("签订江城大桥项目施工总承包合同，合同金额12亿元。", [(1200000000.0, "CNY", "江城大桥项目施工总承包")]),
    # NEGATIVE: a contract of no works, one named only by its kind, a supply contract
    ("双方签订了合作合同，金额5亿元。", [(500000000.0, "CNY", None)]),
    ("5月8日，县政府与华信集团签订EPC总承包合同，合同金额3亿元。", [(300000000.0, "CNY", None)]),
    ("双方签订了施工总承包合同，合同金额2亿元。", [(200000000.0, "CNY", None)]),
    ("两家公司签订了钢材供货合同，合同金额12亿元。", []),
    # an aid act told with 为 after the amount's comma
    ("市政府筹集资金800多万元，为困难职工和贫困户帮扶解困。", [(8000000.0, "CNY", "为困难职工和贫困户帮扶解困")]),
    ("县里筹资50万元，为困难群众排忧解难。", [(500000.0, "CNY", "为困难群众排忧解难")]),
    # NEGATIVE: no aid act; a verb of relief read as before
    ("县里筹资50万元，为全县经济发展作出贡献。", [(500000.0, "CNY", None)]),
    ("县里筹资50万元，慰问困难群众。", [(500000.0, "CNY", "慰问困难群众")]),
    # aid to a partner place before a bare verb of investing
    ("十几个省直单位在30个贫困村定点扶贫，共投入1.2亿元。", [(120000000.0, "CNY", "定点扶贫")]),
    ("该市对口支援西藏，投资3000万元。", [(30000000.0, "CNY", "对口支援西藏")]),
    # NEGATIVE: no partner aid named
    ("该市在山区搞扶贫开发，投资3000万元。", [(30000000.0, "CNY", None)]),
    # a fiscal year's words before aid named before the amount
    ("该国宣布对邻国2023—2024财政年度的经济援助中再追加50亿日元。", [(5000000000.0, "JPY", "经济援助")]),
    # NEGATIVE: one unit after the year only
    ("县里下达2023年度年终奖励资金50万元。", [(500000.0, "CNY", "年终奖励资金")]),
    # a firm or facility told built and started right before 该项目投资
    ("由两家公司合资经营的华信轮胎有限公司，近日在武汉建成投产。该项目投资500万元，年产轮胎3万条。",
     [(5000000.0, "CNY", "华信轮胎有限公司")]),
    ("华信食品厂日前正式投产。该项目总投资800万元。", [(8000000.0, "CNY", "华信食品厂")]),
    # NEGATIVE: a start still planned; the project named before, as read today
    ("华信食品厂计划明年投产。该项目投资800万元。", [(8000000.0, "CNY", None)]),
    ("县医院门诊楼建设项目开工仪式在项目现场举行。该项目总投资1860万元。", [(18600000.0, "CNY", "县医院门诊楼建设项目")]),
])
def test_compensation_contracts_aid_acts_and_facilities(extract, body, expected):
    assert grants(extract(page(body))) == expected
