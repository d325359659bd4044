"""The remit of a post written before it with its field alone (法国主管旅游的国务秘书, 分管教育的副市长), like the remit of a
deputy post with 工作 (宣传部分管日常工作的副部长), is part of the title chain as written after 分管/主管; 负责 and 主持 name a
remit only with 工作
(GUIDELINES §4 title: the chain written next to the name; thirty-second review round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("国务院副总理李明今天在钓鱼台国宾馆会见了法国主管旅游的国务秘书米歇尔·德梅西纳。德梅西纳表示，她此次访华的目的是商讨旅游合作。",
     "米歇尔·德梅西纳", "法国主管旅游的国务秘书"),
    ("市委今天召开全市教育工作会议。分管教育的副市长王芳在会上讲话。", "王芳", "分管教育的副市长"),
    ("市委今天召开全市教育工作会议。市政府分管教育的副市长王芳在会上讲话。", "王芳", "市政府分管教育的副市长"),
    ("市委今天召开全市教育工作会议。负责教育工作的副市长王芳在会上讲话。", "王芳", "负责教育工作的副市长"),
    ("县委今天召开全县农业工作会议。主管农业的副县长李强在会上讲话。", "李强", "主管农业的副县长"),
    ("县委今天召开全县农业工作会议。分管农业农村的副县长李强在会上讲话。", "李强", "分管农业农村的副县长"),
    ("區議會今天召開會議。分管教育的副區長李強在會上講話。", "李强", "分管教育的副区长"),
    ("县委今天召开宣传工作会议。宣传部分管日常工作的副部长李强在会上讲话。", "李强", "宣传部分管日常工作的副部长"),
    ("学院今天召开教学工作会议。学院主持工作的副院长张明在会上讲话。", "张明", "学院主持工作的副院长"),
    ("县委今天召开全县农业工作会议。副县长李强在会上讲话。", "李强", "副县长"),
    ("县委今天召开全县农业工作会议。县委副书记、县长李强在会上讲话。", "李强", "县委副书记、县长"),
    ("县委今天召开全县农业工作会议。关心农业工作的县长李强在会上讲话。", "李强", "县长"),
    ("县委今天召开全县农业工作会议。负责会务接待的科长李强在会上讲话。", "李强", "科长"),
]


@pytest.mark.parametrize(("text", "name", "title"), CASES)
def test_remit_stays_in_the_chain(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str, title: str) -> None:
    titles = {s["name"]: s["title"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert titles.get(name) == title
