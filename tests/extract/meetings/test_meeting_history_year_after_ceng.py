"""An event of a past year told as history with its year after 曾于 (GUIDELINES §3 fortieth review round, tenth stop of
8 December 2026, the thirty-eighth round's history written the other way round): `该会成立于1998年，曾于2015年在…举办首届慈善晚宴`
tells a piece of the body's history, no meeting of the article's story: no record, when the year is at least two years
before the publication's. Invented items; near misses (last year, no 曾, the story's own meeting beside it) stay."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

_PUBLISHED = "2024-09-10"


@pytest.mark.parametrize(("text", "names"), [
    ("慈善会成立于1995年，曾于2016年在会展中心举办首届慈善晚宴，筹得善款逾200万元。", []),
    ("协会曾于2010年5月在江城隆重召开第一次代表大会。", []),
    ("协会曾经于2012年举行成立大会。", []),
    # the year's month and day or a part of it after the year
    ("协会曾于2015年5月8日在江城举办首届论坛。", []),
    ("协会曾于2015年底在江城举办首届论坛。", []),
    ("协会曾于2015年3月下旬在江城举办首届论坛。", []),
    ("9日上午，慈善会在礼堂举行捐赠仪式。慈善会曾于2016年举办慈善晚宴。", ["捐赠仪式"]),
    # near misses: last year, no 曾
    ("协会曾于2023年在江城举办首届论坛。", ["首届论坛"]),
    ("协会曾于2023年5月8日在江城举办首届论坛。", ["首届论坛"]),
    ("协会于2016年在江城举办首届论坛。", ["首届论坛"]),
])
def test_meeting_history_year_after_ceng(extract: Callable[..., dict[str, Any]], text: str, names: list[str]) -> None:
    assert [m["name"] for m in extract(text, published=_PUBLISHED)["meetings"]] == names
