"""Words read as a name or a speech that are neither (GUIDELINES §4 thirty-third review round): a group of countries
ending on 国 and a word of place (安理会常任理事国中, 理事国中: "among the … countries") is no title and name, and 游说
(lobbying) holds a 说 that tells no words said. A name opening on 国 after a real title stays."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("新华社华盛顿1月28日电 美国国务卿琼斯28日晚乘飞机赴欧洲游说。据报道，安理会常任理事国中，只有英国明确表示支持，"
     "为此它还派出了航空母舰。", {}),
    ("新华社华盛顿1月28日电 美国国务卿琼斯28日在记者招待会上说，美国将寻求支持。据报道，安理会理事国中，"
     "只有英国表示一旦美国采取行动，它将给予支持。", {"琼斯": ["讲话"]}),
    ("新华社华盛顿1月28日电 美国国务卿琼斯28日在记者招待会上说，美国将寻求支持。在北约盟国中，只有英国明确表示支持。",
     {"琼斯": ["讲话"]}),
    # near-misses: a name opening on 国, a speech at the meeting after lobbying
    ("1月12日，江城市召开大会。副市长高国中在会上讲话。", {"高国中": ["讲话"]}),
    ("1月12日，江城市召开大会。市长王刚在会上说，要到省里游说争取项目。", {"王刚": ["讲话"]}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_country_group_and_lobbying(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                    expected: dict[str, list[str]]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-29")["speakers"]}
    assert speakers == expected
