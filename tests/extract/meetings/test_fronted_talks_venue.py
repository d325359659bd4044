"""Talks whose venue is set off by a comma before their party (GUIDELINES §3 location, twenty-ninth review round,
6 December 2026, eighth stop).

Reading: in `X在P，同/与/跟Y举行了会谈`, P is the talks' venue, as in `在P与Y会面` (twenty-ninth round); a time or a mood
after 在 (`在访问期间，`, `在热烈的气氛中，`, `在离开江城前，`) names no
venue. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _venues(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("部长9日在青山监狱，同在押人员代表举行了会谈。", [("会谈", "青山监狱")]),
    ("市长6日在市政府大楼，与来访的客商举行了会谈。", [("会谈", "市政府大楼")]),
    ("外长6日在湖滨宾馆，同对方举行了会晤。", [("会晤", "湖滨宾馆")]),
])
def test_venue_before_comma_and_party(extract, body, expected):
    assert _venues(extract(page(body))) == expected


@pytest.mark.parametrize("body", [
    "外长6日在访问期间，同对方举行了会晤。",
    "6日，两国外长在热烈的气氛中，同对方举行了会谈。",
    "部长在离开江城前，同市长举行了会晤。",
])
def test_time_or_mood_before_party_is_no_venue(extract, body):
    venues = _venues(extract(page(body)))
    assert venues and all(loc is None for _, loc in venues)
