"""The holiday's greeting (`致以节日的问候`) at a gathering the page names for the Spring Festival or the New Year
(`新春联谊会`, `春节团拜会`) is the New Year greeting in other words (GUIDELINES §4 thirty-sixth review round): its 致辞
stands beside the 讲话 of the remarks that follow (thirty-third round, `…拜年。他说：…` → 致辞, 讲话). On a page naming no
such gathering, or another holiday's, the greeting stays courtesy opening the speech (讲话 only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-21"

ROWS = [
    ("市作家协会今天下午在这里举行新春联谊会。协会主席张大明首先向大家致以节日的问候。他说，今年任务繁重，大家要多出精品。",
     "张大明", ["致辞", "讲话"]),
    ("县政协昨天举行春节团拜会。主席李小红向委员们致以节日的祝福。她说，新的一年要继续围绕中心建言献策。",
     "李小红", ["致辞", "讲话"]),
    ("县政协昨天举行春节团拜会。主席李小红向委员们致以节日的祝福。", "李小红", ["致辞"]),
    # near misses: no New Year gathering named, or another holiday's
    ("市作家协会今天下午在这里举行联谊会。协会主席张大明首先向大家致以节日的问候。他说，今年任务繁重，大家要多出精品。",
     "张大明", ["讲话"]),
    ("市作家协会今天下午在这里举行中秋联谊会。协会主席张大明首先向大家致以节日的问候。他说，今年任务繁重，大家要多出精品。",
     "张大明", ["讲话"]),
]


@pytest.mark.parametrize(("text", "name", "roles"), ROWS)
def test_holiday_greeting_at_new_year_gathering(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                                roles: list[str]) -> None:
    people = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert people[name]["roles"] == roles
