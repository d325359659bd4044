"""A guest who chairs an event another body holds (在…主持由…主办的「…」): venue and organizer (invented sentences).

GUIDELINES §3, thirty-fifth review round (7 December 2026, fifth stop), from the new tuning pages s166: `主持由甲主办的「…」`
is read like `主礼由甲主办的「…」` (thirty-third round): the place before `主持` is the venue, the agent of `主办` the
organizer, the name without the attribute; the guest who chairs it is its host.  Near misses: a meeting chaired with no
attribute keeps its reading, and `主持召开` a meeting of one's own body is no event of another.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def held_where(record: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    """(name, location, organizer, host name) of each meeting, in order."""
    return [(m["name"], m["location"], m["organizer"], (m["host"] or {}).get("name")) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("民政事務局副局長何志明今日（六月二日）上午在會展中心演講廳主持由南山青年發展基金主辦的「2024年度青年領袖獎頒獎典禮」，"
     "向得獎者頒發獎狀。",
     [("2024年度青年领袖奖颁奖典礼", "会展中心演讲厅", "南山青年发展基金", "何志明")]),
    ("副局长周立新今天上午在市民中心报告厅主持由江北创业促进会主办的“青年创业大赛颁奖典礼”。",
     [("青年创业大赛颁奖典礼", "市民中心报告厅", "江北创业促进会", "周立新")]),
    # near misses: 主礼 as before; a meeting of one's own body chaired
    ("民政事務局局長何志明今日上午在會展中心演講廳主禮由南山青年發展基金主辦的「青年領袖獎頒獎典禮」。",
     [("青年领袖奖颁奖典礼", "会展中心演讲厅", "南山青年发展基金", None)]),
    ("县长周立新在县政府常务会议室主持召开县政府第25次常务会议。",
     [("县政府第25次常务会议", "县政府常务会议室", "县政府", "周立新")]),
])
def test_guest_chairing_event_other_body_holds(extract, body, expected):
    assert held_where(extract(page(body))) == expected
