"""Congress sessions and village meetings: the attendance of a session when those on leave are told between the
number due and the number present (应出席…，因事请假…，实际出席…) or when a count of people sitting in (列席) stands
beside the count present; land-transfer rent paid to villagers (兑付土地流转租金, 兑现土地流转费); a session holding a
plenary sitting (…人大三次会议举行第二次全体会议: no organizer).  Invented sentences; the expected values follow
corpus/GUIDELINES.md (§3 attendee_count and organizer, §6)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page

_OPEN = "1月11日上午，县第十八届人民代表大会第三次会议在县会议中心开幕。"


def _attendance(record: dict) -> tuple:
    m = record["meetings"][0]
    return m["attendee_count"], m["attendee_approx"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # those on leave told between the number due and the number present: those present (§3)
        (_OPEN + "应出席大会代表254名，因事请假13名，实际出席241名，符合法定人数。", (241, False)),
        (_OPEN + "会议应到代表200名，因病缺席9名，实到191名，符合法定人数。", (191, False)),
        (_OPEN + "应到会委员35人，请假3人，到会32人。", (32, False)),
        # those sitting in beside the count present: the count present
        (_OPEN + "出席会议代表186名，县政府组成人员等56人列席会议。", (186, False)),
        # negative: the plain statements keep reading as before
        (_OPEN + "大会应到代表200名，实到186名，符合法定人数。", (186, False)),
        (_OPEN + "会议应出席代表200人，实际出席186人，符合法定人数。", (186, False)),
        (_OPEN + "出席这次会议的代表有186人，列席人员60人。", (186, False)),
        # negative: a count of those sitting in, alone, is still the count
        ("1月11日，县人大常委会召开第二十次会议。县政府有关部门负责人等30余人列席会议。", (30, True)),
        # negative: the number due alone is no attendance
        (_OPEN + "应出席大会代表254名。", (None, False)),
    ],
)
def test_session_attendance(extract, body: str, expected: tuple) -> None:
    assert _attendance(extract(page(body, "2024-01-12"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # land-transfer rent paid to villagers at a meeting: money paid (§6)
        ("3月21日，杨洪桥村召开村民大会，集中向农户兑付土地流转租金326万元，惠及农户416户。", [3260000.0]),
        ("3月21日，石门村召开村民大会。会上兑现村民土地流转费126万元。", [1260000.0]),
        # negative: a rate per mu, an income and a bond repaid are no money granted
        ("3月21日，石门村召开村民大会。土地流转费每亩800元，每年兑现一次。", []),
        ("3月21日，石门村召开村民大会。该村流转土地8600亩，流转金收入达240万元。", []),
        ("3月21日，某公司召开年度工作会议。公司兑付到期债券本息5亿元。", []),
    ],
)
def test_rent_paid_to_villagers(extract, body: str, expected: list) -> None:
    assert [g[0] for g in grants(extract(page(body, "2024-03-22")))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a congress's session holding a plenary sitting: the name is whole, no body holds it (§3 organizer)
        ("1月11日下午，县十八届人大三次会议举行第二次全体会议。", [("县十八届人大三次会议第二次全体会议", "2024-01-11", None)]),
        ("1月11日下午，政协青川县第十届委员会第三次会议举行第二次全体会议。",
         [("政协青川县第十届委员会第三次会议第二次全体会议", "2024-01-11", None)]),
        # negative: a standing body holding its numbered session stays the organizer
        ("1月11日，县人大常委会举行第十八次会议。", [("县人大常委会第十八次会议", "2024-01-11", "县人大常委会")]),
        ("1月11日，县委常委会召开第十二次会议。", [("县委常委会第十二次会议", "2024-01-11", "县委常委会")]),
    ],
)
def test_a_session_holds_no_sitting_as_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-01-12"))) == expected
