"""A `由` agent alone after `在` (`在这台由江城中学举办的联欢会上`, `在由县人民医院举办的…上`) holds the event whatever its
name ends in, a school, a hospital or a hall as well as a body of the state, and a descriptor of when the body was formed
(`由新成立的…`, `由即将成立的…`) is no part of its name (GUIDELINES §3 organizer, thirty-ninth review round, 7 December
2026, ninth stop; the thirty-eighth round made such an agent no venue). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, placed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日晚，在这台由江城实验学校举办的联欢会上，孩子们表演了节目。", [("联欢会", None, "江城实验学校")]),
        ("5月6日晚，在这场由滨海艺术学院举办的联谊会上，学生们演奏了名曲。", [("联谊会", None, "滨海艺术学院")]),
        ("5月6日晚，在由即将成立的江城华侨学校举办的联欢会上，侨胞们唱起了歌。", [("联欢会", None, "江城华侨学校")]),
        ("5月6日晚，在由新成立的滨海商会主办的联欢会上，侨胞们唱起了歌。", [("联欢会", None, "滨海商会")]),
        ("5月6日晚，在由新成立的滨海商会举办的联欢会上，侨胞们唱起了歌。", [("联欢会", None, "滨海商会")]),
        ("5月6日晚，在由不久前成立的江城华侨学校举办的联欢会上，侨胞们唱起了歌。", [("联欢会", None, "江城华侨学校")]),
        ("5月6日晚，在由新设立的江城华侨学校举办的联欢会上，侨胞们唱起了歌。", [("联欢会", None, "江城华侨学校")]),
        # near misses, unchanged: a place alone after 由, two agents, a venue after 在 with no 由, a state body
        ("5月6日晚，在由江城市举办的联欢会上，孩子们表演了节目。", [("联欢会", None, None)]),
        ("5月6日晚，在由甲中学和乙中学举办的联欢会上，孩子们表演了节目。", [("联欢会", None, None)]),
        ("5月6日晚，在江城中学礼堂举办的联欢会上，孩子们表演了节目。", [("联欢会", "江城中学礼堂", None)]),
        ("5月6日晚，在这场由市妇联举办的座谈会上，代表们发了言。", [("座谈会", None, "市妇联")]),
        ("5月6日晚，在由滨海商会主办的联欢会上，侨胞们唱起了歌。", [("联欢会", None, "滨海商会")]),
        # (a body whose last character is a level's: a community, a subdistrict, a supermarket)
        ("5月6日晚，在由江城社区举办的联欢会上，居民们表演了节目。", [("联欢会", None, "江城社区")]),
        ("5月6日晚，在由城南街道举办的联欢会上，居民们表演了节目。", [("联欢会", None, "城南街道")]),
        ("5月6日晚，在由华联超市举办的联欢会上，员工们表演了节目。", [("联欢会", None, "华联超市")]),
    ],
)
def test_agent_alone_after_at_holds(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected
