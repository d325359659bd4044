"""A post and a person's name before the verb of holding (`所长莫某今天在国会举行记者招待会`, `处长王某召开科室会议`) are a
person holding the event, never its organizer (GUIDELINES §3 organizer, fortieth review round, 8 December 2026, tenth
stop): the head of an institute, a division, a section or a museum (所长, 处长, 科长, 馆长) like a mayor or a director
already was. The body itself holding it keeps its name. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import organizers, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a post and a name: a person, no organizer
        ("所长莫里斯今天在国会举行记者招待会。", [("记者招待会", None)]),
        ("江城物理研究所所长王明今天举行记者招待会。", [("记者招待会", None)]),
        ("处长李华召开科室会议。", [("科室会议", None)]),
        ("江城市博物馆馆长赵刚今天举行新闻发布会。", [("新闻发布会", None)]),
        # near misses that must not change: the body holds it
        ("江城市博物馆今天举行新闻发布会。", [("新闻发布会", "江城市博物馆")]),
        ("江城物理研究所今天举行新闻发布会。", [("新闻发布会", "江城物理研究所")]),
        ("市长王明今天举行记者招待会。", [("记者招待会", None)]),
    ],
)
def test_post_and_name_is_no_organizer(extract, body: str, expected: list) -> None:
    assert organizers(extract(page(body))) == expected
