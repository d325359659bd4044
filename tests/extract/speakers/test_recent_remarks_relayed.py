"""Remarks told as made recently or once before (a recent time or 曾 between the name and the verb of saying: 最近强调指出,
日前指出, 曾说) with no meeting named in their sentence are remarks of another time relayed by the writer or another
speaker: no role, even when the page tells some meeting elsewhere (GUIDELINES §4 thirty-ninth review round; §4: people
whose earlier remarks are relayed are no speakers). A meeting or a speech named in the sentence keeps the speaker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-20"

RELAYED = [
    ("昨天，县委召开座谈会。做事总要有一股劲，周立新同志最近强调指出：干劲十分重要。", "周立新"),
    ("昨天，县委召开座谈会。主任刘海说，明年任务很重。周立新同志最近指出：“要团结一致，开拓前进。”", "周立新"),
    ("两国外长上月举行了会晤。外长马丁诺夫日前指出，两国关系正在稳步发展。", "马丁诺夫"),
    ("学习座谈会今天举行。老书记王海曾说，群众利益无小事。", "王海"),
    ("学习座谈会今天举行。老书记王海近日也表示，群众利益无小事。", "王海"),
]

KEPT = [
    # a meeting or a speech of theirs named in the sentence, or no recent time, keeps the speaker
    ("昨天，县委召开座谈会。周立新同志最近在座谈会上强调指出：干劲十分重要。", "周立新", ["讲话"]),
    ("泰国总理川·立派最近在讲话中表示，政府将严肃处理有关人员。", "川·立派", ["讲话"]),
    ("昨天，县委召开座谈会。县委书记周立新强调指出：干劲十分重要。", "周立新", ["讲话"]),
    ("昨天，县委召开座谈会。县委书记周立新在会上说，最近工作很忙。", "周立新", ["讲话"]),
]


@pytest.mark.parametrize(("text", "name"), RELAYED)
def test_recent_remarks_give_no_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                        name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, PUBLISHED)["speakers"]}


@pytest.mark.parametrize(("text", "name", "roles"), KEPT)
def test_remarks_at_a_meeting_named_keep_the_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                     name: str, roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert speakers.get(name) == roles
