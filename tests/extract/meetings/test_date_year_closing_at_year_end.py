"""A year told as closing at a year-end meeting (2025年即将收官) is the current year (invented sentences).

GUIDELINES §3, thirty-fifth review round (7 December 2026, fifth stop), from the new tuning pages s166: on a page with no
publication date, a year told at a November or December meeting as about to close (`即将收官`, `即将结束`, `即将过去`,
`即将落幕`) is the year the meeting is in, not one ahead like `1998年将…` (nineteenth round).  Near misses: a year told as
about to come (`即将到来`) is still the year ahead, and a year told with what will happen in it stays ahead.
"""

from __future__ import annotations

import pytest


def _dates(extract, body: str) -> list[str | None]:
    return [m["date"] for m in extract("标题\n" + body + "\n")["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("12月18日上午，区人大常委会举行第二十次会议。主任周立新在讲话中指出，2025年即将收官，要全力冲刺全年目标。", ["2025-12-18"]),
    ("11月28日，镇党委召开扩大会议。书记何志明强调，2023年即将结束，各部门要查漏补缺。", ["2023-11-28"]),
    ("12月22日，县政协常委会举行会议。主席冯小玲说，2024年即将过去，要认真做好年终总结。", ["2024-12-22"]),
    # near misses: a year about to come, and one told with what will happen in it, are the year ahead
    ("12月18日上午，区人大常委会举行第二十次会议。主任周立新在讲话中指出，2026年即将到来，要早谋划早部署。", ["2025-12-18"]),
    ("12月18日上午，区人大常委会举行第二十次会议。主任周立新指出，2026年将全面推进城市更新。", ["2025-12-18"]),
])
def test_year_closing_at_year_end_meeting(extract, body, expected):
    assert _dates(extract, body) == expected
