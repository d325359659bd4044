"""A meeting held after an act done at a place (GUIDELINES §3 location, twenty-ninth review round, 6 December 2026,
eighth stop).

Reading: in `在P签署/签订/会见…后举行NAME` the place P, where the act with its object was done, is the venue of the meeting
held after it; the act is no part of the venue. An event told as a time frame (`在两国总理会谈之后`, `在战争结束后`) names no
place. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _venues(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("两国外长30日在江城宾馆签署合作协议后举行了记者招待会。", [("记者招待会", "江城宾馆")]),
    ("部长6日在北京签订协议后举行了新闻发布会。", [("新闻发布会", "北京")]),
])
def test_place_of_act_before_meeting(extract, body, expected):
    assert _venues(extract(page(body))) == expected


def test_talks_as_time_frame_name_no_place(extract):
    venues = _venues(extract(page("6日，在两国总理会谈之后，双方举行了记者招待会。")))
    assert ("记者招待会", None) in venues
