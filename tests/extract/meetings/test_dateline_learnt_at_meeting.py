"""A dateline's day and a meeting the reporters learnt at (GUIDELINES §3 date row, "nor the day the reporter learnt of
it"; thirtieth review round, 6 December 2026, ninth stop).

Reading: under a dated dateline (``本报北京1月19日讯``), reporters who learnt the news at a meeting that tells no day of its own
(``从此间召开的…会议上了解到``) give it no day: the dateline's day is the report's. A day the meeting is told held on
(``从今天召开的…会议上获悉``) still dates it. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import when


def _page(body: str) -> str:
    return f"档案工作卓有成效\n{body}\n"


@pytest.mark.parametrize(("body", "expected"), [
    ("本报北京一月十九日讯记者杨明、孟华从此间召开的全国档案局长馆长会议上了解到，过去一年档案工作卓有成效。", (None, None)),
    ("本报北京1月19日讯记者杨明从此间召开的全国档案工作会议上获悉，全国档案工作卓有成效。", (None, None)),
    ("本报上海5月6日讯记者王华从正在这里召开的全国港口工作会议上了解到，今年港口吞吐量将增长。", (None, None)),
    ("本報上海5月6日訊記者王華從正在這裡召開的全國港口工作會議上了解到，今年港口吞吐量將增長。", (None, None)),
    # the meeting told held on a day: that day
    ("本报北京1月19日讯记者杨明从今天召开的全国档案工作会议上获悉，全国档案工作卓有成效。", (None, "今天")),
    ("本报北京1月19日讯记者杨明报道：全国档案工作会议1月19日在京召开。", (None, "1月19日")),
])
def test_dateline_day_not_learnt_meetings(extract, body, expected):
    assert when(extract(_page(body)))[0][:2] == expected
