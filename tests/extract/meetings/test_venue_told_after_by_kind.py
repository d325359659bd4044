"""A venue told right after the meeting by a noun referring back to it (twenty-fourth round: `会议`, `地点`, `会场`) is read
also when a rite is referred to by the other word for a rite (`…成人礼。仪式在学校操场举行`, `…签约仪式。典礼在…`) and when
the clause of the same sentence writes 于 before a building (`召开防灾工作会议，会议于县府大礼堂举行`), as a sentence of its own
does (GUIDELINES §3 location, thirty-first review round, 7 December 2026, first stop). Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _held(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，江城市第一中学举行“青春心向党”成人礼。仪式在学校操场举行。",
     [("“青春心向党”成人礼", "学校操场", "江城市第一中学")]),
    ("5月6日，华信公司与江城大学举行校企合作签约仪式。典礼在公司总部大楼举行。",
     [("校企合作签约仪式", "公司总部大楼", "华信公司与江城大学")]),
    ("5月6日，县政府召开防灾工作会议，会议于县府大礼堂举行。", [("防灾工作会议", "县府大礼堂", "县政府")]),
    ("5月6日，澎湖縣政府舉行防災會報，會議於縣府大禮堂舉行。", [("防灾会报", "县府大礼堂", "澎湖县政府")]),
])
def test_venue_told_after_the_meeting(extract, body, expected):
    assert _held(extract(page(body))) == expected


def test_a_time_after_yu_is_no_venue(extract):
    body = "县政府召开防灾工作会议，会议于5月6日上午举行。"
    assert [loc for _, loc, _ in _held(extract(page(body)))] == [None]
