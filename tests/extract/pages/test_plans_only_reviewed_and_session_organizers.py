"""County and township government news: what was found and which guideline section rules it.

- A plan only reviewed (审议了《…实施方案》, not only 审议通过) and a total referring back to it (该方案计划总投资4200万元)
  is a plan's total, only intended, no funding (GUIDELINES §6: the total of a plan's list of projects).
- A later phase whose preparatory work is only begun (启动二期项目前期工作，该项目估算总投资1.8亿元) is a project only
  planned; its total is no money invested (§6: a project only studied or planned, with no start or works told).
- A target word opening the clause before (力争全年引进项目10个以上，招商引资到位资金突破5亿元) governs the level reached in
  the next clause: a target, no funding (§6).
- A party committee's own commission (县委财经委员会第五次会议) is the body named before its numbered session and its
  organizer (§3 fourteenth round: a body's name before 会议 organizes it).
- A place before its level's party session (白沙镇召开镇党委会议) holds it through its party committee (白沙镇党委), as
  a place before 县政府常务会议 gives way to 县政府 (§3 ninth and fourteenth rounds); a bare 党委会议 keeps the place, as
  the reviewed regressions read it (a ruling is proposed).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page

# Amounts that are plans' totals or targets: no funding record.
NO_FUNDING = [
    "会议还审议了《青溪县农村饮水安全巩固提升实施方案》，该方案计划总投资4200万元，分三年实施。",
    "会议审议了《江城县乡村振兴规划》，该规划计划总投资12亿元。",
    "会议研究了《城区排水管网改造工程实施方案》，该方案总投资8600万元。",
    "会议要求，县水务集团要同步启动二期项目前期工作，该项目估算总投资1.8亿元。",
    "县交通局正在推进二期工程前期工作，该工程总投资2亿元。",
    "县里启动城东片区改造前期工作，该项目总投资5亿元。",
    "刘振宇强调，要聚焦目标，力争全年引进项目10个以上，招商引资到位资金突破5亿元。",
    "力争全年新开工项目20个，完成投资达到30亿元。",
    "确保完成年度任务，全年民生投入不低于8亿元。",
    "目标是全年签约项目30个，协议引资超过50亿元。",
]

# Near misses: money granted or a project under way, the record stays (amount, purpose).
FUNDING_KEPT = [
    ("会议研究了《关于下达2024年第一批项目资金的通知》，同意下达资金500万元。", 5000000, None),
    ("会议审议通过了《实施方案》，该项目已于去年开工，总投资3亿元。", 300000000, None),
    ("县政府印发《实施方案》，该方案安排资金3000万元，用于道路建设。", 30000000, "道路建设"),
    ("力争年底前完工，县财政已拨付资金500万元。", 5000000, None),
    ("力争年内建成，县财政安排资金超过2000万元用于修路。", 20000000, "修路"),
    ("目标明确，县财政安排资金达到2000万元，用于修路。", 20000000, "修路"),
    ("2023年，全县投入资金突破1亿元，用于修建乡村道路。", 100000000, "修建乡村道路"),
    ("县财政拨付资金200万元，用于启动二期项目前期工作。", 2000000, "启动二期项目前期工作"),
]


@pytest.mark.parametrize("body", NO_FUNDING)
def test_no_funding(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(("body", "amount", "purpose"), FUNDING_KEPT)
def test_funding_kept(extract, body, amount, purpose):
    found = grants(extract(page(body)))
    assert [(a, p) for a, _, p in found] == [(amount, purpose)]


# A body's session named after it: (body, name, organizer).
ORGANIZED = [
    ("当天下午，县委书记孙国栋主持召开县委财经委员会第五次会议，听取汇报。", "县委财经委员会第五次会议", "县委财经委员会"),
    ("5月7日，县委书记孙国栋主持召开县委全面深化改革委员会第三次会议。", "县委全面深化改革委员会第三次会议",
     "县委全面深化改革委员会"),
    ("5月7日，市委书记主持召开市委外事工作委员会2024年第一次会议。", "市委外事工作委员会2024年第一次会议",
     "市委外事工作委员会"),
    ("5月7日，白沙镇召开镇党委（扩大）会议，研究工作。", "镇党委（扩大）会议", "白沙镇党委"),
    ("5月7日，石桥乡召开乡党委会议，研究工作。", "乡党委会议", "石桥乡党委"),
]

# Near misses: the standing committee's session stays the party committee's, and a place holding a meeting that is
# no party session keeps the place.
ORGANIZED_NEAR = [
    ("5月7日，孙国栋主持召开县委常务委员会第三次会议。", "县委常务委员会第三次会议", "县委"),
    ("5月7日，孙国栋主持召开县委第三次全会。", "县委第三次全会", "县委"),
    ("5月7日，白沙镇召开党建工作会议，研究工作。", "党建工作会议", "白沙镇"),
    # (re-pinned from 白沙镇: GUIDELINES §3 fourteenth review round, "A body's name before `会议` (`镇党委会议`, `局党组会议`)
    # is organized by that body": a place before its own bare 党委会议 is that place's party committee)
    ("5月7日，白沙镇召开党委会议，研究工作。", "党委会议", "白沙镇党委"),
    ("5月7日，白沙镇召开县党委会议，研究工作。", "县党委会议", "白沙镇"),
    ("5月7日，市人大常委会召开第十次会议。", "市人大常委会第十次会议", "市人大常委会"),
    ("5月7日，县委常委会召开第十二次会议。", "县委常委会第十二次会议", "县委常委会"),
]


@pytest.mark.parametrize(("body", "name", "organizer"), ORGANIZED + ORGANIZED_NEAR)
def test_session_organizer(extract, body, name, organizer):
    assert [(n, o) for n, _, o in held(extract(page(body)))] == [(name, organizer)]

