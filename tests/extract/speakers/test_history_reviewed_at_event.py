"""A named person who looks back on the body's history or restates its aims at an event held (社长某某回顾了创刊15年来的
历程，重申了…办报宗旨; 校长某某回顾了学校50年来的发展历程) addresses it: 讲话 (GUIDELINES §4 thirty-third review round,
like `会上，X介绍…`, ninth round), also where the event is a celebration the page names no meeting word for. 回顾 as a
lead (回顾50年的历程，校长…感慨万千), a look back told to a reporter, and the reporter stay no role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("本报巴黎1月11日电 《华侨日报》创刊15周年庆祝活动今天在巴黎举行。大会宣读了贺词。王明社长回顾了创刊15年来的历程，"
     "重申了办报宗旨，对各界读者的支持表示衷心感谢。", "王明", ["讲话"]),
    ("本报巴黎1月11日电 《华侨日报》创刊15周年庆祝活动今天在巴黎举行。社长王明回顾了创刊15年来的历程，重申了办报宗旨。",
     "王明", ["讲话"]),
    ("本报讯 江城大学今天举行建校50周年庆祝大会。校长李华回顾了学校50年来的发展历程，并对校友们表示感谢。", "李华", ["讲话"]),
    ("本报讯 江城大学今天举行建校50周年庆祝大会。校长李华在大会上回顾了学校50年来的发展历程。", "李华", ["讲话"]),
    ("本报讯 江城大学今天举行建校50周年庆祝大会。李华校长回顾了学校的光辉历程，展望了未来发展。", "李华", ["讲话"]),
    # near-misses
    ("本报讯 江城大学今天举行建校50周年庆祝大会。回顾50年的历程，校长李华感慨万千。", "李华", None),
    ("本报讯 记者日前采访了老校长李华。李华回顾了学校的发展历程。", "李华", None),
    ("本报讯 江城大学今天举行建校50周年庆祝大会。本报记者李华回顾了学校的发展历程。", "李华", None),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_history_reviewed_at_event(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                   roles: list[str] | None) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-12")["speakers"]}
    assert speakers.get(name) == roles
