"""A two-digit year opening an event's name (GUIDELINES §3 thirtieth review round, 6 December 2026, ninth stop).

Reading: on a page with no publication date, a two-digit year opening a meeting's name after its quote mark or an
apostrophe (``“98江州软件研讨会”``, ``’05…年会``) is the meeting's year, as a four-digit year inside its own name is
(twenty-fifth round); a year whose results are reported (``’97业绩发布会``), a prize or a selection (``“97…颁奖大会”``),
a percentage, or any such name at a meeting from January to March (when the year may be the one before, its results
given out after it) is none. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import when


@pytest.mark.parametrize(("text", "expected"), [
    ("本报讯　6月6日，“98江州软件研讨会”在江州举行。", ("1998-06-06", "6月6日", None)),
    ("本报讯　记者从6月6日在江州会议中心召开的“98江州软件研讨会”上获悉，全市软件产业发展迅速。", ("1998-06-06", "6月6日", None)),
    ("本报讯　6月6日下午，“’05江州软件年会”在江州举行。", ("2005-06-06", "6月6日", "下午")),
    # near misses: results of a year, a percentage
    ("本报讯　1月9日，江州软件公司’97业绩发布会在江州举行。", (None, "1月9日", None)),
    ("本报讯　6月6日，“98%用户满意”座谈会在江州举行。", (None, "6月6日", None)),
    ("本报讯　6月6日，“97江州十佳软件颁奖大会”在江州举行。", (None, "6月6日", None)),
    ("本报讯　1月9日，“98江州软件年会”在江州举行。", (None, "1月9日", None)),
])
def test_short_year_in_name(extract, text, expected):
    assert when(extract(text))[0] == expected
