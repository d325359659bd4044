"""Phrasings of ordinary non-government news (universities, companies, donations).  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，捐赠仪式在县第一中学举行。副县长李慧接受捐赠并致辞。", {"李慧": ("副县长", ("致辞",))}),
        ("5月6日，捐赠仪式在县第一中学举行。县教育局局长张伟接受捐赠并讲话。", {"张伟": ("县教育局局长", ("讲话",))}),
    ],
)
def test_accepting_a_gift_ends_the_name(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，西南交通大学建校128周年庆祝大会在九里校区体育馆隆重举行。",
         [("建校128周年庆祝大会", "2024-05-06", "西南交通大学")]),
        ("5月6日，湖南建工集团成立70周年纪念大会在长沙举行。", [("成立70周年纪念大会", "2024-05-06", "湖南建工集团")]),
        ("5月6日，中建五局三公司五届二次职工代表大会在长沙召开。",
         [("五届二次职工代表大会", "2024-05-06", "中建五局三公司")]),
        ("5月6日，清河科技园第三期创新项目路演会在园区会议中心举行。",
         [("第三期创新项目路演会", "2024-05-06", "清河科技园")]),
        # a place's congress keeps its place; a session named by its body keeps the body
        ("5月6日，县十届三次人民代表大会在县会堂召开。", [("县十届三次人民代表大会", "2024-05-06", None)]),
        ("5月6日，市委十二届九次全会在市委礼堂召开。", [("市委十二届九次全会", "2024-05-06", "市委")]),
    ],
)
def test_an_organizer_before_an_anniversary_or_a_staff_congress(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县企业家协会向县教育局捐赠奖教金100万元。", [(1000000.0, "CNY", "奖教金")]),
        # the giver's verb before the grant's name is none of the purpose (送去/送上: found by rerunning earlier texts)
        ("春节前夕，县总工会为1200户困难职工送去慰问金240万元。", [(2400000.0, "CNY", "慰问金")]),
        ("乐清市慈善总会为每位乐清好人送上慰问金5000元。", [(5000.0, "CNY", "慰问金")]),
        ("集团工会为58名困难职工发放救助金共计29万元。", [(290000.0, "CNY", "救助金")]),
        ("集团工会为困难职工发放助学金9.6万元。", [(96000.0, "CNY", "助学金")]),
        # a bank's lending is no grant, whatever fund words stand near it
        ("该行今年累计发放涉农贷款1200亿元。", []),
    ],
)
def test_a_grant_named_before_its_amount(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
