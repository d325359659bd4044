"""Remarks told to the press by its other names (对报界说, 同记者谈话时说), like 对记者说, are no part in a meeting,
even on a page telling one elsewhere (GUIDELINES §4 thirty-first review round; §4: recipients' reactions quoted to the
press, remarks after the event). Remarks at the meeting itself keep 讲话."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

ELSEWHERE = "座谈会今天召开。\n"

TO_THE_PRESS = [
    ("阿拉法特会谈后对报界说，他向泽鲁阿勒通报了会谈的情况。", "阿拉法特"),
    ("阿拉法特在机场向报界表示，他向国王通报了访美情况。", "阿拉法特"),
    ("县长王强同记者交谈时说，今年要抓好落实。", "王强"),
    ("县长王强跟记者聊起时说，今年要抓好落实。", "王强"),
    ("县长王强在与记者交谈中表示，今年要抓好落实。", "王强"),
    ("会后，县长王强对记者说，要抓好落实。", "王强"),
    ("县长王强接受记者采访时说，要抓好落实。", "王强"),
    ("縣長王強對記者說，今年要抓好落實。", "王强"),
    ("村民李大山对记者说，日子越过越好了。", "李大山"),
]

AT_THE_MEETING = [
    ("座谈会今天召开。县长王强在座谈会上说，要抓好落实。", "王强"),
    ("座谈会今天召开。县长王强在会上对与会记者说，要抓好落实。", "王强"),
]


@pytest.mark.parametrize(("text", "name"), TO_THE_PRESS)
def test_remarks_to_the_press_give_no_role(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                           name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(ELSEWHERE + text, "1998-01-20")["speakers"]}


@pytest.mark.parametrize(("text", "name"), AT_THE_MEETING)
def test_remarks_at_the_meeting_keep_the_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                 name: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert speakers.get(name) == ["讲话"]
