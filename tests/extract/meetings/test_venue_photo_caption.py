"""A photo caption placing the reported meeting (`图为…推进会在市行政中心召开现场`, `图为5月6日，座谈会在市委党校举行现场`)
gives its venue when the body names none; the caption must name the meeting (its name, its last words when no other
meeting of the page ends so, or a bare 会议 on a page of one meeting), and an attribute (`在…举行的…上`) or a deictic
(`在该处`) places nothing this way (GUIDELINES §3 location, thirty-first review round, 7 December 2026, first stop; §1:
captions are read). Invented pages only."""

from __future__ import annotations

import pytest


def _page(body: str, caption: str) -> str:
    return f"标题\n2024-05-08 来源：某网\n{body}\n{caption}\n"


def _venues(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "caption", "expected"), [
    ("近日，市委组织部召开全市基层党建工作推进会，部署下一阶段工作。", "图为全市基层党建工作推进会在市行政中心召开现场。",
     [("全市基层党建工作推进会", "市行政中心")]),
    ("近日，县科协召开第九届委员会第三次全体会议。", "（图为会议在县科技馆举行现场）",
     [("第九届委员会第三次全体会议", "县科技馆")]),
    ("近日，青州市委组织部召开年轻干部座谈会。", "（图为5月6日，座谈会在市委党校举行现场。）",
     [("年轻干部座谈会", "市委党校")]),
    ("近日，县妇联召开执委会议。", "图为5月6日，县妇联在县妇女儿童活动中心召开执委会议。",
     [("执委会议", "县妇女儿童活动中心")]),
])
def test_caption_places_the_meeting(extract, body, caption, expected):
    assert _venues(extract(_page(body, caption))) == expected


@pytest.mark.parametrize(("body", "caption"), [
    # the caption names no venue
    ("近日，市委组织部召开全市基层党建工作推进会。", "图为会议现场。"),
    # the caption is of another event
    ("近日，县妇联召开执委会议。", "图为5月6日，县图书馆在馆内举办读书分享会。"),
])
def test_caption_of_no_venue_or_another_event_places_nothing(extract, body, caption):
    assert [loc for _, loc in _venues(extract(_page(body, caption)))] == [None]


def test_body_venue_wins_over_the_caption(extract):
    record = extract(_page("5月6日，县妇联在县行政中心召开执委会议。", "图为县妇联在县妇女儿童活动中心召开执委会议现场。"))
    assert _venues(record) == [("执委会议", "县行政中心")]
