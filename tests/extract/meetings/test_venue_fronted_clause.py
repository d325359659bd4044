"""A venue set off by a comma in the clause right before the one of holding (`5月6日，在县委党校，…培训班开班`,
`市委宣传部在市文化中心，召开…`) is the meeting's venue, and a body opening that clause holds it, as the twenty-ninth round
reads a venue before `为…` (GUIDELINES §3 location and organizer, thirty-first review round, 7 December 2026, first stop).
Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _held(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日上午，市委宣传部在市文化中心，召开全市宣传思想文化工作会议。",
     [("全市宣传思想文化工作会议", "市文化中心", "市委宣传部")]),
    ("5月6日，在县委党校，全县村级后备干部培训班开班。", [("全县村级后备干部培训班", "县委党校", None)]),
    ("5月6日下午，县总工会在县职工服务中心，召开劳模代表座谈会。", [("劳模代表座谈会", "县职工服务中心", "县总工会")]),
])
def test_venue_in_the_clause_before_holding(extract, body, expected):
    assert _held(extract(page(body))) == expected


def test_a_person_before_the_venue_holds_nothing(extract):
    body = "5月6日下午，县委书记王明在县行政中心，召开全县项目建设推进会。"
    assert [org for _, _, org in _held(extract(page(body)))] == [None]
