"""A body before `召集的` holds the meeting referred to, the matter it was called on after `就` no part of it; `继续` after
the place of holding is no part of the venue (GUIDELINES §3 organizer and location, twenty-eighth round; thirty-sixth
review round, 7 December 2026, sixth stop): `在江城市委、市政府专就此事召集的12个部门会议上` → organizer `江城市委、市政府`;
`三国外长6日在江城继续举行会谈` → `江城`; heads of state or government (`中亚五国首脑`, `两国元首`) are persons and hold
nothing. A person who convened it holds nothing; a body whose name holds `就` stays whole.
Invented sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "name", "organizer"),
    [
        ("本报讯在江城市委、市政府专就此事召集的12个部门会议上，市委副书记王某说：要依法办事。", "12个部门会议",
         "江城市委、市政府"),
        ("本报讯在江城市政府召集的座谈会上，副市长李某说：要依法办事。", "座谈会", "江城市政府"),
        ("本报讯在江城市政府就安全生产召开的会议上，副市长李某说：要依法办事。", "会议", "江城市政府"),
        ("本报讯在江城市就业局召开的座谈会上，副局长李某说：要依法办事。", "座谈会", "江城市就业局"),
        ("本报讯在市长王某召集的部门会议上，副市长李某说：要依法办事。", "部门会议", None),
    ],
)
def test_convening_body_holds(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                              organizer: str | None) -> None:
    meetings = extract_with_model(text)["meetings"]
    assert [(m["name"], m["organizer"]) for m in meetings] == [(name, organizer)]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("新华社北京5月6日电三国外长6日在江城继续举行会谈，并发表了联合公报。", "江城"),
        ("新华社北京5月6日电两国总统6日在总统府继续举行会晤。", "总统府"),
        ("新华社北京5月6日电三国外长6日在江城举行会谈，并发表了联合公报。", "江城"),
    ],
)
def test_going_on_no_part_of_venue(extract_with_model: Callable[..., dict[str, Any]], text: str, location: str) -> None:
    assert [m["location"] for m in extract_with_model(text)["meetings"]] == [location]


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        ("新华社北京5月6日电中亚五国首脑6日在江城继续举行工作会晤。", None),
        ("新华社北京5月6日电两国元首6日在江城举行会谈。", None),
        ("本报讯江城市政府6日在市政府礼堂举行首脑论坛。", "江城市政府"),
    ],
)
def test_heads_of_state_hold_nothing(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                     organizer: str | None) -> None:
    assert [m["organizer"] for m in extract_with_model(text)["meetings"]] == [organizer]
