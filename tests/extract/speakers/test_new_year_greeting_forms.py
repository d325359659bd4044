"""A New Year greeting to those present is 致辞 in its other wordings too (GUIDELINES §4 tenth and eleventh review rounds;
thirty-third round): a New Year blessing offered (表示新春祝福, 送上新春祝福, 致以新春的美好祝福). Remarks with 指出/强调
in a later sentence after a greeting of its own at a gathering add 讲话 beside it, as no named speech takes the greeting in (twenty-second round
reads a greeting followed by 介绍 so). A greeting inside the speech's own clause or sentence, a holiday other than the New
Year, a wish to one person on a visit, a greeting on a tour or broadcast give no 致辞."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("1月5日，江城市举行新春茶话会。市委书记李国华向与会的各界人士表示新春祝福。李国华说，新的一年任务艰巨。"
     "李国华指出，要抓好安全生产。", "李国华", ["致辞", "讲话"]),
    ("1月5日，江城市举行迎春茶话会。副市长赵明代表市政府向离退休老同志拜年，向全市人民致以亲切的问候。"
     "他指出，一年来全市经济稳步增长。", "赵明", ["致辞", "讲话"]),
    ("1月5日，江城市举行新年联欢会。局长周敏向全体干部职工送上新春祝福。周敏强调，要做好节日期间值班工作。",
     "周敏", ["致辞", "讲话"]),
    ("1月5日，江城市举行新春座谈会。市政协主席刘红代表市政协向与会人士致以新春的美好祝福。她强调，要加强团结。",
     "刘红", ["致辞", "讲话"]),
    ("1月5日，江城市舉行新春茶話會。市委書記李國華向與會的各界人士表示新春祝福。李國華指出，要抓好安全生產。",
     "李国华", ["致辞", "讲话"]),
    ("1月5日，1500多名侨界人士欢聚一堂，喜迎新春。副总理王明代表国务院向归侨、侨眷拜年。王明回顾了一年来的成就。"
     "他指出，侨务工作取得了显著成绩。", "王明", ["致辞", "讲话"]),
    # near-misses
    ("1月5日，江城市举行新春茶话会。市长王立新在茶话会上发表讲话，向全市人民表示新春祝福。他强调，要抓好经济工作。",
     "王立新", ["讲话"]),
    ("1月5日，江城市举行迎春茶话会。副市长赵明代表市政府向离退休老同志拜年，并强调要抓好安全生产。", "赵明", ["讲话"]),
    ("1月5日，副市长王立新参观江城电子公司时强调，要加快发展。王立新向公司员工表示新春祝福。", "王立新", None),
    ("9月10日，江城市举行教师节座谈会。市长王立新在座谈会上讲话。他向全市教师致以节日的问候，祝大家节日快乐。",
     "王立新", ["讲话"]),
    ("1月5日，江城市举行新春茶话会。市长王立新出席并讲话，祝大家新年好。", "王立新", ["讲话"]),
    ("1月5日，市长王立新来到退休教师张大山家中，祝他新年好。", "王立新", None),
    ("1月5日，江城市举行新年音乐会。市长王立新向大家祝贺新年音乐会演出成功。", "王立新", None),
    ("1月5日，当晚，市长王立新通过电视台向全市人民拜年，祝大家新春快乐。", "王立新", None),
    ("1月5日，江城市举行迎春茶话会。副市长赵明代表市政府向离退休老同志拜年，并强调要抓好安全生产。", "赵明", ["讲话"]),
    ("1月5日，副市长王立新参观江城电子公司时强调，要加快发展。王立新向公司员工致以亲切的问候，祝大家春节快乐。",
     "王立新", None),
    ("1月5日，江城小学学生李小红把亲手绘制的《祝叔叔们春节快乐》图画送给了资助她的干部。", "李小红", None),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_new_year_greeting_forms(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                 roles: list[str] | None) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-06")["speakers"]}
    assert speakers.get(name) == roles
