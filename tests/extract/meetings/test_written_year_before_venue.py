"""A written year, with or without a month, between 于 and 在 is the meeting's time, never part of its venue
(GUIDELINES §3 location, fortieth review round, 8 December 2026, tenth stop): `于1996年11月在江城宾馆举行` gives the
location `江城宾馆`. A year inside a venue's own description (`在1996年落成的市会展中心`) is no date before 在 and stays.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, venues


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a written year and a month before 在: cut
        ("江城医学年会于1996年11月在江城宾馆举行。", [("江城医学年会", "江城宾馆")]),
        ("全省农业工作会议于一九九六年十二月在省城召开。", [("全省农业工作会议", "省城")]),
        ("江城医学年会于1996年11月上旬在市会展中心举行。", [("江城医学年会", "市会展中心")]),
        # a written year alone before 在: cut
        ("江城医学年会于1996年在江城宾馆举行。", [("江城医学年会", "江城宾馆")]),
        # near misses that must not change
        ("江城医学年会于去年11月在市会展中心举行。", [("江城医学年会", "市会展中心")]),
        ("江城医学年会在1996年落成的市会展中心举行。", [("江城医学年会", "1996年落成的市会展中心")]),
    ],
)
def test_written_year_before_venue_is_cut(extract, body: str, expected: list) -> None:
    assert venues(extract(page(body))) == expected
