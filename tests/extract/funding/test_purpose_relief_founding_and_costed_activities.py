"""Purposes of relief, founding, uses with a locative and projects the cost modifies (invented sentences).

GUIDELINES §6, thirty-sixth review round (7 December 2026, sixth stop), purposes, from a precision audit of newspaper
articles:

- `接济` right after the amount is a verb of relief like `救济` (thirty-third round): `拿出3万元接济村里的孤寡老人` →
  `接济村里的孤寡老人`;
- founding a school or a works after a comma, with no `了` (`总投资8000万元，创建华信职业学校`, `创办`), is the use like works
  built there (thirty-first round); with `了` an outcome;
- a locative `中` closing a use (`用于城区道路改造中`) is no part of it; a school's short name (`县一中`) keeps it;
- those reached told with `对` right after the amount, then `给予`/`予以` and a verb of relief (`拿出15万元对全县特困职工给予
  补助`) make the aim `补助全县特困职工`, like `对X，…予以补助` (twenty-ninth round); a reward stays read as before;
- a production line after a verb of cost and a verb of building (`耗资2亿元建成的全自动包装生产线`) and an activity the cost
  modifies (`耗资800万美元的考察活动`) are the project (thirty-first and thirty-fourth rounds); after `投资` read as before;
- emergency money with no aid word keeps its money's noun (`提供了30亿美元的紧急贷款` → `紧急贷款`), `紧急` alone a fragment;
- a firm's act before a bare fund (`华信集团回报家乡教育事业的资金`) is the use, the firm and the fund's noun cut; a verb of
  giving alone (`华信公司捐赠的资金`) names none.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("他拿出3万元接济村里的孤寡老人。", [(30000.0, "CNY", "接济村里的孤寡老人")]),
    ("两家公司联手，总投资8000万元，创建华信职业学校。", [(80000000.0, "CNY", "创建华信职业学校")]),
    ("几位企业家合伙投资5000万元，创办一所民办中学。", [(50000000.0, "CNY", "创办一所民办中学")]),
    # near miss: founding told with 了, an outcome
    ("两家公司联手，总投资8000万元，创建了华信职业学校。", [(80000000.0, "CNY", None)]),
])
def test_relief_and_founding_acts(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("县财政拨款500万元，用于城区道路改造中。", [(5000000.0, "CNY", "城区道路改造")]),
    # near misses: a school's short name, a word ending in 中
    ("县财政拨款500万元，用于县一中。", [(5000000.0, "CNY", "县一中")]),
    ("县财政拨款500万元，用于新建高中。", [(5000000.0, "CNY", "新建高中")]),
])
def test_locative_closing_use(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("县总工会拿出了15万元对全县特困职工给予补助。", [(150000.0, "CNY", "补助全县特困职工")]),
    ("区民政局拿出8万元对受灾农户予以救助，并组织干部慰问。", [(80000.0, "CNY", "救助受灾农户")]),
    # near miss: a reward, read as before
    ("公司拿出5万元对获奖员工给予奖励。", [(50000.0, "CNY", None)]),
])
def test_those_reached_then_relief(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("厂里有一条耗资2亿元建成的全自动包装生产线。", [(200000000.0, "CNY", "全自动包装生产线")]),
    ("这次耗资800万美元的考察活动由该局组织。", [(8000000.0, "USD", "考察活动")]),
    ("国际组织上月向该国提供了30亿美元的紧急贷款，帮助其稳定金融。", [(3000000000.0, "USD", "紧急贷款")]),
    # near miss: 投资 before the amount and a verb of building after it, read as before
    ("某集团投资20亿元建设的西部数据中心项目正式竣工投产。", [(2000000000.0, "CNY", None)]),
    # near miss: aid named, the money's noun left out as before
    ("国际组织上月向该国提供了30亿美元的紧急援助贷款。", [(3000000000.0, "USD", "紧急援助")]),
])
def test_costed_projects_and_emergency_loans(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("数年来，华信集团回报家乡教育事业的资金已高达3000万元。", [(30000000.0, "CNY", "回报家乡教育事业")]),
    ("华信集团支援灾区重建的资金500万元已经到位。", [(5000000.0, "CNY", "支援灾区重建")]),
    # near miss: a verb of giving alone names no use
    ("华信公司捐赠的资金共计500万元。", [(5000000.0, "CNY", None)]),
])
def test_firm_act_before_bare_fund(extract, body, expected):
    assert grants(extract(page(body))) == expected
