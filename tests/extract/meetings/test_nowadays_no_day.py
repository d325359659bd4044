"""今天的 as "nowadays" tells no day (GUIDELINES §3 twenty-ninth review round, 6 December 2026, eighth stop).

Reading: ``今天``/``今日`` as an attribute of what is no event (``今天的年轻人``, ``今天的幸福生活``) means "nowadays": it is no
day told, so a later ``当天`` keeps the day of the account (the main meeting's), not the publication day. A real day told
between still wins (tenth round). Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page


@pytest.mark.parametrize(("between", "expected"), [
    ("老党员李强说，今天的幸福生活来之不易。", "2024-05-03"),
    ("在他看来，老一辈的奋斗精神值得今天的年轻人学习。", "2024-05-03"),
    ("支部书记回顾了今日的美好生活从何而来。", "2024-05-03"),
    # a day told between is the day 当天 means
    ("5月4日，党员们又前往烈士陵园祭扫。", "2024-05-04"),
])
def test_same_day_after_nowadays(extract, between, expected):
    body = ("5月3日上午，机关党支部全体党员赴纪念馆开展主题党日活动。\n党员们参观了展区，重温了入党誓词。\n"
            f"{between}\n当天下午，机关党支部与江村党支部在村党群服务中心召开联学共建座谈会。")
    record = extract(page(body))
    assert dated(record)[-1] == ("联学共建座谈会", expected)
