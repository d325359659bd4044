"""A meeting named, then two days joined by 和 (or 、 after the month) and 在, a place and the verb of holding (GUIDELINES
§3 date, thirty-eighth review round): ``全省林业工作会议3月5日和6日在江城举行`` is held like the range
``3月5日至6日在江城举行``, its two days kept whole in ``date_text`` (thirty-fifth round) and the place its venue; with no
place (``3月5日和6日召开``) it is held too. 和 before anything but a day (``5日和代表们…``) is no second day. Invented items.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("全省林业工作会议3月5日和6日在江城举行。", [("全省林业工作会议", "3月5日和6日", "江城")]),
    ("全省林业工作会议3月5日、6日在江城举行。", [("全省林业工作会议", "3月5日、6日", "江城")]),
    ("全省林业工作会议5日和6日在江城召开。", [("全省林业工作会议", "5日和6日", "江城")]),
    ("全省林业工作会议三月五日和六日在江城召开。", [("全省林业工作会议", "三月五日和六日", "江城")]),
    ("全省林业工作会议3月5日和6日召开。", [("全省林业工作会议", "3月5日和6日", None)]),
    # near misses: a range (as before), 和 before no day
    ("全省林业工作会议3月5日至6日在江城举行。", [("全省林业工作会议", "3月5日至6日", "江城")]),
    ("全省林业工作会议5日和代表们在江城举行座谈。", []),
])
def test_meeting_two_days_joined_before_venue(extract, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    meetings = extract(text)["meetings"]
    assert [(m["name"], m["date_text"], m["location"]) for m in meetings] == expected
