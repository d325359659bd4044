"""Talks or a call written as a verb in a sentence opening on ``会议期间，``/``大会期间，`` right after the meeting told are
held during it (GUIDELINES §3 thirty-ninth review round, from a recall read of newspaper articles): on its day when it is
of one stated day, on no stated day (``date`` ``null``) during a span; like the ceremony held ``会议期间`` (sixteenth round).
A stay (``访问期间，``) is read elsewhere and gives nothing here, and talks still ahead (``将会见``) stay none. Invented
sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page


@pytest.mark.parametrize(("body", "expected"), [
    ("全省文明城市创建工作会议5月6日在江城举行。会议期间，省委书记王明等领导同志亲切会见了全体代表。",
     [("全省文明城市创建工作会议", "2024-05-06"), ("会见", "2024-05-06")]),
    ("全省文明城市创建工作会议5月5日至7日在江城举行。会议期间，省委书记王明会见了全体代表。",
     [("全省文明城市创建工作会议", "2024-05-05"), ("会见", None)]),
    ("全市职工代表大会5月6日在江城召开。大会期间，市长李华会见了劳动模范代表。",
     [("全市职工代表大会", "2024-05-06"), ("会见", "2024-05-06")]),
    # near misses: a stay, no meeting told before
    ("全省文明城市创建工作会议5月6日在江城举行。访问期间，省委书记王明会见了全体代表。",
     [("全省文明城市创建工作会议", "2024-05-06")]),
    ("全省文明城市创建工作会议5月6日在江城开幕。会议期间，省委书记王明将会见全体代表。",
     [("全省文明城市创建工作会议", "2024-05-06")]),
])
def test_talks_during_the_meeting_told(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 主持会议 after the talks chairs the meeting, not the talks
    ("全省文明城市创建工作会议5月6日在江城举行。会议期间，省委书记王明会见了全体代表。省委副书记李华主持会议并讲话。",
     [("全省文明城市创建工作会议", "李华"), ("会见", None)]),
    ("全省文明城市创建工作会议5月5日至7日在江城举行。会议期间，省委书记王明会见了全体代表。大会由省委副书记李华主持。",
     [("全省文明城市创建工作会议", "李华"), ("会见", None)]),
])
def test_chair_of_the_meeting_after_talks_during_it(extract_with_model, body: str, expected: list) -> None:
    record = extract_with_model(page(body))
    assert [(m["name"], (m["host"] or {}).get("name")) for m in record["meetings"]] == expected
