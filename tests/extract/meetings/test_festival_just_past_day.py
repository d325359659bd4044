"""A festival just past as a meeting's time (GUIDELINES §3 date, thirty-fourth review round, 7 December 2026, fourth
stop): ``元旦刚过，…就召开…会议`` is a vague day like 前不久 or a festival's eve: date null, date_text as written.
Invented sentences only; expected values written from the guidelines.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


@pytest.mark.parametrize(("body", "expected"), [
    ("元旦刚过，市委、市政府就召开全市农村工作会议，部署全年工作。", (None, "元旦刚过", None)),
    ("春节刚过，区委召开全区经济工作会议。", (None, "春节刚过", None)),
    ("国庆刚过，县政府召开全县安全生产工作会议。", (None, "国庆刚过", None)),
    # NEGATIVE: a festival's eve keeps its reading; a bare 过后 is not read
    ("元旦前夕，区委召开全区经济工作会议。", (None, "元旦前夕", None)),
    ("元旦过后，区委召开全区经济工作会议。", (None, None, None)),
])
def test_festival_just_past(extract, body, expected):
    assert when(extract(page(body)))[0] == expected
