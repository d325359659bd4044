"""The year's greeting named as where the words were said (`在新春贺词中希望…`, `在新年祝词中勉励…`) on a page naming a
gathering for the Spring Festival or the New Year (`新春团拜会`, `春节团拜会`) is delivered there: 致辞, the soft words
inside it belonging to it (GUIDELINES §4 thirty-ninth review round, from a recall read of newspaper articles; like the
holiday's greeting of the thirty-sixth round). On a page naming no such gathering it stays a message issued (thirty-fourth
round): no role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-25"

ROWS = [
    ("1月24日晚，江州高校留校学生新春团拜会在江州大学举行。团省委书记周立新在新春贺词中希望大学生自强自立。",
     "周立新", ["致辞"]),
    ("1月24日晚，江州高校留校学生新春团拜会在江州大学举行。团省委书记周立新在新春贺词中说，祝同学们新春快乐。",
     "周立新", ["致辞"]),
    ("1月24日晚，江州高校留校学生新春团拜会在江州大学举行。团省委书记周立新在新年祝词中勉励大学生刻苦学习。",
     "周立新", ["致辞"]),
    ("1月24日晚，江州市春节团拜会在市人民大会堂举行。市长周立新在贺词中祝愿全市人民新春快乐。",
     "周立新", ["致辞"]),
    # the year's 致辞 named the same way
    ("1月24日晚，江州市春节团拜会在市人民大会堂举行。市长周立新在新年致辞中希望全市人民再接再厉。",
     "周立新", ["致辞"]),
]

NO_SPEAKER = [
    # no gathering for the holiday on the page: the year's message issued, no address at a meeting
    ("1月24日，江州大学举行毕业典礼。校长周立新在新年贺词中希望毕业生自强自立。", "周立新"),
    ("1月24日，江州市长周立新在新年贺词中希望全市人民再接再厉。", "周立新"),
    # the greeting's sentence opens on a day of its own: given on another occasion than the gathering
    ("1月24日晚，江州市春节团拜会在市人民大会堂举行。1月1日，市长周立新在新年贺词中希望全市人民再接再厉。", "周立新"),
    # a 献词 is written for the press, even on the gathering's page
    ("1月24日晚，江州市春节团拜会在市人民大会堂举行。市长周立新在新春献词中希望全市人民再接再厉。", "周立新"),
]


@pytest.mark.parametrize(("text", "name", "roles"), ROWS)
def test_year_greeting_at_new_year_gathering(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                             roles: list[str]) -> None:
    people = {s["name"]: s["roles"] for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert people.get(name) == roles


@pytest.mark.parametrize(("text", "name"), NO_SPEAKER)
def test_year_greeting_without_gathering_is_a_message(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                      name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, PUBLISHED)["speakers"]}
