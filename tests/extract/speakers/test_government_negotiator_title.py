"""A government's negotiator (`政府…谈判代表`) is an appointed post, no representative label like `职工代表` (GUIDELINES §4
thirty-sixth review round): it stays in the chain before the next post (`某国政府复交谈判代表、某国驻乙国大使`) and is the
title alone. A negotiator of a side in wage talks or a bare `谈判代表` stays a label, dropped as before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-30"

ROWS = [
    ("总统甲某在会见某国政府复交谈判代表、某国驻乙国大使李小红时指出，两国关系前景广阔。李小红说，双方合作必将加强。",
     "李小红", "某国政府复交谈判代表、某国驻乙国大使"),
    ("某国政府谈判代表、驻乙国大使王大海在签字仪式上说，两国关系进入了新阶段。", "王大海", "某国政府谈判代表、驻乙国大使"),
    ("某国政府谈判代表王大海在签字仪式上说，两国关系进入了新阶段。", "王大海", "某国政府谈判代表"),
    # near misses: a side's negotiator in wage talks and a bare 谈判代表 are labels; an office's staff representative too
    ("职工方谈判代表、车间主任赵小兵在协商会上说，工资应当随效益增长。", "赵小兵", "车间主任"),
    ("谈判代表、车间主任赵小兵在协商会上说，工资应当随效益增长。", "赵小兵", "车间主任"),
    ("区政府机关职工代表、科长赵小兵在座谈会上说，服务还要改进。", "赵小兵", "科长"),
]


@pytest.mark.parametrize(("text", "name", "title"), ROWS)
def test_government_negotiator_title(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                     title: str) -> None:
    people = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert people[name]["title"] == title
