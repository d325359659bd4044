"""Guidance as a thing (GUIDELINES §4 thirty-fifth review round): 在甲的指导和乙的领导下, the guidance after 的 joined to
another's before 下, names no one guiding a meeting, as 在…指导下 does not: no 指导 for anyone named in the sentence.
到会指导 and 指导并讲话 at a meeting keep 指导."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-20"

NO_ROLE = [
    "记者从省纪委获悉，某公司原总经理王大海违纪案，在省纪委、省检察院的指导和市委的领导下，取得重大突破。",
    "记者获悉，在市科协的指导与区政府的支持下，由退休教师李红创办的科普站已经运行三年。",
    "据了解，县农业局局长刘明负责的项目，在省农科院的指导及县委的关心下，取得明显成效。",
]

KEPT = [
    ("5月7日，县委召开安全生产会议，副市长李强到会指导并讲话。", "李强", "指导"),
    ("5月7日，县委召开安全生产会议，副市长李强出席会议并指导。", "李强", "指导"),
]


@pytest.mark.parametrize("text", NO_ROLE)
def test_guidance_joined_under_gives_no_guide(extract_with_model: Callable[..., dict[str, Any]], text: str) -> None:
    assert not any("指导" in s["roles"] for s in extract_with_model(text, PUBLISHED)["speakers"])


@pytest.mark.parametrize(("text", "name", "role"), KEPT)
def test_guiding_the_meeting_kept(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                  role: str) -> None:
    people = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert role in people[name]["roles"]
