"""`这里`, `此间` or `在此` pointing back to a place told as the scene: the front of a landmark (`某塔前热闹非凡，…在这里举行`),
a restaurant (`某酒楼更是华灯四放`), `更是` before the words of the scene, the scene told in the sentence right before a
`在此举行` opening its clause; and `原来` opening the holders' clause before `在此`/`在这里`, no part of the organizer, while a
name opening with `原来` before a venue of its own stays whole (GUIDELINES §3 location and
organizer, thirty-eighth review round, 7 December 2026, eighth stop; thirty-first round for the scene). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, placed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the front of a landmark told as the scene, 这里 in the same sentence
        ("5月6日，江畔的滨江纪念塔前热闹非凡，一派喜庆景象，首届旅游节开幕式在这里隆重举行。",
         [("首届旅游节开幕式", "江畔的滨江纪念塔前", None)]),
        # 更是 before the words of the scene; 原来 opening the holders' clause
        ("5月6日，老街的牌坊前更是锣鼓喧天，人头攒动，原来市政府与商会正在此间举行庆典仪式。",
         [("庆典仪式", "老街的牌坊前", "市政府与商会")]),
        # a restaurant told as the scene in the sentence before, 在此 opening the clause of holding
        ("5月6日晚，江南酒楼更是华灯四放，笑语盈室。侨界代表300多人欢聚一堂，在此举行春节联谊会。",
         [("春节联谊会", "江南酒楼", None)]),
        # a hall told so in the sentence before (the thirty-first round's scene, now read a sentence back)
        ("5月6日，县文化礼堂座无虚席。全县200多名代表欢聚一堂，在此召开表彰大会。",
         [("表彰大会", "县文化礼堂", None)]),
    ],
)
def test_here_points_to_scene_told_before(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # no place told as the scene before: 在此 names nothing
        ("5月6日晚，大家心情激动。侨界代表300多人欢聚一堂，在此举行春节联谊会。", [("春节联谊会", None, None)]),
        # a time before 前, no landmark: no venue
        ("5月6日，开幕前热闹非凡，首届旅游节开幕式在这里隆重举行。", [("首届旅游节开幕式", None, None)]),
        # the scene in another paragraph: nothing lent
        ("5月6日，江南酒楼更是华灯四放。\n侨界代表300多人欢聚一堂，在此举行春节联谊会。", [("春节联谊会", None, None)]),
    ],
)
def test_no_scene_place_before(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 原来 read as the adverb: no part of the holders
        ("5月6日，广场上人声鼎沸，原来县文联和县侨联在这里举行迎春联欢会。", [("迎春联欢会", None, "县文联和县侨联")]),
        # 原来 inside a name after its first characters is no opening adverb
        ("5月6日，江城原来香食品公司在县礼堂举行迎春联欢会。", [("迎春联欢会", "县礼堂", "江城原来香食品公司")]),
        # a name opening with 原来, its clause naming its own venue (no place pointed back to): the name as written
        ("5月6日，原来香食品公司在县礼堂举行迎春联欢会。", [("迎春联欢会", "县礼堂", "原来香食品公司")]),
        ("5月6日，原来香食品公司正在县礼堂举行迎春联欢会。", [("迎春联欢会", "县礼堂", "原来香食品公司")]),
    ],
)
def test_adverb_yuanlai_before_holders(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected
