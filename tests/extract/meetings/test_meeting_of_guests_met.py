"""A meeting named only as what the guests met came for (GUIDELINES §3 date row: only the day of the clause that holds the
meeting counts; thirtieth review round, 6 December 2026, ninth stop).

Reading: in ``X DAY会见了[在P]出席NAME的Y``, the day is the talks'; NAME, told inside the attribute of the people met, has no
day told for it (date and date_text null). A day written inside that attribute (``出席5月6日开幕的NAME的``) still dates it.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _days(record: dict) -> dict[str, str | None]:
    return {m["name"]: m["date_text"] for m in record["meetings"]}


@pytest.mark.parametrize(("body", "name", "expected"), [
    ("总统9日会见了在首尔出席亚太议会论坛第六届年会的各代表团团长。", "亚太议会论坛第六届年会", None),
    ("总理6日会见了前来出席第五届亚洲交通部长会议的各国代表团团长。", "第五届亚洲交通部长会议", None),
    ("市长5月6日会见了来京参加国际港口论坛的外国嘉宾。", "国际港口论坛", None),
    ("主席6日在人民大會堂會見了出席世界華商大會的代表。", "世界华商大会", None),
    # the meeting attended in its own clause: the day is its own
    ("主席6日出席了世界华商大会并会见了代表。", "世界华商大会", "6日"),
])
def test_meeting_of_guests_met_takes_no_talks_day(extract, body, name, expected):
    assert _days(extract(page(body)))[name] == expected


def test_talks_keep_their_day(extract):
    record = extract(page("总理6日会见了前来出席第五届亚洲交通部长会议的各国代表团团长。"))
    assert _days(record)["会见"] == "6日"
