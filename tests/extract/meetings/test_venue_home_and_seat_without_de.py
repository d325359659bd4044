"""Whose home a place is, told before its name without 的 (在某某家乡江城县青山镇), and where a body stays (在代表团驻地江城
饭店), describe the venue and are no part of it (GUIDELINES §3 location, thirty-fifth review round, 7 December 2026, fifth
stop; as 的故乡 in the thirtieth round and 所在地 in the thirty-first). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，省文化厅在王明家乡江城县青山镇举行首映式。", "江城县青山镇"),
        ("5月6日，省文化厅在诗人故乡青山镇举行首映式。", "青山镇"),
        ("5月6日，考察团在代表团驻地江城饭店举行记者招待会。", "江城饭店"),
        ("5月6日，考察团在考察团驻地“江城饭店”举行记者招待会。", "“江城饭店”"),
        # near misses: as before
        ("5月6日，省文化厅在诗人的故乡青山镇举行首映式。", "青山镇"),
        ("5月6日，考察团在江城饭店举行记者招待会。", "江城饭店"),
        ("5月6日，省文化厅在家乡菜馆举行座谈会。", "家乡菜馆"),
        ("5月6日，考察团在驻地举行记者招待会。", "驻地"),
    ],
)
def test_home_or_seat_before_venue(extract, body, expected):
    meetings = extract(page(body))["meetings"]
    assert meetings[0]["location"] == expected
