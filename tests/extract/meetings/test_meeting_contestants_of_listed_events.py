"""Attendee counts in long commendation reports: the awards were all read right; what was found was an
attendee count taken from contestants whose events are listed before the contest noun (`46名选手参加了焊工、电工、
数控车工等18个项目的比赛`), given to the commendation meeting told after the contest. Contestants are no attendee count
(GUIDELINES §3, seventh and thirteenth review rounds); the list of events entered only lengthens the contest's object.
The negative rows keep real attendance: a ceremony of the contest attended, a meeting attended after a list, and
the contest's own ceremony named in the object."""

from __future__ import annotations

import pytest

from tests.extract.views import page

CONTESTANTS = [
    # the events entered listed before the contest noun, the meeting told in the next paragraph
    "近日，第三届全省职业技能大赛落下帷幕。我市选派的46名选手参加了焊工、电工、数控车工等18个项目的比赛，成绩优异。\n"
    "11月19日，市人社局召开表彰座谈会，对获奖选手进行表彰。",
    "上周，全市中小学生科技创新大赛闭幕。我区32名学生参加了机器人、航模、电子制作等9个类别的竞赛。\n"
    "5月6日，区教育局召开总结表彰会，为获奖学生颁发证书。",
    "本月初，全省农民丰收节技能展示活动举行。我县28名农民参加了插秧、编织、农机驾驶和果蔬嫁接四个项目的比赛。\n"
    "10月12日，县农业农村局召开表彰会。",
    "我市60名职工参加了钳工、车工、维修电工、焊工、电工等项目的决赛。3月8日，市总工会召开总结表彰大会。",
]


@pytest.mark.parametrize("body", CONTESTANTS)
def test_contestants_of_listed_events_are_no_attendee_count(extract, body):
    meetings = extract(page(body))["meetings"]
    assert meetings, "the commendation meeting is read"
    assert all(m["attendee_count"] is None for m in meetings)


ATTENDED = [
    # a ceremony of the contest named in the object: attended, counted
    ("5月6日，区教育局在区会议中心召开总结表彰会，全区120名师生参加了机器人、航模等9个类别竞赛的颁奖仪式。", 120),
    # a meeting attended after a list of the groups attending
    ("3月8日，市总工会召开总结表彰大会，机关干部、企业职工和劳模代表共300名参加了大会。", 300),
    # a plain count of those present at the meeting, no contest in sight
    ("10月12日，县农业农村局召开全县农民技能培训工作表彰会，全县各乡镇农技人员共150人参加会议。", 150),
]


@pytest.mark.parametrize(("body", "count"), ATTENDED)
def test_attendance_of_a_gathering_is_still_counted(extract, body, count):
    meeting = extract(page(body))["meetings"][0]
    assert meeting["attendee_count"] == count
