"""最高领袖, the highest office of a state that bears that name, is a post written before a name like 总统 (GUIDELINES §4
thirty-fifth review round): 某国最高领袖甲 → title 某国最高领袖. The same words used of no post before a name give none."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-20"

ROWS = [
    ("据新华社开罗1月16日电 伊朗最高领袖哈梅内伊16日在德黑兰的集会上说，伊朗的立场不会改变。", "哈梅内伊", "伊朗最高领袖"),
    ("伊朗最高领袖哈梅内伊在聚礼会上说，伊朗人民将继续坚持自己的立场。", "哈梅内伊", "伊朗最高领袖"),
    # near misses: another post, and a chain that is no post at all
    ("伊朗总统哈塔米在聚礼会上说，伊朗人民将继续坚持自己的立场。", "哈塔米", "伊朗总统"),
    ("他被称为这个组织的最高领袖。座谈会上，县长王强说，要抓好安全生产。", "王强", "县长"),
]


@pytest.mark.parametrize(("text", "name", "title"), ROWS)
def test_supreme_leader_title(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str, title: str) -> None:
    people = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert people[name]["title"] == title
