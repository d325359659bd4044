"""A day of the month in Chinese numerals of two or three characters opening its sentence before the subject
(`二十五日某总统与某总理举行会谈`) is the meeting's day as `25日` there is; `最近` right before `在…会上` where remarks were made
(`局长最近在某协会第一届会员代表大会上表示`) is the meeting's vague time as `日前` there is (date `null`, date_text `最近`)
(GUIDELINES §3 date, rounds 27-38; fortieth review round, 8 December 2026, tenth stop, from a meeting values audit of
newspaper articles). Invented sentences.
"""

from __future__ import annotations

import pytest


def day_written(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, date, date_text) of each meeting, in order."""
    return [(m["name"], m["date"], m["date_text"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("甲国总统是二十三日抵达访问的。二十四日甲国总统与乙国总理举行会谈，讨论了合作问题。", [("会谈", None, "二十四日")]),
        ("甲国总统是二十三日抵达访问的。三十一日甲国总统同乙国总理举行会谈，讨论了合作问题。", [("会谈", None, "三十一日")]),
        ("局长王明最近在江城市科技协会第一届会员代表大会上表示，要加强管理。", [("第一届会员代表大会", None, "最近")]),
        # near misses, unchanged: a span of days, a day of one character, the Arabic day as before, 日前 as before
        ("二十日来，甲国总统与乙国总理举行了会谈，讨论了合作问题。", [("会谈", None, None)]),
        ("甲国总统是二十三日抵达访问的。五日甲国总统与乙国总理举行会谈，讨论了合作问题。", [("会谈", None, None)]),
        ("甲国总统是23日抵达访问的。24日甲国总统与乙国总理举行会谈，讨论了合作问题。", [("会谈", None, "24日")]),
        ("局长王明日前在江城市科技协会第一届会员代表大会上表示，要加强管理。", [("第一届会员代表大会", None, "日前")]),
        # (最近 before a meeting's name of two characters; not 最近在全社会上, society at large, no meeting)
        ("局长王明最近在大会上表示，要加强管理。", [("大会", None, "最近")]),
        ("局长王明最近在全社会上发起倡议，协会在江城举行大会。", [("大会", None, None)]),
        # (no day of a month is 三十九日: no date written)
        ("甲国总统是二十三日抵达访问的。三十九日甲国总统同乙国总理举行会谈，讨论了合作问题。", [("会谈", None, None)]),
        ("三十九日，协会在江城举行大会。", [("大会", None, None)]),
    ],
)
def test_date_chinese_day_opening_and_recent(extract_with_model, body: str, expected: list) -> None:
    assert day_written(extract_with_model(body)) == expected
