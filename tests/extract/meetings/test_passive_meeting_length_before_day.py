"""A passive meeting whose length stands between its name and its day (GUIDELINES §3 name and location,
thirty-fourth review round, 7 December 2026, fourth stop): ``…论坛会，历时4天，1月18日在哈尔滨闭幕`` is read as
``…论坛会1月18日在哈尔滨闭幕``: the name as written, the day, the venue.
Invented sentences only; expected values written from the guidelines.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _read(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["date_text"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("第五届东亚城市市长会议暨东亚城市论坛会，历时3天，5月6日在大连闭幕。",
     ("第五届东亚城市市长会议暨东亚城市论坛会", "5月6日", "大连")),
    ("第五届东亚城市论坛，为期两天，5月6日在大连开幕。", ("第五届东亚城市论坛", "5月6日", "大连")),
    ("全省文化工作会议，历时3天，在长沙闭幕。", ("全省文化工作会议", None, "长沙")),
    ("第二届江南茶业博览会研讨会，会期一天半，昨天在杭州举行。", ("第二届江南茶业博览会研讨会", "昨天", "杭州")),
    # NEGATIVE: without the length clause, the reading stays as it was
    ("第五届东亚城市论坛5月6日在大连闭幕。", ("第五届东亚城市论坛", "5月6日", "大连")),
])
def test_length_between_name_and_day(extract, body, expected):
    assert _read(extract(page(body)))[0] == expected


def test_length_of_a_planned_meeting_stays_planned(extract):
    # NEGATIVE: a meeting ahead (将于) is no record, with or without its length
    assert _read(extract(page("第五届东亚城市论坛，为期两天，将于下月在大连开幕。"))) == []
