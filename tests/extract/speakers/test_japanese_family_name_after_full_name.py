"""A later mention of a Japanese family name alone (某某说) is the one person whose full name opens with it, also when the
full name is written once, in a sentence that gives it no role, and is known to the NER model only (a given name of two or
three characters after a two-character family name: five characters in all); the record takes the full name and the
title written before it (GUIDELINES §4 thirty-eighth review round). Invented sentences and people; a near miss keeps
its reading."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-05"

ROWS = [
    ("日本首相桥本正太郎今晚在东京同来访的英国首相约翰·史密斯举行会谈，双方强调要加强两国关系。桥本说，日本将加强合作。"
     "史密斯对此表示欢迎。",
     {"桥本正太郎": ("日本首相", ("讲话",)), "约翰·史密斯": ("英国首相", ("讲话",))}),
    ("日本外相小渊惠太郎今晚在东京同来访的英国外交大臣约翰·史密斯举行会谈，双方强调要加强两国关系。小渊说，日本将加强合作。"
     "史密斯对此表示欢迎。",
     {"小渊惠太郎": ("日本外相", ("讲话",)), "约翰·史密斯": ("英国外交大臣", ("讲话",))}),
    # near miss: a family name alone with no full name on the page stays as written
    ("日本外相小渊今晚在东京同来访的英国外交大臣约翰·史密斯举行会谈，双方强调要加强两国关系。小渊说，日本将加强合作。"
     "史密斯对此表示欢迎。",
     {"小渊": ("日本外相", ("讲话",)), "约翰·史密斯": ("英国外交大臣", ("讲话",))}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_japanese_family_name_after_full_name(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                              expected: dict[str, tuple[str, tuple[str, ...]]]) -> None:
    people = {s["name"]: (s["title"], tuple(s["roles"])) for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert people == expected
