"""Rulings of the twenty-second review round on meetings (GUIDELINES §3) that the rules now follow.

Found on main: people counted as the subject holding their own event (``3000多名师生在…举行…报告会``) gave no count;
people invited to a visit right before ``随即召开座谈会`` gave none; ``来到X，主持召开…`` gave no place; a press conference
where the statement of the lead was made (``…是在当日举行的…新闻发布会上作上述表示的``) took no place from it;
``在广州期间，…出席了…仪式`` gave no place; a council session naming no venue did not take its opening rite's; and for the
organizer: ``由各学院召开`` kept ``各学院`` as the organizer, though 各 before any body with no joint verb names several
bodies each holding its own meeting (no organizer); the attribute ``由各乡镇联合召开的…会议在…举行`` kept the agent in
the name and gave no organizer, though the jointly holding bodies are the organizer as written; and a meeting's own
``本届论坛由甲和乙主办`` kept ``甲和乙``, though two holders joined by 和 after 由 are written ``甲、乙`` with or without
联合 (``共青团中央`` was not read as a body's end either). Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _one(record: dict, *keys: str) -> list[tuple]:
    return [tuple(m[k] for k in ("name", *keys)) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # counted people opening the clause hold their own event: present at it
    ("5月6日上午，3000多名师生在学校体育馆举行“学习英雄事迹”报告会。", [("“学习英雄事迹”报告会", 3000, True)]),
    ("5月6日，200余名党员在县委党校召开“七一”表彰大会。", [("“七一”表彰大会", 200, True)]),
    ("5月6日，约500名青年志愿者在市民广场举行志愿服务誓师大会。", [("志愿服务誓师大会", 500, True)]),
    ("5月6日，80名村民代表召开村民代表大会。", [("村民代表大会", 80, False)]),
    # negative: another subject, or the people doing something else first
    ("5月6日，3000多名师生在体育馆观看演出，随后学校举行表彰大会。", [("表彰大会", None, False)]),
    ("5月6日，县委在县委党校召开大会，200余名党员参加。", [("大会", 200, True)]),
])
def test_counted_people_holding_their_event(extract, body, expected):
    assert _one(extract(page(body)), "attendee_count", "attendee_approx") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the people invited to a visit, then 随即/随后召开座谈会: its attendees
    ("5月6日，县工商联邀请30名企业家到产业园参观，随即召开座谈会。", [("座谈会", 30)]),
    ("5月6日，市妇联邀请20名女企业家到电商基地参观，随后召开座谈会。", [("座谈会", 20)]),
    ("5月6日，县政协邀请15名委员走进科技园参观，随即召开座谈会。", [("座谈会", 15)]),
    # negative: a count of those attending told as well comes first
    ("5月6日，县工商联邀请30名企业家到产业园参观，随即召开座谈会，50余人参加。", [("座谈会", 50)]),
])
def test_invited_visitors_then_talks(extract, body, expected):
    assert _one(extract(page(body)), "attendee_count") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 来到/走进 a place, then (主持)召开 in the same sentence: held there
    ("5月6日，罗春燕来到幸福里小区，主持召开“书记院坝会”。", [("书记院坝会", "幸福里小区")]),
    ("5月6日，镇党委书记李明走进石桥村，召开村民代表座谈会。", [("村民代表座谈会", "石桥村")]),
    ("5月6日，县长王强来到城南工业园，主持召开企业家座谈会。", [("企业家座谈会", "城南工业园")]),
    # negative: a way of working, a visit's own verb, another subject
    ("5月6日，县委书记刘洋深入基层，主持召开防汛工作调度会。", [("防汛工作调度会", None)]),
    ("5月6日，县委书记刘洋来到群众中间，召开院坝会。", [("院坝会", None)]),
    ("5月6日，县委书记刘洋来到幸福村调研，并召开座谈会。", [("座谈会", None)]),
    ("5月6日，县委书记刘洋来到幸福村，县委随后召开常委会会议。", [("常委会会议", None)]),
])
def test_place_gone_to_before_holding(extract, body, expected):
    assert _one(extract(page(body)), "location") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the statement of the lead made at the press conference: the conference at the statement's place
    ("外交部发言人王华5日在北京表示，中方欢迎各方参与合作。王华是在当日举行的例行新闻发布会上作上述表示的。",
     [("例行新闻发布会", "北京")]),
    ("国防部新闻发言人李强5日在北京说，中方将继续推进合作。李强是在当天举行的例行记者会上作上述表示的。",
     [("例行记者会", "北京")]),
    ("商务部新闻发言人张明5日在北京指出，消费市场持续回暖。张明是在当日举行的新闻发布会上发表上述谈话的。",
     [("新闻发布会", "北京")]),
    # negative: another act of the speaker, or another speaker
    ("外交部发言人王华5日在北京会见了来访客人。王华在当日举行的例行新闻发布会上回答了记者提问。",
     [("会见", "北京"), ("例行新闻发布会", None)]),
    ("外交部发言人王华5日在北京表示，中方欢迎各方参与合作。李明是在当日举行的例行新闻发布会上作上述表示的。",
     [("例行新闻发布会", None)]),
])
def test_press_conference_at_statement_place(extract, body, expected):
    assert _one(extract(page(body, published="2024-03-06")), "location") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 在X期间 with X a place, opening the sentence: the ceremony attended at X
    ("5月6日，在广州期间，省长王明出席了中医药合作项目签约仪式。", [("中医药合作项目签约仪式", "广州")]),
    ("5月6日，在深圳期间，代表团出席了科技合作签约仪式。", [("科技合作签约仪式", "深圳")]),
    ("5月6日，在江城市期间，考察团一行出席了产业园揭牌仪式。", [("产业园揭牌仪式", "江城市")]),
    # negative: a visit or an event in place of X
    ("5月6日，在访华期间，总统出席了合作协议签字仪式。", [("合作协议签字仪式", None)]),
])
def test_during_stay_at_place(extract, body, expected):
    assert _one(extract(page(body)), "location") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a council session naming no venue takes its opening rite's, told right after it
    ("5月6日上午，县议会第三次定期会开议。开议典礼在议事厅举行，由议长王明主持。", [("县议会第三次定期会", "议事厅")]),
    ("5月6日上午，縣議會第三次定期會開議。開議典禮在議事廳舉行，由議長王明主持。", [("县议会第三次定期会", "议事厅")]),
    ("5月6日，市议会第一次临时会开议。开议式在议会议场举行。", [("市议会第一次临时会", "议会议场")]),
    # negative: another rite, the members' place, or the rite told in another paragraph
    ("5月6日上午，县议会第三次定期会开议。揭牌仪式在议事厅举行。", [("县议会第三次定期会", None)]),
    ("5月6日上午，县议会第三次定期会开议。议员们在议事厅前合影。", [("县议会第三次定期会", None)]),
    ("5月6日上午，县议会第三次定期会开议。\n开议典礼在议事厅举行，由议长王明主持。", [("县议会第三次定期会", None)]),
])
def test_council_session_takes_rite_venue(extract, body, expected):
    assert _one(extract(page(body)), "location") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 各 before any body, no joint verb: no organizer
    ("5月6日，学习交流会由各学院召开。", [("学习交流会", "2024-05-06", None)]),
    ("5月6日，研讨会由各部门召开。", [("研讨会", "2024-05-06", None)]),
    ("5月6日，座谈会由各单位召开。", [("座谈会", "2024-05-06", None)]),
    # negative: a joint verb (one meeting held together), or one body without 各
    ("5月6日，表彰大会由各学院联合召开。", [("表彰大会", "2024-05-06", "各学院")]),
    ("5月6日，交流会由市文联召开。", [("交流会", "2024-05-06", "市文联")]),
])
def test_each_body_holding_its_own(extract, body, expected):
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the attribute 由…联合/共同召开的: its holders the organizer as written, no part of the name
    ("5月6日，由各乡镇联合召开的防汛工作会议在县城举行。", [("防汛工作会议", "2024-05-06", "各乡镇")]),
    ("5月6日，由各街道联合召开的安全工作会议在区政府举行。", [("安全工作会议", "2024-05-06", "各街道")]),
    ("5月6日，由县委、县政府共同召开的经济工作会议在县城举行。", [("经济工作会议", "2024-05-06", "县委、县政府")]),
    # negative: no joint verb, each body holding its own (GUIDELINES §3: 由各…召开, no organizer); the agent is no part of the
    # name (§3 name row; tests/extract/meetings/test_meeting_names_what_they_may_not_hold.py class 6 reads 由甲召开的 as it reads 由甲主办的)
    ("5月6日，由各乡镇召开的防汛工作会议在县城举行。", [("防汛工作会议", "2024-05-06", None)]),
])
def test_attribute_of_joint_holders(extract, body, expected):
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 由甲和乙主办 of the meeting's own, with or without 联合: listed 甲、乙
    ("5月6日，第五届青年科学家论坛在北京开幕。本届论坛由中国科协和共青团中央主办。",
     [("第五届青年科学家论坛", "2024-05-06", "中国科协、共青团中央")]),
    ("5月6日，第三届数字经济论坛在杭州开幕。本届论坛由省科协和省工信厅主办。",
     [("第三届数字经济论坛", "2024-05-06", "省科协、省工信厅")]),
    ("5月6日，第二届乡村振兴论坛在成都开幕。本届论坛由市农业农村局和市社科联联合主办。",
     [("第二届乡村振兴论坛", "2024-05-06", "市农业农村局、市社科联")]),
    ("5月6日，第二届青年论坛在北京开幕。论坛由团中央和全国青联主办。",
     [("第二届青年论坛", "2024-05-06", "团中央、全国青联")]),
    # negative: 举办 keeps 和 as written; a 和 inside one body's name is no joint
    ("5月6日，第三届数字经济论坛在杭州开幕。本届论坛由省科协和省工信厅举办。",
     [("第三届数字经济论坛", "2024-05-06", "省科协和省工信厅")]),
    ("5月6日，第三届数字经济论坛在杭州开幕。本届论坛由人力资源和社会保障部主办。",
     [("第三届数字经济论坛", "2024-05-06", "人力资源和社会保障部")]),
])
def test_two_hosts_joined_by_he(extract, body, expected):
    assert held(extract(page(body))) == expected
