"""Meeting dates, hosts and organizers on township, street-office, village and party-branch pages.

Found on invented pages of that register (主题党日, 院坝会, 网格员培训, 组织生活会):

1. ``组织辖区30余名在职党员和志愿者开展…主题党日活动`` read ``职党员`` as the venue (the 在 of 在职 taken for the
   preposition before a place) and cut the organizer at it.  A 在 that opens a word of status (在职, 在岗, 在册, 在编,
   在读, 在押, 在校学生) opens no venue (GUIDELINES §3 location); 在职工之家, 在校园内 are still places.
2. The people a body gathered, with a scope word before their count (组织辖区30余名…), are no part of the organizer
   (GUIDELINES §3 organizer: the subject of the verb, the people it gathered dropped).
3. Those a body gathered to hold its meeting where it is (no trip told) are its attendees, as those it took to a
   place for it already were (GUIDELINES §3: a count of people who 参与 an event held counts like 参加); not people
   gathered for an activity that is no meeting (社会实践, 志愿服务).
4. A bare 专题辅导 a named person gives right after a ceremony (开班仪式后，X…作了专题辅导) is a lecture record named
   专题辅导 (GUIDELINES §3 seventeenth review round); one given at a study session (会上，X作专题辅导) stays part of it.
5. ``…开展“…”主题党日活动。活动在社区党群服务中心启动。``: a meeting named by 活动 is referred back to by that noun,
   and the activity told started (启动) or held there gives its venue (GUIDELINES §3 location, as ``会议在…举行`` after a
   meeting does); not after a meeting of another noun, nor a 启动仪式 of its own.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize("body", [
    "5月6日，幸福社区党支部组织辖区30余名在职党员和志愿者开展“学雷锋”主题党日活动。",
    "5月6日，幸福社区党支部组织在职党员开展主题党日活动。",
    "5月6日，市税务局机关党委组织在岗职工开展“七一”主题党日活动。",
    "5月6日，县人民医院党委组织在册党员开展主题党日活动。",
    "5月6日，江城大学研究生党支部组织在读研究生开展主题党日活动。",
])
def test_status_word_after_zai_is_no_venue(extract, body: str) -> None:
    meetings = extract(page(body))["meetings"]
    assert len(meetings) == 1
    assert meetings[0]["location"] is None
    assert "组织" not in (meetings[0]["organizer"] or "")


@pytest.mark.parametrize(("body", "venue"), [
    # near misses: a real place after 在 that happens to open with the same character
    ("5月6日，县总工会在职工之家召开劳模座谈会。", "职工之家"),
    ("5月6日，江城中学在校园内举行开学典礼。", "校园内"),
    ("5月6日，幸福社区党支部组织全体党员在社区广场开展主题党日活动。", "社区广场"),
])
def test_place_after_zai_kept(extract, body: str, venue: str) -> None:
    meetings = extract(page(body))["meetings"]
    assert meetings and venue in (meetings[0]["location"] or "")


@pytest.mark.parametrize(("body", "organizer"), [
    ("5月6日，幸福社区党支部组织辖区30余名在职党员和志愿者开展“学雷锋”主题党日活动。", "幸福社区党支部"),
    ("5月6日，幸福社区党支部组织辖区30余名党员和志愿者开展主题党日活动。", "幸福社区党支部"),
    ("5月6日，城关镇党委组织机关20名党员干部开展主题党日活动。", "城关镇党委"),
])
def test_gathered_people_with_scope_word_not_in_organizer(extract, body: str, organizer: str) -> None:
    meetings = extract(page(body))["meetings"]
    assert [m["organizer"] for m in meetings] == [organizer]


@pytest.mark.parametrize(("body", "count", "approx"), [
    ("5月6日，幸福社区党支部组织辖区30余名在职党员和志愿者开展“学雷锋”主题党日活动。", 30, True),
    ("5月6日，县委组织部机关党支部组织25名党员召开专题组织生活会。", 25, False),
    ("5月6日，城关镇党委组织机关20名党员干部开展主题党日活动。", 20, False),
])
def test_people_gathered_for_the_meeting_are_attendees(extract, body: str, count: int, approx: bool) -> None:
    meetings = extract(page(body))["meetings"]
    assert [(m["attendee_count"], m["attendee_approx"]) for m in meetings] == [(count, approx)]


@pytest.mark.parametrize("body", [
    # no meeting held: an activity, a film watched
    "5月6日，幸福社区党支部组织20名学生开展社会实践活动。",
    "5月6日，某村党支部组织30名党员开展志愿服务活动。",
    "5月6日，某村党支部组织30名党员观看党员教育片。",
])
def test_people_gathered_for_no_meeting_give_nothing(extract, body: str) -> None:
    assert extract(page(body))["meetings"] == []


@pytest.mark.parametrize("body", [
    "9日上午，县委两新工委主办的培训班在县委党校开班。开班仪式后，县委党校副校长潘志远以《新时代基层党支部工作规范》为题作了专题辅导。",
    "5月6日，全市青年干部培训班开班式在市委党校举行。开班式后，市委党校教授刘洋作了题为《基层治理的几个问题》的专题辅导。",
    "5月6日，全县网格员培训班开班。开班仪式结束后，县委政法委副书记张强作专题辅导。",
])
def test_bare_tutorial_after_ceremony_is_a_lecture(extract, body: str) -> None:
    record = extract(page(body))
    names = [m["name"] for m in record["meetings"]]
    assert names[-1] == "专题辅导" and len(names) == 2
    assert record["meetings"][1]["date"] == record["meetings"][0]["date"]
    assert record["meetings"][1]["location"] is None  # the ceremony's day only (fifteenth round)


@pytest.mark.parametrize("body", [
    # at a study session it is part of that meeting; asked for, none given
    "5月6日，县委理论学习中心组召开集体学习会。会上，县委党校教授李明作专题辅导。",
    "5月6日，县委理论学习中心组召开集体学习会，县委党校教授李明作专题辅导。",
    "5月6日，全县网格员培训班开班。开班仪式后，要邀请专家作专题辅导。",
])
def test_bare_tutorial_elsewhere_is_no_record(extract, body: str) -> None:
    names = [m["name"] for m in extract(page(body))["meetings"]]
    assert "专题辅导" not in names and len(names) == 1


@pytest.mark.parametrize(("body", "venue"), [
    ("5月6日，幸福社区党支部组织党员开展“学雷锋”主题党日活动。活动在社区党群服务中心启动。", "社区党群服务中心"),
    ("5月6日，幸福社区党支部组织党员开展主题党日活动。活动在社区党群服务中心举行。", "社区党群服务中心"),
    ("5月6日，城关镇机关党支部开展“七一”主题党日活动。本次活动在镇党群服务中心举行，全体党员参加。", "镇党群服务中心"),
])
def test_activity_referred_back_gives_venue(extract, body: str, venue: str) -> None:
    meetings = extract(page(body))["meetings"]
    assert [m["location"] for m in meetings] == [venue]


@pytest.mark.parametrize("body", [
    # another noun's meeting; a ceremony of its own; a service carried on, no holding verb
    "5月6日，幸福社区党支部召开座谈会。活动在社区广场启动。",
    "5月6日，幸福社区党支部组织党员开展主题党日活动。活动在社区广场开展了志愿服务。",
])
def test_activity_reference_near_misses_give_no_venue(extract, body: str) -> None:
    meetings = extract(page(body))["meetings"]
    assert len(meetings) == 1 and meetings[0]["location"] is None
