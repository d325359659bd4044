"""One named in the first clause of another's indirect speech, with remarks of their own (负责人某某在记者招待会上说，53岁的
某某向总部报告说…), is only reported, also when the speaker's day and occasion stand between the name and the verb
(GUIDELINES §4 thirty-first round, `鲁宾说，国务卿某某认为…`; thirty-third round). A name in the words with no remarks of its
own is merely mentioned; one who speaks in a sentence of their own keeps the role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("新华社纽约1月4日电 探险队指挥部负责人约翰·史密斯在记者招待会上说，45岁的汤姆向总部报告说，燃烧器失灵。",
     {"约翰·史密斯": ["讲话"]}),
    ("新华社纽约1月4日电 发言人李明在记者招待会上说，船长王刚向总部报告说，船只已经脱险。", {"李明": ["讲话"]}),
    ("新华社纽约1月4日电 发言人李明4日在记者招待会上说，队长王刚表示，队伍将继续前进。", {"李明": ["讲话"]}),
    ("1月4日，江城市召开大会。市长李明在会上说，副市长王刚已经向市委报告说，工程进展顺利。", {"李明": ["讲话"]}),
    # near-misses: the other person speaks in a sentence of their own; a call giving the turn
    ("1月4日，江城市召开大会。市长李明在会上讲话。副市长王刚在会上说，工程进展顺利。", {"李明": ["讲话"], "王刚": ["讲话"]}),
    ("1月4日，江城市召开大会。市长李明在会上说，副市长王刚的报告很全面。", {"李明": ["讲话"]}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_inside_framed_speech(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                       expected: dict[str, list[str]]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-05")["speakers"]}
    assert speakers == expected
