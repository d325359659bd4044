"""Meetings co-hosted with 合办 (合辦 in Hong Kong and Macau releases): `由甲与乙合办的X` names X held by both hosts,
listed 甲、乙 like 由甲联合乙主办 (GUIDELINES §3); the same agent in a later sentence (论坛由甲与乙合办) gives the
organizer of the meeting named before.  Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page

FORUM = "“创科赋能未来”论坛"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"6月5日，由香港理工大学与香港科技园公司合办的{FORUM}在理大举行。",
         [(FORUM, "2024-06-05", "香港理工大学、香港科技园公司")]),
        (f"6月5日，由市科协和市教育局合办的{FORUM}在市科技馆举行。", [(FORUM, "2024-06-05", "市科协、市教育局")]),
        (f"6月5日，由市总工会合办的{FORUM}在市科技馆举行。", [(FORUM, "2024-06-05", "市总工会")]),
        (f"6月5日，{FORUM}在市科技馆举行。论坛由香港特区政府与香港贸易发展局合办。",
         [(FORUM, "2024-06-05", "香港特区政府、香港贸易发展局")]),
        # near misses: who helps stays no organizer; a host and a helper; a planned one
        (f"6月5日，由某科技公司协办的{FORUM}在市科技馆举行。", [(FORUM, "2024-06-05", None)]),
        (f"6月5日，由香港理工大学主办、香港科技园公司协办的{FORUM}在理大举行。", [(FORUM, "2024-06-05", "香港理工大学")]),
        (f"香港理工大学与香港科技园公司将于7月合办{FORUM}。", []),
    ],
)
def test_coheld_meetings(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-06-06"))) == expected
