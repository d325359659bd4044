"""The part of a group counted before it that attended a meeting (invented pages).

GUIDELINES §3, thirty-fourth review round (7 December 2026, fourth stop): `全村68名党员中有61名参加会议` counts 61, the members
who attended; the 68 before `中有` are the whole membership, no count of those attending, as `应到…实到…` reads.
Near misses keep today's output: a count of those attending with a part picked out after it (`45名党员参加会议，其中有10名
预备党员` → 45), and a plain count.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _attendees(record: dict) -> list[int | None]:
    return [m["attendee_count"] for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("3月9日上午，柳河村党支部在村委会召开党员大会，全村52名党员中有47名参加会议。", [47]),
    ("3月9日，柳河村党支部召开党员大会，会议由支部书记王建平主持，全支部38名党员中有35名参加会议。", [35]),
    ("3月9日，县总工会召开职工代表大会，全体120名代表中有112名出席。", [112]),
    ("3月9日，某社区党委召开党员大会，社区86名党员中共有80名到会。", [80]),
    ("3月9日，某社区党委召开党员大会，社区86名党员中有约70名参会。", [70]),
    # near misses: the whole counted as attending, a part picked out after it; a plain count
    ("3月9日，柳河村党支部召开党员大会，45名党员参加会议，其中有10名预备党员。", [45]),
    ("3月9日，柳河村党支部召开党员大会，全村45名党员参加会议。", [45]),
])
def test_part_of_group_attending(extract, body, expected):
    assert _attendees(extract(page(body))) == expected
