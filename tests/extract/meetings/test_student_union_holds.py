"""A school's student union named before 召开/举行 (`江城中学学生会召开第五次学生代表大会`) is the body holding the meeting,
as its trade union (工会) or league committee (团委) is (GUIDELINES §3 organizer, fortieth review round, 8 December 2026,
tenth stop). A meeting whose own name holds 学生 (`全国学生代表大会`) is no body. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import organizers, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a student union holds it
        ("江城中学学生会召开第五次学生代表大会。", [("第五次学生代表大会", "江城中学学生会")]),
        ("江城大学研究生会今天举行迎新晚会。", [("迎新晚会", "江城大学研究生会")]),
        # near misses that must not change
        ("江城大学工会召开第三届教职工代表大会。", [("第三届教职工代表大会", "江城大学工会")]),
        ("江城中学团委召开团员大会。", [("团员大会", "江城中学团委")]),
        ("江城中学召开全校学生大会。", [("全校学生大会", "江城中学")]),
        ("第五次全国学生代表大会今天在京召开。", [("第五次全国学生代表大会", None)]),
    ],
)
def test_student_union_is_the_organizer(extract, body: str, expected: list) -> None:
    assert organizers(extract(page(body))) == expected
