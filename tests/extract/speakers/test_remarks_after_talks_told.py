"""Remarks in the sentence right after one telling talks held with someone (`当晚，他同外长某某举行了会谈。某某说，…`) are made
at the talks: 讲话, no longer part of an address the person gave before at a ceremony (GUIDELINES §4 thirty-sixth review
round; a remark told at talks that are reported is 讲话). Remarks right after the address itself, or after a sentence that
names an address, still go on with it (致辞 only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-17"

ROWS = [
    ("副总理张大明在欢迎仪式上致答谢辞。当晚，他同外长李一平举行了会谈。张大明说，两国合作是典范。", ["致辞", "讲话"]),
    ("副总理张大明在欢迎仪式上致答谢辞。仪式结束后，他同外长李一平举行了会谈。\n张大明说，两国合作是典范。",
     ["致辞", "讲话"]),
    # near misses: remarks going on with the address
    ("副总理张大明在欢迎仪式上致答谢辞。张大明说，两国合作是典范。", ["致辞"]),
    ("外长李一平同副总理张大明举行了会谈，随后张大明在宴会上致答谢辞。张大明说，两国合作是典范。", ["致辞"]),
]


@pytest.mark.parametrize(("text", "roles"), ROWS)
def test_remarks_after_talks_told(extract_with_model: Callable[..., dict[str, Any]], text: str, roles: list[str]) -> None:
    people = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert people["张大明"]["roles"] == roles
