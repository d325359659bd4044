"""Remarks told as made after a meeting with someone (在首相府会见某某后表示, 會見…後表示, 会见…之后表示) are said when it was over:
the subject takes no role, and the one met, named inside the frame even with a place between 在 and the verb or with no 在,
is the other party, no role either; remarks at the meeting (会见…时说, 会见…期间强调, 会见…。X说) keep 讲话 (GUIDELINES §4
remarks told as made after the event; sixteenth and thirty-first rounds; thirty-second review round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

NO_ROLE = [
    ("新华社伦敦1月5日电 英国首相布莱尔5日在唐宁街首相府会见北爱统一党领导人特林布尔后表示，他对和平仍持审慎乐观态度。他说，和平依然有希望。",
     {"布莱尔", "特林布尔"}),
    ("总统张华今天在总统府会见来访的外长史密斯后说，两国关系良好。", {"张华", "史密斯"}),
    ("主席李明会见美国客人约翰逊后对记者说，合作前景广阔。", {"李明", "约翰逊"}),
    ("總統張華今天在總統府會見來訪的外長史密斯後表示，兩國關係良好。", {"张华", "史密斯"}),
    ("首相塔帕在同外长马文举行会谈以后说，会谈富有成果。", {"塔帕", "马文"}),
    ("总理王强今天在会见日本首相桥本龙太郎之后表示，双方将加强合作。", {"王强", "桥本龙太郎"}),
    ("总统张华在会见史密斯后说，两国关系良好。", {"张华", "史密斯"}),
    ("张华在会见外长史密斯后说，两国关系良好。", {"张华", "史密斯"}),
    ("总统张华今天在总统府会见来访的外长后说，两国关系良好。", {"张华"}),
]

KEPT = [
    ("总统张华今天在总统府会见来访的外长史密斯时说，两国关系良好。", "张华", "史密斯"),
    ("总统张华今天在总统府会见了来访的外长史密斯。张华说，两国关系良好。", "张华", "史密斯"),
    ("总统张华今天在会见来访的外长史密斯期间强调，要扩大合作。", "张华", "史密斯"),
    ("总统张华今天会见了来访的外长史密斯。史密斯在会见后举行的记者招待会上说，访问很成功。", "史密斯", "张华"),
]


@pytest.mark.parametrize(("text", "names"), NO_ROLE)
def test_remarks_after_the_meeting_give_no_role(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                names: set[str]) -> None:
    assert not names & {s["name"] for s in extract_with_model(text, "1998-01-20")["speakers"]}


@pytest.mark.parametrize(("text", "speaker", "other"), KEPT)
def test_remarks_at_the_meeting_keep_the_speech(extract_with_model: Callable[..., dict[str, Any]], text: str, speaker: str,
                                                other: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert speakers.get(speaker) == ["讲话"]
    assert other not in speakers
