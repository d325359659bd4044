"""Remarks not made at the meeting a report tells (GUIDELINES §4, helper fxt): remarks in a sentence opening on a time
before the meeting (会前，…; 会谈开始前，…) are not made at it, like those told after it (会后，…). Near misses keep the
role: remarks at the meeting, 会前 inside the remarks.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

HELD = "5月6日，江城市政府召开优化营商环境座谈会，市长周海平主持会议。"


@pytest.mark.parametrize(
    "body",
    [
        # before the meeting
        HELD + "会前，市商务局局长冯晓岚表示，今年将出台新的支持政策。",
        HELD + "座谈会开始前，华信集团董事长吴建新说，企业对江城的营商环境很有信心。",
        HELD + "会议举行前，市商务局局长冯晓岚对记者表示，今年将出台新的支持政策。",
        HELD + "会前，市交通局局长钱卫东强调，地铁三号线要确保明年通车。",
    ],
)
def test_remarks_not_at_the_meeting(extract, body: str) -> None:
    people = speakers(extract(page(body)))
    assert set(people) == {"周海平"}
    assert people["周海平"] == ("市长", ("主持",))


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        # NEGATIVE: remarks at the meeting
        (HELD + "会上，市商务局局长冯晓岚表示，今年将出台新的支持政策。", "冯晓岚", "市商务局局长"),
        (HELD + "市交通局局长钱卫东在座谈会上说，地铁三号线将于明年通车。", "钱卫东", "市交通局局长"),
        # NEGATIVE: 会前 not opening the sentence (the time of another act)
        (HELD + "市商务局局长冯晓岚在会上说，会前已征求了企业意见。", "冯晓岚", "市商务局局长"),
        # NEGATIVE: 会前 telling another act, the remarks told at the meeting after it
        (HELD + "会前，与会人员观看了专题片。会上，市商务局局长冯晓岚说，今年将出台新的支持政策。", "冯晓岚", "市商务局局长"),
    ],
)
def test_remarks_at_the_meeting_kept(extract, body: str, name: str, title: str) -> None:
    people = speakers(extract(page(body)))
    assert people[name] == (title, ("讲话",))
    assert people["周海平"] == ("市长", ("主持",))


@pytest.mark.parametrize(
    "body",
    [
        # talks agreed to, wished for or settled, none held yet (GUIDELINES §3: planned or proposed meetings)
        "江城市与华信集团签署了合作协议。双方同意尽快就二期项目进行会谈。",
        "江城市与华信集团签署了合作协议。双方表示愿意就二期项目进行会晤。",
        "江城市与华信集团签署了合作协议。双方商定下月就二期项目进行会谈。",
        "江城市与华信集团签署了合作协议。双方约定年内就二期项目举行会谈。",
    ],
)
def test_talks_agreed_not_held(extract, body: str) -> None:
    assert [m["name"] for m in extract(page(body))["meetings"]] == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # NEGATIVE: talks held (进行了), also after an agreement told in another sentence or clause
        ("5月6日，江城市与华信集团就深化合作进行了会谈。", "会谈"),
        ("双方同意进一步加强合作。5月6日，江城市与华信集团就二期项目进行了会谈。", "会谈"),
        ("经双方同意，5月6日，江城市与华信集团就二期项目进行了会谈。", "会谈"),
        ("5月6日，双方在友好的气氛中商定了合作框架，随后举行了会谈。", "会谈"),
    ],
)
def test_talks_held_kept(extract, body: str, name: str) -> None:
    assert [m["name"] for m in extract(page(body))["meetings"]] == [name]
