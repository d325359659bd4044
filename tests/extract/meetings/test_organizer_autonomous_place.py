"""An autonomous prefecture, county or banner written in full before a meeting's name holds it (invented sentences).

GUIDELINES §3, thirty-third review round (7 December 2026, third stop), following the eighth and twentieth rounds (a
place with its level before a meeting's own name told in the passive is its holder, the name without it): a place
written in full with its people's name and `自治州`/`自治县`/`自治旗` is a place by its own words.  Near miss: the
place's own people's congress stays whole, organizer `null` (tenth round).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("9月20日上午，青原藏族自治州第三次民族团结进步表彰大会在州会议中心隆重召开。",
     ("第三次民族团结进步表彰大会", "青原藏族自治州", "州会议中心")),
    ("9月20日，青原藏族自治州民族团结进步表彰大会在州体育馆召开。",
     ("民族团结进步表彰大会", "青原藏族自治州", "州体育馆")),
    ("5月6日，长岭土家族自治县乡村振兴工作推进会在县会议中心召开。",
     ("乡村振兴工作推进会", "长岭土家族自治县", "县会议中心")),
    ("5月6日，青原蒙古族自治旗民族团结表彰大会在旗会议中心召开。",
     ("民族团结表彰大会", "青原蒙古族自治旗", "旗会议中心")),
    # near misses
    ("5月6日，青原藏族自治州第十四届人民代表大会第三次会议在州会议中心开幕。",
     ("青原藏族自治州第十四届人民代表大会第三次会议", None, "州会议中心")),
])
def test_autonomous_place_before_name_holds_it(extract, text, expected):
    meetings = extract(text, published="2024-09-21")["meetings"]
    assert [(m["name"], m["organizer"], m["location"]) for m in meetings] == [expected]
