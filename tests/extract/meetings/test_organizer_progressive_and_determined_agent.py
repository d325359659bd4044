"""The progressive `正` of `正在` right after the subject (`市侨联正在举行…`) is no part of the organizer, and a determiner
with a measure word before a `由` agent (`在这场由市妇联举办的…上`) reads as the bare `在由…举办的…上`, and such an agent is no venue (GUIDELINES §3
organizer, thirty-eighth review round, 7 December 2026, eighth stop). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, placed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 正在 right before the verb of holding: 正 goes with 在
        ("5月6日晚，市侨联正在举行新春联谊会，侨胞们欢聚一堂。", [("新春联谊会", None, "市侨联")]),
        ("5月6日，镇政府正在召开全镇干部大会。", [("全镇干部大会", None, "镇政府")]),
        # near misses, unchanged: 正 alone before the verb, 正在 before a venue, a plain 在 and a venue
        ("5月6日，市总工会正举行职工联欢会。", [("职工联欢会", None, "市总工会")]),
        ("5月6日晚，市侨联正在侨联大楼举行新春联谊会。", [("新春联谊会", "侨联大楼", "市侨联")]),
        ("5月6日晚，市文联在文化馆举行迎春联欢会。", [("迎春联欢会", "文化馆", "市文联")]),
    ],
)
def test_progressive_before_holding_not_in_organizer(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a determiner and measure word before the 由 agent of an attribute
        ("5月6日晚，在这场由市妇联举办的座谈会上，代表们发了言。", [("座谈会", None, "市妇联")]),
        ("5月6日晚，在本次由市妇联举行的座谈会上，代表们发了言。", [("座谈会", None, "市妇联")]),
        ("5月6日晚，在这次由市妇联召开的座谈会上，代表们发了言。", [("座谈会", None, "市妇联")]),
        # near misses, unchanged: the bare 由 agent, and 主办 after a determiner (read so before)
        ("5月6日晚，在由市妇联举办的座谈会上，代表们发了言。", [("座谈会", None, "市妇联")]),
        ("5月6日晚，在这次由市妇联主办的座谈会上，代表们发了言。", [("座谈会", None, "市妇联")]),
        # a school as the agent: no venue; the organizer (thirty-ninth round, test_agent_alone_after_at_holds.py)
        ("5月6日晚，在这台由江城中学举办的联欢会上，孩子们表演了节目。", [("联欢会", None, "江城中学")]),
        ("5月6日晚，在由江城中学举办的联欢会上，孩子们表演了节目。", [("联欢会", None, "江城中学")]),
        # near miss, unchanged: a venue after 在
        ("5月6日晚，在江城中学礼堂举办的联欢会上，孩子们表演了节目。", [("联欢会", "江城中学礼堂", None)]),
    ],
)
def test_determiner_before_agent_read_as_bare_agent(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected
