"""A title written once before names joined by 和/及/与 that share one act of saying (编剧甲和乙说, 老教员甲、乙和丙激动地说)
is each one's, as in a list closed by 分别 (GUIDELINES §4 thirty-first review round, after the eleventh); instructors
and artistic directors (教员, 艺术指导) are job titles, the body joined by 的 part of the chain (thirtieth round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("座谈会今天举行。编剧邵林和王青说，这是巨大的鼓励。", {"邵林": "编剧", "王青": "编剧"}),
    ("座谈会今天举行。编剧王海、李青和赵明激动地说，这是巨大的鼓励。", {"王海": "编剧", "李青": "编剧", "赵明": "编剧"}),
    ("座谈会今天举行。副县长李明和王芳分别讲话。", {"李明": "副县长", "王芳": "副县长"}),
    ("座谈会今天举行。老教员于峰、瞿祥、王武激动地说，我们心情久久不能平静。", {"于峰": "老教员", "王武": "老教员"}),
    ("座谈会今天举行。原南京军事学院的老教员于峰、瞿祥和王武激动地说，我们心情久久不能平静。",
     {"于峰": "原南京军事学院的老教员", "王武": "原南京军事学院的老教员"}),
    ("座谈会今天举行。前线话剧团艺术指导韩民说，需要苦练基本功。", {"韩民": "前线话剧团艺术指导"}),
    # near-miss: two names joined before an act that is no saying, the second untitled where she speaks
    ("座谈会今天举行。副县长李明和王芳会见了客人。王芳说，欢迎来访。", {"王芳": None}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_title_over_joined_names(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                 expected: dict[str, str | None]) -> None:
    titles = {s["name"]: s["title"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    for name, title in expected.items():
        assert titles.get(name, "missing") == title
