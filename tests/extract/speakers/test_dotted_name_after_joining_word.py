"""A word joining two parties (对, 向, 同, 与, 和, 跟, 给…) is no part of a dotted name's first part: the dotted name
after it is the other party's, and the name before the title stays the speaker's (GUIDELINES §4 thirtieth review round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("许中田副社长对让·米奥先生给予本报的友好支持表示感谢。", {"许中田": "副社长"}),
    ("王海副县长向阿卜杜拉·热合曼先生表示欢迎。", {"王海": "副县长"}),
    ("市长张华同约翰·史密斯先生共同为项目揭牌并致辞。", {"张华": "市长", "约翰·史密斯": None}),
    ("赵林董事长与彼得·穆勒先生在签约仪式上先后致辞。", {"赵林": "董事长", "彼得·穆勒": None}),
    # dotted names that hold no joining word are read as before
    ("县委书记阿不都热合曼·买买提主持会议。", {"阿不都热合曼·买买提": "县委书记"}),
    ("在欢迎会上，副市长穆罕默德·阿里发言。", {"穆罕默德·阿里": "副市长"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_joining_word_ends_no_dotted_name(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                          expected: dict[str, str | None]) -> None:
    speakers = {s["name"]: s["title"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers == expected
