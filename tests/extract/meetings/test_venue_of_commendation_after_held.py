"""A room or hall opening the clause right after a meeting's held, where its business is done, is its venue (thirty-second
round); that reaches a meeting held with `举办`, a venue after `于` as after `在`, and the commendation a commendation
meeting holds (`某乡公所举办“模范母亲表扬大会”，于乡立活动中心表扬本年度模范母亲十位` → `乡立活动中心`) (GUIDELINES §3
location, thirty-sixth review round, sixth stop, from the new tuning pages s169).

Found: no venue was read.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

# (body, meeting name, location)
CASES = [
    ("某乡公所5月举办“模范母亲表扬大会”，于乡立活动中心表扬本年度模范母亲十位。", "模范母亲表扬大会", "乡立活动中心"),
    ("5月6日，某乡公所举办“模范母亲表扬大会”，在乡立活动中心表扬本年度模范母亲十位。", "模范母亲表扬大会", "乡立活动中心"),
    ("5月6日，县委召开常委会会议，于县委三楼会议室传达学习上级会议精神。", "常委会会议", "县委三楼会议室"),
    # near misses: no place told, or a scope rather than a room
    ("5月6日，某乡公所举办“模范母亲表扬大会”，表扬本年度模范母亲十位。", "模范母亲表扬大会", None),
    ("5月6日，某乡公所举办“模范母亲表扬大会”，于全乡范围内表扬本年度模范母亲十位。", "模范母亲表扬大会", None),
]


@pytest.mark.parametrize(("body", "name", "location"), CASES)
def test_venue_of_commendation_after_held(extract, body, name, location):
    meeting = next(m for m in extract(page(body))["meetings"] if m["name"] == name)
    assert meeting["location"] == location
