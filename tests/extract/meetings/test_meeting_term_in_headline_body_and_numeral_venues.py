"""Meeting shapes of a congress body's term in a headline, 于 before a venue and same-day ceremonies: a congress body named with its term as a headline's subject (市十五届人大常委会举行第十次会议) is the
body without the term (市人大常委会), as its numbered session in the body reads; 于 before a venue opening on a numeral
(于九龙塘校园大礼堂) keeps the subject and the venue, and one sitting written after a ceremony's name (毕业典礼第一场) stays in
it, as a press conference's 第十场 does; 当天 in a
ceremony referred to after a contest closed is the day just told, at the place told; a pinyin gloss of several
syllables (週年(zhōu nián)) is junk; a part of a year after the subject (今年年初) is no part of the organizer; a
ceremony held within a forum in a later clause of the same account (论坛上，发布了…，并举行了…仪式) is its own record.
Invented sentences; expected values follow corpus/GUIDELINES.md §1 and §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _first(record: dict) -> dict:
    return record["meetings"][0]


def _headed(headline: str, body: str, published: str = "2026-05-21") -> str:
    return f"{headline}\n{published} 来源：某网\n{body}\n"


# W1: the headline's subject names the body with its term.
@pytest.mark.parametrize(
    ("headline", "body", "organizer"),
    [
        ("市十五届人大常委会举行第十次会议", "5月20日，市十五届人大常委会第十次会议在市人大会议中心举行。会议审议了有关报告。",
         "市人大常委会"),
        ("县第十八届人大常委会召开第五次会议", "5月20日，县第十八届人大常委会第五次会议在县行政中心召开。会议听取了有关报告。",
         "县人大常委会"),
        ("区九届政协召开第三次会议", "5月20日，区九届政协第三次会议在区会议中心召开。会议协商了有关事项。", "区政协"),
    ],
)
def test_term_dropped_from_headline_body(extract, headline: str, body: str, organizer: str) -> None:
    assert _first(extract(_headed(headline, body)))["organizer"] == organizer


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        # NEGATIVE: the body's own session, no headline subject (already right)
        ("5月20日，市十五届人大常委会第十次会议在市人大会议中心举行。", "市人大常委会"),
        # NEGATIVE: a body with no term keeps its name
        ("5月20日，市人大常委会在市人大会议中心举行主任会议。", "市人大常委会"),
    ],
)
def test_body_session_organizer_kept(extract, body: str, organizer: str) -> None:
    assert _first(extract(page(body, "2026-05-21")))["organizer"] == organizer


# W2: 于 before a venue opening on a numeral; one sitting written after the name stays in it (as a press conference's
# 第十场 does), and the body's reading wins over the headline's.
@pytest.mark.parametrize(
    ("headline", "body", "name"),
    [
        ("北嶺大學第十屆畢業典禮圓滿舉行", "北嶺大學今日（11月2日）於九龍塘校園大禮堂舉行第十屆畢業典禮第一場，校長致辭。", "第十届毕业典礼第一场"),
        ("标题", "北岭大学今日（11月2日）于九龙塘校园大礼堂举行第十届毕业典礼，校长致辞。", "第十届毕业典礼"),
        ("标题", "北岭大学11月2日于九龙塘校园大礼堂举行第十届毕业典礼第二场，共有800名毕业生参加。", "第十届毕业典礼第二场"),
        ("北岭大学第十届毕业典礼举行", "北岭大学今日（11月2日）在九龙塘校园大礼堂举行第十届毕业典礼第一场，校长致辞。", "第十届毕业典礼第一场"),
    ],
)
def test_numeral_venue_and_sitting(extract, headline: str, body: str, name: str) -> None:
    meeting = _first(extract(_headed(headline, body, "2026-11-02")))
    assert (meeting["name"], meeting["date"], meeting["organizer"], meeting["location"]) == (
        name, "2026-11-02", "北岭大学", "九龙塘校园大礼堂")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: 于 before a day is no venue
        ("北岭大学于十一月二日在大礼堂举行第十届毕业典礼，校长致辞。", ("2026-11-02", "北岭大学", "大礼堂")),
        # NEGATIVE: 于 before a clock time is no venue
        ("北岭大学11月2日于9:30在大礼堂举行第十届毕业典礼，校长致辞。", ("2026-11-02", "北岭大学", "大礼堂")),
        # NEGATIVE: a floor after 于 stays a venue
        ("北岭大学11月2日于三楼会议室举行第十届毕业典礼，校长致辞。", ("2026-11-02", "北岭大学", "三楼会议室")),
    ],
)
def test_numeral_after_yu_not_a_venue(extract, body: str, expected: tuple) -> None:
    meeting = _first(extract(page(body, "2026-11-03")))
    assert (meeting["date"], meeting["organizer"], meeting["location"]) == expected


# W3: 当天 in a ceremony referred to after the contest closed.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("为期五天的第九届全市职工篮球赛10月20日在市体育中心落下帷幕。在当天下午举行的闭幕式上，市总工会副主席刘强为获奖代表队颁奖。",
         ("2026-10-20", "当天", "下午", "市体育中心")),
        ("全市中学生田径运动会10月20日在市体育场闭幕。在当日举行的闭幕式上，副市长王红为获奖运动员颁奖。",
         ("2026-10-20", "当日", None, "市体育场")),
        ("第三届全县广场舞大赛10月20日在县文化广场圆满落幕。在当晚举行的闭幕式上，县文旅局局长李明致辞。",
         ("2026-10-20", "当晚", "晚上", "县文化广场")),
    ],
)
def test_same_day_closing_ceremony(extract, body: str, expected: tuple) -> None:
    meeting = _first(extract(page(body, "2026-10-22")))
    assert meeting["name"] == "闭幕式"
    assert (meeting["date"], meeting["date_text"], meeting["time_of_day"], meeting["location"]) == expected


def test_same_day_without_event_told(extract) -> None:
    # NEGATIVE: the sentence before tells no event held or closed: 当天 names no day of a ceremony
    record = extract(page("10月20日，市总工会印发了关于职工体育工作的通知。\n在当天下午举行的闭幕式上，市总工会副主席刘强为获奖代表队颁奖。",
                          "2026-10-22"))
    assert all(m["date"] != "2026-10-20" for m in record["meetings"])


# W4: a pinyin gloss of several syllables.
@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("本會於10月1日舉行成立三十週年(zhōu nián)會慶暨第十屆理監事就職典禮，嘉賓雲集。", "成立三十周年会庆暨第十届理监事就职典礼"),
        ("本會於10月1日舉行第五屆會員(huì yuán)大會，嘉賓雲集。", "第五届会员大会"),
        ("本會於10月1日舉行第五屆理事會(lǐ shì huì)就職典禮，嘉賓雲集。", "第五届理事会就职典礼"),
        # (one syllable, as before)
        ("本會於10月1日舉行第五屆會(huì)員大會，嘉賓雲集。", "第五届会员大会"),
    ],
)
def test_several_syllable_gloss_dropped(extract, body: str, name: str) -> None:
    assert _first(extract(page(body, "2026-10-05")))["name"] == name


def test_untoned_brackets_kept(extract) -> None:
    # NEGATIVE: a bracketed English word (no tone mark) is no gloss
    meeting = _first(extract(page("本會於10月1日舉行第五屆會員大會(annual meeting)，嘉賓雲集。", "2026-10-05")))
    assert "annual meeting" in meeting["evidence"]["text"]


# W5: a part of a year after the subject.
@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("学校今年年初召开了申报动员会。", None),
        ("江城中学今年年初召开了课题申报动员会。", "江城中学"),
        ("县科技局去年年底召开了项目申报动员会。", "县科技局"),
        ("江城中学年初召开了课题申报动员会。", "江城中学"),
    ],
)
def test_part_of_year_not_organizer(extract, body: str, organizer: str | None) -> None:
    assert _first(extract(page(body, "2026-03-22")))["organizer"] == organizer


def test_youth_body_kept(extract) -> None:
    # NEGATIVE: 青年 before 中心 is part of the body's name, no 年中
    record = extract(page("3月20日，市青年中心召开了志愿服务工作会议。", "2026-03-22"))
    assert _first(record)["organizer"] == "市青年中心"


# W6: a ceremony held within a forum in a later clause.
@pytest.mark.parametrize(
    ("body", "ceremony"),
    [
        ("9月10日，第三届江城数字经济论坛在江城国际会议中心举行。论坛上，发布了数字经济白皮书，并举行了“城市数据大脑”上线仪式。",
         "“城市数据大脑”上线仪式"),
        ("9月10日，第三届江城数字经济论坛在江城国际会议中心举行。会上，与会嘉宾围绕数字经济展开研讨，还举行了重点项目签约仪式。",
         "重点项目签约仪式"),
        ("9月10日，全市招商引资推进大会在市行政中心召开。大会上，市长作了工作报告，同时举行了重大项目集中签约仪式。",
         "重大项目集中签约仪式"),
    ],
)
def test_ceremony_within_forum_later_clause(extract, body: str, ceremony: str) -> None:
    meetings = held(extract(page(body, "2026-09-12")))
    assert len(meetings) == 2
    assert meetings[1][:2] == (ceremony, "2026-09-10")


def test_ceremony_told_of_forum_past(extract) -> None:
    # NEGATIVE: a later clause with no verb of holding adds nothing
    body = "9月10日，第三届江城数字经济论坛在江城国际会议中心举行。论坛上，发布了数字经济白皮书，并签署了合作协议。"
    assert len(extract(page(body, "2026-09-12"))["meetings"]) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a city opening on a numeral after 于
        ("团市委5月4日于十堰市青年中心举行青年座谈会，共有50名青年代表参加。", ("团市委", "十堰市青年中心")),
        # NEGATIVE: a holiday written with numerals after 于 is a day, no venue nor part of the organizer
        ("团市委于五四青年节在市青年中心举行青年座谈会，共有50名青年代表参加。", ("团市委", "市青年中心")),
    ],
)
def test_numeral_place_or_holiday_after_yu(extract, body: str, expected: tuple) -> None:
    meeting = _first(extract(page(body, "2026-05-05")))
    assert (meeting["organizer"], meeting["location"]) == expected
