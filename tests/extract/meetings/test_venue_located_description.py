"""Where a venue lies, told before its name with a verb of lying (`坐落于`, `座落在`, `地处`, as `位于`), describes it and
is no part of the venue (GUIDELINES §3 location, thirty-first review round, 7 December 2026, first stop). Invented
sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _venues(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，市文联在坐落于南湖之畔的江城国际会展中心举行迎春茶话会。", [("迎春茶话会", "江城国际会展中心")]),
    ("5月6日，座谈会在坐落于青山脚下的青山村党群服务中心召开。", [("座谈会", "青山村党群服务中心")]),
    ("5月6日，县委在地处城东新区的县行政中心召开全县干部大会。", [("全县干部大会", "县行政中心")]),
    ("5月6日，民营企业家座谈会在位于江城经济开发区的华信科技公司举行。", [("民营企业家座谈会", "华信科技公司")]),
])
def test_where_the_venue_lies_is_no_part_of_it(extract, body, expected):
    assert _venues(extract(page(body))) == expected


def test_a_venue_without_such_a_description_stays_whole(extract):
    body = "5月6日，市文联在南湖之畔江城国际会展中心举行迎春茶话会。"
    assert _venues(extract(page(body))) == [("迎春茶话会", "南湖之畔江城国际会展中心")]
