"""The place an attendee goes to right before the verb of attending (`特意到中国使馆参加…联欢会`, `去北京参加全国…大会`,
`前往上海参加`) is where the meeting is held, as `来到…，主持召开` places it (GUIDELINES §3 location, twenty-second round;
thirty-first review round, 7 December 2026, first stop). And a body told coming to a place on this trip (`这次来北京`,
`此次来江城`, `专程来`) holds the meeting it holds there: the body is the organizer, the place the venue, the words of the
trip part of neither. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, location, organizer) of each meeting, in order."""
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新年将至，小明受大使之邀，特意到中国使馆参加辞旧迎新联欢会。", [("辞旧迎新联欢会", "中国使馆", None)]),
        ("1978年，她去北京参加全国妇女大会。", [("全国妇女大会", "北京", None)]),
        ("昨天，王某专程赶到江城宾馆出席全市经济工作会议。", [("全市经济工作会议", "江城宾馆", None)]),
        ("上月，李某前往上海参加全国科技大会。", [("全国科技大会", "上海", None)]),
        # the venue written with 在 keeps its reading
        ("3月5日，王某在北京参加全国科技大会。", [("全国科技大会", "北京", None)]),
    ],
)
def test_place_gone_to_before_attending(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body, "1998-01-15"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a way of working, no place (twenty-second round)
        ("3月5日，他到基层参加座谈会。", [("座谈会", None, None)]),
        # coming back home: no place named
        ("3月5日，他回到家乡参加了座谈会。", [("座谈会", None, None)]),
    ],
)
def test_no_place_gone_to(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body, "1998-01-15"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("史密斯说，联邦快递公司这次来北京举行董事会，旨在加强与中方的合作。", [("董事会", "北京", "联邦快递公司")]),
        ("江城公司这次到深圳召开年度董事会。", [("年度董事会", "深圳", "江城公司")]),
        ("省作家协会此次来江城召开理事会。", [("理事会", "江城", "省作家协会")]),
        ("江城钢铁公司特意来北京举行产品推介会。", [("产品推介会", "北京", "江城钢铁公司")]),
        # Traditional script
        ("江城公司這次來北京舉行董事會。", [("董事会", "北京", "江城公司")]),
        # the venue written with 在 (as before)
        ("江城公司今天在北京举行董事会。", [("董事会", "北京", "江城公司")]),
    ],
)
def test_body_come_on_trip_holds_meeting_there(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body, "1998-01-15"))) == expected
