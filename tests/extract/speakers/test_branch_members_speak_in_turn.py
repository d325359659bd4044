"""Members of a branch who speak in turn (`支部党员逐一发言`) are the subject of their own clause (GUIDELINES §4 fortieth
review round, tenth stop of 8 December 2026, as `支部委员和党员代表逐一发言` already was): the address is theirs, unnamed, not the
one named in the clause before. Invented sentences; near misses (the one named speaking on the branch's behalf, members as
the object of the named person's act) keep the named person's role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

M = "6月30日上午，支部召开组织生活会。"

CASES = [
    (M + "王强作检视剖析，支部党员逐一发言。", None),
    (M + "会上，王强代表支部委员会作检视剖析，党支部党员依次发言，开展批评和自我批评。", None),
    (M + "王强作检视剖析，支部党员代表先后发言。", None),
    # near misses: the named person speaks on the branch's behalf; the members are the object of the named person's act
    (M + "王强代表支部作表态发言。", ["发言"]),
    (M + "王强向支部党员逐一发放学习资料，并讲话。", ["讲话"]),
]


@pytest.mark.parametrize(("text", "roles"), CASES)
def test_branch_members_speak_in_turn(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                      roles: list[str] | None) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-07-02")["speakers"]}
    assert speakers.get("王强") == roles
