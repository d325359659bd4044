"""A count of people who did NOT attend is no attendee count (GUIDELINES §3 attendee_count: only a number stated for the
people attending). Found after the fourteenth round's guests rule (helper fxbh): 受邀嘉宾还有约80位未能到场 gave 80,
approximate, because the plain ``N位…到场`` pattern read across the negation. Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page

_CEREMONY = "5月6日，第十届江城文学奖颁奖典礼在市文化中心举行。"
_MEETING = "5月6日，江城召开安全生产会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # those who did not come: no count
        (_CEREMONY + "受邀嘉宾还有约80位未能到场。", (None, False)),
        (_CEREMONY + "出席仪式的还有市文联主席王明等，另有约80位嘉宾因故未能到场。", (None, False)),
        (_MEETING + "20名代表因公没有参加会议。", (None, False)),
        (_MEETING + "另有5名委员无法出席。", (None, False)),
        (_MEETING + "3名委员未出席会议。", (None, False)),
        # those who came: the count stays
        (_CEREMONY + "出席仪式的还有市文联主席王明等约80位嘉宾。", (80, True)),
        (_CEREMONY + "约80位嘉宾到场。", (80, True)),
        (_MEETING + "共30人参加会议。", (30, False)),
        (_MEETING + "全市50余名安全员出席会议。", (50, True)),
    ],
)
def test_absent_people_give_no_count(extract, body, expected):
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == expected
