"""要求 as the noun "demands" described by an adjective (他对子女要求严格, 对干部要求很严) or 严格要求 with oneself or nothing
as its object tells how strict a person is: no directive, no 讲话 (GUIDELINES §4 thirty-third review round). A directive
whose verb follows (要求各部门严格落实…) or demands made (提出严格要求) stay 讲话."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("1979年7月，李明在市政协第二次会议上当选为副主席。他对子女亲属和身边工作人员要求严格，教育他们继承党的优良传统。",
     "李明", None),
    ("1985年，李明在全市干部大会上当选为市长。他一贯严格要求自己，两袖清风。", "李明", None),
    ("1985年，李明在全市干部大会上当选为市长。他对身边工作人员要求极高，从不徇私。", "李明", None),
    # near-misses: directives and demands made at the meeting
    ("1月12日，江城市召开大会。市长王刚要求各部门严格落实责任。", "王刚", ["讲话"]),
    ("1月12日，江城市召开大会。市长王刚对各部门提出严格要求。", "王刚", ["讲话"]),
    ("1月12日，江城市召开大会。市长王刚对干部要求很严，他强调要廉洁奉公。", "王刚", ["讲话"]),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_demands_described_give_no_role(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                        roles: list[str] | None) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-13")["speakers"]}
    assert speakers.get(name) == roles
