"""A list's bracketed item number before a meeting's name (`（三）…年会在香港召开`, `（1）…`) is no part of the name, as
`5．…` is not (GUIDELINES §3 twenty-sixth round: a name holds no clause around it; thirty-fifth review round,
7 December 2026, fifth stop). A bracket that is not an item number stays. Invented sentences.
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报讯十大新闻是：（一）江城论坛在北京召开。（二）某事发生。", ["江城论坛"]),
        ("本报讯年度要闻：（12）全国科技大会在北京召开。", ["全国科技大会"]),
        ("本报讯年度要闻：(三)国际港口年会在香港召开。", ["国际港口年会"]),
        # near misses: a bracket holding no item number stays as before
        ("本报讯县委常委（扩大）会议5月12日在江城召开。", ["县委常委（扩大）会议"]),
        ("本报讯江城论坛在北京召开。", ["江城论坛"]),
    ],
)
def test_bracketed_item_number(extract_with_model, text: str, expected: list[str]) -> None:
    assert names(extract_with_model(text)) == expected
