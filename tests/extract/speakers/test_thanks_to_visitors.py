"""Thanks to those who came to visit the person (GUIDELINES §4 thirty-fifth review round; greetings on a visit, tenth
round): 某某向前来探望的人们致谢 tells the one visited thanking the visitors, no address, so no 致辞 and no record; the same
thanks at a meeting named in the sentence, and 致谢 at a ceremony, keep 致辞."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-20"

NO_ROLE = [
    ("病房里摆满了鲜花，老英雄王大海向前来探望的人们致谢。", "王大海"),
    ("出院前，见义勇为的青年刘小军向多次看望他的乡亲们一一道谢。", "刘小军"),
    ("在家中，退休教师李红向上门慰问的社区干部致谢。", "李红"),
]

KEPT = [
    ("座谈会上，老英雄王大海向前来慰问的领导致谢。", "王大海"),
    ("颁奖典礼上，获奖代表王大海致谢。", "王大海"),
    ("在表彰大会上，老英雄王大海向前来看望的人们致谢。", "王大海"),
]


@pytest.mark.parametrize(("text", "name"), NO_ROLE)
def test_thanks_to_visitors_give_no_role(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, PUBLISHED)["speakers"]}


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_thanks_at_a_meeting_keep_the_address(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                              name: str) -> None:
    people = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert "致辞" in people[name]["roles"]
