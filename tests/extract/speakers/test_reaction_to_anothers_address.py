"""Another's address named with 其 as the object of 对/就 (`对其讲话表示赞赏`, `对其发言表示欢迎`, `对其讲话给予积极评价`) is
the thing reacted to: neither the address noun nor the soft verb of the reaction gives the one named a role, as
`对李某的讲话表示…` gives none (GUIDELINES §4 thirty-ninth review round, from a recall read of newspaper articles). The
speaker's own address (`在其讲话中强调`) and remarks at the meeting keep their role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

NO_ROLE = [
    ("甲国总统赵立新6日发表讲话，呼吁两国人民加强交流。乙国总统孙海涛随即对其讲话表示赞赏。", "孙海涛"),
    ("甲国总统赵立新6日发表讲话，呼吁两国人民加强交流。乙国总统孙海涛随即对其发言表示欢迎。", "孙海涛"),
    ("甲国总统赵立新6日发表讲话，呼吁两国人民加强交流。乙国总统孙海涛随即对其讲话给予积极评价。", "孙海涛"),
    # the address qualified (重要) or named with its content (内容)
    ("甲国总统赵立新6日发表讲话，呼吁两国人民加强交流。乙国总统孙海涛随即对其重要讲话表示赞赏。", "孙海涛"),
    ("甲国总统赵立新6日发表讲话，呼吁两国人民加强交流。乙国总统孙海涛随即对其讲话内容表示赞赏。", "孙海涛"),
]

KEEPS = [
    # near misses: the speaker's own address, remarks at the meeting
    ("全市工作会议6日召开。市长孙海涛在其讲话中强调，要加快发展。", "孙海涛", ["讲话"]),
    ("全市工作会议6日召开。市长孙海涛在会上表示，要加快发展。", "孙海涛", ["讲话"]),
    # 对其 before a verb: the remarks made to the one named before, no address of another
    ("全市工作会议6日召开。市长孙海涛对其强调，要加快发展。", "孙海涛", ["讲话"]),
    ("甲国总统赵立新6日发表讲话，呼吁两国人民加强交流。乙国总统孙海涛随即对其讲话表示赞赏。", "赵立新", ["讲话"]),
]


@pytest.mark.parametrize(("text", "name"), NO_ROLE)
def test_reaction_to_anothers_address_gives_no_role(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                    name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "2024-05-10")["speakers"]}


@pytest.mark.parametrize(("text", "name", "roles"), KEEPS)
def test_own_address_keeps_its_role(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                    roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers.get(name) == roles
