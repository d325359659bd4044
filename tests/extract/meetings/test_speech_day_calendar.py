"""A speech transcript's bracketed day dates its meeting only when it is a day of the calendar (GUIDELINES §2/§3
fourteenth review round: the bracketed date under a speech headline is the day the speech was given; §3 date: null when
the day cannot be determined). Found on the second read of the change: （2024年2月30日） gave the meeting the date
2024-02-30, which is no date. Invented pages."""

from __future__ import annotations

import pytest

_PAGE = "在全市经济工作会议上的讲话\n（{day}）\n市委书记 张立群\n同志们：今天我们召开全市经济工作会议。\n"


@pytest.mark.parametrize(
    ("day", "date"),
    [
        ("2024年2月30日", None),
        ("2023年2月29日", None),
        ("2024年4月31日", None),
        ("2024年2月29日", "2024-02-29"),
        ("2024年3月5日", "2024-03-05"),
    ],
)
def test_speech_day_must_be_a_calendar_day(extract, day, date):
    assert [m["date"] for m in extract(_PAGE.format(day=day))["meetings"]] == [date]
