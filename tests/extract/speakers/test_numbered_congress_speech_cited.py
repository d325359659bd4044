"""A speech at a numbered congress cited as the source of the words (某某同志在第六次文代会上的讲话中指出; GUIDELINES §4
thirty-first round: a speech named as a source; thirty-fifth review round) relays remarks of that occasion: no speaker,
unless the page tells that congress held (第六次文代会今天开幕; 召开了第三次科技大会). The same words at a meeting named
with a verb of saying (在座谈会上说) keep the speaker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-20"

RELAYED = [
    "学习座谈会今天举行。王强同志在第六次文代会和第五次作代会上的讲话中指出，文艺工作者负有庄严职责。",
    "话剧需要观众。王强同志在第三次全国科学大会上的讲话中强调，科学技术是第一生产力。",
    "学习座谈会今天举行。王强同志在第十五届全国代表大会上的重要讲话中指出，要坚持改革开放。",
]

KEPT = [
    "第六次文代会今天在北京开幕。王强同志在第六次文代会上的讲话中指出，文艺工作者负有庄严职责。",
    "全市第三次科技大会今天召开。王强同志在第三次科技大会上的讲话中指出，科技工作者负有庄严职责。",
    "学习座谈会今天举行。王强同志在座谈会上说，文艺工作者负有庄严职责。",
]


@pytest.mark.parametrize("text", RELAYED)
def test_numbered_congress_speech_cited_gives_no_speaker(extract_with_model: Callable[..., dict[str, Any]],
                                                         text: str) -> None:
    assert "王强" not in {s["name"] for s in extract_with_model(text, PUBLISHED)["speakers"]}


@pytest.mark.parametrize("text", KEPT)
def test_speech_at_congress_held_keeps_the_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str) -> None:
    assert "王强" in {s["name"] for s in extract_with_model(text, PUBLISHED)["speakers"]}
