"""A subject set off from `在VENUE召开` by what the meeting is for or how or on what ground it is held (`为…`, `结合…`,
`采取…方式`, `按照…`) still holds the meeting: its organizer, as the subject of 召开 (GUIDELINES §3 organizer,
thirty-first review round, 7 December 2026, first stop). Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _held(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，市教育局结合工作实际，在市教育局三楼会议室召开全市教育系统安全工作会议。",
     [("全市教育系统安全工作会议", "市教育局三楼会议室", "市教育局")]),
    ("5月6日，县委组织部为进一步加强干部队伍建设，在县委党校召开年轻干部座谈会。",
     [("年轻干部座谈会", "县委党校", "县委组织部")]),
    ("5月6日，市教育局采取线上线下相结合方式，在市教育局三楼会议室召开全市教育系统安全工作会议。",
     [("全市教育系统安全工作会议", "市教育局三楼会议室", "市教育局")]),
    ("5月6日，区卫健委按照市里统一部署，在区人民医院召开医疗质量安全推进会。",
     [("医疗质量安全推进会", "区人民医院", "区卫健委")]),
])
def test_subject_before_a_manner_clause_holds_the_meeting(extract, body, expected):
    assert _held(extract(page(body))) == expected


@pytest.mark.parametrize("body", [
    # a person is no organizer (GUIDELINES §3: a person's name is no body)
    "5月6日，县委书记王明结合调研情况，在县委党校召开年轻干部座谈会。",
    # no subject before the purpose clause
    "5月6日，为进一步加强干部队伍建设，在县委党校召开年轻干部座谈会。",
])
def test_no_body_before_the_clause_gives_no_organizer(extract, body):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [None]
