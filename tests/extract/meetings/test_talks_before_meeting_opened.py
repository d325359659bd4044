"""Talks told by their order right before the meeting just told (`在会议开幕以前，两国总统举行了单独会晤`, `会前，…举行了会谈`) take
its day, with no date_text and no venue of their own (GUIDELINES §3 seventh round, talks told by their order to the event
just told; thirty-sixth round, no date_text; thirty-eighth review round, 7 December 2026, eighth stop). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import told

_LEAD = ("峰会举行\n本报开罗３月２２日电记者王某报道：甲乙联盟理事会会议今天在总统府举行。甲国总统说，"
         "２０２３年两国贸易额增长了３０％。\n")


_MAIN = ("甲乙联盟理事会会议", "2024-03-22", "今天", "总统府")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("在会议开幕以前，两国总统举行了单独会晤。", [_MAIN, ("单独会晤", "2024-03-22", None, None)]),
        ("会议开幕前，两国总理举行了会谈。", [_MAIN, ("会谈", "2024-03-22", None, None)]),
        ("会前，两国外长举行了会晤。", [_MAIN, ("会晤", "2024-03-22", None, None)]),
        # a day of their own stays theirs
        ("在会议开幕以前，两国总统２０日举行了单独会晤。", [_MAIN, ("单独会晤", "2024-03-20", "20日", None)]),
    ],
)
def test_talks_before_meeting_take_its_day(extract, body: str, expected: list) -> None:
    assert told(extract(_LEAD + body + "\n")) == expected
