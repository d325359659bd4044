"""Unit-website news (a 市直机关工委, 学院党委, 基金会 or 协会 reporting its own 讲评会, 表彰大会, 颁奖大会,
培训班 or 年会). Found on 16 invented pages of that register:

- an attribute telling an earlier conferral (在去年命名的15个“五星级党支部”示范带动下) gave an award; holders described by a
  past conferral are a past tally, no award (GUIDELINES §5, past periods; sixteenth round);
- prizes won over the year just past, told after a speaker's own review lead in the same sentence (黎某在报告中回顾，一年来，
  …有18件作品获省级以上奖项), gave an award; that is the period's tally (§5 ninth round), as after a review sentence;
- recipients described between 为 and their count (为来自全市山区县的二十八名乡村教师颁发…) were read as the attendee
  count; counts of awardees are no attendee count (§3 attendee_count);
- a photo caption naming the meeting by the part of its name before 暨 (图为4月18日上午，…第三届会员大会现场 for
  第三届会员大会暨换届选举大会) did not date a meeting told only by 日前 (§3 sixteenth round);
- a bare 闭幕式 chaired (闭幕式由…主持) gave its chair to a ceremony told just before it, not to the meeting the rite
  closes (§3 nineteenth round: whoever chairs such a rite is the meeting's host);
- an event the meeting itself is told to hold (大会还举行了…首发仪式) took none of the meeting's organizer and venue, unlike
  会上还举行了… (§3 seventeenth round: a ceremony held within a meeting).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


def _attendees(record: dict) -> list[int | None]:
    return [m["attendee_count"] for m in record["meetings"]]


@pytest.mark.parametrize(
    "body",
    [
        "市委直属机关工委召开讲评会。王某指出，市直机关在去年命名的15个“五星级党支部”示范带动下，整体水平明显提升。",
        "区委组织部召开座谈会。前年评定的12个“红旗党支部”负责人介绍了经验。",
        "市妇联召开座谈会。2022年表彰的10名“最美家庭”代表参加了座谈。",
        "县总工会召开推进会。此前评选出的8名“岗位能手”作为导师参与带教。",
        # the year just past after a speaker's review lead in the same sentence
        "市文联召开总结表彰会。黎某在报告中回顾，一年来，全市文艺工作者创作作品2600余件，有18件作品获省级以上奖项。",
        "县作协召开年会。会长总结道：过去一年，全县有12名会员获评“德艺双馨艺术家”。",
        "区科协召开年度总结会。李某回顾说，一年以来，全区共有6项成果获得省科技进步奖。",
    ],
)
def test_earlier_conferral_or_year_reviewed_is_no_award(extract, body):
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # conferred here: a conferring verb in the clause, or commended at this meeting
        ("区委召开表彰大会，对去年评选出的20名“优秀村干部”进行了表彰。", [("优秀村干部", 20, "名", "person")]),
        ("区委召开表彰大会，为去年评定的12个“红旗党支部”授牌。", [("红旗党支部", 12, "个", "organization")]),
        ("区委召开表彰大会。此前评选出的8名“岗位能手”在会上受到表彰。", [("岗位能手", 8, "名", "person")]),
        ("区委召开表彰大会，表彰了今年评选出的20名“优秀村干部”。", [("优秀村干部", 20, "名", "person")]),
        # the review lead, but the honours conferred at this meeting
        ("市文联召开总结表彰会。会议回顾，一年来，有10名同志获评“优秀文艺工作者”，会上对他们进行了表彰。",
         [("优秀文艺工作者", 10, "名", "person")]),
        ("市文联召开总结表彰会。会议回顾，一年来，会议表彰了10名“优秀文艺工作者”。", [("优秀文艺工作者", 10, "名", "person")]),
        ("市文联召开总结表彰会。一年来成绩显著，会议表彰了10名“优秀文艺工作者”。", [("优秀文艺工作者", 10, "名", "person")]),
    ],
)
def test_conferral_here_is_kept(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "基金会今天上午在江州宾馆举行颁奖大会，为来自全市山区县的二十八名乡村教师颁发“春晖育才奖”。",
        "学会今天举行表彰大会，向荣获“全省名中医”称号的15名专家颁发证书。",
        "协会今天召开年会，给坚守一线的30名会员颁发荣誉证书。",
        "县文联今天举行颁奖仪式，为参赛作品获奖的12名作者颁奖。",
    ],
)
def test_described_recipients_are_no_attendees(extract, body):
    assert _attendees(extract(page(body))) == [None]


@pytest.mark.parametrize(
    ("body", "count"),
    [
        # those attending described after 为 or in a sentence of their own keep their count
        ("学会今天举行表彰大会，为全体参会的120名会员代表颁发纪念品。", 120),
        ("协会今天召开座谈会，为此专程赶来的30名会员参加了座谈。", 30),
        ("协会今天召开座谈会，作为会员代表的30名企业家参加会议。", 30),
        ("基金会今天举行颁奖大会，为获奖教师颁奖，共有200名师生参加。", 200),
    ],
)
def test_attendees_still_counted(extract, body, count):
    assert _attendees(extract(page(body))) == [count]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("日前，江州市青年企业家协会第三届会员大会暨换届选举大会在江州国际会展中心召开。全体会员代表共213人出席。\n"
         "（图为4月18日上午，市青年企业家协会第三届会员大会现场）", ("2024-04-18", "4月18日", "上午")),
        ("近日，江城市老年书画协会第五次会员代表大会暨理事会换届大会召开。\n"
         "（图为5月6日下午第五次会员代表大会现场）", ("2024-05-06", "5月6日", "下午")),
    ],
)
def test_caption_names_the_first_part_of_a_joined_name(extract, body, expected):
    m = extract(page(body))["meetings"][0]
    assert (m["date"], m["date_text"], m["time_of_day"]) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a caption of another event whose name shares only a generic tail
        "日前，市妇联召开第五次代表大会暨表彰大会。\n（图为4月18日上午，市总工会表彰大会现场）",
        "日前，市侨联召开第三届委员会暨侨界代表座谈会。\n（图为4月18日上午，市台联第三届委员会座谈会现场）",
    ],
)
def test_caption_of_another_event_dates_nothing(extract, body):
    assert extract(page(body))["meetings"][0]["date"] is None


_ANNUAL = ("5月31日至6月1日，省中医药学会2024年学术年会在江州召开。本届年会由省中医药学会主办，代表400余人参加。"
           "大会还举行了《中医药文化进校园》系列读本首发仪式。年会期间，11位专家作了主题报告。")


@pytest.mark.parametrize(
    "closing",
    [
        "闭幕式由学会秘书长卢晓阳主持。",
        "学会秘书长卢晓阳主持闭幕式。",
        "闭幕仪式由学会秘书长卢晓阳主持。",
    ],
)
def test_bare_closing_rite_chair_hosts_the_meeting(extract, closing):
    meetings = extract(page(_ANNUAL + closing, "2024-06-04"))["meetings"]
    assert meetings[0]["name"] == "2024年学术年会"
    assert meetings[0]["host"]["name"] == "卢晓阳"
    assert all(m["host"] is None for m in meetings[1:])


def test_meeting_also_held_ceremony_takes_its_holder_and_venue(extract):
    meetings = extract(page(_ANNUAL, "2024-06-04"))["meetings"]
    ceremony = next(m for m in meetings if m["name"].endswith("首发仪式"))
    # held within a meeting of a stated span: no day of its own (§3 fifteenth round)
    assert (ceremony["organizer"], ceremony["location"], ceremony["date"]) == ("省中医药学会", "江州", None)


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        # one stated day: the ceremony takes it with the holder
        ("5月6日，市慈善总会2024年年会在江城宾馆召开。大会还举行了爱心企业授牌仪式。", "市慈善总会"),
        # a holder of its own keeps it; a later day is another event
        ("5月6日，市慈善总会2024年年会在江城宾馆召开。5月7日，市红十字会举行了捐赠仪式。", "市红十字会"),
    ],
)
def test_ceremony_after_the_meeting(extract, body, organizer):
    ceremony = extract(page(body))["meetings"][-1]
    assert ceremony["organizer"] == organizer


def test_class_with_its_own_opening_record_keeps_hosts_apart(extract):
    # a 开班仪式 that is a record of its own keeps its chair; the class over three days has none
    body = ("11月6日至8日，市直机关工委举办新任党支部书记培训班，132人参加培训。6日上午，培训班在市委党校报告厅举行开班仪式，"
            "工委组织部部长汪倩主持开班仪式。")
    meetings = extract(page(body, "2024-11-07"))["meetings"]
    opening = next(m for m in meetings if m["name"].endswith("开班仪式"))
    course = next(m for m in meetings if m["name"].endswith("培训班"))
    assert (opening["host"] or {}).get("name") == "汪倩"
    assert course["host"] is None
