"""Meeting shapes of convening bodies, attributed holders, frames of their own time and classes of bodies (invented sentences).

Found and ruled by corpus/GUIDELINES.md §3 (twentieth review round):

- W1: a body convening a party's committee session written with its term (市委统战部召开民盟第六届江城市委员会第一次
  全体会议) was glued into the party's name. The session is organized by the committee without the term (民盟江城市
  委员会); the name is the session's own.
- W2: the holders written as an attribute before a fair or contest (由甲、乙联合主办的…招聘会在…举行) were lent to any bare
  opening ceremony further down the page; they are lent only to that event's own ceremony, told in the same sentence or
  the next. The same-sentence case (…举行，副市长出席启动仪式) was missed.
- W3: an event the attendees 还参加了 with a time of its own in front (此前，去年，) took the main meeting's day; only one
  with no day of its own does (会后，会议期间， still do).
- W4: people counted watching a ceremony by a screen or online, or in ten thousands with no sign of being there
  (500万名观众观看了开幕式), were read as its attendees; those counted watching the ceremony itself attend it (300余人
  观看了发布仪式, 3万名观众在现场观看), a broadcast's audience does not.
- W5: a class of bodies after a place (江城市公立医院, 江城市国有企业集团) was read as the place's one body holding the
  meeting; the name is kept whole. An association of that class (江城市民营企业协会) is one body.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _meetings(extract, body: str) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["organizer"], m["date"]) for m in extract(page(body))["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，市委统战部召开民盟第六届江城市委员会第一次全体会议。",
     ("民盟第六届江城市委员会第一次全体会议", "民盟江城市委员会")),
    ("5月6日，市委组织部召开九三学社第五届平川市委员会第三次全体会议。",
     ("九三学社第五届平川市委员会第三次全体会议", "九三学社平川市委员会")),
    # (near misses keeping today's reading: the session named whole, or its party split off as the head)
    ("民盟第六届江城市委员会第一次全体会议5月6日召开。",
     ("民盟第六届江城市委员会第一次全体会议", "民盟江城市委员会")),
    ("5月6日，九三学社第五届平川市委员会第三次全体（扩大）会议在平川召开。",
     ("九三学社第五届平川市委员会第三次全体（扩大）会议", "九三学社平川市委员会")),
    ("5月6日，中国民主建国会第八届江城市委员会第二次全体会议召开。",
     ("中国民主建国会第八届江城市委员会第二次全体会议", "中国民主建国会江城市委员会")),
    ("5月6日，中共江城市第十届纪律检查委员会第六次全体会议召开。",
     ("中共江城市第十届纪律检查委员会第六次全体会议", None)),
])
def test_a_convening_body_is_no_part_of_a_term_committee(extract, body: str, expected: tuple) -> None:
    assert [m[:2] for m in _meetings(extract, body)] == [expected]


@pytest.mark.parametrize(("body", "organizer"), [
    # (the fair's own ceremony in the same sentence, or the next)
    ("5月6日，由市人社局、市退役军人事务局联合主办的退役军人专场招聘会在市体育馆举行，副市长王强出席启动仪式。",
     "市人社局、市退役军人事务局"),
    ("5月6日，由市总工会主办的全市职工技能大赛在市工人文化宫开幕，副市长王强出席开幕式并致辞。", "市总工会"),
    ("5月6日，由市人社局、市退役军人事务局联合主办的退役军人专场招聘会在市体育馆举行。副市长王强出席启动仪式。",
     "市人社局、市退役军人事务局"),
    # (near misses: a fair told further up the page, another event launched in between)
    ("由市人社局主办的春风行动招聘会3月在市体育馆举行，吸引了万余人。\n5月6日，江城市招聘专项行动启动。副市长王强出席启动仪式并讲话。",
     None),
    ("由市商务局主办的春季车展在会展中心举办。\n记者了解到，今年车市回暖。\n5月6日，江城市消费季活动启动，副市长王强出席启动仪式。",
     None),
    ("去年，由市政府主办的首届博览会在会展中心举办。5月6日，第二届博览会开幕，副市长王强出席开幕式。", None),
])
def test_an_attributed_holder_is_lent_to_its_own_events_ceremony(extract, body: str, organizer: str | None) -> None:
    rites = [m for m in _meetings(extract, body) if m[0] in ("启动仪式", "开幕式")]
    assert [m[1] for m in rites] == [organizer]


@pytest.mark.parametrize(("frame", "date"), [
    ("此前，", None),
    ("去年，", None),
    ("上周，", None),
    # (near misses: a frame within the meeting's time, or none)
    ("会后，", "2024-05-06"),
    ("会议期间，", "2024-05-06"),
    ("", "2024-05-06"),
])
def test_a_frame_of_its_own_time_keeps_the_main_day(extract, frame: str, date: str | None) -> None:
    body = f"5月6日，第五届江城茶业发展大会在会展中心召开。{frame}与会嘉宾还参加了茶文化论坛开幕式。"
    rites = [m for m in _meetings(extract, body) if m[0] == "茶文化论坛开幕式"]
    assert [m[2] for m in rites] == [date]


@pytest.mark.parametrize(("body", "expected"), [
    ("江城市公立医院改革推进会召开。", ("江城市公立医院改革推进会", None)),
    ("江城市国有企业集团改革座谈会召开。", ("江城市国有企业集团改革座谈会", None)),
    ("江城市公办幼儿园保教质量推进会召开。", ("江城市公办幼儿园保教质量推进会", None)),
    # (near misses: one body of the place, an association of a class)
    ("江城市实验幼儿园新学期家长会召开。", ("新学期家长会", "江城市实验幼儿园")),
    ("青山县第一中学教职工大会召开。", ("教职工大会", "青山县第一中学")),
    ("江城市民营企业协会年度工作会议召开。", ("年度工作会议", "江城市民营企业协会")),
])
def test_a_class_of_bodies_after_a_place_holds_nothing(extract, body: str, expected: tuple) -> None:
    assert [m[:2] for m in _meetings(extract, body)] == [expected]


@pytest.mark.parametrize(("watchers", "count"), [
    ("500万名观众观看了开幕式", None),
    ("全网超过1200万人在线观看了开幕式", None),
    ("200余名师生通过直播观看了开幕式", None),
    # (near misses: watchers counted on the spot, or in hundreds)
    ("300余人现场观看了开幕式", 300),
    ("3万名观众在现场观看了开幕式", 30000),
    ("2000余名群众观看了开幕式", 2000),
    ("1.5万名观众参加了开幕式", 15000),
])
def test_a_broadcast_audience_is_no_attendee_count(extract, watchers: str, count: int | None) -> None:
    meetings = extract(page(f"全市运动会开幕式在体育中心举行，{watchers}。"))["meetings"]
    assert [m["attendee_count"] for m in meetings] == [count]
