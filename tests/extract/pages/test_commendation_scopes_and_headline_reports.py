"""Award and meeting shapes of the seventh round: a commendation's scope is cut from an
unquoted honour only (表彰了全市三八红旗手50名), never from one whose level stands inside the quote marks, also when a decision
title before it names the same honours unquoted (表彰全县优秀教师…的决定，授予30名同志“全县优秀教师”称号; GUIDELINES §5: a
level inside the marks stays); a headline telling an academic report (…教授来我校作学术报告) gives way to the body's
报告会 referred to, with the venue and day of the report's sentence (GUIDELINES §3: the body's wording). Invented
sentences."""

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


def _lecture(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["date"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("清华大学王刚教授来我校作学术报告\n10月20日下午，清华大学王刚教授在物理楼报告厅作题为《量子计算》的学术报告。"
         "报告会由物理学院院长李明主持。", [("报告会", "2024-10-20", "物理楼报告厅")]),
        ("北京大学陈教授应邀来我院作学术讲座\n10月18日上午，北京大学陈教授在图书馆报告厅作了题为《城市更新》的学术讲座。"
         "讲座由学院院长王华主持。", [("讲座", "2024-10-18", "图书馆报告厅")]),
        # NEGATIVE: the same body without a headline, and a headline whose body refers to no 报告会
        ("10月20日下午，清华大学王刚教授在物理楼报告厅作题为《量子计算》的学术报告。报告会由物理学院院长李明主持。",
         [("报告会", "2024-10-20", "物理楼报告厅")]),
        ("研究员陈刚来所作学术报告\n10月20日下午，研究员陈刚在物理楼报告厅作学术报告。",
         [("学术报告", "2024-10-20", "物理楼报告厅")]),
    ],
)
def test_a_headline_report_gives_way_to_the_bodys_lecture(extract, text: str, expected: list) -> None:
    assert _lecture(extract(text, "2024-10-21")) == expected
