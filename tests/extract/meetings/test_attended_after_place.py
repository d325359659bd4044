"""A meeting referred to after 在, a place, then a verb of attending (GUIDELINES §3 twenty-ninth review round, 6 December
2026, eighth stop; the twenty-sixth round's reading that a meeting's name holds no clause around it).

Reading: in ``在P出席/参加/列席(了)(一个|一次)NAME时/后/上``, the meeting is NAME, named after the verb, and P is its venue when
it is a place; the verb inside an attribute of the meeting (``在有300人参加的座谈会上``) cuts nothing. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _read(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("部长王明昨天在上海出席全国港口工作会议时表示，港口建设要加快。", [("全国港口工作会议", "上海")]),
    ("部长王明昨天在上海参加了全国港口工作会议后表示，港口建设要加快。", [("全国港口工作会议", "上海")]),
    ("部长王明6日在广州出席一次港口工作座谈会时说，港口建设要加快。", [("港口工作座谈会", "广州")]),
    # a descriptor with 的 before the place is no part of the venue (twenty-seventh round)
    ("据报道，国防部长6日上午在中部的武汉参加一个民族和解会议后返回首都。", [("民族和解会议", "武汉")]),
])
def test_place_then_attended_meeting(extract, body, expected):
    assert _read(extract(page(body))) == expected


def test_attending_inside_attribute_cuts_nothing(extract):
    record = extract(page("县长王明昨天在有300人参加的招商座谈会上表示，要优化营商环境。"))
    assert [m["name"] for m in record["meetings"]] == ["招商座谈会"]


def test_place_after_compass_part_is_venue(extract):
    # a town the tagger does not know, told after a part of the country with 的
    record = extract(page("据报道，国防部长6日上午在中部的基塔马参加一个部族和解会议后返回首都。"))
    assert _read(record) == [("部族和解会议", "基塔马")]
