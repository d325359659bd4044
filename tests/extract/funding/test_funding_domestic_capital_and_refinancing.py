"""Funding shapes in finance, science-and-technology and investment-promotion news: domestic capital a place drew in
(实际到位内资56.3亿元) is a statistic like foreign capital used (GUIDELINES §6 seventeenth and nineteenth rounds);
research spending named by its statistical term (研究与试验发展（R&D）经费, R&D经费) is a region's yearly figure (§6
sixteenth round); central-bank refinancing (再贷款, 再贴现) and a guarantor's or bank's capacity (担保能力, 放贷能力) are no
money granted (§6 loans: lending statistics, lines); a rate per aircraft, boat or set (每架补贴8000元至1.2万元) is a
standard like one per 台 (§6 rates); and an event held within the meeting told in a later clause of a sentence that
opens within it (会上，X宣布…，会上还举行了捐赠仪式) takes the meeting's day and holder (§3 seventeenth round).
Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # domestic capital drawn in: a statistic
        ("4月2日，区里召开招商工作会议。一季度，全区实际到位内资56.3亿元，同比增长12%。", []),
        ("3月6日，县政府召开经济运行分析会。去年全县实际利用内资42亿元。", []),
        ("5月6日，市商务局召开招商推进会。今年以来，全市实际引进省外资金128亿元。", []),
        # NEGATIVE: money a body pays in stays
        ("4月2日，区里召开招商工作会议。区财政拨付招商引资奖励资金600万元。", [(6000000.0, "CNY")]),
        ("4月2日，区里举行项目签约仪式，签约项目12个，总投资56亿元。", [(5600000000.0, "CNY")]),
    ],
)
def test_domestic_capital_drawn_in_is_a_statistic(extract, body: str, expected: list) -> None:
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月19日，省政府新闻办举行新闻发布会。2023年，全省共投入研究与试验发展（R&D）经费1236.8亿元，增长9.6%。", []),
        ("9月19日，市统计局召开发布会。去年全市R&D经费支出达86.3亿元。", []),
        ("9月19日，市统计局召开发布会。全市研究与试验发展经费投入186亿元。", []),
        # NEGATIVE: a grant of R&D money, or a subsidy of the spending, stays
        ("9月19日，市科技局召开会议，兑现企业研发费用后补助资金5600万元。", [(56000000.0, "CNY")]),
        ("9月19日，市科技局召开会议，向32家企业拨付研发经费补助800万元。", [(8000000.0, "CNY")]),
    ],
)
def test_research_spending_by_its_statistical_term(extract, body: str, expected: list) -> None:
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月15日，人行县支行召开金融形势分析会。一季度，全县累计办理再贷款业务3.2亿元。", []),
        ("4月15日，人行市分行召开会议，今年以来累计发放支农再贷款15亿元、办理再贴现8.6亿元。", []),
        ("8月22日，担保集团召开签约大会。集团注资后，预计新增融资担保能力30亿元。", []),
        ("8月22日，农商银行召开会议，全年新增放贷能力50亿元。", []),
        # NEGATIVE: money put in to enlarge the capacity, and a loan let out for a use, stay
        ("8月22日，担保集团召开签约大会。会上，市财政局宣布向担保集团注资3亿元。", [(300000000.0, "CNY")]),
        ("4月15日，县支行召开会议。县农商银行向受灾企业发放应急贷款1860万元，用于恢复生产。", [(18600000.0, "CNY")]),
    ],
)
def test_refinancing_and_capacity_are_no_grants(extract, body: str, expected: list) -> None:
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月10日，县农业农村局召开推进会，对植保无人机每架补贴8000元至1.2万元。", []),
        ("5月10日，县海洋渔业局召开会议，对更新渔船的每艘补助5万元。", []),
        ("5月10日，县住建局召开会议，对购买首套住房的每套补贴2万元。", []),
        # NEGATIVE: a total paid under the rate stays, and a share per household stays
        ("5月10日，县农业农村局召开推进会。全县已为326户农户兑付补贴资金412.6万元。", [(4126000.0, "CNY")]),
        ("5月10日，县民政局召开会议，为30户困难家庭每户发放救助金5000元。", [(5000.0, "CNY")]),
    ],
)
def test_rate_per_aircraft_boat_or_set(extract, body: str, expected: list) -> None:
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月18日，江城银行召开年度工作会议。会上，董事长杨建军宣布，该行向县慈善总会捐赠100万元，会上还举行了捐赠仪式。",
         [("年度工作会议", "2024-01-18", "江城银行"), ("捐赠仪式", "2024-01-18", "江城银行")]),
        ("3月2日，县科协召开代表大会。会上，县长李明为获奖者颁奖，会上还举行了授牌仪式。",
         [("代表大会", "2024-03-02", "县科协"), ("授牌仪式", "2024-03-02", "县科协")]),
        # NEGATIVE: a later sentence dated on its own keeps its own day (该行: the bank named before, §3)
        ("1月18日，江城银行召开年度工作会议。1月25日，该行举行了捐赠仪式。",
         [("年度工作会议", "2024-01-18", "江城银行"), ("捐赠仪式", "2024-01-25", "江城银行")]),
    ],
)
def test_event_within_meeting_in_a_later_clause(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
