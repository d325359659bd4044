"""Regressions found by the seventh round's release review (rev90), fixed after it: a commendation's scope is cut from an
unquoted honour only (表彰了全市三八红旗手50名), never from one whose level stands inside the quote marks, also when a decision
title before it names the same honours unquoted (表彰全县优秀教师…的决定，授予30名同志“全县优秀教师”称号; GUIDELINES §5: a
level inside the marks stays). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，全县教育大会召开。大会宣读了县委关于表彰全县优秀教师和优秀班主任的决定，授予30名同志“全县优秀教师”称号，"
         "授予20名同志“全县优秀班主任”称号。",
         [("全县优秀教师", 30), ("全县优秀班主任", 20)]),
        ("5月8日，市委召开大会，宣读了关于表彰全市优秀共产党员的决定，授予100名同志「全市优秀共产党员」称号。",
         [("全市优秀共产党员", 100)]),
        # NEGATIVE: the scope of the body commending, before an unquoted honour, is cut
        ("5月8日，全市妇女大会召开，会议表彰了全市三八红旗手50名。", [("三八红旗手", 50)]),
        ("5月8日，县委召开大会，表彰了全县优秀共产党员30名。", [("优秀共产党员", 30)]),
    ],
)
def test_a_level_inside_the_quote_marks_stays(extract, body: str, expected: list) -> None:
    assert [(h[0], h[1]) for h in honours(extract(page(body)))] == expected
