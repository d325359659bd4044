"""`这里` pointing back to a town, village or county named as the scene in the clause before the meeting's
(`株洲县白关镇鼓乐喧天，…启动仪式在这里举行`): that place is the venue, as a hall told with its scene is
(`江城宾馆大礼堂座无虚席，…在这里召开`), and the dateline's city is not (GUIDELINES §3 location, eighteenth round for
`这里`; thirty-first review round, 7 December 2026, first stop). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None]]:
    """(name, location) of each meeting, in order."""
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月8日上午，江城县白关镇鼓乐喧天，“三下乡”启动仪式在这里举行。", [("“三下乡”启动仪式", "江城县白关镇")]),
        ("5月6日，江城县石桥村锣鼓喧天，村民文艺汇演暨表彰大会在这里举行。", [("村民文艺汇演暨表彰大会", "江城县石桥村")]),
        ("5月6日上午，河阳镇彩旗飘扬，全县农民运动会开幕式在这里隆重举行。", [("全县农民运动会开幕式", "河阳镇")]),
        ("5月6日，滨江市人头攒动，首届农产品交易会开幕式在这里举行。", [("首届农产品交易会开幕式", "滨江市")]),
        ("5月6日，平川乡张灯结彩，庆祝大会在这里召开。", [("庆祝大会", "平川乡")]),
        # Traditional script
        ("5月6日，江城縣石橋村鑼鼓喧天，表彰大會在這裏舉行。", [("表彰大会", "江城县石桥村")]),
        # under a dateline of another city: the scene's place, not the dateline's
        ("本报江城5月6日电 5月6日，河阳镇彩旗飘扬，表彰大会在这里举行。", [("表彰大会", "河阳镇")]),
        # 里 after the village
        ("5月6日，石桥村里锣鼓喧天，表彰大会在这里举行。", [("表彰大会", "石桥村")]),
        # the active form, a body holding it there
        ("5月6日，河阳镇锣鼓喧天，县委在这里召开庆祝大会。", [("庆祝大会", "河阳镇")]),
        # a hall as the scene (the reading before this round)
        ("5月6日，江城宾馆大礼堂座无虚席，表彰大会在这里召开。", [("表彰大会", "江城宾馆大礼堂")]),
    ],
)
def test_here_points_to_scene_place(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # no place before: the dateline's city (§11)
        ("本报江城5月6日电 表彰大会今天在这里举行。", [("表彰大会", "江城")]),
        # a scope, no place named
        ("5月6日，全县上下喜气洋洋，表彰大会在这里举行。", [("表彰大会", None)]),
    ],
)
def test_here_without_scene_place(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected
