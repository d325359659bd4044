"""Funding and meeting phrasings: investment of a region or a sector told as completed over a span
(前三季度，全市工业投资完成286亿元，增长9.1%), a statistic and no funding (GUIDELINES §6, like lending and tender
statistics); and a company's committee or union written before the training class it opens
(某集团党委…读书班开班), split off as the organizer (GUIDELINES §3, name without a leading organizer prefix).
The sentences are invented; the expected values follow corpus/GUIDELINES.md.  Negative cases are near misses
that must keep their records or stay as they are."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("前三季度，全市工业投资完成286亿元，增长9.1%。", []),
        ("今年以来，全县项目投资累计完成38亿元。", []),
        ("1至8月，全区工业投资完成68亿元。", []),
        ("全社会投资完成560亿元，同比增长6.5%。", []),
        # NEGATIVE: one project's investment with no span, region or growth rate stays as it is
        ("该项目投资完成2亿元，占计划的80%。", [(200000000.0, "CNY", None)]),
        # NEGATIVE: 投资完成后 (after the investment) is no statistic; the grant after it stays
        ("县财政投资完成后，镇里又拨付资金50万元用于道路维护。", [(500000.0, "CNY", "道路维护")]),
        # NEGATIVE: a grant for investment projects and a company's investment stay
        ("省财政下达专项资金3000万元，用于支持工业投资项目建设。", [(30000000.0, "CNY", "支持工业投资项目建设")]),
        ("瑞能公司投资5亿元建设电池生产基地，目前已开工。", [(500000000.0, "CNY", "建设电池生产基地")]),
    ],
)
def test_investment_completed_over_a_span_is_a_statistic(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月15日，北方能源集团党委党纪学习教育读书班开班。",
         [("党纪学习教育读书班", "2024-04-15", "北方能源集团党委")]),
        ("5月7日，华星集团党委青年干部培训班在集团党校开班。",
         [("青年干部培训班", "2024-05-07", "华星集团党委")]),
        ("5月7日，华星集团工会安全生产知识培训班开班。",
         [("安全生产知识培训班", "2024-05-07", "华星集团工会")]),
        # NEGATIVE: a place's body before a class keeps the name whole (earlier reviews' decision, k14)
        ("5月7日，平安县妇联家政服务培训班开班。", [("平安县妇联家政服务培训班", "2024-05-07", None)]),
        # NEGATIVE: a session named by its body and a ceremony after a bank stay as they were (the body the session's
        # organizer since the eighth review round, GUIDELINES §3)
        ("4月16日，区政府第48次常务会议召开。", [("区政府第48次常务会议", "2024-04-16", "区政府")]),
        ("5月1日上午，中国银行湖南省分行捐赠仪式在长沙举行。", [("捐赠仪式", "2024-05-01", "中国银行湖南省分行")]),
    ],
)
def test_a_company_committee_before_its_training_class(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
