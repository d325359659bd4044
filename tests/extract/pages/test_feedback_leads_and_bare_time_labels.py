"""Inspection feedback leads dating the meeting referred to, page stamps under a bare 时间： label, and the
fund of a share to each recipient (invented sentences)."""

from __future__ import annotations

import pytest


def _dates(record):
    return [(m["name"], m["date"]) for m in record["meetings"]]


@pytest.mark.parametrize("text, published, date", [
    ("3月12日上午，市委第一巡察组向市交通局党组反馈巡察情况。市委巡察办主任李强出席会议并讲话，"
     "会议由市委第一巡察组副组长王芳主持。", "2026-03-13", "2026-03-12"),
    ("昨天，省委第五巡视组向江城市委反馈巡视情况。会议由市委副书记赵刚主持，80余人参加会议。",
     "2026-06-05", "2026-06-04"),
    ("9日，县委第二巡察组向县卫健局党组反馈巡察情况，县卫健局局长陈明作表态发言。会议由县委巡察办副主任周红主持。",
     "2026-09-10", "2026-09-09"),
])
def test_feedback_lead_dates_the_meeting(extract, text, published, date):
    assert date in [d for _, d in _dates(extract(text, published))]


def test_feedback_deadline_does_not_date(extract):
    # a deadline for the feedback opens no account
    r = extract("巡察组要求于6月30日前反馈整改情况。会议由县委巡察办主任刘军主持。", "2026-05-20")
    assert all(d != "2026-06-30" for _, d in _dates(r))


@pytest.mark.parametrize("stamp", ["时间：2027-01-03", "时间：2027-01-03 10:21", "时间：2027-01-03　来源：市委巡察办"])
def test_bare_time_label_stamp_is_no_meeting_day(extract, stamp):
    text = ("市委第四巡察组向市住建局党组反馈巡察情况\n" + stamp + "\n"
            "12月29日，市委第四巡察组向市住建局党组反馈巡察情况。市住建局局长朱立新主持会议并作表态发言。")
    assert "2026-12-29" in [d for _, d in _dates(extract(text, "2027-01-03"))]


def test_programme_time_line_still_dates(extract):
    text = ("江城市召开新闻发布会\n时间：2026年7月17日下午3时\n地点：市政府新闻发布厅\n"
            "会议由市政府新闻办副主任李娜主持。")
    r = extract(text, "2026-07-15")
    assert [d for _, d in _dates(r)][0] == "2026-07-17"


def test_programme_numeric_time_with_place_line_still_dates(extract):
    text = ("江城市召开新闻发布会\n时间：2026-07-17 15:00\n地点：市政府新闻发布厅\n"
            "会议由市政府新闻办副主任李娜主持。")
    r = extract(text, "2026-07-15")
    assert [d for _, d in _dates(r)][0] == "2026-07-17"


@pytest.mark.parametrize("text, amount, purpose", [
    ("6月28日，县委召开表彰大会。大会还为每个先进基层党组织发放奖励经费5000元。", 5000, "先进基层党组织奖励经费"),
    ("6月28日，县委召开表彰大会，会上为12个先进基层党组织各发放奖励经费3000元。", 3000, "先进基层党组织奖励经费"),
    ("1月20日，县总工会召开座谈会，为困难职工每人发放补助资金800元。", 800, "困难职工补助资金"),
    ("6月28日，县委召开表彰大会，为先进基层党组织发放奖励经费5000元。", 5000, "先进基层党组织奖励经费"),
])
def test_share_to_each_keeps_the_fund(extract, text, amount, purpose):
    funding = extract(text, "2026-06-29")["funding"]
    assert [(f["amount"], f["purpose"]) for f in funding] == [(amount, purpose)]


def test_case_sum_is_no_funding(extract):
    r = extract("会议通报了某局原局长杨某某收受财物共计80万元的典型案例，与会人员观看了警示教育片。", "2026-12-02")
    assert r["funding"] == []



def _roles(record):
    return {s["name"]: s["roles"] for s in record["speakers"]}


@pytest.mark.parametrize("text, name", [
    ("11月18日上午，县委第二巡察组巡察县民政局党组情况反馈会召开。县委第二巡察组组长赵明义反馈了巡察情况，"
     "县民政局局长孙海林作表态发言。", "赵明义"),
    ("11月18日，省委第三巡视组向市委反馈巡视情况。省委第三巡视组组长李建华代表巡视组反馈了巡视意见，市委书记王刚主持会议。",
     "李建华"),
])
def test_inspection_findings_fed_back_are_an_address(extract_with_model, text, name):
    # (the name before 反馈 alone is read by the model, not by the rules)
    assert "讲话" in _roles(extract_with_model(text, "2026-11-20")).get(name, [])


@pytest.mark.parametrize("text, name", [
    ("11月18日，县委巡察整改推进会召开。县市场监管局局长孙海林向巡察组反馈了巡察整改情况。县委书记李明主持会议。", "孙海林"),
    ("11月18日，县委召开整改推进会。县民政局局长孙海林反馈了整改进展情况，县委书记李明主持会议。", "孙海林"),
])
def test_feedback_by_those_inspected_is_no_address(extract_with_model, text, name):
    assert name not in _roles(extract_with_model(text, "2026-11-20"))
