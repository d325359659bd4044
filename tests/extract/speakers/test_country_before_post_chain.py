"""A name the page writes before a word only a country takes (马耳他人民, …驻华大使) is a country, no person, in any of its
mentions, so the post chain before the page's speaker keeps it as written (马耳他副总理兼外交和环境部长乔治·韦拉; GUIDELINES
§4 title as written, thirty-first round's names written as places; thirty-third review round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("马耳他总统会见李明\n据新华社1月12日电 中国副总理李明12日同马耳他副总理兼外交部长乔治·韦拉举行了会谈。韦拉说，"
     "马耳他人民关注中国的发展。", "乔治·韦拉", "马耳他副总理兼外交部长"),
    ("马耳他总统会见李明\n据新华社1月12日电 中国副总理李明12日同马耳他副总理兼外交和环境部长乔治·韦拉举行了会谈。"
     "韦拉说，马耳他驻华大使馆将积极工作。", "乔治·韦拉", "马耳他副总理兼外交和环境部长"),
    ("李明同韦拉副总理会谈\n据新华社1月12日电 中国副总理李明12日同马耳他副总理兼外交部长乔治·韦拉举行了会谈。"
     "韦拉说，马耳他赞赏中国的成就。", "乔治·韦拉", "马耳他副总理兼外交部长"),
    ("据新华社1月12日电 中国副总理李明12日同法国总理兼外交部长让·杜邦举行了会谈。杜邦说，法国人民重视中法关系。",
     "让·杜邦", "法国总理兼外交部长"),
]


@pytest.mark.parametrize(("text", "name", "title"), CASES)
def test_country_before_post_chain(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                   title: str) -> None:
    titles = {s["name"]: s["title"] for s in extract_with_model(text, "1998-01-13")["speakers"]}
    assert titles.get(name) == title
