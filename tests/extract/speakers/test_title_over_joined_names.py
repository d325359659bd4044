"""Instructors and artistic directors (教员, 艺术指导) are job titles, written once before a 、-list of names each one's,
the body joined by 的 part of the chain (GUIDELINES §4 thirty-first review round; thirtieth round on a body joined by 的);
a last name joined by 和 takes the title only before 分别 (eleventh round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("座谈会今天举行。编剧王海、李青和赵明分别发言。", {"王海": "编剧", "李青": "编剧", "赵明": "编剧"}),
    ("座谈会今天举行。副县长李明和王芳分别讲话。", {"李明": "副县长", "王芳": "副县长"}),
    ("座谈会今天举行。老教员于峰、瞿祥、王武激动地说，我们心情久久不能平静。", {"于峰": "老教员", "王武": "老教员"}),
    ("座谈会今天举行。原南京军事学院的老教员于峰、瞿祥、王武激动地说，我们心情久久不能平静。",
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
