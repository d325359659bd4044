"""Totals of plans and projects not begun, a field's fiscal spending, and a scheme's share per winner (invented sentences).

GUIDELINES §6, twenty-ninth review round (6 December 2026), each following an earlier reading:

- a field's fiscal spending written with the field before 财政 (`全省2022年水利建设财政投入达40亿元`) is a sector's
  spending over a year like `财政教育投入` (eighth round): no record; a level's money put to a stated use stays;
- a plan's works named before their count (`计划涉及小区37个`, `方案包括街巷26条`) are the plan's list, its total only
  intended like `涉及12个小区` (the plan's list of projects); a plan approved without title marks (`审议通过了…投入计划，
  计划总投资…`) is the same plan as `《…计划》`; a plan handed down (`下达…投资计划`) stays money granted;
- a project's total or budget while it is still at its design, site or study (`工程预算约…，目前仍在进行设计`) is only
  planned like one at its preparatory work (`正在开展前期工作`), also when a completion year follows the start ahead;
- money obtained from higher levels over a past year (`上年全县共争取省级专项资金3.6亿元`) is a year's tally, also when the
  fund is named by its kind (eighteenth round: money obtained from higher levels with no use stated); with a use it stays;
- a scheme's recurrence told before a share per winner (`奖教金每年评选一次，每名获奖教师奖励1万元`) makes the share a
  standing rule's rate, like `按照规定，…给予每人…` (thirteenth round); a share to counted recipients paid at the event stays.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("局长在讲话中提到，全省2022年水利建设财政投入达40亿元。", []),
    ("据统计，2023年全市医疗卫生财政支出为18.5亿元，占一般公共预算支出的一成。", []),
    # near misses: a level's money put to a use
    ("县财政投入3000万元，用于全县农村公路改造。", [(30000000.0, "CNY", "全县农村公路改造")]),
    ("2024年，市财政投入专项资金500万元支持20所学校改造。", [(5000000.0, "CNY", "支持20所学校改造")]),
])
def test_field_fiscal_spending(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("会议审议并原则通过了《全县2025年农村危房改造计划》，计划涉及农户260户，总投资3100万元。", []),
    ("会议审议通过了《城区背街小巷整治提升方案》，方案包括街巷26条，总投资约8000万元。", []),
    ("会议审议通过了公司2026年度设备更新投入计划，计划总投资2.3亿元。", []),
    ("会议研究通过了全区2025年农田水利建设投资计划，总投资约6500万元。", []),
    # near miss: a plan handed down with a use
    ("省发展改革委下达2025年中央预算内投资计划，总投资3.2亿元，用于12个水利项目。", [(320000000.0, "CNY", "12个水利项目")]),
])
def test_plan_total(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("院方表示，新大楼工程预算约8000万元，目前仍在进行设计，工程预计明年动工。", []),
    ("该体育馆项目总投资1.6亿元，目前正在选址，预计明年上半年开工，2028年建成启用。", []),
    ("该中心工程预算约3000万元，目前尚处于可行性研究阶段。", []),
    # near miss: a donation for a building still at its design stays money given
    ("基金会捐赠3000万元支持医院兴建新大楼。", [(30000000.0, "CNY", "支持医院兴建新大楼")]),
])
def test_project_not_begun(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("基金会捐资200万元设立助学金。助学金每学年评审一次，每名受助学生资助5000元。", [(2000000.0, "CNY", "设立助学金")]),
    ("企业向学院捐赠100万元，设立“青禾奖教金”。奖教金每两年评选一次，每名获奖教师奖励2万元。",
     [(1000000.0, "CNY", "设立青禾奖教金")]),
    # near miss: counted recipients paid at the event
    ("会上为30名困难学生每人发放助学金2000元。", [(2000.0, "CNY", "助学金")]),
])
def test_scheme_share_per_winner(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("县长表示，县府去年争取中央补助款逾新台币30亿元，今年将持续推动社会住宅建设。", []),
    ("上年全县共争取省级专项资金3.6亿元，同比增长12%。", []),
    # near miss: a use stated after the amount
    ("去年县里争取中央补助资金2000万元，用于新建12所乡村学校。", [(20000000.0, "CNY", "新建12所乡村学校")]),
])
def test_past_year_money_obtained(extract, body, expected):
    assert grants(extract(page(body))) == expected
