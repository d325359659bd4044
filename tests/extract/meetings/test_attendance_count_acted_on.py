"""A count after 对 is the object of the act the clause goes on to (GUIDELINES §3 fortieth review round, tenth stop of
8 December 2026): `与会人员对12名村党组织书记抓党建工作情况进行了测评` counts those assessed, no attendee count, also when what of
theirs is acted on runs long before the verb; the count of those present elsewhere in the account stays. Invented
sentences; near misses keep a count of those attending."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

M = "4月8日下午，街道党工委召开述职评议会。"

CASES = [
    (M + "与会人员对12名村（社区）党组织书记抓基层党建工作情况进行了现场测评。", None),
    (M + "与会人员对述职的8名社区党组织书记履职尽责情况进行了民主测评。", None),
    (M + "与会人员对12名村党组织书记抓党建工作情况进行了现场测评。街道班子成员共60余人参加会议。", 60),
    # near misses: the attendance in the same sentence, those attending who then assess
    (M + "对12名村党组织书记的履职情况进行测评，60余人参加会议。", 60),
    (M + "120名党员代表参加会议并进行了民主测评。", 120),
]


@pytest.mark.parametrize(("text", "count"), CASES)
def test_attendance_count_acted_on(extract: Callable[..., dict[str, Any]], text: str, count: int | None) -> None:
    meetings = extract(text, "2024-04-09")["meetings"]
    assert [m["attendee_count"] for m in meetings] == [count]
