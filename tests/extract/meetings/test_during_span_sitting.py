"""期间 after a sitting within a meeting of several days (GUIDELINES §3 thirtieth review round, 6 December 2026, ninth
stop).

Reading: an event told ``会议期间``/``大会期间`` is within the meeting of several days told before it (``5月6日至7日``), on
some day of it not stated (``date`` null), also when a dated sitting inside that span (``7日下午，理事会第一次会议召开``) is
the meeting told last; after a meeting of one day it takes that day, as before, also when a span of other days was told
earlier on the page. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page

_SPAN = "5月6日至7日，江州市物流协会第三次会员代表大会在市会议中心召开。"


@pytest.mark.parametrize(("body", "expected"), [
    (_SPAN + "7日下午，协会第三届理事会第一次会议召开，选举产生了会长。会议期间，还举办了供应链主题沙龙。", None),
    (_SPAN + "7日下午，协会第三届理事会第一次会议召开，选举产生了会长。大会期间，还举行了签约仪式。", None),
    (_SPAN + "会议期间，还举办了供应链主题沙龙。", None),
    # a meeting of one day: its day
    ("5月6日，江州市召开全市安全生产工作会议。会议期间，还举行了安全生产责任书签订仪式。", "2024-05-06"),
    ("5月1日至2日，江州市物流协会第三次会员代表大会在市会议中心召开。\n5月6日，江州市召开全市安全生产工作会议。"
     "会议期间，还举行了安全生产责任书签订仪式。", "2024-05-06"),
])
def test_during_meeting_of_several_days(extract, body, expected):
    assert dated(extract(page(body)))[-1][1] == expected
