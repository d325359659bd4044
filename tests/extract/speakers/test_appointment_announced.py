"""Making an appointment to a post known (宣布某某为…副秘书长, 宣布任命…为…, 宣布由…担任…) is announcing an appointment
decision: 宣读 by the §4 table (`宣布任职决定`; GUIDELINES §4 thirty-third review round). A designation or a measure
announced (宣布1998年为“城市管理年”), an election's result and an opening declared stay 讲话 (fifteenth round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("1月12日，江城市委召开干部大会。省委组织部副部长王刚宣布任命李明为江城市委副书记。", "王刚", ["宣读"]),
    ("1月12日，联合国秘书长陈光在纽约联合国总部宣布加拿大的玛丽·琼斯为联合国首位常务副秘书长。这是琼斯在会上回答记者的提问。",
     "陈光", ["宣读"]),
    ("1月12日，江城大学召开干部大会。校党委书记赵华宣布由孙丽担任学院院长。", "赵华", ["宣读"]),
    ("1月12日，江城公司召开员工大会。董事长周强在会上宣布，任命刘洋为公司总经理。", "周强", ["宣读"]),
    # near-misses
    ("1月12日，江城市召开大会。市长王刚宣布1998年为“城市管理年”。", "王刚", ["讲话"]),
    ("1月12日，江城市召开大会。市长王刚宣布江城开发区为全市首个示范区。", "王刚", ["讲话"]),
    ("1月12日，江城市召开大会。市长王刚在会上宣布大会开幕。", "王刚", ["讲话"]),
    ("1月12日，江城市政协召开全体会议。主席王刚宣布大会选举李明为副主席。", "王刚", ["讲话"]),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_appointment_announced_is_read_out(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                           roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-13")["speakers"]}
    assert speakers.get(name) == roles
