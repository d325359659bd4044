"""A rite told after an activity opened by a same-day word (GUIDELINES §3 thirtieth review round, 6 December 2026,
ninth stop).

Reading: a rite or meeting told with no day of its own right after an account that opens on ``当天``/``当日``/``同日``/
``当晚`` (``5月6日是…日。当天上午，…开展义诊活动。启动仪式由…主持``) is on the day that same-day word ties the account to,
the word its ``date_text`` and the account's part of the day its ``time_of_day``; with no day to tie to (``近日``), or a
day too far back to be the report's, none. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


@pytest.mark.parametrize(("body", "expected"), [
    # a commemorative day told, then 当天 with the activity, its rite in a sentence of its own
    ("5月6日是第10个“世界防治日”。当天上午，江州市人民医院在人民广场开展义诊活动。活动启动仪式由副院长王明主持。",
     ("2024-05-06", "当天", "上午")),
    ("5月6日是第10个“世界防治日”。当日上午，江州市人民医院在人民广场开展义诊活动。启动仪式由副院长王明主持。",
     ("2024-05-06", "当日", "上午")),
    # a dated visit, then the activity that day in the afternoon
    ("5月6日，省检查组来到江州市。当天下午，江州市总工会在市体育馆开展职工健身活动。活动开幕式由副主席王明主持。",
     ("2024-05-06", "当天", "下午")),
    # Traditional script
    ("5月6日是母親節。當天上午，江州市婦聯在人民廣場開展關愛活動。啟動儀式由副主席王明主持。",
     ("2024-05-06", "当天", "上午")),
    # near misses: the day 当天 follows is vague, or too far back to be the report's
    ("近日，省检查组来到江州市。当天上午，江州市人民医院在人民广场开展义诊活动。启动仪式由副院长王明主持。",
     (None, None, None)),
    ("3月6日，省检查组来到江州市。当天上午，江州市人民医院在人民广场开展义诊活动。启动仪式由副院长王明主持。",
     (None, None, None)),
])
def test_rite_after_same_day_account(extract, body, expected):
    record = extract(page(body))
    assert when(record)[-1] == expected
