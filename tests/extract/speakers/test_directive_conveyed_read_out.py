"""A superior's written directive or message conveyed to the meeting (`在会上传达了总理的批示内容`) is its text read out:
宣读, like a 贺辞 read out by another (GUIDELINES §4 thirty-sixth review round); the spirit of a directive or a meeting
relayed (`传达了…批示精神`, `传达了…会议精神`) and a directive followed (`按照…的指示`) give no role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-15"

ROWS = [
    ("全省林业工作会议今天闭幕。厅长张大明今天在会上传达了省长的批示内容。", "张大明", ["宣读"]),
    ("全省林业工作会议今天闭幕。厅长张大明在会上传达了省长赵一平的批示。", "张大明", ["宣读"]),
    ("全省林业工作会议今天闭幕。厅长张大明在会上传达了省长赵一平的批示内容。张大明在工作报告中要求加快造林步伐。",
     "张大明", ["宣读", "作报告", "讲话"]),
    # near misses: the spirit relayed, a directive followed
    ("全省林业工作会议今天闭幕。厅长张大明在会上传达了省长赵一平的重要批示精神。", "张大明", None),
    ("全县工作会议今天召开。县委书记张大明传达了全省经济工作会议精神。", "张大明", None),
    ("全县工作会议今天召开。县委书记张大明按照省委的指示，部署了今年的工作。", "张大明", None),
]


@pytest.mark.parametrize(("text", "name", "roles"), ROWS)
def test_directive_conveyed_read_out(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                     roles: list[str] | None) -> None:
    people = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert (people[name]["roles"] if name in people else None) == roles
