"""A title written once before a 、-list of bare names is each one's title when none is written for the person elsewhere
(GUIDELINES §4 title over a list), also for a name the list's own reading misses, one without a listed surname
(全国人大常委会副委员长甲、乙、布赫、铁木尔·达瓦买提… → 布赫, 全国人大常委会副委员长; thirty-third review round). A list
whose items carry titles of their own gives none."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("据新华社北京1月21日电 国家民委今天在京举行迎春茶话会。全国人大常委会副委员长王光英、程思远、布赫、铁木尔·达瓦买提，"
     "国务委员司马义·艾买提等参加了茶话会。布赫向与会的各民族人士表示新春祝福。布赫指出，要加强民族团结。",
     "布赫", "全国人大常委会副委员长"),
    ("据新华社北京1月21日电 国家民委今天在京举行迎春茶话会。全国人大常委会副委员长王光英、程思远、布赫等参加了茶话会。"
     "布赫指出，要加强民族团结。", "布赫", "全国人大常委会副委员长"),
    ("据新华社北京1月21日电 国家民委今天在京举行迎春茶话会。全国人大常委会副委员长王光英、程思远、李卫等参加了茶话会。"
     "李卫指出，要加强民族团结。", "李卫", "全国人大常委会副委员长"),
    # near-miss: each item titled, the last name another's list
    ("据新华社北京1月21日电 国家民委今天在京举行迎春茶话会。市委书记王光英、市长程思远、布赫等参加了茶话会。"
     "布赫指出，要加强民族团结。", "布赫", None),
]


@pytest.mark.parametrize(("text", "name", "title"), CASES)
def test_title_over_list_of_names(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                  title: str | None) -> None:
    titles = {s["name"]: s["title"] for s in extract_with_model(text, "1998-01-22")["speakers"]}
    assert name in titles and titles[name] == title
