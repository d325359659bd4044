"""A labelled line of a meeting's record above the body naming those sitting in or present (`列席：街道党工委委员、组织委员
某某`, `出席：…`) is the meeting's own facts like `主持人：…`, kept: the post there is the title of the one acting later
(GUIDELINES §4 thirty-second review round, second stop of 7 December 2026). Invented records."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

H = ("第一党支部组织生活会会议记录\n\n会议时间：2022年1月18日下午3:00\n会议地点：社区党群服务中心二楼会议室\n"
     "主持人：张晓燕（支部书记）\n")
T = "\n会议内容：\n一、点评。司马骏对本次组织生活会进行点评。他要求，支部要建立整改清单。\n"

CASES = [
    (H + "列席：街道党工委委员、组织委员司马骏\n记录人：覃丽\n" + T, "街道党工委委员、组织委员"),
    (H + "列席：街道党工委组织委员司马骏\n记录人：覃丽\n" + T, "街道党工委组织委员"),
    (H + "列席：镇党委副书记司马骏\n" + T, "镇党委副书记"),
    (H + "列席人员：镇纪委书记司马骏\n记录人：覃丽\n" + T, "镇纪委书记"),
    (H + "列席：司马骏（街道党工委委员、组织委员）\n记录人：覃丽\n" + T, "街道党工委委员、组织委员"),
    (H + "出席：街道党工委委员、组织委员司马骏\n" + T, "街道党工委委员、组织委员"),
    (H + "列席領導：街道黨工委委員、組織委員司马骏\n" + T, "街道党工委委员、组织委员"),
]


@pytest.mark.parametrize(("text", "title"), CASES)
def test_title_in_sitting_in_line(extract_with_model: Callable[..., dict[str, Any]], text: str, title: str) -> None:
    found = {s["name"]: s for s in extract_with_model(text, "2022-03-02")["speakers"]}
    assert found["司马骏"]["title"] == title
    assert found["司马骏"]["roles"] == ["点评", "讲话"]
    assert "覃丽" not in found
