"""Two shapes of invented articles, ruled by corpus/GUIDELINES.md's nineteenth review round.

- §6: a single project's budget that a named payer covers (该项目预算为300万元，由县财政全额保障) was read like a body's
  or a field's budget stated with a copula (a statistic) and gave no record; it is money allocated to the project.
- §5: 会议还将“X”称号授予15名同志 with a meeting or congress as the subject was read as a plan (还将) and gave no
  award; it is a conferral done at the meeting, while 还将 after a body or a time ahead stays a plan.

Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("该项目预算为300万元，由县财政全额保障。", 3000000),
        ("该工程预算为1200万元，由市财政全额承担。", 12000000),
        ("该项目预算为80万元，由镇政府全额负担。", 800000),
        ("该项目预算为500万元，全部由区财政保障。", 5000000),
    ],
)
def test_a_projects_budget_a_payer_covers_is_funding(extract, text: str, amount: int) -> None:
    assert [(a, c) for a, c, _ in grants(extract(page(text)))] == [(amount, "CNY")]


@pytest.mark.parametrize(
    "text",
    [
        "该国今年的国防预算为270亿美元。",
        "学校本年度预算是3000万元。",
        # (a project's budget with no payer covering it: a figure, as before)
        "该项目预算为300万元。",
        # (a field's budget that a payer only helps with: the copula reading stays)
        "全市教育预算为30亿元，由省财政补助一部分。",
    ],
)
def test_a_bodys_or_fields_budget_with_a_copula_stays_no_record(extract, text: str) -> None:
    assert grants(extract(page(text))) == []


@pytest.mark.parametrize(
    ("text", "honor", "count"),
    [
        ("会议还将“优秀共产党员”称号授予15名同志。", "优秀共产党员", 15),
        ("大会还将“先进工作者”称号授予20名职工。", "先进工作者", 20),
        ("全会还将「优秀党务工作者」称号授予8名同志。", "优秀党务工作者", 8),
        ("会议还将“劳动模范”荣誉称号授予12名同志。", "劳动模范", 12),
    ],
)
def test_a_meeting_that_also_confers_a_title_gives_an_award(extract, text: str, honor: str, count: int) -> None:
    assert [(h, n) for h, n, _, _ in honours(extract(page(text)))] == [(honor, count)]


@pytest.mark.parametrize(
    "text",
    [
        "市委还将“优秀共产党员”称号授予15名同志。",
        "明年将“优秀共产党员”称号授予15名同志。",
        "拟将“优秀共产党员”称号授予15名同志。",
        "明年，会议还将“优秀共产党员”称号授予15名同志。",
        "县政府还将“先进工作者”称号授予20名职工。",
    ],
)
def test_still_ahead_after_a_body_or_a_time_ahead_stays_a_plan(extract, text: str) -> None:
    assert honours(extract(page(text))) == []
