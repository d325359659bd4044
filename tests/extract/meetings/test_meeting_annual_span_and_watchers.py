"""Meeting shapes of an annual meeting's span, watchers at a named venue and a contest's lead meeting (invented sentences), with the near misses that keep today's output.

Ruled by corpus/GUIDELINES.md §3:

- W1 (sixteenth and twentieth review rounds): an event the attendees 还参加了 takes the main meeting's day when its
  frame tells no time of its own. The frame check read any 年 or 月 as a time, so 年会期间 (like 会议期间) lost the
  day; only a time word dates the frame (去年, 今年年初, 上个月, 5月5日).
- W4 (twentieth review round): those counted watching the ceremony itself attend it. A count in ten thousands told at
  a named venue (在主体育场观看) is on the spot like 在现场; one told online, on screen or with no place stays a
  broadcast's audience.
- W5 (attendee_count): a meeting of the contest told as the lead (本次大赛总结会上，共有300名职工参加) is a gathering and
  its count stays; a lead on the contest itself (本届大赛自9月启动以来, 本次大赛由市总工会主办) still counts contestants.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

_ANNUAL = "5月6日，2024江城企业家年会在江城宾馆开幕。"


def _dates(extract, body: str) -> dict[str, str | None]:
    return {m["name"]: m["date"] for m in extract(page(body))["meetings"]}


def _counts(extract, body: str) -> list[int | None]:
    return [m["attendee_count"] for m in extract(page(body))["meetings"]]


@pytest.mark.parametrize(("body", "name", "date"), [
    (_ANNUAL + "年会期间，与会嘉宾还参加了江城科技园签约仪式。", "江城科技园签约仪式", "2024-05-06"),
    ("5月6日，2024南湖金融年会在南湖饭店开幕。本届年会期间，参会代表还参加了南湖产业园开园仪式。",
     "南湖产业园开园仪式", "2024-05-06"),
    ("5月6日，第五届江城年会在会展中心召开。在年会期间，与会企业家还出席了江城数字经济项目签约仪式。",
     "江城数字经济项目签约仪式", "2024-05-06"),
    (_ANNUAL + "会议期间，与会嘉宾还参加了江城科技园签约仪式。", "江城科技园签约仪式", "2024-05-06"),
    # (near misses: a frame that tells a time of its own keeps no main day, or its own)
    (_ANNUAL + "此前，与会嘉宾还参加了江城科技园签约仪式。", "江城科技园签约仪式", None),
    (_ANNUAL + "去年，与会嘉宾还参加了江城科技园签约仪式。", "江城科技园签约仪式", None),
    (_ANNUAL + "今年年初，与会嘉宾还参加了江城科技园签约仪式。", "江城科技园签约仪式", None),
    (_ANNUAL + "上个月，与会嘉宾还参加了江城科技园签约仪式。", "江城科技园签约仪式", None),
    (_ANNUAL + "5月5日，与会嘉宾还参加了江城科技园签约仪式。", "江城科技园签约仪式", "2024-05-05"),
])
def test_an_annual_meetings_span_is_no_time_of_its_own(extract, body: str, name: str, date: str | None) -> None:
    assert _dates(extract, body)[name] == date


_RACE = "5月6日，2024江城国际马拉松开幕式在体育场举行，"


@pytest.mark.parametrize(("body", "count"), [
    (_RACE + "4万名观众在主体育场观看了开幕式。", 40000),
    ("5月6日，第十届省运会开幕式在江城奥体中心举行，3.5万名观众在体育馆内观看了开幕式。", 35000),
    (_RACE + "4万名观众在现场观看了开幕式。", 40000),
    # (near misses: watched online, on screen, through a big screen elsewhere, or with no place: a broadcast's audience)
    (_RACE + "4万名观众在线观看了开幕式。", None),
    (_RACE + "400万名观众在电视机前观看了开幕式。", None),
    (_RACE + "1.2万名观众观看了开幕式。", None),
    (_RACE + "10万名市民在各分会场通过大屏幕观看了开幕式。", None),
])
def test_watchers_told_at_a_named_venue_attend(extract, body: str, count: int | None) -> None:
    assert _counts(extract, body) == [count]


@pytest.mark.parametrize(("body", "count"), [
    ("5月6日，江城市职工技能大赛表彰大会在市会议中心举行。本次大赛总结会上，共有300名职工参加。", 300),
    ("5月6日，南湖区青年创新大赛表彰会在区政府举行。本届大赛表彰会上，共有200余名青年参加。", 200),
    ("5月6日，江城市教师技能竞赛总结会议在市教育局召开。此次竞赛总结会议，共有150名教师参加。", 150),
    # (near misses: the contest itself as the lead, those counted are its contestants)
    ("5月6日，江城市职工技能大赛表彰大会在市会议中心举行。本届大赛自9月启动以来，共有260名职工报名参加。", None),
    ("5月6日，江城市职工技能大赛表彰大会在市会议中心举行。本次大赛由市总工会主办，共有300名职工参加。", None),
    ("5月6日，江城市职工技能大赛颁奖仪式在市会议中心举行。本次大赛历时两个月，共有300名职工参加。", None),
])
def test_a_meeting_of_the_contest_as_lead_keeps_its_count(extract, body: str, count: int | None) -> None:
    assert _counts(extract, body) == [count]
