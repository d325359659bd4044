"""Meetings of articles reporting several meetings, meeting-name boundaries and grassroots registers: topics listed before a count and one shared head (乡村旅游、智慧文旅两场分论坛) are that many meetings;
a district congress's standing committee session written with its place first (东湖区第十七届人大常委会第十八次会议)
keeps the place in the name, which is no organizer; people sitting round a community meeting (40余名居民围坐一起)
are those attending. Invented sentences; the expected values follow corpus/GUIDELINES.md §3, with near misses that
must not change."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page

_FORUM = "10月15日，第三届长三角文旅发展论坛在扬州开幕。"


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # each topic with the shared head is one meeting held (§3 several events)
        ("论坛期间还举办了乡村旅游、智慧文旅两场分论坛。", ["乡村旅游分论坛", "智慧文旅分论坛"]),
        ("论坛同期举办了数字经济、绿色低碳和人才发展三场分论坛。", ["数字经济分论坛", "绿色低碳分论坛", "人才发展分论坛"]),
        ("论坛同期举办了“数字经济”“绿色低碳”两个分论坛。", ["“数字经济”分论坛", "“绿色低碳”分论坛"]),
        # near misses: a count that is not the number of topics listed (等), a count alone, a fair's count
        ("论坛同期举办了数字经济、绿色低碳等三个分论坛。", ["数字经济、绿色低碳等三个分论坛"]),
        ("论坛同期举办了两场分论坛。", []),
    ],
)
def test_topics_before_a_counted_head_are_several_meetings(extract, tail: str, expected: list) -> None:
    meetings = held(extract(page(_FORUM + tail, "2024-10-16")))
    assert meetings[0] == ("第三届长三角文旅发展论坛", "2024-10-15", None)
    assert [name for name, _, _ in meetings[1:]] == expected
    assert all(date == "2024-10-15" for _, date, _ in meetings[1:])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the session of a congress's standing committee named by its place keeps the place (§3 name)
        ("6月27日，东湖区第十七届人大常委会第十八次会议召开。", [("东湖区第十七届人大常委会第十八次会议", "2024-06-27", "东湖区人大常委会")]),
        ("6月27日，青山县第十八届人大常委会第二十次会议在县人大会议室举行。",
         [("青山县第十八届人大常委会第二十次会议", "2024-06-27", "青山县人大常委会")]),
        # near misses: the standing committee as the subject, a place before another edition
        ("6月27日，县人大常委会举行第十八次会议。", [("县人大常委会第十八次会议", "2024-06-27", "县人大常委会")]),
        # (the standing committee's session numbered by term and round, the term written with 第: its body organizes it,
        # GUIDELINES §3 ninth round, as for 区政协九届八次常委会议; changed by fxv)
        ("6月27日，县政协第十届常委会第五次会议召开。", [("县政协第十届常委会第五次会议", "2024-06-27", "县政协")]),
    ],
)
def test_a_standing_committee_session_keeps_its_place(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-06-28"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # those sitting round the meeting attend it (§3 attendee_count)
        ("7月16日傍晚，新华社区在小区广场召开院坝会，社区党委书记李秀兰主持，40余名居民围坐一起，就停车难问题畅所欲言。", (40, True)),
        ("7月16日，石桥村召开板凳会，20多名党员群众围坐在一起，讨论土地流转问题。", (20, True)),
        # near miss: no number of people written
        ("7月16日，石桥村召开板凳会，党员群众围坐在一起，讨论土地流转问题。", (None, False)),
    ],
)
def test_people_sitting_round_a_meeting_attend_it(extract, body: str, expected: tuple) -> None:
    meeting = extract(page(body, "2024-07-18"))["meetings"][0]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the place an official went into to hold it (§3 location)
        ("7月16日，镇党委书记刘江深入石桥村召开院坝会，与村民面对面交流。", ("石桥村", None)),
        ("7月16日，县委书记张强深入到联系村召开座谈会。", ("联系村", None)),
        # a venue set in a clause of its own before the subject, 里 after the yard dropped
        ("7月16日下午，在石板村村委会门前的院坝里，村党总支书记何德才主持召开院坝会。", ("石板村村委会门前的院坝", None)),
        ("7月16日，在县委三楼会议室，县委书记张强主持召开县委常委会会议。", ("县委三楼会议室", "县委")),  # (the lead's ruling, fxn)
        ("7月16日，新华社区在第三居民小组的院坝里召开院坝会。", ("第三居民小组的院坝", "新华社区")),
        # near misses: a way of working, a circumstance or a time set before the subject is no venue
        ("7月16日，县委书记张强深入基层一线召开座谈会。", (None, None)),
        ("7月16日，镇党委书记刘江到基层召开座谈会。", (None, None)),
        ("7月16日，在县委的统一部署下，县委组织部召开座谈会。", (None, "县委组织部")),
        ("7月16日，在青山村调研时，县委书记张强主持召开座谈会。", (None, None)),
        ("7月16日，县委在平安里社区召开座谈会。", ("平安里社区", "县委")),
    ],
)
def test_the_venue_gone_to_or_set_before(extract, body: str, expected: tuple) -> None:
    meeting = extract(page(body, "2024-07-18"))["meetings"][0]
    assert (meeting["location"], meeting["organizer"]) == expected
