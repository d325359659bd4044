"""Diplomatic posts written before the name (外交官, 武官, 随员, beside 大使, 参赞, 一等秘书, 临时代办) are job titles, with the
mission before them as written (GUIDELINES §4 title; eighth round: an occupation before the name is its title; thirtieth
review round: a body joined to its post by 的 stays in the chain)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("庆祝晚会8日举行。南非驻中国的外交官徐义昭上台主持节目。", "徐义昭", "南非驻中国的外交官"),
    ("庆祝晚会8日举行。我驻法国使馆外交官刘建华上台主持节目。", "刘建华", "我驻法国使馆外交官"),
    ("国庆招待会8日举行。驻江城总领事馆武官陈大勇在会上致辞。", "陈大勇", "驻江城总领事馆武官"),
    ("国庆招待会8日举行。使馆随员李明主持招待会。", "李明", "使馆随员"),
    ("國慶招待會8日舉行。駐江城總領事館武官陳大勇在會上致辭。", "陈大勇", "驻江城总领事馆武官"),
    # posts already read
    ("国庆招待会8日举行。中国驻法国使馆一等秘书王芳在会上致辞。", "王芳", "中国驻法国使馆一等秘书"),
    ("国庆招待会8日举行。中国驻法国使馆临时代办孙海在会上致辞。", "孙海", "中国驻法国使馆临时代办"),
    ("国庆招待会8日举行。中国驻法国大使刘建华在会上致辞。", "刘建华", "中国驻法国大使"),
]


@pytest.mark.parametrize(("text", "name", "title"), CASES)
def test_diplomatic_post_is_a_title(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                    title: str) -> None:
    speakers = {s["name"]: s["title"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers.get(name) == title
