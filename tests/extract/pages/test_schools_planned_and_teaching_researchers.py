"""Education bureaus and K-12 schools: projects a body plans for a later time (计划明年再新建幼儿园2所，
预计投资6000万元) are only intended, their total no funding (GUIDELINES §6: a project only planned); works started or
built keep their totals.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县里计划明年再新建幼儿园2所，预计投资6000万元。", []),
        ("区教育局计划今年新建中小学3所，总投资4.5亿元。", []),
        ("全市计划2025年改造薄弱学校12所，总投资约3亿元。", []),
        ("县里计划年内还新建农村寄宿制学校4所，总投资8000万元。", []),
        # works started or built: their totals are funding
        ("今年全县新建幼儿园2所，总投资6000万元。", [(60000000.0, "CNY", None)]),
        ("该校新校区于3月开工建设，总投资2.6亿元。", [(260000000.0, "CNY", None)]),
        ("按计划新建的3所学校已全部建成，总投资4.5亿元。", [(450000000.0, "CNY", None)]),
    ],
)
def test_schools_planned_ahead(extract, body: str, expected: list) -> None:
    assert [g[:2] for g in grants(extract(page(body)))] == [e[:2] for e in expected]


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("4月18日，区教研室数学教研员周晓明主持教研活动并作点评。", "周晓明", "区教研室数学教研员"),
        ("4月18日，全区初中语文教研会召开，市教科院语文教研员林芳作专题讲座。", "林芳", "市教科院语文教研员"),
        ("4月18日，全区小学英语教研会召开，教研员陈海主持会议。", "陈海", "教研员"),
    ],
)
def test_teaching_researcher_title(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a scope over a class of bodies before a quoted programme name holds nothing: the name stays whole
        ("8月28日，全市中小学“青蓝工程”师徒结对仪式在市教育会堂举行。", [("全市中小学“青蓝工程”师徒结对仪式", "2024-08-28", None)]),
        ("8月28日，全县各中小学“开学第一课”主题班会举行。", [("全县各中小学“开学第一课”主题班会", "2024-08-28", None)]),
        ("8月28日，全区学校“青蓝工程”结对仪式在区教师发展中心举行。", [("全区学校“青蓝工程”结对仪式", "2024-08-28", None)]),
        # one school before the quoted name still holds it
        ("8月28日，市实验小学“青蓝工程”师徒结对仪式举行。", [("“青蓝工程”师徒结对仪式", "2024-08-28", "市实验小学")]),
        # the agent of 主办 told after the meeting outranks a place alone before its name
        ("12月13日，滨江市首届中小学校长论坛在市委党校举行。论坛由市教育局主办、滨江师范学院承办。",
         [("首届中小学校长论坛", "2024-12-13", "市教育局")]),
        ("12月13日，滨江市首届中小学校长论坛在市委党校举行，论坛由市教育局主办。",
         [("首届中小学校长论坛", "2024-12-13", "市教育局")]),
        # not another edition's agent, and a place alone stays with none told
        ("12月13日，滨江市首届中小学校长论坛在市委党校举行。上届论坛由市教育局主办。", [("首届中小学校长论坛", "2024-12-13", "滨江市")]),
        ("3月6日，金水区2025年教育工作会议在区政府召开。", [("2025年教育工作会议", "2025-03-06", "金水区")]),
    ],
)
def test_scope_and_later_host(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, published="2025-03-07" if "2025" in body else "2024-12-14"))) == expected
