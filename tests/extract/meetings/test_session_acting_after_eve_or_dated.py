"""A numbered session told as the subject of its own act is held (GUIDELINES §3 twenty-eighth round; thirty-sixth review
round, 7 December 2026, sixth stop), also after a festival's eve opening the sentence (`新年前夕，…第二十九次会议审议并通过
《…》`, the eve dating nothing), with its day written with the year after `于` (`…第二十一届会议于1997年12月3日通过决议`),
and with two days joined by `和` before the act (`…第一次会议17日和18日选举…`). A resolution passed in an attribute
(`…会议通过的决议`) and a visit on an eve stay no record. Invented sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "name", "date", "date_text"),
    [
        ("本报讯减灾是重要保障。新年前夕，江城市人大常委会第二十九次会议审议并通过《防震减灾条例》。以法律形式规范行为。",
         "江城市人大常委会第二十九次会议", None, None),
        ("本报讯减灾是重要保障。新年前夕，八届全国人大常委会第二十九次会议审议并通过《防震减灾法》。以法律形式规范行为。",
         "八届全国人大常委会第二十九次会议", None, None),
        ("本报太原1月14日电江城文化遗产委员会第二十一届会议于1997年12月3日通过决议，将古城列入名录。",
         "第二十一届会议", "1997-12-03", "1997年12月3日"),
        ("新华社兰州1月18日电江城省第九届人民代表大会第一次会议17日和18日选举王某为省长。",
         "江城省第九届人民代表大会第一次会议", None, "17日和18日"),
    ],
)
def test_session_acting_held(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                             date: str | None, date_text: str | None) -> None:
    meetings = extract_with_model(text)["meetings"]
    assert [(m["name"], m["date"], m["date_text"]) for m in meetings] == [(name, date, date_text)]


@pytest.mark.parametrize(
    "text",
    [
        "本报讯江城市人大常委会第五次会议通过的决议，要求各地加强环保。",
        "本报讯春节前夕，市委书记王某看望了困难群众。",
    ],
)
def test_no_session_held(extract_with_model: Callable[..., dict[str, Any]], text: str) -> None:
    assert extract_with_model(text)["meetings"] == []
