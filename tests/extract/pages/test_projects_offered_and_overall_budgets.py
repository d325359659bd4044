"""Funding-heavy releases: the total investment of projects offered to investors at a promotion
(推介, 包装, 策划, 储备, 谋划 projects; 招商项目 released) is money sought, not money invested, also when the label
of the total is an estimate (项目预计投资, 预计总投资); a body's overall budget (总预算, 预算规模) is a budget figure,
not money granted. Invented sentences; the expected values follow corpus/GUIDELINES.md §6 (money only intended;
audit and budget figures)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("10月12日，某镇召开项目建设推进会。会上还发布了某镇茶产业园招商项目，项目预计投资3000万至5000万元。", []),
        ("5月7日，某县举行文旅招商推介会。会上推介了文旅康养招商项目8个，总投资约45亿元。", []),
        ("5月7日，某市召开招商工作会议。推介会上，发布了15个招商项目，预计总投资120亿元。", []),
        ("5月7日，某区召开项目工作会议。今年全区谋划储备项目120个，总投资800亿元。", []),
        ("5月7日，某县召开招商工作会。会前，县里包装策划招商项目36个，总投资210亿元。", []),
        # NEGATIVE: a signing in the sentence keeps its total
        ("5月7日，某县举行招商推介会。推介会上，现场签约项目18个，总投资126.5亿元。", [(12_650_000_000.0, "CNY")]),
        # NEGATIVE: a project started, its estimated total stays
        ("5月7日，某县举行项目开工仪式。该项目预计总投资5亿元，已于3月开工建设。", [(500_000_000.0, "CNY")]),
        # NEGATIVE: projects brought in (引进, 落地) are no offer
        ("5月7日，某县召开招商工作会。今年以来引进招商项目20个，总投资50亿元。", [(5_000_000_000.0, "CNY")]),
    ],
)
def test_projects_offered_to_investors_are_no_investment(extract, body: str, expected: list) -> None:
    assert [g[:2] for g in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，某市召开市政会议。建设局长某某指出，今年市府总预算为1650亿元，其中道路工程经费占12%。", []),
        ("5月7日，某区召开财政工作会议。今年全区总预算规模达到56亿元。", []),
        ("5月7日，某县召开财政工作会议。今年全县预算规模为86亿元。", []),
        # NEGATIVE: budgeted money allocated to a use stays
        ("5月7日，某县召开交通工作会议。县财政安排预算资金200万元，用于农村公路养护。", [(2_000_000.0, "CNY")]),
        ("5月7日，某县召开教育工作会议。县财政追加预算资金300万元，用于校舍维修。", [(3_000_000.0, "CNY")]),
    ],
)
def test_an_overall_budget_is_no_grant(extract, body: str, expected: list) -> None:
    assert [g[:2] for g in grants(extract(page(body)))] == expected


def _ceremonies(record: dict) -> list[tuple[str, str | None]]:
    """(name, date) of each meeting, in order."""
    return [(m["name"], m["date"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("香港公益金「百萬行」今日在港島區舉行，政務司司長林志明主持開步禮並致辭。", [("开步礼", "2024-05-08")]),
        ("某某馬拉松今日舉行，民政事務局局長陳大文主持起步禮。", [("起步礼", "2024-05-08")]),
        ("聖誕亮燈禮今晚在尖沙咀舉行，旅遊事務署署長黃小明致辭。", [("圣诞亮灯礼", "2024-05-08")]),
        ("某某社區會堂啟用禮今日舉行，民政事務專員張華致辭。", [("某某社区会堂启用礼", "2024-05-08")]),
        # NEGATIVE: lights and a walk with no ceremony named
        ("市民可於今晚到維園觀賞燈飾，場內設有亮燈裝置。", []),
        ("百萬行今日舉行，逾三萬名市民參與步行。", []),
    ],
)
def test_hong_kong_ceremonies_ending_in_li(extract, body: str, expected: list) -> None:
    assert _ceremonies(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市发放创业担保贷款2860万元 财政贴息126万元\n2024-09-22 来源：某网\n9月20日，市人社局召开推进会。\n"
         "今年1至8月，全市为156名创业者发放创业担保贷款2860万元，财政贴息126万元。", [(1_260_000.0, "CNY")]),
        ("某行今年发放涉农贷款126亿元\n2024-09-22 来源：某网\n今年以来，某行累计发放涉农贷款126亿元。", []),
        ("某集团全年中标金额30亿元\n2024-09-22 来源：某网\n今年以来，某集团中标项目86个，全年中标金额共计30亿元。", []),
        # NEGATIVE: a new loan for a stated use, restated by the headline, is one record
        ("某银行向冷链项目发放贷款3亿元\n2024-09-22 来源：某网\n5月21日，某银行向冷链物流中心项目发放贷款3亿元，用于冷库建设。",
         [(300_000_000.0, "CNY")]),
    ],
)
def test_a_headline_restating_a_lending_or_tender_statistic_is_no_grant(extract, text: str, expected: list) -> None:
    assert [g[:2] for g in grants(extract(text))] == expected
