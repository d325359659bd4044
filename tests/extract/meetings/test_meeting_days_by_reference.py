"""Meeting dates carried by reference and by the page. Invented sentences; the expected values
follow corpus/GUIDELINES.md §3 (date: relative days resolved against the day told, only the day of the clause that
holds the meeting counts; location: the venue, not the time caught before it).

- 当天/当日/同日 after several dated meetings is the day told last before it, not the first meeting's.
- 当天, 次日, 前一天 count from a day something took place on: not from a deadline (6月30日前完成), a stock's day
  (截至3月10日), the day a document came out (印发) or a day in what a meeting dealt with (传达学习3月1日…会议精神).
- A meeting held from a day on (…会议昨（19）日起在澳门举行，为期两天) is held on that first day, and its venue
  is the place after 在, not 起在…; a venue after 于当日下午在 carries no part of the day.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page


def _venues(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["date"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 当天 after the second dated meeting: that one's day
        (page("4月2日，某党支部召开支委会，研究发展党员工作。4月9日，支部召开党员大会，党支部书记王某主持会议。"
              "当天，支部还举行了新党员入党宣誓仪式。", "2024-04-12"),
         [("支委会", "2024-04-02"), ("党员大会", "2024-04-09"), ("新党员入党宣誓仪式", "2024-04-09")]),
        # 当天下午 after a dated act that is no meeting: the day told last
        (page("3月12日，区委召开全区组织工作会议。3月14日，区委书记到企业调研。当天下午，区委组织部召开座谈会。",
              "2024-03-20"),
         [("全区组织工作会议", "2024-03-12"), ("座谈会", "2024-03-14")]),
        # 次日 after a deadline: counted from the meeting's day, not from the deadline
        (page("3月5日上午，县政府召开第28次常务会议。会议要求在6月30日前完成危桥排查。"
              "次日，县政府召开全县安全生产工作会议。", "2024-03-20"),
         [("第28次常务会议", "2024-03-05"), ("全县安全生产工作会议", "2024-03-06")]),
        # 次日 after a stock's day (截至…)
        (page("3月12日，县委召开党建工作推进会。截至3月10日，全县已完成整改。次日，县委召开观摩会。", "2024-03-20"),
         [("党建工作推进会", "2024-03-12"), ("观摩会", "2024-03-13")]),
        # 当天 after a day in what the meeting dealt with
        (page("3月5日，县委召开常委会会议，传达学习3月1日全省经济工作会议精神。当天下午，县委又召开全县招商引资工作会议。",
              "2024-03-20"),
         [("常委会会议", "2024-03-05"), ("全县招商引资工作会议", "2024-03-05")]),
        # 前一天 after a document's day
        (page("6月7日，县人大常委会召开第十九次会议。会议学习了5月20日印发的实施意见。前一天，县人大常委会召开主任会议。",
              "2024-06-08"),
         [("县人大常委会第十九次会议", "2024-06-07"), ("主任会议", "2024-06-06")]),
        # NEGATIVE: 当天 after the main meeting only: its day, as before
        (page("3月5日上午，县政府召开常务会议，县长王某主持会议。当天下午，县长王某又主持召开全县安全生产工作会议。",
              "2024-03-06"),
         [("常务会议", "2024-03-05"), ("全县安全生产工作会议", "2024-03-05")]),
        # NEGATIVE: 当天 after an undated main meeting stays undated
        (page("近日，县委召开常委会会议。当天下午，县委又召开全县招商引资工作会议。", "2024-03-20"),
         [("常委会会议", None), ("全县招商引资工作会议", None)]),
    ],
)
def test_a_day_told_relative_to_the_day_told_last(extract, text: str, expected: list) -> None:
    assert dated(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("粤澳合作联席会议昨（19）日起在澳门举行，会议为期两天。行政长官贺某主持会议。第二天，双方举行了经贸合作交流会。",
         [("粤澳合作联席会议", "2024-11-19", "澳门"), ("经贸合作交流会", "2024-11-20", None)]),
        ("第三届数字经济论坛于19日起在市会展中心举行，为期三天。",
         [("第三届数字经济论坛", "2024-11-19", "市会展中心")]),
        ("全省教育工作会议昨日起在杭州召开，会期两天。", [("全省教育工作会议", "2024-11-19", "杭州")]),
        ("民营企业家座谈会于19日在市行政中心召开。重点项目集中签约仪式于当日下午在市会展中心举行。",
         [("民营企业家座谈会", "2024-11-19", "市行政中心"), ("重点项目集中签约仪式", "2024-11-19", "市会展中心")]),
        # NEGATIVE: a day things run from is no meeting's day
        ("新条例11月1日起施行。11月18日，县委召开常委会。第二天，县委召开座谈会。",
         [("常委会", "2024-11-18", None), ("座谈会", "2024-11-19", None)]),
    ],
)
def test_a_meeting_held_from_a_day_on(extract, text: str, expected: list) -> None:
    assert _venues(extract(text, published="2024-11-20")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan with a month's part or a day after 计划: a meeting still ahead, no record
        ("月初，县农业农村局召开全县春耕生产工作会。县里计划5月中旬召开全县“三夏”生产现场会。",
         [("全县春耕生产工作会", None, "县农业农村局")]),
        ("4月20日，街道召开老旧小区改造推进会。街道计划6月10日举行消夏纳凉晚会。",
         [("老旧小区改造推进会", "2024-04-20", None)]),
        # NEGATIVE: a meeting held by a plan, and a meeting named after 计划生育
        ("按照年度计划，4月10日召开了全县计划生育工作会议。", [("全县计划生育工作会议", "2024-04-10", None)]),
    ],
)
def test_a_meeting_planned_for_a_named_time(extract, text: str, expected: list) -> None:
    assert [(m["name"], m["date"], m["organizer"]) for m in extract(text, published="2024-04-25")["meetings"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shifted day before the verb is no organizer
        ("3月5日，县长在会上报告，前一天(4日)已召开防汛整备工作会议。", [("防汛整备工作会议", None)]),
        ("3月5日，县委召开常委会。县政府前一天召开常务会议。", [("常委会", "县委"), ("常务会议", "县政府")]),
        # an office's own bare kind with 里 names no body
        ("4月10日，县财政局召开一季度财政收支分析会。3月22日，局里曾召开预算绩效管理培训会。",
         [("一季度财政收支分析会", "县财政局"), ("预算绩效管理培训会", None)]),
        # NEGATIVE: a named body keeps its name
        ("3月22日，县财政局召开预算绩效管理培训会。", [("预算绩效管理培训会", "县财政局")]),
    ],
)
def test_no_organizer_from_a_day_word_or_an_unnamed_office(extract, text: str, expected: list) -> None:
    assert [(m["name"], m["organizer"]) for m in extract(text, published="2024-04-25")["meetings"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline between the meeting and 会后 is no day told: the meeting's day
        ("1月30日，县委召开常委会会议。会议要求，各单位要于2月10日前完成自查。会后，县委又召开专题会议。",
         [("常委会会议", "2024-01-30"), ("专题会议", "2024-01-30")]),
        ("1月30日，县委召开常委会会议。截至1月29日，全县已完成整改。随后，县委又召开专题会议。",
         [("常委会会议", "2024-01-30"), ("专题会议", "2024-01-30")]),
        # NEGATIVE: a day something took place on between: no day for the one told after it
        ("1月30日，县委召开常委会会议。1月31日，县委书记到企业调研。随后，县委又召开专题会议。",
         [("常委会会议", "2024-01-30"), ("专题会议", None)]),
    ],
)
def test_a_following_meeting_past_a_deadline(extract, text: str, expected: list) -> None:
    assert dated(extract(page(text, "2024-02-05"))) == expected
