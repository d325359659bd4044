"""Purposes told after an adverb, right after the amount or beside a bare total; bodies and lists that are no purpose
(invented sentences, a variation grid).

GUIDELINES §6 thirty-third review round (7 December 2026, third stop): an aim or a use after the amount's comma told with an
adverb of focus (`，重点扶持…`, `，专门用于…`, `，着重支持…`) is the purpose like one without it, also after a bare `专款`, when
nothing before the amount names the money's use (a named fund stays); a verb of subsidy or relief right after the amount
(`动用预备费400万元补贴利息费用`) is its use like one after the comma (twenty-ninth round); a name ending in `基金` followed by
a body's word (`国际货币基金组织`, `基金会`) is the giver, no fund; `多方投资`, `各方投资` name the givers (thirtieth round); a
purpose opening on a list's joiner (`以及用于…`) is a list cut short: `null`; a whole clause setting up a body or works before
a bare `总投资` (`签约，组建…有限公司，总投资…`) is what the total is of (thirtieth round: the works named beside a bare label); aid
named right after the amount (`…的无偿援助`, `对泰国的170亿美元救援计划`) is the purpose, the one it is for told with `对…的` and
the money's noun left out (`紧急援助贷款` → `紧急援助`, twenty-ninth round), also past a conversion in brackets; a bracket
closing a part in brackets is no part of its use.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("国际货币基金组织等提供的第一批贷款仅有30亿美元到位。", [(3000000000.0, "USD", None)]),
    ("世界自然基金会向保护区捐款20万美元，用于保护大熊猫。", [(200000.0, "USD", "保护大熊猫")]),
    ("国际货币基金组织向该国提供了100亿美元，帮助其稳定金融市场。", [(10000000000.0, "USD", "帮助其稳定金融市场")]),
    ("宋庆龄基金会向灾区捐赠了300万元。", [(3000000.0, "CNY", None)]),
    ("总部先后拨出2000多万元专款，重点扶持高原部队的“温暖工程”建设。", [(20000000.0, "CNY", "扶持高原部队的温暖工程建设")]),
    ("省里拨出500万元，专门用于贫困地区的中小学危房改造。", [(5000000.0, "CNY", "贫困地区的中小学危房改造")]),
    ("市财政安排800万元，主要用于农村饮水工程。", [(8000000.0, "CNY", "农村饮水工程")]),
    ("公司捐资100万元，着重支持山区教育事业。", [(1000000.0, "CNY", "支持山区教育事业")]),
    ("市里拨出专款200万元，重点帮助下岗职工再就业。", [(2000000.0, "CNY", "帮助下岗职工再就业")]),
    ("经过两年努力，多方投资200多万元，全村打出机井5眼。", [(2000000.0, "CNY", None)]),
    ("社会各方捐资50万元用于修建敬老院。", [(500000.0, "CNY", "修建敬老院")]),
    ("市里动用市长预备金300万元补贴贷款利息。", [(3000000.0, "CNY", "补贴贷款利息")]),
    ("县里动用预备金50万元救济受灾群众。", [(500000.0, "CNY", "救济受灾群众")]),
    ("市里从机动财力中拿出300万元资助贫困大学生。", [(3000000.0, "CNY", "资助贫困大学生")]),
    ("区民政局发放困难补助、提供培训费，以及用于安置下岗职工的贷款贴息等累计达5000多万元。", [(50000000.0, "CNY", None)]),
    ("市里发放助学金、生活补贴以及用于困难学生的交通补助共计80万元。", [(800000.0, "CNY", None)]),
    ("两家公司签约，组建华信不锈钢有限公司，总投资14亿多美元。", [(1400000000.0, "USD", "组建华信不锈钢有限公司")]),
    ("双方昨日签约，合资兴建一座年产30万吨的纸浆厂，总投资2亿美元。", [(200000000.0, "USD", "合资兴建一座年产30万吨的纸浆厂")]),
    ("两家企业簽約，合資組建一家汽車零件公司，總投資5000萬美元。", [(50000000.0, "USD", "合资组建一家汽车零件公司")]),
    ("两家公司昨天签约，合资兴建华信纸浆厂，总投资2亿美元。", [(200000000.0, "USD", "合资兴建华信纸浆厂")]),
    ("两家公司昨天签约，兴建华信纸浆厂，总投资2亿美元。", [(200000000.0, "USD", "兴建华信纸浆厂")]),
    ("两家公司昨天签约，华信纸浆厂项目总投资2亿美元。", [(200000000.0, "USD", "华信纸浆厂项目")]),
    ("两家公司昨天签约，建设华信纸浆厂，项目总投资2亿美元。", [(200000000.0, "USD", "建设华信纸浆厂")]),
    ("县财政下拨乡村振兴专项资金3.2亿元，重点支持高标准农田建设。", [(320000000.0, "CNY", "乡村振兴专项资金")]),
    ("县财政下拨专项资金3.2亿元，重点支持高标准农田建设。", [(320000000.0, "CNY", "支持高标准农田建设")]),
    # aid named right after the amount, the one it is for told with 对…的 (near misses: a bare aid word before an aim,
    # a use told after it, goods of a gift's value)
    ("该国政府向邻国提供了30亿日元（约2500万美元）的无偿援助。", [(3000000000.0, "JPY", "无偿援助")]),
    ("日本政府向该国提供了50亿日元的无偿援助。", [(5000000000.0, "JPY", "无偿援助")]),
    ("除了赞同世界银行对印尼的80亿美元救援计划外，该国拒绝再提供资金。", [(8000000000.0, "USD", "印尼救援计划")]),
    ("欧盟宣布向该国提供3亿欧元紧急援助。", [(300000000.0, "EUR", "紧急援助")]),
    ("世界银行批准向该国提供20亿美元的紧急援助贷款。", [(2000000000.0, "USD", "紧急援助")]),
    ("红十字会向灾区提供了200万元人道主义援助。", [(2000000.0, "CNY", "人道主义援助")]),
    ("該國政府向災區提供了500萬美元的緊急援助。", [(5000000.0, "USD", "紧急援助")]),
    ("政府拨款1亿元援助资金，用于灾后重建。", [(100000000.0, "CNY", "灾后重建")]),
    ("红十字会提供了100万元援助，帮助灾民重建家园。", [(1000000.0, "CNY", "帮助灾民重建家园")]),
    ("亚洲开发银行向该国提供了10亿美元的援助贷款，用于修复电网。", [(1000000000.0, "USD", "修复电网")]),
    ("该国政府宣布对受灾地区的2亿美元援助计划。", [(200000000.0, "USD", "受灾地区援助计划")]),
    ("该基金会向灾区捐款50万元，并提供了价值20万元的援助物资。", [(500000.0, "CNY", None), (200000.0, "CNY", "援助物资")]),
    # a part in brackets: its closing bracket is no part of its use
    ("区政府拨款8000万元（其中3000万元用于修路），支持新区建设。", [(80000000.0, "CNY", "支持新区建设"), (30000000.0, "CNY", "修路")]),
])
def test_purpose_adverbs_bodies_and_ventures(extract, body, expected):
    assert grants(extract(page(body))) == expected
