"""An organizer written with a tally's adverb before 组织 (县委组织部共组织30余名党员…): the adverb 共/共计/总共 is
no part of the body's name (GUIDELINES §3 organizer). Invented sentences, with near misses whose organizer must
not change."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the adverb after the body goes
        ("5月7日，县委组织部共组织30余名党员前往红色教育基地开展主题党日活动。", [("主题党日活动", "2024-05-07", "县委组织部")]),
        ("5月7日，市总工会共计组织40名职工代表赴产业园现场观摩。", [("现场观摩", "2024-05-07", "市总工会")]),
        ("5月7日，中共青山县委组织部共组织30余名党员前往红色教育基地开展主题党日活动。",
         [("主题党日活动", "2024-05-07", "中共青山县委组织部")]),
        # near misses: a body without the adverb, a body whose name holds 共 inside it
        ("5月7日，县委组织部组织30余名党员前往红色教育基地开展主题党日活动。", [("主题党日活动", "2024-05-07", "县委组织部")]),
        ("5月7日，共青团县委组织30余名团员前往红色教育基地开展主题党日活动。", [("主题党日活动", "2024-05-07", "共青团县委")]),
    ],
)
def test_tally_adverb_is_no_part_of_the_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
