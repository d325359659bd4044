"""Sites listed and closed by 等 (or counted as places) are no single venue (invented sentences).

GUIDELINES §3, thirty-third review round (7 December 2026, third stop): `赴青溪工业园、滨江物流港等地现场观摩`,
`到甲镇、乙镇等乡镇观摩`, `在江城和河阳两地召开` name several places, so the location is `null`; one site gone to
(`赴青溪工业园现场观摩`) and a name with 等 inside it (`平等路社区会议室`) are venues.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "location"), [
    ("5月6日上午，与会人员分三组赴青溪工业园、滨江物流港等地现场观摩。", None),
    ("5月6日，与会人员先后到青山镇、白沙镇等乡镇现场观摩。", None),
    ("5月6日，与会人员赴东湖村、西山村等处现场观摩人居环境整治。", None),
    ("5月6日，两市分别在江州和河阳两地召开座谈会。", None),
    # near misses: one place
    ("5月6日上午，与会人员赴青溪工业园现场观摩。", "青溪工业园"),
    ("5月6日，社区在平等路社区会议室召开居民议事会。", "平等路社区会议室"),
])
def test_sites_listed_are_no_venue(extract, text, location):
    meetings = extract(text, published="2024-05-07")["meetings"]
    assert [m["location"] for m in meetings] == [location]
