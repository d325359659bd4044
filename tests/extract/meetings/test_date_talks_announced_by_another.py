"""The day of another person's announcement is no day of the talks it tells the result of (GUIDELINES §3 `date`: only
the day of the clause that holds the meeting dates it; a dated act dates a meeting referred to only when it is the same
body's or speaker's, rounds ten to twenty-seven; thirty-ninth review round, from a date audit of newspaper articles).

A spokesman's dated announcement (``发言人20日在此间宣布，``) whose content tells talks of others with no day of their own
(``甲同乙在第一轮会谈中已达成协议``) leaves the talks undated (``date_text`` ``null``); a day the content writes for them is theirs.
Near misses: the announcer as a party (``他同…``), or named again in the content, and talks told with their own day keep
the day read as before. Invented sentences only; the pages have no publication date (§11).
"""

from __future__ import annotations

import pytest

from tests.extract.views import when

_HEADLINE = "联合国将讨论核查问题"


@pytest.mark.parametrize(("body", "expected"), [
    # another person's announcement of the talks' result: no day for the talks
    ("新华社联合国3月20日电 联合国秘书长发言人李文20日在此间宣布，正在当地访问的特使张明同该国外长王强在第一轮会谈中"
     "已达成协议，双方同意于4月1日举行技术会谈。", [(None, None, None)]),
    # the content's own day dates the talks
    ("新华社联合国3月20日电 联合国秘书长发言人李文20日宣布，特使张明同该国外长王强19日在第一轮会谈中已达成协议。",
     [(None, "19日", None)]),
    # near misses: the announcer a party (a pronoun, or named again), or the talks' own day
    ("新华社联合国3月20日电 特使张明20日在此间宣布，他同该国外长王强在第一轮会谈中已达成协议。", [(None, "20日", None)]),
    ("新华社联合国3月20日电 特使张明20日在此间宣布，张明同该国外长王强在第一轮会谈中已达成协议。", [(None, "20日", None)]),
    ("新华社联合国3月20日电 特使张明20日同该国外长王强举行了第一轮会谈。", [(None, "20日", None)]),
])
def test_talks_day_not_from_another_announcement(extract, body, expected):
    assert when(extract(f"{_HEADLINE}\n{body}\n")) == expected
