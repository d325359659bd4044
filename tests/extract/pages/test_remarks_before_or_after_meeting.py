"""Remarks not made at the meeting a report tells (GUIDELINES §4): remarks in a sentence opening on a time
before the meeting (会前，…; 会谈开始前，…) are not made at it, like those told after it (会后，…). Near misses keep the
role: remarks at the meeting, 会前 inside the remarks.
Invented sentences.

Twentieth review round, third part: on main a place written after a year before a passive event name was left in the
name with no organizer (GUIDELINES §3: the place holds it, the name without it); a firm's kind before its name
(中日合资企业, 外资企业) was kept in the organizer (§3: a descriptor is no part of it); a venue with its own officers on the
page (剧院总经理) was left in the name with no organizer (§3: a venue acting as a body holds its event; only the place,
null); a star level volunteers reach by service hours, given with a star certificate, was counted as an award (§5: a
rating, no award)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page, speakers

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


YEAR_PLACE = [
    ("5月6日上午，2024年江州市“敬老月”活动启动仪式在市文化广场举行。", [("2024年“敬老月”活动启动仪式", "江州市")]),
    ("5月6日，2024年青山县全民健身运动会开幕式在县体育馆举行。", [("2024年全民健身运动会开幕式", "青山县")]),
    ("昨天，2023年安宁区“书香安宁”读书节启动仪式在区图书馆隆重举行。", [("2023年“书香安宁”读书节启动仪式", "安宁区")]),
    ("5月7日，2024年江城市科技活动周启动仪式在市科技馆举行。", [("2024年科技活动周启动仪式", "江城市")]),
    # negative: the place only in the venue
    ("5月6日，2024年“敬老月”活动启动仪式在江州市文化广场举行。", [("2024年“敬老月”活动启动仪式", None)]),
]

FIRM_KIND = [
    ("5月6日，中日合资企业江城明和公司召开2024年安全生产工作会议。", [("2024年安全生产工作会议", "江城明和公司")]),
    ("5月6日，外资企业江城华美公司举行新厂区投产仪式。", [("新厂区投产仪式", "江城华美公司")]),
    ("5月7日，民营企业青山宏达集团召开年度表彰大会。", [("年度表彰大会", "青山宏达集团")]),
    ("5月7日，外商独资企业江城美德电子有限公司举行2024年供应商大会。", [("2024年供应商大会", "江城美德电子有限公司")]),
    # negatives: the kind is the association's own subject
    ("5月6日，江城市外资企业协会召开第三次会员大会。", [("第三次会员大会", "江城市外资企业协会")]),
    ("5月6日，江城市民营企业家协会召开年度工作会议。", [("年度工作会议", "江城市民营企业家协会")]),
]

VENUE_BODY = [
    ("5月6日，江城大剧院2024演出季发布会在剧院多功能厅举行。剧院总经理李明介绍了新演出季的安排。",
     [("2024演出季发布会", "江城大剧院")]),
    ("5月6日，青山博物馆“文物里的节日”系列活动启动仪式在博物馆一楼大厅举行。博物馆馆长王芳致辞。",
     [("“文物里的节日”系列活动启动仪式", "青山博物馆")]),
    ("5月6日，江城美术馆2024年青年艺术家作品展开幕式在该馆举行，该馆馆长张强主持开幕式。",
     [("2024年青年艺术家作品展开幕式", "江城美术馆")]),
    # negatives: no officer of the venue told, or the event is about the building
    ("5月6日，江城大剧院2024演出季发布会在剧院多功能厅举行。市文化局局长李明介绍了新演出季的安排。",
     [("江城大剧院2024演出季发布会", None)]),
    ("5月6日，2024演出季发布会在江城大剧院举行。市文化局局长李明介绍了新演出季的安排。", [("2024演出季发布会", None)]),
    ("5月6日，江城博物馆新馆开馆仪式举行。博物馆馆长王芳致辞。", [("江城博物馆新馆开馆仪式", None)]),
]

STAR_LEVEL = [
    ("5月6日，江城市志愿服务表彰大会召开，为12名五星级志愿者颁发星级证书。", []),
    ("5月6日，青山区志愿服务总结会召开，会上为30名累计服务时长超过1500小时的五星级志愿者颁发了证书。", []),
    ("5月6日，江城社区为8名四星级志愿者颁发星级证书，鼓励更多居民参与志愿服务。", []),
    # negatives: a star title chosen at a commendation
    ("5月6日，江城市志愿服务表彰大会召开，会议评选出“五星级志愿者”40名。", [("五星级志愿者", 40)]),
    ("5月6日，青山区召开志愿服务表彰会，表彰了“五星级志愿者”25名。", [("五星级志愿者", 25)]),
    ("5月6日，青山区召开志愿服务表彰会，表彰五星级志愿者20名，并颁发荣誉证书。", [("五星级志愿者", 20)]),
]


def _name_org(record: dict) -> list[tuple[str, str | None]]:
    return [(name, org) for name, _, org in held(record)]


@pytest.mark.parametrize(("body", "expected"), YEAR_PLACE + FIRM_KIND + VENUE_BODY)
def test_passive_holder(extract, body, expected):
    assert _name_org(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), STAR_LEVEL)
def test_star_level(extract, body, expected):
    assert [(h, c) for h, c, _, _ in honours(extract(page(body)))] == expected
