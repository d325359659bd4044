"""A meeting referred to again in a cleft `是由…的` sentence (`这次会议是由世界银行和贝宁政府共同组织召开的`) names its hosts as the
plain passive does (`本次会议由…组织召开`): they are its organizer, and two bodies organizing it together (`共同组织`,
`联合组织`) are listed `甲、乙` as `共同主办` lists them (GUIDELINES §3 organizer, twenty-second and thirtieth rounds;
thirty-first review round, 7 December 2026, first stop). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def organizers(record: dict) -> list[str | None]:
    return [m["organizer"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新华社洛美1月17日电 反腐败会议近日在科托努举行。来自40多个国家的代表出席了会议。这次会议是由世界银行和贝宁政府共同组织召开的。",
         ["世界银行、贝宁政府"]),
        ("5月6日，全省文化工作座谈会在江城举行。会议是由省文化厅组织召开的。", ["省文化厅"]),
        ("5月6日，全省宣传工作座谈会在江城举行。本次座谈会是由市委宣传部主办的。", ["市委宣传部"]),
        ("5月6日，首届海洋经济论坛在江城举行。此次论坛是由江城大学和滨海大学共同举办的，共有200人参加。", ["江城大学、滨海大学"]),
        ("5月6日，全省文化工作座谈会在江城举行。这次会议由省文化厅和省文联共同组织召开。", ["省文化厅、省文联"]),
        # Traditional script
        ("5月6日，全省文化工作座谈会在江城举行。這次會議是由省文化廳組織召開的。", ["省文化厅"]),
        # the plain passive (as before)
        ("5月6日，全省文化工作座谈会在江城举行。这次会议由省文化厅组织召开。", ["省文化厅"]),
    ],
)
def test_cleft_hosts_are_organizer(extract_with_model, body: str, expected: list) -> None:
    assert organizers(extract_with_model(page(body, "1998-01-17"))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a person chairs it: no organizer
        "5月6日，全省文化工作座谈会在江城举行。会议是由县长主持召开的。",
        # the next meeting's hosts
        "5月6日，全省文化工作座谈会在江城举行。下次会议将由省文化厅组织召开。",
    ],
)
def test_no_cleft_hosts(extract_with_model, body: str) -> None:
    assert organizers(extract_with_model(page(body, "1998-01-17"))) == [None]
