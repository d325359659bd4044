"""Meeting dates on undated newspaper pages and organizers of numbered sessions. Invented sentences;
the expected values follow corpus/GUIDELINES.md §3 (date, organizer) and §11 (no publication date: the year must
come from the article's own text).

- D1: a month-day takes the year of the account's last full date before it (新年伊始，1998年1月20日，…。1月21日…),
  not the year of an older event the text names more often; a year a speaker looks back on early in the year
  (…在记者招待会上指出，1997年…) is the one before the meeting's; a year-end meeting before a start on 1 January
  ahead (将从1998年1月1日起) is in the year before it;
- D2: 昨天/今天 under a dateline of an earlier sentence resolve when the text makes the year certain;
- D3: a glued item's year (本报讯…1997年…) dates nothing of another item's meeting, nor an approval or a founding
  told in the sentence before an undated ceremony;
- D4: 县政协第十届常委会第五次会议 -> 县政协 (a standing body's session numbered by term and round, GUIDELINES §3 ninth
  round, its term written with 第 too); a place's congress written in full (县十届三次人民代表大会) keeps no organizer, as
  the earlier reviews ruled;
  农商行 ends a bank's name like 银行.

Release review of s118 (helper fxv, second round):
- A1: people told as absent (因病未能到场的5名老党员, 缺席的12名代表, 5名代表因事请假) are no attendee count (§3); the
  count of those present beside them stays.
- A2: a count of winners opening the sentence after one that holds a ceremony named for one prize (§5) is read also
  with 本学年 before it, a school year (2024/2025学年) before the quoted prize, and clauses of who officiates or hands
  over after the ceremony (…，副市长某某主礼，并为获奖学生颁发证书。); a count won elsewhere or in another year is not.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, held, honours, page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the account's full date before the meeting, over an older year named twice
        ("1997年，全县粮食丰收。1997年，全县工业增长。\n新年伊始，1998年1月20日，县委书记到大桥视察。\n"
         "1月21日，县政府召开交通工作会议。", [("交通工作会议", "1998-01-21")]),
        ("1996年，该县建成大桥。1996年，该县通了公路。\n一九九八年一月二十日，县长到乡里调研。1月22日，县政府召开农村工作会议。",
         [("农村工作会议", "1998-01-22")]),
        # a full date late in the year before: the meeting in January is in the next year
        ("1997年，全市工业增长。1997年，全市外贸增长。\n1997年12月30日，市委书记到企业慰问。\n1月5日，市政府召开经济工作会议。",
         [("经济工作会议", "1998-01-05")]),
        # NEGATIVE: a full date after 于 is a background event's start, no account the meeting continues
        # (the older year's sentences tell no whole-year outcome, which early in a year would look back: meetings/test_meeting_year_on_undated_page.py)
        ("1997年，全县粮食丰收。1997年，全县交通规划出台。\n该项目于1998年1月3日开工。\n1月5日，县政府召开交通工作会议。",
         [("交通工作会议", "1997-01-05")]),
        # NEGATIVE: a deadline ahead is no day of the account
        ("1998年，全县粮食丰收。1998年，全县交通规划出台。\n县委要求，1999年1月20日前完成任务。\n1月5日，县政府召开交通工作会议。",
         [("交通工作会议", "1998-01-05")]),
    ],
)
def test_year_of_the_accounts_last_full_date(extract, text: str, expected: list) -> None:
    assert dated(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("标题\n本报北京1月5日讯 1998年是改革开放二十周年。\n国家计委昨天举行记者招待会，介绍今年计划。",
         [("记者招待会", "1998-01-04")]),
        ("本报上海3月8日讯 1998年是浦东开发的关键一年。市政府今天召开浦东开发工作会议。",
         [("浦东开发工作会议", "1998-03-08")]),
        ("标题\n本报长沙2月10日讯 1998年2月9日，省里遭遇寒潮。\n省政府昨天召开抗灾工作会议。",
         [("抗灾工作会议", "1998-02-09")]),
        # NEGATIVE: a year merely written (a fund founded) makes no year certain
        ("标题\n本报北京1月5日讯 基金设立于1987年，已资助千人。\n国家教委今天在京举行纪念会。", [("纪念会", None)]),
        ("标题\n本报北京1月5日讯 1997年，我国外贸出口增长。\n外经贸部昨天举行记者招待会。", [("记者招待会", None)]),
    ],
)
def test_dateline_of_an_earlier_sentence(extract, text: str, expected: list) -> None:
    assert dated(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NEGATIVE: the year of another glued item
        ("标题\n本报讯 县里1月5日举行大桥开工典礼。\n本报讯 1997年，全县查补税款2000万元。", [("大桥开工典礼", None)]),
        ("标题\n本报讯 1月9日，市图书馆在市区举行赠书仪式。\n本报讯 一九九八年，市里将新建学校十所。\n本报讯 1997年，全市工业增长。",
         [("赠书仪式", None)]),
        # the item's own year still counts
        ("标题\n本报讯 1998年是改革之年。县里1月5日举行大桥开工典礼。\n本报讯 1997年，全县查补税款2000万元。",
         [("大桥开工典礼", "1998-01-05")]),
    ],
)
def test_year_of_another_item_dates_nothing(extract, text: str, expected: list) -> None:
    assert dated(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月8日，县政协第十届常委会第五次会议召开。", ("县政协第十届常委会第五次会议", "县政协")),
        ("5月8日，市政协第九届常委会第三次会议在市政协会议室召开。", ("市政协第九届常委会第三次会议", "市政协")),
        # NEGATIVE: a place's congress written in full keeps its place, no organizer (the earlier reviews' ruling,
        # tests/extract/pages/test_non_government_gifts_and_anniversary_organizers.py and pages/test_wire_congress_closings_and_same_named_meetings.py; GUIDELINES §3 names only party and CPPCC plenaries)
        ("5月8日，县第十届人民代表大会第三次会议在县会堂开幕。", ("县第十届人民代表大会第三次会议", None)),
        ("5月8日，县十届三次人民代表大会在县会堂召开。", ("县十届三次人民代表大会", None)),
        # the short form, as before
        ("5月8日，县十八届人大三次会议在县会堂开幕。", ("县十八届人大三次会议", "县人大")),
    ],
)
def test_organizer_of_a_numbered_session(extract, text: str, expected: tuple) -> None:
    meeting = held(extract(text, "2024-05-10"))[0]
    assert (meeting[0], meeting[2]) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("5月8日，江城县农商行与江城县政府战略合作签约仪式在县政府举行。", "江城县农商行与江城县政府战略合作签约仪式"),
        ("5月8日，江城村镇银行与江城县政府战略合作签约仪式在县政府举行。", "江城村镇银行与江城县政府战略合作签约仪式"),
        ("5月8日，江城农村商业银行与江城大学战略合作签约仪式在江城大学举行。", "江城农村商业银行与江城大学战略合作签约仪式"),
    ],
)
def test_rural_banks_are_parties_of_a_signing(extract, text: str, name: str) -> None:
    assert held(extract(text, "2024-05-10")) == [(name, "2024-05-08", None)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # NEGATIVE: the sentence before dates an approval or a founding, another event than the ceremony
        ("1997年1月5日，国务院批准建设大桥。大桥开工典礼隆重举行，省长李明出席并讲话。", None, [("大桥开工典礼", None)]),
        ("5月5日，市政府批复同意建设大桥。大桥开工典礼隆重举行，市长李明出席并讲话。", "2024-05-10", [("大桥开工典礼", None)]),
        ("江城集团于5月5日在江城组建成立。集团首个项目开工典礼隆重举行，市长李明出席并讲话。", "2024-05-10", [("首个项目开工典礼", None)]),
        # the account's own day, and the founding's own ceremony, still count
        ("5月5日，省长李明来到大桥工地调研。大桥开工典礼隆重举行，省长李明出席并讲话。", "2024-05-10", [("大桥开工典礼", "2024-05-05")]),
        ("5月5日，市书法家协会正式成立。成立大会在市文化馆举行，市长李明出席并讲话。", "2024-05-10", [("成立大会", "2024-05-05")]),
        ("5月5日，县老年大学挂牌成立。揭牌仪式在县文化馆举行，县长李明出席并讲话。", "2024-05-10", [("揭牌仪式", "2024-05-05")]),
        # a founding told as the day's news opens the account of its first meeting
        ("5月5日，县里成立防汛指挥部。指挥部第一次会议在县政府召开，县长李明主持。", "2024-05-10", [("指挥部第一次会议", "2024-05-05")]),
    ],
)
def test_a_background_act_before_dates_no_ceremony(extract, text: str, published: str | None, expected: list) -> None:
    page_text = f"标题\n{published} 来源：某网\n{text}\n" if published else f"标题\n{text}\n"
    assert dated(extract(page_text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a start on the first day of the next year, ahead of a year-end meeting: the meeting is in the year before
        ("本报比勒陀利亚12月30日电 两国外长30日在这里签署联合公报后联合举行了记者招待会。\n他说，两国将从1998年1月1日起建立大使级外交关系。",
         [("记者招待会", "1997-12-30")]),
        ("标题\n12月28日，市政府召开常务会议，审议通过《市物业管理办法》。\n该办法自2025年1月1日起施行。",
         [("常务会议", "2024-12-28")]),
        # NEGATIVE: a start already run (施行以来), or a meeting early in the year
        ("标题\n12月28日，市政府召开常务会议。\n该办法自2024年1月1日起施行以来，效果明显。2024年，全市新增物业企业10家。",
         [("常务会议", "2024-12-28")]),
        ("标题\n5月8日，市政府召开常务会议。\n该办法自2025年1月1日起施行。", [("常务会议", None)]),
    ],
)
def test_a_start_on_next_new_years_day_dates_a_year_end_meeting(extract, text: str, expected: list) -> None:
    assert dated(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year a speaker looks back on at a meeting early in the year: the meeting is in the year after it
        ("新华社莫斯科1月21日电 政府部长亚辛21日在记者招待会上指出，1997年俄经济的积极变化有助于稳定政局。",
         [("记者招待会", "1998-01-21")]),
        ("本报北京2月3日讯 部长3日在新闻发布会上说，2023年全国外贸进出口保持稳定。", [("新闻发布会", "2024-02-03")]),
        # NEGATIVE: the current year named, a year ahead, or a meeting later in the year
        ("本报北京1月21日讯 部长21日在新闻发布会上表示，1998年是关键的一年。", [("新闻发布会", "1998-01-21")]),
        ("本报北京1月21日讯 部长21日在新闻发布会上表示，1998年将继续扩大开放。", [("新闻发布会", "1998-01-21")]),
        ("本报北京6月21日讯 部长21日在新闻发布会上表示，1997年经济增长较快。", [("新闻发布会", "1997-06-21")]),
    ],
)
def test_a_year_looked_back_on_in_early_remarks(extract, text: str, expected: list) -> None:
    assert dated(extract(text)) == expected


ABSENT_RITE = "6月3日，县委组织部举行“光荣在党50年”纪念章颁发仪式，"
CONGRESS = "6月3日，市工商联召开会员代表大会，"


@pytest.mark.parametrize(
    "body",
    [
        ABSENT_RITE + "因身体原因未能到场的5名老党员由工作人员上门颁发。",
        ABSENT_RITE + "另有3名因病未能出席的老党员将由社区送达。",
        CONGRESS + "因事请假的8名代表委托他人表决。",
        CONGRESS + "缺席的12名代表已书面说明理由。",
    ],
)
def test_absent_people_no_attendee_count(extract, body: str) -> None:
    meetings = extract(page(body))["meetings"]
    assert len(meetings) == 1
    assert meetings[0]["attendee_count"] is None


@pytest.mark.parametrize(
    ("body", "count"),
    [
        # NEGATIVE: those present counted, beside those absent or alone
        (CONGRESS + "120名代表参加会议。", 120),
        (CONGRESS + "5名代表因事请假，115名代表出席。", 115),
        (CONGRESS + "115名代表出席，5名代表缺席。", 115),
        (CONGRESS + "全体120名代表出席会议，无人缺席。", 120),
        (ABSENT_RITE + "30名老党员参加，其中2名行动不便的坐轮椅到场。", 30),
    ],
)
def test_present_count_kept(extract, body: str, count: int) -> None:
    meetings = extract(page(body))["meetings"]
    assert meetings[0]["attendee_count"] == count


PRIZE = "9月10日，市教育局举行“明德奖学金”颁奖典礼"


@pytest.mark.parametrize(
    "body",
    [
        PRIZE + "。本学年共有86名学生获奖。",
        "9月10日，市教育局举行2024/2025学年“明德奖学金”颁奖典礼。今年共有86名学生获奖。",
        PRIZE + "，副市长李明主礼，并为获奖学生颁发证书。今年共有86名学生获奖。",
        PRIZE + "，副市长李明出席并致辞。今年共有86名学生获奖。",
        "9月10日，江城教育局舉行2025/2026學年「明德獎學金」頒獎典禮，司長李明主禮，並為獲獎學生頒發證書。"
        "本學年共有八十六名學生獲獎，每人獲發獎學金一萬元。",
    ],
)
def test_winners_after_prize_ceremony(extract, body: str) -> None:
    assert honours(extract(page(body))) == [("明德奖学金", 86, "名", "person")]


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a win elsewhere, another year, no prize's ceremony before
        PRIZE + "，副市长李明出席并致辞。今年共有86名学生在省级比赛中获奖。",
        PRIZE + "，副市长李明出席并致辞。去年共有86名学生获奖。",
        "9月10日，市教育局召开开学工作会议，副市长李明出席并讲话。本学年共有86名学生获奖。",
    ],
)
def test_winners_elsewhere_not_read(extract, body: str) -> None:
    assert honours(extract(page(body))) == []
