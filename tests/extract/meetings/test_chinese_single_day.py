"""A day of one Chinese numeral after the subject (GUIDELINES §3 thirtieth review round, 6 December 2026, ninth stop).

Reading: a day of the month written with one Chinese numeral right after the subject (``江州市六日召开…``, ``大会六日在…闭幕``,
``议会五日举行…``) is the meeting's day, before a time of day, the venue (``在``/``于``) or a verb of holding, opening or
closing, as ``二十六日`` is; a count of days (``为期三日``, ``第三日``, ``一连三日``) or a weekend (``周六日``) is none. Invented
sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


@pytest.mark.parametrize(("body", "expected"), [
    ("江州市六日召开全市安全生产工作会议。", ("2024-05-06", "六日", None)),
    ("江州市第五次妇女代表大会六日在市会议中心闭幕。", ("2024-05-06", "六日", None)),
    ("江州市政协三日在市会议中心召开座谈会。", ("2024-05-03", "三日", None)),
    ("乌克兰议会五日举行全体会议。", ("2024-05-05", "五日", None)),
    ("江州市总工会七日下午在职工之家举行座谈会。", ("2024-05-07", "七日", "下午")),
    ("江州市政協三日在市會議中心召開座談會。", ("2024-05-03", "三日", None)),
    # as before: two characters, or after 于
    ("江州市二十六日召开全市安全生产工作会议。", ("2024-04-26", "二十六日", None)),
    ("江州市于六日上午召开全市安全生产工作会议。", ("2024-05-06", "六日", "上午")),
    # near misses: a count of days or a weekend, no day told
    ("这次大会第三日在市会议中心举行闭幕式。", (None, None, None)),
    ("周六日在市会议中心举行座谈会。", (None, None, None)),
])
def test_single_numeral_day(extract, body, expected):
    assert when(extract(page(body)))[-1] == expected
