"""Two ways a page tells where the meeting it just named was held (GUIDELINES §3 location, thirty-first review round,
7 December 2026, first stop): a clause right after the name with no noun of its own (`…召开2025年工作会议，在集团总部一楼
会议中心举行`), as `会议在…举行` after it is (twenty-fourth round); and those attending told at the place where they attend it,
in the meeting's own paragraph (`…共600余人在学校大礼堂参加大会`). A main or branch hall by its kind alone, the scene,
online or each one's own place is no venue, nor is the place of another event after it. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _held(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，华信集团召开2025年工作会议暨职工代表大会，在集团总部一楼会议中心举行。",
     [("2025年工作会议暨职工代表大会", "集团总部一楼会议中心", "华信集团")]),
    ("5月6日，县总工会召开劳模座谈会，在县职工服务中心举行，20名劳模参加。", [("劳模座谈会", "县职工服务中心", "县总工会")]),
])
def test_clause_after_the_name_tells_the_venue(extract, body, expected):
    assert _held(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，滨江理工大学召开表彰大会。全体校领导及师生党员代表共600余人在学校大礼堂参加大会。",
     [("表彰大会", "学校大礼堂", "滨江理工大学")]),
    ("5月6日，县委召开全县经济工作会议。县四套班子领导及各部门负责人在县会议中心出席会议。",
     [("全县经济工作会议", "县会议中心", "县委")]),
    ("5月6日，滨江理工大学召开表彰大会。600余名师生在学校大礼堂参加大会。", [("表彰大会", "学校大礼堂", "滨江理工大学")]),
])
def test_attendees_at_a_place_tell_the_venue(extract, body, expected):
    assert _held(extract(page(body))) == expected


@pytest.mark.parametrize("body", [
    "5月6日，县委召开全县经济工作会议。会后，与会人员在县行政中心参观了项目展。",
    "5月6日，县委召开全县经济工作会议。各乡镇干部在各分会场参加会议。",
    "5月6日，县委召开全县经济工作会议。县领导在主会场参加会议。",
    "5月6日，县委召开全县经济工作会议。\n另讯，全县干部群众在县广场参加会议。",
    "5月6日，华信集团召开2025年工作会议，在集团总部举行签约仪式。",
])
def test_no_venue_of_the_meeting_told(extract, body):
    assert [loc for _, loc, _ in _held(extract(page(body)))][:1] == [None]
