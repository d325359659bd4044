"""Another's demands named as the object of 对/就 with a quantifier between 的 and the trigger (`没有对他所提出的…的一些要求作出
答复`, `对代表们的几点意见作了答复`) are someone else's act, as `对…的要求` is: the one named gets no role from them (GUIDELINES §4
thirty-ninth review round, from a recall read of newspaper articles; people merely mentioned are no speakers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

NO_SPEAKER = [
    ("甲国外长赵立新4日在记者招待会上宣布，由于总理孙海涛没有对他所提出的修改预算的一些要求作出答复，他将辞职。", "孙海涛"),
    ("甲国外长赵立新4日在记者招待会上宣布，由于总理孙海涛没有对他的这些要求作出答复，他将辞职。", "孙海涛"),
]

KEEPS = [
    # near misses: the one announcing at the press conference; demands of one's own
    ("甲国外长赵立新4日在记者招待会上宣布，由于总理孙海涛没有对他所提出的修改预算的一些要求作出答复，他将辞职。", "赵立新",
     ["讲话"]),
    ("全市工作会议6日召开。市长孙海涛对今年的工作提出了几点要求。", "孙海涛", ["讲话"]),
]


@pytest.mark.parametrize(("text", "name"), NO_SPEAKER)
def test_anothers_demands_with_quantifier_give_no_role(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                       name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "2024-05-10")["speakers"]}


@pytest.mark.parametrize(("text", "name", "roles"), KEEPS)
def test_own_acts_keep_their_role(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                  roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers.get(name) == roles
