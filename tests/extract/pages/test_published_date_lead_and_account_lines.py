"""The page's publication date (GUIDELINES §2): leads, account lines and update stamps: a short lead sentence opening with the event's full date (never the page's date, even with no
other date on the page), an account's name with the date and time it posted closing the page, an update
stamp above the publication date in the ROC calendar and after 最后更新, a newspaper's edition line with a
weekday, English month names (Posted: May 8, 2024; 8 May 2024 | 来源; May 8th, 2024 15:20; 2024-May-08),
sign-off dates in Chinese numerals (二〇二四年五月八日, 中華民國一一三年五月八日, HK 二○二四年七月一日（星期一）),
numeric day/month dates whose order is uncertain (08/05/2024), and Hong Kong release lines naming the
government's press office (2023-12-08 香港特別行政區政府新聞公報).  Near misses that must keep their value
(or stay null) sit beside each: an event's day in the body, dates in a list of other articles, a
schedule's time, a deadline.  All sentences are invented."""

from __future__ import annotations

import pytest

from tests.extract.views import when

#: A second paragraph, so that the header/body split sees a body of more than one line.
MORE = "会议还通报了近期重点工作进展情况，对下一阶段工作进行了安排部署。\n各相关部门负责人参加会议。"
MEETING = "昨天，县政府召开工作会议，县长王某主持。"


def _page(head: str, body: str, foot: str = "") -> str:
    """An invented page: a headline, header lines, the body, a second paragraph, footer lines."""
    return "\n".join(line for line in ("县政府召开工作会议", head, body, MORE, foot) if line) + "\n"


def _published(record: dict) -> str | None:
    """The publication date without its time (the schema allows one; §2 scores the day)."""
    return record["published"][:10] if record["published"] else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short lead opening with the event's full date: the event's day, not the page's (§2)
        (_page("", "2024年5月7日，县委召开防汛工作会议。", "发布时间：2024-05-08"), "2024-05-08"),
        (_page("", "2024年5月7日，县委召开防汛工作会议。", "来源：某某县融媒体中心 2024-05-08"), "2024-05-08"),
        (_page("", "2024年5月7日，县委召开防汛工作会议。", "2024-05-08"), "2024-05-08"),
        (_page("", "2024年5月7日，县委召开防汛工作会议。"), None),
        (_page("", "2024年5月7日下午，县委召开防汛工作会议。"), None),
        # near miss: a dateline above the body stays the page's date
        (_page("2024年5月8日 来源：某某网", "2024年5月7日，县委召开防汛工作会议。"), "2024-05-08"),
        (_page("2024-05-08", MEETING), "2024-05-08"),
    ],
)
def test_a_lead_opening_with_the_events_date(extract, text: str, expected: str | None) -> None:
    assert _published(extract(text)) == expected


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        # an account's or a company's name with the date and time it posted, closing the page
        ("某某能源集团 2024年06月04日 09:15", "2024-06-04"),
        ("某某能源集团 2024-06-04 09:15", "2024-06-04"),
        ("原创 某某发布 2024-06-04 09:15", "2024-06-04"),
        # near misses: an item of a schedule, the event's day and hour
        ("开幕式 2024年6月4日 09:30", None),
        ("签到 2024-06-04 08:30", None),
    ],
)
def test_an_account_line_with_date_and_time(extract, foot: str, expected: str | None) -> None:
    assert _published(extract(_page("", MEETING, foot))) == expected


def test_the_account_line_dates_the_meeting(extract) -> None:
    body = "昨天上午，某某能源集团召开“安全生产月”活动启动会，集团总经理王某出席并讲话。"
    record = extract(_page("", body, "某某能源集团 2024年06月04日 09:15"))
    assert when(record) == [("2024-06-03", "昨天", "上午")]


