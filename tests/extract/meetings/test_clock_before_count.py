"""A clock time written before a count (`8:30 300余名`) is no thousands group of it: spaced thousands (`2 450名`) are
read only when no digit, point, comma or colon stands before them (cr10 §3). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _attendees(record: dict) -> list[tuple[int | None, bool]]:
    return [(m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午8:30 300余名师生参加了开学典礼。", [(300, True)]),
        ("5月6日上午8：30 120名干部参加了全县安全生产工作会议。", [(120, False)]),
        ("5月6日下午14:00 60名党员参加了主题党日活动暨党员大会。", [(60, False)]),
        # NEGATIVE: Hong Kong thousands set off by a space stay one number
        ("5月6日，县委召开全县干部大会，2 450名干部参加会议。", [(2450, False)]),
        ("5月6日，全市教育大会召开，1 200余名教师参加会议。", [(1200, True)]),
    ],
)
def test_clock_time_before_a_count(extract, body: str, expected: list) -> None:
    assert _attendees(extract(page(body, "2024-05-07"))) == expected
