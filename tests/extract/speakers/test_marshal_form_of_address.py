"""A surname with 帅 (刘帅, 叶帅) on a page that names the marshal of that surname (刘伯承元帅, 元帅叶剑英) is his form of address,
like 张女士 or 陈太: no name, no record; a person named 帅 on a page with no such marshal stays (GUIDELINES §4 name: the
personal name only; twenty-ninth round's forms of address; thirty-second review round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

NO_RECORD = [
    ("刘伯承元帅的英名早已如雷贯耳。刘帅在大会上作报告，讲授外国的军事理论。", "刘帅"),
    ("刘伯承元帅的英名早已如雷贯耳。刘帅在座谈会上说，要重视学习。", "刘帅"),
    ("叶剑英元帅诗词研讨会今天举行。叶帅在当年的会议上指出，要加强团结。", "叶帅"),
    ("元帅陈毅的故事广为流传。陈帅在大会上讲话，号召大家团结。", "陈帅"),
    ("聂荣臻元帅诞辰纪念座谈会今天举行。与会者回忆，聂帅在会上强调，要重视科技。", "聂帅"),
    ("徐向前同志元帅风范长存。徐帅在会上讲话。", "徐帅"),
    ("劉伯承元帥的英名早已如雷貫耳。劉帥在大會上作報告。", "刘帅"),
    ("贺龙元帅纪念馆今天开馆。贺帅当年在大会上讲话，鼓舞了全军。", "贺帅"),
]

KEPT = [
    ("市委今天召开全市干部大会。副市长王帅在会上讲话。", "王帅", ["讲话"]),
    ("学校今天召开表彰大会。学生代表刘帅发言。", "刘帅", ["发言"]),
    ("县委今天召开全县干部大会。县长李帅主持会议。", "李帅", ["主持"]),
    ("刘伯承元帅纪念馆今天开馆。馆长王帅在开馆仪式上致辞。", "王帅", ["致辞"]),
]


@pytest.mark.parametrize(("text", "name"), NO_RECORD)
def test_marshal_address_form_is_no_name(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "1998-01-20")["speakers"]}


@pytest.mark.parametrize(("text", "name", "roles"), KEPT)
def test_given_name_shuai_stays(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert speakers.get(name) == roles
