"""A meeting a report is learnt from, held where the dateline's deictic points (`记者从此间召开的…会议上了解到`,
`从这里举行的…上获悉`), is located in the dateline's city, as `在此间召开的…会议上` is (GUIDELINES §11: `此间`, `在这里`
under a dateline name it; thirtieth review round, 6 December 2026, ninth stop). With no dateline it stays `null`.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None]]:
    """(name, location) of each meeting, in order."""
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报北京一月十九日讯记者王明从此间召开的全国林业工作会议上了解到，去年造林面积创新高。",
         [("全国林业工作会议", "北京")]),
        # two reporters joined by 、
        ("本报北京一月十九日讯记者王明、李强从此间召开的全国林业工作会议上了解到，去年造林面积创新高。",
         [("全国林业工作会议", "北京")]),
        ("本报上海1月18日讯记者李强从此间举行的全市外贸工作会议上获悉，今年出口将稳步增长。", [("全市外贸工作会议", "上海")]),
        ("本报武汉1月18日讯记者从这里召开的全省水利工作会议上获悉，今年将加快工程建设。", [("全省水利工作会议", "武汉")]),
        ("新华社广州1月12日电记者从此间举办的华南经济研讨会上了解到，区域合作取得进展。", [("华南经济研讨会", "广州")]),
        # Traditional script
        ("本报天津1月15日讯记者從此間召開的全市環保工作會議上獲悉，空氣品質明顯好轉。", [("全市环保工作会议", "天津")]),
        # the 在 reading, unchanged
        ("新华社广州1月12日电记者从在此间召开的华南经济研讨会上了解到，区域合作取得进展。", [("华南经济研讨会", "广州")]),
        ("本报武汉1月13日讯在此间举行的中部六省旅游论坛上，专家们认为旅游业潜力巨大。", [("中部六省旅游论坛", "武汉")]),
    ],
)
def test_learnt_from_meeting_here(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body, "1998-01-20"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # no dateline: 此间 names no city
        ("记者从此间召开的全国林业工作会议上了解到，去年造林面积创新高。", [("全国林业工作会议", None)]),
        # learnt from a meeting with no place word
        ("本报北京一月十九日讯记者从全国林业工作会议上了解到，去年造林面积创新高。", [("全国林业工作会议", None)]),
        # learnt from a meeting held elsewhere, named (not this reading: the dateline is not its place)
        ("本报北京一月十九日讯记者从日前在上海召开的全国林业工作会议上了解到，去年造林面积创新高。",
         [("全国林业工作会议", "上海")]),
    ],
)
def test_no_dateline_city_lent(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body, "1998-01-20"))) == expected
