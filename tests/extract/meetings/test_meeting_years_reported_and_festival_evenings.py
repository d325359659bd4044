"""Meeting shapes of years reported on, festival evenings, lectures and contest ceremonies (invented sentences only).

Found:
- a year reported on (通报2024年…工作情况) read as a year looked back on when the report is of arrangements ahead
  (春运工作安排, 高考工作安排情况) or of a part of the year (1-11月, 春节期间): GUIDELINES §3 date (tenth review round:
  only a year a speaker looks back on as a whole dates an undated meeting early in the next);
- a festival's short name before a noun opened by 夜 (元宵夜市, 中秋夜景) read as the festival's evening: GUIDELINES §3
  date (a festival names a date only when its day or evening is told);
- a lecture named from 作为 (作为系列科普讲座) or from 上 of 线上 (线上作了健康讲座 → "作了健康讲座"): GUIDELINES §3
  lecture names (the lecture named as written, by the verb that gives it);
- a count attending a contest's opening or prize ceremony (参加了比赛开幕式, 参加了大赛颁奖礼) taken for contestants:
  GUIDELINES §3 attendee_count (people attending a ceremony are its count; contestants are not).
"""

from __future__ import annotations

import pytest

from pipeline.extract.meetings.dates import _reviewed_years
from tests.extract.views import page, when


def _undated(body: str) -> str:
    return f"标题\n本报讯\n{body}\n"


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


def _lectures(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"] if "讲座" in m["name"]]


# -- §3 date: a year reported on ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("1月10日，市交通局召开新闻发布会，通报2024年春运工作安排。", "2024-01-10"),
        ("1月10日，市教育局召开会议，通报2024年高考工作安排情况。", "2024-01-10"),
        ("1月10日，市应急局召开会议，通报2024年1-11月全市安全生产情况。", "2024-01-10"),
        ("1月12日，县水利局召开会议，通报2024年汛期防汛工作部署情况。", "2024-01-12"),
        ("1月15日，市文旅局召开会议，通报2024年暑期文旅市场工作要点。", "2024-01-15"),
    ],
)
def test_a_year_ahead_or_in_part_is_no_year_looked_back(extract, body: str, date: str) -> None:
    assert [m["date"] for m in extract(_undated(body))["meetings"]][:1] == [date]


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # (negative) the whole year's work reported early in the next: the meeting is in the next year
        ("1月10日，市司法局召开新闻发布会，通报2024年全市行政复议工作情况。", "2025-01-10"),
        # (negative) a plan's execution is looked back on
        ("1月10日，市发改委召开会议，通报2024年全市重点项目计划执行情况。", "2025-01-10"),
    ],
)
def test_a_year_looked_back_on_still_dates(extract, body: str, date: str) -> None:
    assert [m["date"] for m in extract(_undated(body))["meetings"]][:1] == [date]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("总结2024年春节期间安全工作", []),
        ("会议总结2023年度工作，表彰先进。", [2023]),
        ("会议通报2023年全市安全生产工作情况，表彰2022年度先进集体。", [2022, 2023]),
    ],
)
def test_reviewed_years_counts_each_year_once(sentence: str, years: list[int]) -> None:
    assert sorted(_reviewed_years(sentence)) == years


# -- §3 date: a festival's evening ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page("元宵夜市开市仪式在步行街举行。", "2024-02-26"), [(None, None, None)]),
        (page("中秋夜景亮灯仪式在滨江公园举行。", "2024-09-20"), [(None, None, None)]),
        (page("除夕夜宵供应启动仪式在美食街举行。", "2024-02-12"), [(None, None, None)]),
        (page("中秋夜游活动启动仪式在古镇举行。", "2024-09-20"), [(None, None, None)]),
    ],
)
def test_a_noun_opened_by_night_is_no_festival_evening(extract, text: str, expected: list) -> None:
    assert when(extract(text))[:1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (negative) the festival's evening itself stays its day
        (page("元宵夜，县文联举行元宵诗会座谈会。", "2024-02-26"), [("2024-02-24", "元宵夜", "晚上")]),
        (page("中秋之夜，市侨联在侨联大厦举行中秋茶话会。", "2024-09-19"), [("2024-09-17", "中秋之夜", "晚上")]),
    ],
)
def test_festival_evening_still_dates(extract, text: str, expected: list) -> None:
    assert when(extract(text))[:1] == expected


# -- §3 lecture names ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市科协组织科普活动，邀请专家作为系列科普讲座。", []),
        ("5月6日，社区卫生服务中心医生在线上作了健康讲座。", []),  # a topic-only name: no record (GUIDELINES §8)
        ("5月6日，县人民医院专家在线上作了专题讲座。", ["专题讲座"]),
        ("5月6日，市图书馆馆长在网上作了读书专题讲座。", ["读书专题讲座"]),
        # (negative) a lecture given with 上 as the verb
        ("5月6日，县委书记王强为全县党员干部上了一堂廉政专题讲座。", ["廉政专题讲座"]),
    ],
)
def test_lecture_named_by_its_verb(extract, body: str, expected: list) -> None:
    assert _lectures(extract(page(body))) == expected


# -- §3 attendee_count: a contest's ceremony attended ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，全市职工技能大赛开幕式在市体育馆举行，500余名运动员和观众参加了比赛开幕式。",
         [("全市职工技能大赛开幕式", 500, True)]),
        ("5月6日，创新创业大赛颁奖礼在市会展中心举行，200余名嘉宾参加了大赛颁奖礼。",
         [("创新创业大赛颁奖礼", 200, True)]),
        ("5月6日，全县中小学生运动会闭幕式在县体育场举行，600余名师生参加了比赛闭幕式。",
         [("全县中小学生运动会闭幕式", 600, True)]),
        # (negative) contestants entering the contest, 正式 no ceremony
        ("5月6日，区少儿书法比赛颁奖典礼在区文化馆举行，50名选手参加了正式比赛。",
         [("区少儿书法比赛颁奖典礼", None, False)]),
        # (negative) contestants of a championship
        ("5月6日，市青少年游泳锦标赛颁奖仪式在市游泳馆举行，80名选手参加了锦标赛。",
         [("市青少年游泳锦标赛颁奖仪式", None, False)]),
    ],
)
def test_a_contest_ceremony_attended_keeps_its_count(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected
