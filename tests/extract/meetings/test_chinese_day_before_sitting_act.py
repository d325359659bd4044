"""A day of the month in Chinese numerals with no month, right before a sitting's own act (`…第一次会议十七日选举…`), reads as
the same day in digits does (`17日选举`): the session's date_text (GUIDELINES §3 twenty-eighth round: a numbered session told
as the subject of its own act is held; thirtieth round: a day in Chinese numerals is a day; thirty-third review round,
7 December 2026, third stop). A count of days (`第十七日`) is none. Invented sentences on undated newspaper-style pages.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("人大选举\n新华社武汉一月十八日电（记者王某）江城省第九届人民代表大会第一次会议十七日选举李某为省人大常委会主任。\n", "十七日"),
        ("人大选举\n新华社武汉一月二十八日电江城省第九届人民代表大会第一次会议二十六日选举李某为省长。\n", "二十六日"),
        ("人大选举\n新华社武汉1月18日电江城省第九届人民代表大会第一次会议十七日选举李某为省人大常委会主任。\n", "十七日"),
        ("政协选举\n新华社长沙一月十八日电政协江城省第八届委员会第一次全体会议十六日选举李某为省政协主席。\n", "十六日"),
        ("人大任命\n新华社武汉一月十八日电江城省人大常委会第三次会议十七日任命李某为副省长。\n", "十七日"),
        # as before: digits, the full date, a verb of opening
        ("人大选举\n新华社武汉一月十八日电江城省第九届人民代表大会第一次会议17日选举李某为省人大常委会主任。\n", "17日"),
        ("人大选举\n新华社武汉一月十八日电江城省第九届人民代表大会第一次会议一月十七日选举李某为省人大常委会主任。\n", "一月十七日"),
        ("人大开幕\n新华社武汉一月十八日电江城省第九届人民代表大会第一次会议十七日在武汉开幕。\n", "十七日"),
    ],
)
def test_chinese_day_before_sitting_act(extract_with_model, text: str, expected: str) -> None:
    assert extract_with_model(text)["meetings"][0]["date_text"] == expected
