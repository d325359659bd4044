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



GALA = "1月20日，市文联举行新春团拜会，市文联主席周海平主持。"


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        # New Year greetings addressed to those present are words of courtesy: 致辞 (GUIDELINES §4)
        (GALA + "副市长王志刚向全市文艺工作者拜年。", ("致辞",)),
        (GALA + "副市长王志刚代表市委、市政府向大家拜个早年。", ("致辞",)),
        (GALA + "副市长王志刚代表市委向全市文艺界同仁拜年并讲话。", ("致辞", "讲话")),
        (GALA + "副市长王志刚向与会人员拜年并讲话。", ("致辞", "讲话")),
    ],
)
def test_new_year_greetings_are_courtesy(extract, body: str, roles: tuple) -> None:
    people = speakers(extract(page(body)))
    assert people["王志刚"] == ("副市长", roles)


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: greetings on a visit to a home, or at a show, are no address
        GALA + "会前，副市长王志刚到老艺术家家中看望，代表市委向他们拜年。",
        GALA + "副市长王志刚出席拜年活动。",
        "1月20日，市委举行迎新春文艺演出。副市长王志刚出席，向观看演出的老同志拜年。随后，王志刚会见了获奖艺术家代表。",
    ],
)
def test_greetings_not_at_a_meeting(extract, body: str) -> None:
    assert "王志刚" not in speakers(extract(page(body)))


@pytest.mark.parametrize(
    "body",
    [
        # greetings on a visit or at a show, on a page that reports no meeting: no address (GUIDELINES §4)
        "春节前夕，副市长王志刚看望慰问困难群众，向他们致以新春的问候。",
        "春节前夕，副市长王志刚走访慰问老党员，向他们致以节日的祝福。",
        "1月20日，副市长王志刚出席迎新春文艺演出，向老同志们致以节日的问候。",
    ],
)
def test_courtesy_on_a_visit_or_at_a_show(extract, body: str) -> None:
    assert speakers(extract(page(body))) == {}


def test_courtesy_at_a_meeting_kept(extract) -> None:
    # NEGATIVE: the same greetings at a meeting the page reports
    body = GALA + "副市长王志刚向大家致以新春的问候。"
    assert speakers(extract(page(body)))["王志刚"] == ("副市长", ("致辞",))
