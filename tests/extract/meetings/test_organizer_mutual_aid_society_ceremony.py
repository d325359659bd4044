"""A neighbourhood mutual-aid society or residents' association before its own ceremony holds it (invented sentences).

GUIDELINES §3, thirty-fifth review round (7 December 2026, fifth stop), from the new tuning pages s166: a Macau or Hong
Kong `互助会` or `街坊会` written before its own ceremony, banquet or reception holds it like `同乡会` (eleventh round:
`江城同乡会第十届理监事就职典礼` → `第十届理监事就职典礼` / `江城同乡会`), the place before it part of its name.  Near misses:
an association read before (同乡会) keeps its reading, and a founding meeting (`成立大会`) is no ceremony the body holds.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def held_at(record: dict) -> list[tuple[str, str | None]]:
    """(name, organizer) of each meeting, in order."""
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("南灣坊眾互助會第六屆理監事就職典禮昨（九）日晚上在南灣社區中心禮堂舉行。會長何志強致辭。",
     [("第六届理监事就职典礼", "南湾坊众互助会")]),
    ("西區街坊互助會新春酒會前晚在社區會堂舉行，會長馮小玲致辭。", [("新春酒会", "西区街坊互助会")]),
    ("东园街坊会第十二届理监事就职典礼昨日下午在东园社区会堂举行。", [("第十二届理监事就职典礼", "东园街坊会")]),
    # near misses: an association read before keeps its reading; a founding meeting keeps the body in its name
    ("南湾同乡会第六届理监事就职典礼昨日晚上在南湾社区中心礼堂举行。", [("第六届理监事就职典礼", "南湾同乡会")]),
    ("南湾坊众互助会成立大会昨日在社区中心举行。", [("南湾坊众互助会成立大会", None)]),
])
def test_mutual_aid_society_holds_its_ceremony(extract, body, expected):
    assert held_at(extract(page(body))) == expected
