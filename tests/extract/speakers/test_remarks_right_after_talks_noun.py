"""Remarks told after the talks' noun right after the name, with no `在` (`甲国总统王某会晤后表示`, `会谈结束后说`), are
made when the talks were over: no role (GUIDELINES §4 remarks told as made after the event; thirty-sixth review round,
7 December 2026, sixth stop). Remarks at the talks (`在会晤中表示`) keep 讲话. Invented sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("新华社北京5月6日电三国总统6日在江城举行会晤，并发表了联合声明。甲国总统王某会晤后表示，三国将加强合作。", "王某"),
        ("新华社北京5月6日电两国外长6日在江城举行会谈。甲国外长王某会谈结束后说，会谈很成功。", "王某"),
        ("新华社北京5月6日电两国外长6日在江城举行会谈。甲国外长王某会谈之后表示，双方立场接近。", "王某"),
    ],
)
def test_after_talks_no_role(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text)["speakers"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("新华社北京5月6日电三国总统6日在江城举行会晤。乙国总统李某在会晤中表示，双方要团结。", "李某"),
    ],
)
def test_at_talks_keeps_speech(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text)["speakers"]}
    assert speakers.get(name) == ["讲话"]
