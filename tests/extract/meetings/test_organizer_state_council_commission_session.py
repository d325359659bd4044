"""A commission of the State Council before its own numbered session (国务院江城建设委员会第七次全体会议) keeps its name there
and holds it, like a leading group or a council of members (GUIDELINES §3 organizer, thirty-fourth and thirty-fifth review
rounds, 7 December 2026, fifth stop); a person who chairs it gives no organizer himself. Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，国务院江城建设委员会第七次全体会议在北京召开。",
         ("国务院江城建设委员会第七次全体会议", "2024-05-06", "国务院江城建设委员会")),
        ("国务院总理李明5月6日上午主持召开国务院江城建设委员会第七次全体会议。",
         ("国务院江城建设委员会第七次全体会议", "2024-05-06", "国务院江城建设委员会")),
        # near misses: a leading group as before; a level's committee spelt from its place holds nothing
        ("5月6日，国家防汛领导小组第三次会议在北京召开。", ("国家防汛领导小组第三次会议", "2024-05-06", "国家防汛领导小组")),
        ("5月6日，江城县委员会第七次全体会议在县城召开。", ("江城县委员会第七次全体会议", "2024-05-06", None)),
    ],
)
def test_commission_numbered_session(extract, body, expected):
    assert held(extract(page(body)))[0] == expected
