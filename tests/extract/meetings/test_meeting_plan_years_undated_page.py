"""Meeting shapes: a year-end meeting's plan years on a page with no publication date (GUIDELINES §3).

Found in review cr23 (G7), in meetings/dates.py ``_plan_year`` / ``_year_written_most`` (step 14):
- Years a November or December meeting only sets targets or work for (`会议要求2025年GDP增长5%`) still made the
  meeting's year when they were the page's only years. §3: "A year the text gives only for a plan (… `2024年全县GDP增长6%`
  as a target the meeting sets) … is no evidence of the meeting's year: with no other evidence the date stays `null`."
  Such years are now never counted; the date stays null.
- The year whose targets are told done or to be finished (`年初确定的2024年各项目标任务全面完成`,
  `确保完成2024年各项目标任务`) was read as a plan year and dropped, leaving the next year's plan to win: a result told
  at a year-end meeting is the year it closes, not a plan.
- A year opening its sentence with the next clause telling what will be done (`2025年，全县将继续推进改革`) and next
  year's projects studied (`研究了2025年重点项目`) are plan years too, like `部署2025年工作`.
Near misses keep today's output: a plan year beside a result year, early-year meetings, a target with 完成 and an object,
and next year's work set out (`部署2025年重点工作`), still read as the year before (_year_ahead; tests/extract/
meetings/test_meeting_newspaper_relative_days_and_year_ends.py).
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated


def _undated(body: str) -> str:
    return f"标题\n{body}\n"


def _dates(extract, body: str) -> list[str | None]:
    return [d for _, d in dated(extract(_undated(body)))]


# --- the plan's years are the page's only years: date null (§3) ---

@pytest.mark.parametrize("body", [
    "12月20日，县委召开经济工作会议。会议要求2025年GDP增长5%，2025年财政收入增长6%。",
    "11月28日，市委召开常委会会议。会议提出2025年地区生产总值增长6%左右。",
    "12月20日，县委召开经济工作会议。会议要求2025年GDP增长5%，2025年财政收入增长6%。自2017年以来，全县经济稳步增长。",
    "12月18日，区委召开全会。会议明确2025年全区固定资产投资增长8%的目标。",
])
def test_only_plan_years_leave_date_null(extract, body):
    assert _dates(extract, body) == [None]


# --- the year whose targets are told met is the meeting's year; the next year's plan does not outvote it ---

@pytest.mark.parametrize("body, expected", [
    ("12月26日，县委召开全会。会上通报，年初确定的2024年各项目标任务全面完成。2025年，全县将继续推进改革。", "2024-12-26"),
    ("12月26日，县委召开全会。会议要求，确保完成2024年各项目标任务。会议还研究了2025年重点项目。", "2024-12-26"),
    ("12月26日，县委召开全会。会上通报，年初确定的2024年各项目标任务全面完成。", "2024-12-26"),
    ("12月10日，市委召开常委会会议。2024年全市各项目标任务顺利完成。2025年，全市要聚焦高质量发展。", "2024-12-10"),
    ("11月29日，县政府召开全体会议。会议要求，全面完成2024年各项目标任务。会议部署2025年重点工作。", "2024-11-29"),
])
def test_met_targets_year_is_the_meetings(extract, body, expected):
    assert _dates(extract, body) == [expected]


# --- near misses: today's output kept ---

@pytest.mark.parametrize("body, expected", [
    # a plan year beside a year told as a result: the result's year
    ("12月20日，县委召开经济工作会议。会议要求2025年GDP增长5%。2024年前三季度全县GDP增长5.2%。", "2024-12-20"),
    ("12月10日，市委召开常委会会议。2024年，全市GDP增长5.2%。会议要求2025年GDP增长5%。", "2024-12-10"),
    ("12月20日，县委召开经济工作会议。会议部署2025年重点工作。会议总结了2024年工作。", "2024-12-20"),
    # early in a year the year opening a plan sentence is the year the meeting is in
    ("1月10日，市委召开常委会会议。2025年，全市将聚焦高质量发展。", "2025-01-10"),
    # next year's work set out at a year-end meeting: the year before, as _year_ahead reads it (not a bare target)
    ("12月15日，区政府召开全体会议。会议部署2025年重点工作。", "2024-12-15"),
    # projects studied for their progress: a review of the year, not next year's projects
    ("12月20日，县委召开常委会会议。会议研究了2024年重点项目推进情况。", "2024-12-20"),
    # 完成 with its object after: a target for the year ahead, no result
    ("12月26日，县委召开全会。会议要求2025年完成投资100亿元。", None),
])
def test_plan_year_near_misses(extract, body, expected):
    assert _dates(extract, body) == [expected]
