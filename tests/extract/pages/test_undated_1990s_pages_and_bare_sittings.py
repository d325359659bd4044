"""National newspaper copy of the late 1990s, no publication line.

Found: on a page with no publication date, a year told for a holder's past with 曾 (有十五个曾在一九九五年获得过…)
dated the meeting told by 昨天 (GUIDELINES §3 eighteenth review round: a year of a person's or body's history is no
evidence of the meeting's year); a year written in Chinese numerals (会议回顾了一九九七年的工作) was not read as a year
reviewed, which early in a year puts the meeting in the next one (§3 tenth and thirteenth rounds) as the same year in
digits does; a closing sitting with no day of its own (闭幕大会由…主持) after a session told by its close was a second
record (§3 nineteenth round: it is the session's part, and its chair the session's host); a part of the holders just
counted told with 中有 (其中先进集体中有二十个为…) was read as an honour item (§5: a count of a part is no conferral);
and an unnamed military unit after its command (成都军区某团命名大会) lost its 某团 to the name (§3 organizer row: the
body before the event's own name holds it).
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page, when


def _article(headline: str, body: str) -> str:
    """An article as the newspaper rebuilds it: a headline line, then the body, no publication line."""
    return f"{headline}\n{body}\n"


HISTORY_YEAR_NO_DATE = [
    ("表彰大会在京举行", "本报北京１月８日讯　全省劳动模范表彰大会昨天在人民大会堂举行。受表彰的单位中，有十五个曾在一九九五年获得过同样的荣誉。"),
    ("座谈会召开", "本报上海１月９日讯　市科协８日召开老专家座谈会。与会者中，不少人曾在1990年参加过全国科学大会的筹备工作。"),
    ("茶话会举行", "本报广州１月３日讯　省侨联昨天举行新春茶话会。侨商陈国明曾经在1996年回乡投资办厂。"),
    ("表彰会举行", "本报南京１月６日讯　市总工会今天召开表彰会。获奖者中有三人曾于一九九四年获得过这一称号。"),
]


@pytest.mark.parametrize(("headline", "body"), HISTORY_YEAR_NO_DATE)
def test_year_of_a_past_told_with_ceng_dates_nothing(extract, headline, body):
    dates = [d for d, _, _ in when(extract(_article(headline, body)))]
    assert dates and dates[0] is None


YEAR_STILL_READ = [
    # (a year reviewed early in a year, in digits or Chinese numerals: the year after it)
    ("座谈会召开", "本报上海１月９日讯　市科协８日召开座谈会，总结1997年工作。", "1998-01-08"),
    ("茶话会举行", "本报广州１月３日讯　省侨联昨天举行新春茶话会。会议回顾了一九九七年的侨务工作。", "1998-01-02"),
    ("工作会议召开", "本报长沙１月１２日讯　省教委１０日召开工作会议，总结一九九七年全省教育工作。", "1998-01-10"),
    # (a year-end meeting laying out next year's work: the year before it)
    ("座谈会举行", "本报北京１２月２０日讯　市政协昨天举行座谈会，部署一九九八年工作。", "1997-12-19"),
    # (the history year beside a reviewed one: the reviewed one still decides)
    ("表彰大会举行", "本报北京１月８日讯　全省表彰大会昨天举行，总结一九九七年工作。有十个单位曾在一九九五年受过表彰。", "1998-01-07"),
]


@pytest.mark.parametrize(("headline", "body", "date"), YEAR_STILL_READ)
def test_years_reviewed_or_planned_still_date(extract, headline, body, date):
    assert when(extract(_article(headline, body)))[0][0] == date


SITTING_OF_SESSION = [
    "政协江城市第八届委员会第一次会议前天在江城闭幕。闭幕大会由市政协主席林国华主持。",
    "江城市第十届人民代表大会第二次会议昨天闭幕。闭幕大会由大会主席团常务主席王立新主持。",
    "县政协十届四次会议昨天在县会堂闭幕。县政协主席赵明在闭幕大会上讲话。",
    "政协江城市第八届委员会第一次会议昨天开幕。开幕大会由市政协主席林国华主持。",
]


@pytest.mark.parametrize("body", SITTING_OF_SESSION)
def test_bare_sitting_of_the_session_is_its_part(extract, body):
    meetings = held(extract(page(body)))
    assert len(meetings) == 1
    assert "大会" not in meetings[0][0] or "代表大会" in meetings[0][0]


def test_chair_of_the_bare_sitting_hosts_the_session(extract):
    record = extract(page("政协江城市第八届委员会第一次会议前天在江城闭幕。闭幕大会由市政协主席林国华主持。"))
    assert [m["host"]["name"] if m["host"] else None for m in record["meetings"]] == ["林国华"]


SITTING_WITH_OWN_DAY = [
    "市政协十届三次会议4月1日至3日在市会议中心举行。3日下午举行闭幕会，委员们通过了决议。",
]


@pytest.mark.parametrize("body", SITTING_WITH_OWN_DAY)
def test_sitting_with_its_own_day_stays_a_record(extract, body):
    assert len(held(extract(page(body)))) == 2


PART_WITH_ZHONGYOU = [
    "大会还表彰了八十名自强模范和四十个助残先进集体，其中助残先进集体中有二十个为各地民政部门。",
    "会议表彰了先进集体三十个，其中，获奖集体中有十二个来自基层。",
    "大会表彰了五十名优秀教师，其中优秀教师中有八名为乡村教师。",
]


@pytest.mark.parametrize("body", PART_WITH_ZHONGYOU)
def test_part_told_with_zhongyou_is_no_honour(extract, body):
    assert all("中" not in h[-1:] and n not in (8, 12, 20) for h, n, _, _ in honours(extract(page(body))))


LIST_AFTER_QIZHONG = [
    ("会议表彰了一批先进典型，其中突出贡献集体5个、突出贡献者3名。", [("突出贡献集体", 5), ("突出贡献者", 3)]),
    ("大会表彰了先进单位，其中先进企业十家、先进个人二十名。", [("先进企业", 10), ("先进个人", 20)]),
]


@pytest.mark.parametrize(("body", "expected"), LIST_AFTER_QIZHONG)
def test_list_after_qizhong_still_read(extract, body, expected):
    assert [(h, n) for h, n, _, _ in honours(extract(page(body)))] == expected


UNNAMED_UNIT = [
    ("成都军区某团命名大会１月４日在西藏拉萨举行。", "成都军区某团"),
    ("南京军区某部表彰大会昨天在杭州举行。", "南京军区某部"),
    ("北京军区某集团军颁奖大会在营区礼堂举行。", "北京军区某集团军"),
]


@pytest.mark.parametrize(("body", "organizer"), UNNAMED_UNIT)
def test_unnamed_unit_holds_its_ceremony(extract, body, organizer):
    assert [m[2] for m in held(extract(page(body)))] == [organizer]


NOT_A_UNIT = [
    ("江城市命名大会在市会堂举行。", None),
    ("东城区民营经济发展大会在区会议中心举行。", "东城区"),
]


@pytest.mark.parametrize(("body", "organizer"), NOT_A_UNIT)
def test_places_without_unit_keep_their_reading(extract, body, organizer):
    assert [m[2] for m in held(extract(page(body)))] == [organizer]
