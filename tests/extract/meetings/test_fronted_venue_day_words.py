"""A venue set off by a comma before what the meeting is for (GUIDELINES §3 location, twenty-ninth review round,
6 December 2026, eighth stop).

Reading: in `X＋day word＋在P，为…举办/举行NAME` the place P is the venue whatever day word opens the clause (`6日`, `日前`,
`今天`, `前不久`), and a building's `楼` ends a venue before `为` as a hall's `厅` does (`在夏宫酒楼为…举行`).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _venues(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("学校日前在图书馆，为退休教师举办了座谈会。", [("座谈会", "图书馆")]),
    ("公司今天在江城大酒楼，为老员工举行了茶话会。", [("茶话会", "江城大酒楼")]),
    ("商会前不久在会展中心，为新会员举办了欢迎酒会。", [("欢迎酒会", "会展中心")]),
])
def test_day_word_before_fronted_venue(extract, body, expected):
    assert _venues(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("协会日前在南湖酒楼为获奖作者举行了庆贺酒会。", [("庆贺酒会", "南湖酒楼")]),
    ("6日，学院在行政楼为新教师举行了入职仪式。", [("入职仪式", "行政楼")]),
])
def test_building_before_for_ends_the_venue(extract, body, expected):
    assert _venues(extract(page(body))) == expected
