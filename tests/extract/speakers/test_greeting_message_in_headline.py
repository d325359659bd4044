"""A headline's 某某致贺词 where the page tells the same person's 贺词 issued as a message (某某为…发表了热情洋溢的贺词;
GUIDELINES §4: messages sent are not addresses; thirty-fifth review round): no 致辞 and no record. A 贺词 delivered at a
ceremony the sentence names (在开幕式上发表贺词), or a headline's 致贺词 with no message told, keeps 致辞."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-20"

NO_ROLE = [
    ("市剧团赴法国演出王海致贺词祝演出成功\n新华社北京1月26日电 市剧团今天赴法国访问演出。日前，市长王海为剧团访问发表了"
     "热情洋溢的贺词。王海在贺词中说，这是两地文化交流的一件盛事。", "王海"),
    ("省足球队出征亚洲杯刘明致贺词\n本报讯 省足球队今天启程。省长刘明为球队出征发表贺词，祝愿球队取得好成绩。", "刘明"),
]

KEPT = [
    ("市科技大会开幕王海致贺词\n本报讯 全市科技大会今天开幕。市长王海在开幕式上发表贺词。他说，这是一件盛事。", "王海"),
    ("市科技大会开幕王海致贺词\n本报讯 全市科技大会今天开幕，市长王海出席。", "王海"),
]


@pytest.mark.parametrize(("text", "name"), NO_ROLE)
def test_headline_greeting_issued_as_message(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                             name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, PUBLISHED)["speakers"]}


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_greeting_delivered_keeps_the_address(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                              name: str) -> None:
    people = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert "致辞" in people[name]["roles"]
