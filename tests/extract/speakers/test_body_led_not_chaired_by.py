"""A body, not a meeting, right before 由 and the chair's name (将成立…“伙伴关系委员会”，由副国务卿某某主持; 新成立的专家委员会由某某
主持) is led by that person: 主持 of the body, no meeting chaired, no role; a sitting before 由 (县委常委会, …会议, 理事会今天召开)
is chaired (GUIDELINES §4 thirtieth round: 在某某主持下的 + a body; thirty-second review round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

NO_ROLE = [
    ("根据宪章的精神，将成立美国、爱沙尼亚、拉脱维亚和立陶宛的四方“伙伴关系委员会”，由美国副国务卿塔尔博特主持。", "塔尔博特"),
    ("根据宪章的精神，将成立四方伙伴关系委员会，由美国副国务卿塔尔博特主持。", "塔尔博特"),
    ("根据协议，双方将成立联合工作委员会，由副部长李明主持。", "李明"),
    ("新成立的专家委员会由副市长李明主持。", "李明"),
    ("两国决定成立联合研究中心，由教授王明主持。", "王明"),
    ("县委决定成立防汛工作领导小组，由县长李明主持。", "李明"),
    ("市政府成立了课题组，由副市长王芳主持。", "王芳"),
    ("根據協議，雙方將成立聯合工作委員會，由副部長李明主持。", "李明"),
    ("学校新建的研究院将由副校长王芳主持。", "王芳"),
]

CHAIRED = [
    ("今天召开全省工作会议，会议由副省长李明主持。", "李明"),
    ("县委常委会由县委书记李明主持。", "李明"),
    ("县人大常委会第十次会议由主任李明主持。", "李明"),
    ("市理事会今天召开，由理事长王芳主持。", "王芳"),
    ("委员会全体会议由主席张华主持。", "张华"),
]


@pytest.mark.parametrize(("text", "name"), NO_ROLE)
def test_body_led_is_no_meeting_chaired(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "1998-01-20")["speakers"]}


@pytest.mark.parametrize(("text", "name"), CHAIRED)
def test_sitting_chaired_keeps_the_chair(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert speakers.get(name) == ["主持"]
