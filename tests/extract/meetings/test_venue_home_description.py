"""Whose home a place is, told before its name (`这位伟人的故乡江苏淮安市`, `诗人的家乡湖北秭归县`, `毛泽东同志的故乡韶山`), describes
the place and is no part of the venue, as `省会` before `长沙` (GUIDELINES §3 location, twenty-first round second part;
thirtieth review round, 6 December 2026, ninth stop). With no place named after it the phrase stays as written.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None]]:
    """(name, location) of each meeting, in order."""
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，研讨会在这位伟人的故乡江苏淮安市举行。", [("研讨会", "江苏淮安市")]),
        ("5月6日，纪念座谈会在诗人的家乡湖北秭归县举行。", [("纪念座谈会", "湖北秭归县")]),
        # 同 inside the description is no party joined (the venue was cut to the name before it)
        ("5月6日，纪念大会在毛泽东同志的故乡韶山隆重举行。", [("纪念大会", "韶山")]),
        ("省作协5月6日在著名作家王林的老家江城县召开座谈会。", [("座谈会", "江城县")]),
        ("5月6日，学术研讨会在孔子的故乡曲阜召开。", [("学术研讨会", "曲阜")]),
        ("5月6日，纪念活动座谈会在这位科学家的出生地滨海镇举行。", [("纪念活动座谈会", "滨海镇")]),
        # Traditional script
        ("5月6日，研討會在這位詩人的故鄉江城縣舉行。", [("研讨会", "江城县")]),
        # a clause between the day and the venue
        ("5月6日，为纪念他诞辰一百周年，学术报告会在这位老革命家的家乡江西兴国县召开。", [("学术报告会", "江西兴国县")]),
        # the possessive pronoun reading kept
        ("5月6日，研讨会在他的故乡江城县举行。", [("研讨会", "江城县")]),
    ],
)
def test_home_description_dropped(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # no place named after the description: as written
        ("5月6日，研讨会在作家的故乡举行。", [("研讨会", "作家的故乡")]),
        # 故乡 inside a venue's own name stays
        ("5月6日，联谊会在江城故乡宾馆举行。", [("联谊会", "江城故乡宾馆")]),
        # a body's room after 的 is not a home described
        ("5月6日，座谈会在县委的会议室召开。", [("座谈会", "县委的会议室")]),
    ],
)
def test_no_home_description(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected
