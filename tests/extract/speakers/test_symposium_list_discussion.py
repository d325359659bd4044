"""People listed closing on 等, then the question they take up at a symposium (`甲、乙、丙等一批作家、评论家就如何繁荣创作
问题进行了充分研讨`), each take part speaking: 发言 for every name listed, like `甲、乙等先后发言` (GUIDELINES §4 thirty-sixth
review round). One character alone between two list marks among the names (`甲、陈、乙`) is a name the newspaper's file lost
characters of: the list goes on over it. One person discussing (`县长某某就…进行了研讨`), a discussion of talks
(`进行了深入讨论`) and people only attending give no role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-16"

LISTED = {"张大明": ["发言"], "李小红": ["发言"], "王建国": ["发言"]}

ROWS = [
    ("市文联昨天召开了小说创作研讨会。张大明、李小红、王建国等一批知名作家、评论家就如何繁荣小说创作问题进行了充分研讨。",
     LISTED),
    ("市文联昨天召开了小说创作研讨会。张大明、李小红、王建国等就小说创作进行了深入研讨。", LISTED),
    ("市文联昨天召开了话剧研讨会。张大明、李小红、陈、王建国等就话剧问题进行了充分研讨。", LISTED),
    ("市文联昨天召开了话剧研讨会。张大明、李小红、陈、王建国等先后发言。", LISTED),
    # near misses: one person at a meeting held, a discussion that is no symposium turn, people attending
    ("县政府昨天召开会议。县长张大明就防汛工作进行了研讨。", {}),
    ("县政府昨天召开会议。县长张大明主持会议，就防汛工作进行了深入研讨。", {"张大明": ["主持"]}),
    ("市文联昨天召开了小说创作研讨会。张大明、李小红、王建国等就小说创作进行了深入讨论。", {}),
    ("张大明、李小红、王建国等参加了研讨会。", {}),
    # the exchange turn of its own (研讨交流, §4 发言) stays one for a single person
    ("区委理论学习中心组昨天召开专题学习会。区委副书记孟大凡结合分管工作进行了深入研讨交流。", {"孟大凡": ["发言"]}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_symposium_list_discussion(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                   expected: dict[str, list[str]]) -> None:
    people = {s["name"]: s["roles"] for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert people == expected
