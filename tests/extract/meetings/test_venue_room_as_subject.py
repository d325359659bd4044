"""A room as the subject of 召开/举行 (`县人民医院门诊楼五楼会议室召开了…`) is where the meeting was held: the venue; the body
it belongs to, named before it, holds it, as a building before 举行 is no organizer but its body is (GUIDELINES §3 ninth
round; location, thirty-first review round, 7 December 2026, first stop). Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _held(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月7日，县人民医院门诊楼五楼会议室召开了2024年医疗质量安全工作会议。",
     [("2024年医疗质量安全工作会议", "县人民医院门诊楼五楼会议室", "县人民医院")]),
    ("5月7日下午，江城大学行政楼报告厅举行了“书香校园”读书分享会。",
     [("“书香校园”读书分享会", "江城大学行政楼报告厅", "江城大学")]),
    ("5月7日，华信公司三楼多功能厅举行了2024年新员工入职仪式。",
     [("2024年新员工入职仪式", "华信公司三楼多功能厅", "华信公司")]),
])
def test_room_subject_is_the_venue_and_its_body_the_organizer(extract, body, expected):
    assert _held(extract(page(body))) == expected


def test_room_of_no_named_body_gives_no_organizer(extract):
    body = "5月7日，三楼会议室召开了2024年安全生产工作会议。"
    assert _held(extract(page(body))) == [("2024年安全生产工作会议", "三楼会议室", None)]
