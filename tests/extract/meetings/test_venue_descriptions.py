"""Venue words that are no venue or no part of one (GUIDELINES §3 location, twenty-ninth review round, 6 December 2026,
eighth stop).

Readings:
- a word of praise or a stock description before 的 (`著名的`, `风景优美的`, `历史悠久的`) says what the venue is like and is
  no part of it, as `这里的` before a venue only describes it (twenty-seventh round);
- a word pointing back to a venue told before (`同样的地点`, `同一地点`) names no venue: the meeting takes the venue of the
  meeting told before it on the page, none when that has none.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _venues(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("6日晚，基金会在著名的江城国际会展中心举行慈善晚宴。", [("慈善晚宴", "江城国际会展中心")]),
    ("协会6日在风景优美的西湖宾馆举行年会。", [("年会", "西湖宾馆")]),
    ("6日，商会在历史悠久的江城饭店举行了新春团拜会。", [("新春团拜会", "江城饭店")]),
])
def test_praise_before_venue_is_no_part_of_it(extract, body, expected):
    assert _venues(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("5日，省长在迎宾馆会见了来访的代表团。6日，他又在同样的地点会见了商会会长。",
     [("会见", "迎宾馆"), ("会见", "迎宾馆")]),
    ("6日，两国外长在湖滨宾馆举行了会谈。7日，双方在同一地点再次举行了会谈。",
     [("会谈", "湖滨宾馆"), ("会谈", "湖滨宾馆")]),
])
def test_venue_pointing_back_takes_the_one_before(extract, body, expected):
    assert _venues(extract(page(body))) == expected


@pytest.mark.parametrize("body", [
    "7日，双方在同一地点举行了第二轮会谈。",
    "6日，他又在同样的地点会见了商会会长。",
])
def test_venue_pointing_back_with_none_before(extract, body):
    venues = _venues(extract(page(body)))
    assert venues and all(loc is None for _, loc in venues)
