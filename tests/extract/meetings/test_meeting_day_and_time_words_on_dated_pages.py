"""National newspaper and wire reports (People's Daily and Xinhua style, a page header and a dated dateline): a day
word fused with a time of day (今晚, 今晨, 昨晚, 前晚) on a dated page is read against the dateline's date like 今天
and 昨天; a crowd as the subject of a bare 召开大会 (首都各界, 首都各界群众) holds the meeting with no organizer; a
counted honour ending in a bracketed alternative (命名了264个全国双拥模范城（县）) is kept whole.  Invented sentences;
the expected values follow corpus/GUIDELINES.md (§3 date: under a dated dateline relative days are that date's;
§3 organizer: an organization, which a crowd is not; §5 honour as written)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, when

HEADER = "人民日报 1999-09-29 第1版\n国庆招待会\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报北京9月28日讯 国务院今晚在人民大会堂举行招待会。", [("1999-09-28", "今", "晚上")]),
        ("新华社北京9月28日电 纪念大会今晨在京举行。", [("1999-09-28", "今", "上午")]),
        ("新华社北京9月28日电 表彰大会昨晚在京举行。", [("1999-09-27", "昨", "晚上")]),
        ("本报北京9月28日讯 记者王某报道：文化部今晚在北京举行文艺晚会。", [("1999-09-28", "今", "晚上")]),
        ("本报北京9月28日讯 某某商会前晚在北京饭店举行招待会。", [("1999-09-26", "前", "晚上")]),
        # a later body sentence is under the dateline too
        ("本报北京9月28日讯 记者王某报道：今年以来，各地认真做好各项工作。国务院今晚在人民大会堂举行招待会。",
         [("1999-09-28", "今", "晚上")]),
        # unchanged: the day words already read against the dateline
        ("本报北京9月28日讯 全国政协今日在京召开座谈会。", [("1999-09-28", "今日", None)]),
        ("新华社北京9月28日电 座谈会昨天下午在京举行。", [("1999-09-27", "昨天", "下午")]),
        ("新华社北京9月28日电 庆祝大会今天晚上在京举行。", [("1999-09-28", "今天", "晚上")]),
    ],
)
def test_an_evening_or_morning_under_a_dated_dateline(extract, body: str, expected: list) -> None:
    assert when(extract(HEADER + body + "\n")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no dateline: the publication date rules, as before
        ("标题\n2024-07-02 来源：某网\n行政长官李家超今晚出席庆祝成立周年酒会并致辞。\n", [("2024-07-02", "今", "晚上")]),
        ("标题\n2024-07-02 来源：某网\n市委昨晚召开常委会会议。\n", [("2024-07-01", "昨", "晚上")]),
        # an undated page (a sentence probe, an undated newspaper article): no year to read, no date, as before
        ("新华社北京6月4日电 某出版社今晚在京举行新书首发式。", [(None, "今", "晚上")]),
    ],
)
def test_an_evening_without_a_dated_dateline(extract, text: str, expected: list) -> None:
    assert when(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报北京12月26日讯 首都各界今天在人民大会堂召开大会，隆重纪念某某同志诞辰110周年。",
         [("大会", "1999-12-26", None, "人民大会堂")]),
        ("本报北京12月26日讯 首都各界群众今天上午在人民大会堂召开大会，隆重纪念某某同志诞辰110周年。",
         [("大会", "1999-12-26", None, "人民大会堂")]),
        ("本报北京12月26日讯 首都各界今天举行座谈会，纪念某某同志诞辰110周年。", [("座谈会", "1999-12-26", None, None)]),
        # a body as the subject keeps its organizer
        ("新华社北京12月26日电 中共中央今天上午在人民大会堂举行大会，纪念某某同志诞辰110周年。",
         [("大会", "1999-12-26", "中共中央", "人民大会堂")]),
        ("本报北京12月26日讯 教育部今天在人民大会堂召开大会，隆重表彰全国模范教师。",
         [("大会", "1999-12-26", "教育部", "人民大会堂")]),
        # near misses: a bare 大会 asked for, or ahead, is none
        ("本报北京12月26日讯 有关部门要求，各地要尽快召开大会，传达文件精神。", []),
        ("本报北京12月26日讯 首都各界群众将于明天召开大会，纪念某某同志诞辰110周年。", []),
    ],
)
def test_a_crowd_holding_a_bare_meeting(extract, body: str, expected: list) -> None:
    record = extract("人民日报 1999-12-27 第1版\n纪念大会\n" + body + "\n")
    assert [(*h, m["location"]) for h, m in zip(held(record), record["meetings"], strict=True)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会命名了264个全国双拥模范城（县），表彰了300个双拥模范单位和200名双拥模范个人。",
         [("全国双拥模范城（县）", 264, "个", "organization"), ("双拥模范单位", 300, "个", "organization"),
          ("双拥模范个人", 200, "名", "person")]),
        ("大会表彰了264个全国双拥模范城（县）。", [("全国双拥模范城（县）", 264, "个", "organization")]),
        # unchanged: without the bracket, and a bracket inside the honour
        ("大会命名了264个全国双拥模范城。", [("全国双拥模范城", 264, "个", "organization")]),
        ("大会表彰了20名优秀村（社区）党组织书记。", [("优秀村（社区）党组织书记", 20, "名", "person")]),
    ],
)
def test_a_counted_honour_ending_in_a_bracketed_alternative(extract, body: str, expected: list) -> None:
    assert honours(extract("人民日报 2005-11-25 第4版\n表彰大会\n本报北京11月24日电 " + body + "\n")) == expected