def test_dates_of_other_articles_below_the_body(extract) -> None:
    foot = "相关阅读\n县委召开常委会议 2024-05-01 09:00\n县政府召开常务会议 2024-04-28 10:00"
    assert _published(extract(_page("", MEETING, foot))) is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # the publication date over an update stamp printed above it (§2)
        ("更新日期：113年05月09日\n發布日期：113年05月08日", "2024-05-08"),
        ("最后更新：2024-05-09 10:00\n2024-05-08 09:00 来源：某某网", "2024-05-08"),
        ("更新时间：2024-05-09 10:00\n发布时间：2024-05-08 09:00", "2024-05-08"),
        # near misses: an update stamp with no publication date beside it is the only date the page states
        ("更新时间：2024-05-09 10:00", "2024-05-09"),
    ],
)
def test_an_update_stamp_above_the_publication_date(extract, head: str, expected: str) -> None:
    assert _published(extract(_page(head, MEETING))) == expected


def test_an_update_stamp_above_a_lead_with_the_events_date(extract) -> None:
    # the sentence under the update stamp is the event's day, not a publication stamp
    record = extract(_page("更新时间：2024-05-09 10:00", "2024年5月8日，县委召开防汛工作会议，县委书记王某主持。"))
    assert _published(record) == "2024-05-09"


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        # a newspaper's edition line with a weekday
        ("2024年5月14日  星期二  第A02版", "2024-05-14"),
        ("2024年5月14日 第2版", "2024-05-14"),
        # near miss: a day and an hour, a schedule's line
        ("2024年5月14日 星期二 上午9时", None),
    ],
)
def test_an_edition_line_closing_the_page(extract, foot: str, expected: str | None) -> None:
    assert _published(extract(_page("", MEETING, foot))) == expected


@pytest.mark.parametrize(
    ("head", "foot", "expected"),
    [
        ("Posted: May 8, 2024", "", "2024-05-08"),
        ("8 May 2024 | 来源：某某网", "", "2024-05-08"),
        ("May 8th, 2024 15:20", "", "2024-05-08"),
        ("2024-May-08", "", "2024-05-08"),
        ("Date: Sept. 8, 2024 3:20 PM", "", "2024-09-08"),
        ("", "Published on: 8 May 2024 | 编辑：王某", "2024-05-08"),
        # near misses: a date inside an English sentence, a deadline
        ("The meeting was held on May 8, 2024 in the county hall.", "", None),
        ("", "报名截止：May 20, 2024", None),
    ],
)
def test_english_month_names(extract, head: str, foot: str, expected: str | None) -> None:
    assert _published(extract(_page(head, MEETING, foot))) == expected


def test_an_english_date_dates_the_meeting(extract) -> None:
    assert when(extract(_page("Posted: May 8, 2024", MEETING))) == [("2024-05-07", "昨天", None)]


@pytest.mark.parametrize(
    ("body", "foot", "expected"),
    [
        (MEETING, "二〇二四年五月八日", "2024-05-08"),
        ("昨天，縣府召開工作會議，縣長王某主持。", "中華民國一一三年五月八日", "2024-05-08"),
        ("發展局昨日舉行研討會，局長王某致辭。", "完\n二○二四年七月一日（星期一）\n香港時間17時30分", "2024-07-01"),
        # near miss: the date of an item in a list of other articles
        (MEETING, "推荐阅读\n县委召开常委会议\n二〇二四年五月一日", None),
    ],
)
def test_sign_off_dates_in_chinese_numerals(extract, body: str, foot: str, expected: str | None) -> None:
    assert _published(extract(_page("", body, foot))) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # 08/05/2024 is 8 May or August 5: the page does not say which
        ("日期: 08/05/2024", None),
        ("日期: 18/05/2024", "2024-05-18"),
        ("日期：05/05/2024", "2024-05-05"),
        ("录入时间:11/16/2019", "2019-11-16"),
    ],
)
def test_numeric_day_and_month_in_either_order(extract, head: str, expected: str | None) -> None:
    assert _published(extract(_page(head, MEETING))) == expected


@pytest.mark.parametrize(
    "head",
    ["2023-12-08 香港特別行政區政府新聞公報", "2023-12-08 政府新聞處", "2023-12-08 香港特别行政区政府新闻公报"],
)
def test_a_hong_kong_release_line(extract, head: str) -> None:
    text = "\n".join(["行政長官出席會議", head, "行政長官李家超今日出席行政會議前會見傳媒，並就今年的施政工作回答記者提問。"]) + "\n"
    record = extract(text)
    assert _published(record) == "2023-12-08"
    assert [d for d, _, _ in when(record)] == ["2023-12-08"]
