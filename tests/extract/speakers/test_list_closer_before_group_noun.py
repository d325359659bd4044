"""`等` closing a 、-list before a noun of the group (`谢飞、何平等导演认为`) is no given name's last character: the name is
`何平`, and the group noun after `等` is no title written next to the name (GUIDELINES §4 thirty-sixth review round). A post
right after a name with no `等` stays its title (`何平导演` → 导演)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-20"

ROWS = [
    ("座谈会上，谢飞、滕文骥、何平等导演认为，放映很成功。", "何平", None),
    ("座谈会上，何平等导演认为，放映很成功。", "何平", None),
    ("研讨会上，张大明、李小红、王建国、刘德华、赵本山、孙红雷、周迅等作家先后发言。", "周迅", None),
    # near misses: a post right after the name, and 等人
    ("座谈会上，谢飞、何平导演认为，放映很成功。", "何平", "导演"),
    ("座谈会上，谢飞、何平等人认为，放映很成功。", "何平", None),
]


@pytest.mark.parametrize(("text", "name", "title"), ROWS)
def test_list_closer_before_group_noun(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                       title: str | None) -> None:
    people = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert not any(n.endswith("等") for n in people)
    assert people[name]["title"] == title
