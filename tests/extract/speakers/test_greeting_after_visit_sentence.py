"""Greetings told in the sentence right after the one telling a visit (…分别看望了…等老同志。江明等同志…向老同志致以亲切的节日
问候; 来到…家中。张华向…致以新春的问候), also across a paragraph break, are greetings on that visit: no role, as greetings on a
visit in the same sentence are; a greeting at a meeting the page tells (新春团拜会, 在座谈会上) stays 致辞 (GUIDELINES §4 tenth
and twenty-seventh rounds; thirty-second review round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

NO_ROLE = [
    ("新华社北京1月25日电 在春节前夕，江明、李强等同志分别看望了杨华、万里等老同志。江明等同志代表党中央向老同志致以亲切的节日问候，祝老同志新春愉快。",
     "江明"),
    ("新华社北京1月25日电 在春节前夕，江明、李强等同志分别看望了杨华、万里等老同志。\n江明等同志代表党中央向老同志致以亲切的节日问候，祝老同志新春愉快。",
     "江明"),
    ("春节前夕，市委书记张华来到老党员王大山家中。张华向王大山致以新春的问候，祝他健康长寿。", "张华"),
    ("春节前夕，市委书记张华走访慰问了困难群众。张华向他们致以节日的问候，祝大家新春愉快。", "张华"),
    ("春节前夕，市委书记张华看望了离退休老干部。他向老同志们致以新春的问候。", "张华"),
    ("春節前夕，市委書記張華看望了離退休老幹部。張華向老同志們致以新春的問候，祝大家健康長壽。", "张华"),
    ("春节前夕，市委书记张华到医院看望了一线医护人员。张华代表市委向大家致以节日的问候。", "张华"),
    ("元旦前夕，县长李强走访了敬老院。李强向老人们致以新年的问候，祝大家身体健康。", "李强"),
    ("春节前夕，县长李强前往驻地部队看望官兵。李强代表县委、县政府向全体官兵致以节日的问候。", "李强"),
    ("中秋节前夕，区长王芳探望了困难老党员。王芳向他们致以节日的问候。", "王芳"),
]

KEPT = [
    ("本报北京1月21日讯 民政部负责人今天走访慰问了总政治部，与有关负责人座谈。总政治部主任于明等参加座谈，向民政部表示感谢。", "于明"),
    ("市委今天举行新春团拜会。市委书记张华向全市人民致以新春的问候。", "张华"),
    ("春节前夕，市委书记张华看望了离退休老干部。次日，市委举行新春团拜会。市委书记张华在团拜会上向全市人民致以新春的问候。", "张华"),
    ("春节前夕，市委书记张华看望了离退休老干部。次日，市委举行新春团拜会，市委书记张华向全市人民致以新春的问候。", "张华"),
]


@pytest.mark.parametrize(("text", "name"), NO_ROLE)
def test_greeting_on_the_visit_told_before(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "1998-01-20")["speakers"]}


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_greeting_at_a_meeting_stays_an_address(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert speakers.get(name) == ["致辞"]
