"""A speech named as a work published (`某某同志重要讲话发表以来`, `…的讲话发表后`) relays remarks of another time, like the
anniversary of a speech (GUIDELINES §4 twenty-seventh and thirtieth review rounds): no role for its author; a speech given at
the meeting told keeps 讲话."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

RELAYED = [
    ("全省宣传工作座谈会8日举行。省委书记赵明同志重要讲话发表以来，全省上下认真学习，反响热烈。", "赵明"),
    ("纪念活动8日举行。市长王立新说，赵明同志重要讲话发表之后，在海内外引起强烈反响。", "赵明"),
    ("座谈会8日举行。与会代表认为，省长李建国的讲话发表后，全省干部群众深受鼓舞。", "李建国"),
    ("全省宣傳工作座談會8日舉行。省委書記趙明同志重要講話發表以來，全省上下認真學習。", "赵明"),
    ("学习会8日召开。会议指出，市委书记孙红在全市大会上的讲话发表以来，各地迅速行动。", "孙红"),
]

GIVEN = [
    ("全省宣传工作座谈会8日举行。省委书记赵明出席并发表重要讲话。讲话发表后，与会代表热烈鼓掌。", "赵明"),
    ("全省宣传工作座谈会8日举行。省委书记赵明发表重要讲话后，会见了与会代表。", "赵明"),
    ("全省宣传工作座谈会8日举行。省委书记赵明在讲话中指出，要做好宣传工作。", "赵明"),
    ("纪念活动8日举行。市长王立新说，赵明同志重要讲话发表之后，在海内外引起强烈反响。", "王立新"),
]


@pytest.mark.parametrize(("text", "name"), RELAYED)
def test_a_speech_published_gives_its_author_no_role(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                     name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "2024-05-10")["speakers"]}


@pytest.mark.parametrize(("text", "name"), GIVEN)
def test_a_speech_given_at_the_meeting_keeps_its_role(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                      name: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert "讲话" in speakers.get(name, [])
