"""Meeting dates written with a dot or a slash on county, party, school, hospital, company and Taiwan/HK pages: a month and a day
written with a dot or a slash (5.20下午，…; 市政府5/20（三）上午于…) right before a time of day or a bracketed weekday is
the meeting's day, where no decimal number or fraction stands; a meeting chaired or attended in a sentence opening with
同日/当天/当日 and another part of the day (…上午出席论坛。同日下午，某某主持…会议) is one more meeting, on the day of the
last meeting told before it.  Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 date, date_text,
several events each a record)."""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5.20下午，我校在图书馆报告厅举办第三届青年教师教学论坛，副校长李红主持。",
         [("2024-05-20", "5.20", "下午")]),
        ("4.28上午，区卫健委在三楼会议室召开安全生产工作会议。",
         [("2024-04-28", "4.28", "上午")]),
        ("市政府5/6（一）上午于市府集会堂举行年度防灾业务评核颁奖典礼，由副市长王伟颁奖。",
         [("2024-05-06", "5/6", "上午")]),
        ("县教育局于5/7（二）下午召开期中教学质量分析会。",
         [("2024-05-07", "5/7", "下午")]),
        ("12.30晚上，公司在职工之家举行迎新年联欢晚会暨表彰大会。",
         [("2023-12-30", "12.30", "晚上")]),
    ],
)
def test_dotted_or_slashed_day_before_time(extract, body, expected):
    assert when(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a decimal number or a fraction before a time word is no day
        "5月6日上午，县委召开常委会会议，会议指出，全县增长5.20个百分点。",
        "5月6日上午，县委召开常委会会议，研究3/4以上村完成改造的工作。",
    ],
)
def test_decimal_is_no_day(extract, body):
    assert [d for d, _, _ in when(extract(page(body)))] == ["2024-05-06"]


def test_decimal_before_time_word_needs_clause(extract):
    # NEGATIVE: 13.5 (no month 13) and 5.2.1 (a section number) read no day
    record = extract(page("第5.2.1下午，会议结束。13.5上午，县委召开常委会会议。"))
    assert all(d is None for d, _, _ in when(record))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，局长王强出席全市网络安全论坛并致辞。同日下午，王强主持跨部门打击电信诈骗工作小组会议，研究工作。",
         [("全市网络安全论坛", "2024-05-06", "上午"), ("跨部门打击电信诈骗工作小组会议", "2024-05-06", "下午")]),
        ("5月6日上午，县委召开常委会会议。当天下午，县委书记王强主持防汛工作专题会议，研究防汛工作。",
         [("常委会会议", "2024-05-06", "上午"), ("防汛工作专题会议", "2024-05-06", "下午")]),
        ("5月6日上午，县委召开常委会会议。当日晚上，县长李明参加全县安全生产视频调度会并讲话。",
         [("常委会会议", "2024-05-06", "上午"), ("全县安全生产视频调度会", "2024-05-06", "晚上")]),
    ],
)
def test_same_day_chaired_meeting(extract, body, expected):
    record = extract(page(body))
    assert [(m["name"], m["date"], m["time_of_day"]) for m in record["meetings"]] == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: the same part of the day (the same meeting's session), no part told before, or the meeting itself
        "5月6日上午，县委召开常委会会议。当天上午，县委书记王强主持防汛工作专题会议，研究防汛工作。",
        "5月6日，县委召开常委会会议。当天下午，县委书记王强主持防汛工作专题会议。",
        "5月6日上午，县委召开常委会会议，县委书记王强主持会议。同日下午，王强主持了常委会会议的第二阶段议程。",
    ],
)
def test_same_day_not_another_meeting(extract, body):
    assert [m["name"] for m in extract(page(body))["meetings"]] == ["常委会会议"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("国庆前夕，县委召开离退休老干部座谈会，通报全县经济运行情况。", [(None, "国庆前夕", None)]),
        ("中秋佳节前夕，社区党委召开“邻里守望”座谈会。", [(None, "中秋佳节前夕", None)]),
        ("在端午前夕，县妇联召开巾帼志愿者座谈会。", [(None, "端午前夕", None)]),
    ],
)
def test_festival_short_name_eve(extract, body, expected):
    assert when(extract(page(body))) == expected


def test_festival_short_name_alone_is_no_period(extract):
    # NEGATIVE: 国庆 as a given name before a time of day, and 国庆期间 (no eve) keep the stated day / no period
    record = extract(page("5月6日上午，县委召开常委会会议，县委书记张国庆上午主持会议。"))
    assert when(record) == [("2024-05-06", "5月6日", "上午")]
    record = extract(page("国庆期间，县委召开座谈会。"))
    assert [d for d, _, _ in when(record)] == [None]


def test_bare_meeting_count_after_next_meeting_is_its(extract):
    body = ("6月3日上午，开发区举行重点项目集中签约仪式，8个项目现场签约。当天下午，开发区还召开了招商引资工作推进会。"
            "王刚主持会议，要求各小组紧盯在谈项目。各部门负责人30余人参加会议。")
    record = extract(page(body))
    assert [(m["name"], m["attendee_count"]) for m in record["meetings"]] == [
        ("重点项目集中签约仪式", None), ("招商引资工作推进会", 30)]


def test_count_naming_main_meeting_stays_main(extract):
    # NEGATIVE: the count names the main meeting's own head (签约仪式), or stands in a paragraph of its own
    body = ("6月3日上午，开发区举行重点项目集中签约仪式，8个项目现场签约。当天下午，开发区还召开了招商引资工作推进会。"
            "王刚主持会议。各部门负责人30余人参加签约仪式。")
    record = extract(page(body))
    assert record["meetings"][0]["attendee_count"] == 30
    body = ("6月3日上午，县委召开全县经济工作会议。当天下午，县委还召开了常委会会议。\n全县副科级以上干部共300余人参加会议。")
    record = extract(page(body))
    assert record["meetings"][0]["attendee_count"] == 300


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("5月6日下午，学校举办青年教师成长论坛，近三年入职的80余名青年教师参加。", 80),
        ("5月6日下午，学院召开新教师座谈会，近两年新引进的30名博士参加座谈。", 30),
        # NEGATIVE: a tally over the recent years stays no count
        ("5月6日下午，学校举办青年教师成长论坛。近三年共有800余名教师参加该论坛。", None),
        ("5月6日下午，学校举办青年教师成长论坛，近三年来累计培训教师800余人。", None),
    ],
)
def test_recent_years_describing_people(extract, body, count):
    assert extract(page(body))["meetings"][0]["attendee_count"] == count
