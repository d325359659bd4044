"""Talks named by their noun when their length is told (GUIDELINES §3 name, twenty-second and thirtieth review rounds,
6 December 2026, ninth stop).

Reading: how long talks or a call lasted (``45分钟的``, ``长达两个小时的``), with or without a word of their weight
(``重要``) or manner (``友好``), is no part of the name: the record is named by the noun (``会谈``). A talks name of its own
(``第三轮会谈``) stays. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(("body", "expected"), [
    ("两国总理今天进行了45分钟的重要会谈。", "会谈"),
    ("5月6日，两国外长在首都举行了长达两个小时的会谈。", "会谈"),
    ("昨天，双方进行了一个半小时的友好会谈。", "会谈"),
    ("昨天，雙方進行了90分鐘的會談。", "会谈"),
    ("两国元首6日举行了40分钟的会晤。", "会晤"),
    ("6日，双方举行了第三轮会谈。", "第三轮会谈"),
])
def test_talks_length_is_no_part_of_name(extract, body, expected):
    assert [m["name"] for m in extract(page(body))["meetings"]] == [expected]
