"""A place the subject goes to (`来到`, `走进`) in the clause before one that opens on the meeting's partner alone
(`，与村干部召开座谈会`, `，同村党支部共同开展主题党日活动`) is where the meeting is held, as in `来到X，主持召开…` (GUIDELINES §3
twenty-second round; location, thirty-first review round, 7 December 2026, first stop); the partner alone is no organizer.
Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _held(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，县委书记王明来到青山村，与村干部召开座谈会。", [("座谈会", "青山村", None)]),
    ("5月6日，江城大学化学学院教工党支部来到青山村，与村党支部联合开展主题党日活动。", [("主题党日活动", "青山村", None)]),
    ("5月6日，江城大学化学学院教工党支部走进青山村，同村党支部共同开展主题党日活动。", [("主题党日活动", "青山村", None)]),
])
def test_place_gone_to_before_the_partner_clause(extract, body, expected):
    assert _held(extract(page(body))) == expected


def test_visit_told_apart_from_the_meeting_places_nothing(extract):
    body = "5月6日上午，市委书记李明来到华信科技公司调研。下午，李明主持召开全市工业经济座谈会。"
    assert [loc for _, loc, _ in _held(extract(page(body)))] == [None]
