"""A transliterated two-character name written after a title (某国外交部长恩佐) is known for its bare later mentions, so
the speaker's record takes the title of that mention (GUIDELINES §4 thirty-sixth review round): 佐 is one of the
transliteration characters (-zo). A name read in its titled mention itself, and a Chinese name, keep their titles as before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-05"

ROWS = [
    ("某国外交部长曼佐３日在这里举行了记者招待会。曼佐在记者招待会上说，两国关系发展顺利。", "曼佐", "某国外交部长"),
    ("副总理张立新和某国外交部长恩佐３日举行了会谈。恩佐在会谈后的记者招待会上说，双方达成了广泛共识。", "恩佐",
     "某国外交部长"),
    ("某国贸易部长佐林３日率团抵达。佐林在欢迎宴会上说，两国贸易前景广阔。", "佐林", "某国贸易部长"),
    # near misses: the titled mention is the speech itself, and a Chinese name
    ("某国外交部长恩佐在记者招待会上说，两国关系发展顺利。", "恩佐", "某国外交部长"),
    ("某国外交部长张大明３日在这里举行了记者招待会。张大明在记者招待会上说，两国关系发展顺利。", "张大明", "某国外交部长"),
]


@pytest.mark.parametrize(("text", "name", "title"), ROWS)
def test_short_foreign_name_after_title(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                        title: str) -> None:
    people = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert people[name]["title"] == title


def test_word_with_zuo_is_no_name(extract_with_model: Callable[..., dict[str, Any]]) -> None:
    text = "会议由县长王强主持。王强在会上说，这些材料佐证了调查的结论。"
    names = {s["name"] for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert names == {"王强"}
