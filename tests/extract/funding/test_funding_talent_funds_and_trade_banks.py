"""Funding phrasings of invented pages: a fund for bringing in talent (人才引进资金,
引进人才专项资金) read as capital attracted, a loan from a bank whose name holds a trade word (由中国进出口银行提供优惠
贷款…建设), a standing offer with an adverb after 将 (将再对…给予), a construction period after a total read as its
purpose (，建设期两年) and the count of those aided dropped with the purpose (，支持中小企业发展3000家).  Near misses:
capital attracted as a statistic (引进资金3亿元, 引进外资, 引进人才和资金), trade totals, a pledge to a named recipient
(将再向…提供…援助, kept like a promised reward) and a count of things built beside a named fund.  All sentences are
invented; the expected values follow corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a fund for bringing in talent: 引进 is part of the fund's name
        ("县财政今年安排人才引进资金200万元。", [(2_000_000.0, "CNY", "人才引进资金")]),
        # (the fund named by its programme is the purpose over the 用于 clause, §6 twenty-third review round)
        ("市里设立人才引进专项资金500万元，用于奖励高层次人才。", [(5_000_000.0, "CNY", "人才引进专项资金")]),
        ("县财政安排引进人才专项资金200万元。", [(2_000_000.0, "CNY", "引进人才专项资金")]),
        ("今年县里拨付人才引进经费300万元。", [(3_000_000.0, "CNY", "人才引进经费")]),
        ("区财政发放引进人才补贴120万元。", [(1_200_000.0, "CNY", "引进人才补贴")]),
        # near misses: capital attracted as a statistic stays no funding
        ("今年全市引进资金3亿元。", []),
        ("全市引进市外境内资金580亿元。", []),
        ("今年全县引进人才和资金3亿元。", []),
        ("全年引进外资2亿美元。", []),
    ],
)
def test_talent_funds_and_capital_attracted(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a new loan from a bank named 进出口银行: the name is no trade figure
        ("该项目由中国进出口银行提供优惠贷款2.8亿美元建设，工期三年。", [(280_000_000.0, "USD", None)]),
        ("中国进出口银行向该国提供优惠贷款2亿美元，用于修建公路。", [(200_000_000.0, "USD", "修建公路")]),
        # near misses: trade totals stay market figures
        ("今年全市进出口总额120亿美元。", []),
        ("某进出口公司今年进出口额3亿美元。", []),
    ],
)
def test_loan_from_a_bank_named_for_trade(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a standing offer for later with an adverb after 将: nothing granted yet
        ("我市将再对新认定的高新技术企业给予一次性奖励50万元。", []),
        ("市里将继续向新落户企业给予补助100万元。", []),
        # near misses: a pledge to a named recipient is kept (like a promised 将奖励), a decision taken stays
        # (the aid named after the amount is its purpose: GUIDELINES §6 thirty-third round)
        ("中方将再向柬方提供100万美元无偿援助。", [(1_000_000.0, "USD", "无偿援助")]),
        ("会议决定，对获奖企业给予奖励20万元。", [(200_000.0, "CNY", None)]),
    ],
)
def test_offers_ahead(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a construction period after the total is no purpose
        ("该项目总投资8亿元，建设期两年。", [(800_000_000.0, "CNY", None)]),
        ("该项目总投资8亿元，建设工期18个月。", [(800_000_000.0, "CNY", None)]),
        # those aided, with their count, are what the money is for
        ("市里安排资金5000万元，支持中小企业发展3000家。", [(50_000_000.0, "CNY", "支持中小企业发展3000家")]),
        # near misses: a count of things built beside a named fund is an output; a plain building act stays
        ("投入村级组织运转经费1200万元，新建党群服务中心15个。", [(12_000_000.0, "CNY", "村级组织运转经费")]),
        ("某集团投资5亿元，建设光伏电站。", [(500_000_000.0, "CNY", "建设光伏电站")]),
    ],
)
def test_purpose_after_the_amount(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
