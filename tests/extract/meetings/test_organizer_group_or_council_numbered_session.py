"""A leading group or a council of members before its own numbered session (`国家防汛领导小组第三次会议`,
`北海沿岸合作理事会第五次外长会议`) holds it, the name kept whole, like `县科协第九次代表大会` (GUIDELINES §3 eleventh
round, thirty-fourth round); a council named with its term (`…协会第三届理事会第二次会议`) is its association's, and one
named by a determiner names no body.  Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("国务院副总理、国家防汛抗旱领导小组组长王某5月6日下午主持召开了国家防汛抗旱领导小组第三次会议。会议审议了方案。",
         [("国家防汛抗旱领导小组第三次会议", "2024-05-06", "国家防汛抗旱领导小组")]),
        ("5月6日，市委农村工作领导小组第二次全体会议在市委会议室召开。",
         [("市委农村工作领导小组第二次全体会议", "2024-05-06", "市委农村工作领导小组")]),
        ("北海沿岸地区合作理事会第五次外长会议6日至7日在某国北部港口城市某市举行，各成员国外长与会。",
         [("北海沿岸地区合作理事会第五次外长会议", "2024-05-06", "北海沿岸地区合作理事会")]),
        ("5月6日，亚洲港口城市理事会第十二次会议在江城举行。",
         [("亚洲港口城市理事会第十二次会议", "2024-05-06", "亚洲港口城市理事会")]),
        # near misses: the association's council by its term; a determiner; no number
        ("5月6日，省老年协会第三届理事会第二次会议在某市召开。",
         [("省老年协会第三届理事会第二次会议", "2024-05-06", "省老年协会")]),
        ("5月6日，该理事会第三次会议在某市召开。", [("该理事会第三次会议", "2024-05-06", None)]),
    ],
)
def test_group_or_council_holds_its_numbered_session(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
