"""A headline's anniversary clause glued before a post (《江城日报》庆祝创刊十五周年本报副社长李明…) is no part of the title
chain (GUIDELINES §4 title, thirty-third review round): the chain starts after 周年, and the fullest chain among the mentions
is the title; so is a verb of sending before the addressee's post (发给《华侨日报》社长王明的贺词). A body named for the
anniversary (建校五十周年庆典组委会主任) stays in the chain."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("《江城日报》庆祝创刊十五周年本报副社长李明专程前往祝贺\n本报巴黎1月11日电 《江城日报》创刊15周年庆祝活动今天在巴黎举行。"
     "专程参加这次活动的人民日报社副社长李明在致辞中说，该报作出了贡献。", "李明", "人民日报社副社长"),
    ("江城大学庆祝建校五十周年市长王刚到会祝贺\n本报讯 江城大学建校50周年庆祝大会今天举行。江城市市长王刚在大会上讲话。",
     "王刚", "江城市市长"),
    ("江城大学纪念建校五十周年副校长赵红作报告\n本报讯 江城大学今天举行纪念大会。赵红在大会上作报告。", "赵红", "副校长"),
    ("本报巴黎1月11日电 《华侨日报》创刊15周年庆祝活动今天在巴黎举行。大会宣读了总统发给《华侨日报》社长王明的贺词。"
     "王明社长回顾了创刊15年来的历程，重申了办报宗旨。", "王明", "《华侨日报》社长"),
    # near-miss: a body named for the anniversary
    ("本报讯 江城大学建校五十周年庆典今天举行。建校五十周年庆典组委会主任王刚主持大会。", "王刚", "建校五十周年庆典组委会主任"),
]


@pytest.mark.parametrize(("text", "name", "title"), CASES)
def test_headline_anniversary_clause_not_in_title(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                  name: str, title: str) -> None:
    titles = {s["name"]: s["title"] for s in extract_with_model(text, "1998-01-12")["speakers"]}
    assert titles.get(name) == title
