"""A report made in a letter (给市委写信，汇报了…情况; 写了第二封信，将近况向老人作了汇报; 在信中汇报) is written words, a message, no
作报告; a report at a meeting the page tells (作工作汇报 at the 会议, 作报告) keeps it (GUIDELINES §4: messages sent and written
statements are no addresses; tenth and twelfth rounds: 作…情况汇报, 汇报了…情况 at the meeting; thirty-second review round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

NO_ROLE = [
    ("最近王磊又写了第二封信，将自己的近况向老人作了汇报。", "王磊"),
    ("王磊在信中向老人汇报了自己的学习情况。", "王磊"),
    ("县长李明给市委写信，汇报了全县的防汛情况。", "李明"),
    ("县长李明给市委寫信，彙報了全縣的防汛情況。", "李明"),
    ("村支书王强给县委书记写了一封信，汇报了村里的脱贫情况。", "王强"),
    ("校长王芳回信，向家长汇报了学校的整改情况。", "王芳"),
    ("县长李明致信市政府，汇报了灾后重建进展。", "李明"),
    ("厂长张华来信，向总公司作了汇报。", "张华"),
]

KEPT = [
    ("县委今天召开全县防汛工作会议。县长李明在会上作防汛工作汇报。", "李明", ["作报告"]),
    ("县委今天召开全县防汛工作会议。县长李明作了全县防汛情况汇报。", "李明", ["作报告"]),
    ("市委今天召开全市干部大会。市委书记张华作报告。", "张华", ["作报告"]),
    ("县委今天召开全县工作会议。县长李明作了工作报告。他说，要抓好落实。", "李明", ["作报告"]),
]


@pytest.mark.parametrize(("text", "name"), NO_ROLE)
def test_report_in_a_letter_is_no_address(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "1998-01-20")["speakers"]}


@pytest.mark.parametrize(("text", "name", "roles"), KEPT)
def test_report_at_the_meeting_stays(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                     roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert speakers.get(name) == roles
