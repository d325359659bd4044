"""The one met inside the subject's frame (在会见…某某时, 在接见…一行时) and the partner of talks told as over (在同某某举行会谈
后) are the other party: the remarks after the frame are the subject's, the partner takes no role (GUIDELINES §4
thirty-first review round, after the thirtieth round's partner in talks; sixteenth round: holding talks gives none)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PARTNER = [
    ("首相塔帕今天在会见中联部副部长马文一行时说，两国友谊源远流长。", "马文"),
    ("首相塔帕今天在会见中联部副部长马文时重申，尼泊尔对中国的政策是一贯的。", "马文"),
    ("当晚，阿拉法特在同突尼斯总统本·阿里举行会谈后发表谈话说，会谈内容涉及他的华盛顿之行。", "本·阿里"),
    ("首相塔帕在与中联部副部长马文会谈后表示，两国友谊源远流长。", "马文"),
    ("主席李明在会见美国客人史密斯期间强调，要扩大合作。", "史密斯"),
    ("总理张国华今天在会见美国国务卿奥尔森时表示，中美关系十分重要。", "奥尔森"),
]

SUBJECT = [
    ("首相塔帕今天在会见中联部副部长马文一行时说，两国友谊源远流长。", "塔帕"),
    ("主席李明今天在会见美国国务卿史密斯时说，要扩大合作。", "李明"),
    ("總理張國華今天在會見美國國務卿奧爾森時表示，中美關係十分重要。", "张国华"),
    # the partner's own remark after the frame is his own
    ("首相塔帕今天在会见中联部副部长马文时说，两国友谊源远流长。马文说，中方愿同尼方加强合作。", "马文"),
]


@pytest.mark.parametrize(("text", "name"), PARTNER)
def test_partner_met_takes_no_role(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "1998-01-20")["speakers"]}


@pytest.mark.parametrize(("text", "name"), SUBJECT)
def test_subject_of_the_meeting_speaks(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert speakers.get(name) == ["讲话"]
