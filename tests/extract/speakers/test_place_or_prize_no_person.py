"""A name the page writes as a place (a city right after a capital word: 巴林首都麦纳麦) or as a prize won (获马可·波罗奖)
is no person anywhere on the page (GUIDELINES §4 thirty-first review round; §4: named people only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

NO_PERSON = [
    # a prize named after someone, won by another, on a page telling a meeting
    ("国家主席周立新今天会见了美国企业家克鲁吉。周立新首先对克鲁吉获马可·波罗奖表示祝贺。他说，中国鼓励外国企业家来华投资。",
     "马可·波罗"),
    ("颁奖仪式今天举行。王强获得爱因斯坦奖后说，这份荣誉属于团队。", "爱因斯坦"),
    ("颁奖仪式今天举行。王強獲得愛因斯坦獎後說，這份榮譽屬於團隊。", "爱因斯坦"),
    ("总理张国华今天会见史密斯。张国华祝贺史密斯荣获托马斯·杰斐逊奖，他说，这是科学界的盛事。", "托马斯·杰斐逊"),
    # a city after a capital word, later written bare before a remark
    ("新华社开罗1月21日电 联合国特委会主席巴特勒21日在巴林首都麦纳麦强调，要求将由安理会决定。\n"
     "巴特勒抵达麦纳麦的当晚在记者招待会上透露说，会谈没有成果。", "麦纳麦"),
    ("记者招待会今天举行。外长史密斯5日在匈牙利首都布达佩斯表示，双方合作前景广阔。", "布达佩斯"),
    ("会议今天举行。他在新疆首府乌鲁木齐强调，稳定是大局。", "乌鲁木齐"),
]

SPEAKER_KEPT = [
    # the person speaking in such a sentence keeps the record
    ("国家主席周立新今天会见了美国企业家克鲁吉。周立新首先对克鲁吉获马可·波罗奖表示祝贺。他说，中国鼓励外国企业家来华投资。",
     "周立新"),
    ("记者招待会今天举行。秘书长安南3日在肯尼亚首都内罗毕说，援助必须加快。", "安南"),
    ("会议今天在首都北京举行。首都北京市长李明华在会上讲话。", "李明华"),
    # a person winning a prize, the prize's name not his
    ("座谈会今天举行。李明获奖后发言说，感谢大家。", "李明"),
]


@pytest.mark.parametrize(("text", "name"), NO_PERSON)
def test_place_or_prize_is_no_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "1998-01-20")["speakers"]}


@pytest.mark.parametrize(("text", "name"), SPEAKER_KEPT)
def test_person_beside_place_or_prize_stays(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                            name: str) -> None:
    assert name in {s["name"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
