"""A title chain never opens with the tail of a bracket closed before it: a byline's last reporter (（记者顾正龙、刘加文）) is no
part of the title of the person named after it, while brackets inside the chain (（特委会）) stay as written (GUIDELINES §4
title: the chain written next to the name; a byline is not a title; thirty-second review round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("新华社巴格达1月19日电（记者顾正龙、刘加文）联合国销毁伊拉克化学、生物和核武器特别委员会（特委会）主席巴特勒19日中午抵达这里后强调，"
     "伊拉克必须无条件合作。巴特勒在记者招待会上说，特委会的主要任务是查明真相。",
     "巴特勒", "联合国销毁伊拉克化学、生物和核武器特别委员会（特委会）主席"),
    ("新华社巴格达1月19日电（记者顾正龙、刘加文）联合国特别委员会（特委会）主席巴特勒在记者招待会上说，核查将很快完成。",
     "巴特勒", "联合国特别委员会（特委会）主席"),
    ("本报北京3月2日电（记者王明、李华）国家发展和改革委员会（发改委）主任张强在记者招待会上说，物价总体平稳。",
     "张强", "国家发展和改革委员会（发改委）主任"),
    ("本报讯（通讯员王明、李华）江城市教育、文化和体育局（教体局）局长张强在全市大会上讲话。", "张强", "江城市教育、文化和体育局（教体局）局长"),
    ("本报讯（记者王明）江城市教育、文化和体育局局长张强在全市大会上讲话。", "张强", "江城市教育、文化和体育局局长"),
    ("新华社巴格达1月19日电（记者顾正龙、刘加文）联合国特别委员会主席巴特勒19日在记者招待会上说，核查将很快完成。", "巴特勒", "联合国特别委员会主席"),
    ("本报北京3月2日电（记者王明、李华）外交部发言人张强在记者招待会上说，中方立场是一贯的。", "张强", "外交部发言人"),
    ("新華社東京3月2日電（記者張三、李四）日本首相橋本龍太郎在記者招待會上說，日方願意合作。", "桥本龙太郎", "日本首相"),
    ("新华社北京3月2日电（记者王明、李华、赵刚）国务院副总理张国强在座谈会上讲话。", "张国强", "国务院副总理"),
    ("本报讯（通讯员王明、李华）县委书记张强在全县干部大会上讲话。", "张强", "县委书记"),
    ("本报讯（记者王明　通讯员李华）县委书记张强在全县干部大会上讲话。", "张强", "县委书记"),
    ("本报讯 县委副书记、县长李明在全县干部大会上讲话。", "李明", "县委副书记、县长"),
]


@pytest.mark.parametrize(("text", "name", "title"), CASES)
def test_title_starts_after_the_byline(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                       title: str) -> None:
    titles = {s["name"]: s["title"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert titles.get(name) == title
