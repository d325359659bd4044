"""Funding phrasings: a fund word taken for a public
giver in a shop's promotion, 即将 before a signing to come, an open state a few clauses after the amount,
and a budget line with its use after.  Invented sentences; the expected values follow corpus/GUIDELINES.md §6
(ads and prices, signings to come, money applied for or planned, and budget figures are no money granted)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a shop names its own subsidy with a fund word: no public giver, no funding
        ("近日，某电器门店推出以旧换新活动，每台洗衣机补贴资金200元。", []),
        ("近日，多家4S店推出限时优惠，另有购置税补贴经费5000元。", []),
        ("某家居门店推出限时优惠，每单补贴经费最高1000元。", []),
        # 餐厅, 委托: no organ of government
        ("城东一家餐厅推出限时优惠，每桌立减100元。", []),
        ("某装修门店推出促销活动，委托设计另补贴3000元。", []),
        # a government or one of its bodies before the amount: public money, funding
        ("区商务局出资500万元开展家电促销活动，消费者在指定门店购买可享补贴。",
         [(5_000_000.0, "CNY", "开展家电促销活动")]),
        ("市财政局下达以旧换新补贴资金1500万元，消费者在指定门店购买家电可享立减优惠。",
         [(15_000_000.0, "CNY", "以旧换新补贴资金")]),
        ("县政府出资800万元开展汽车促销活动。", [(8_000_000.0, "CNY", "开展汽车促销活动")]),
    ],
)
def test_only_a_public_giver_makes_a_promotion_funding(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 即将 before the signing or its ceremony: a signing to come
        ("该区即将举行重大项目集中签约仪式，10个项目总投资45亿元。", []),
        ("记者获悉，新能源项目即将于下周正式签约，项目总投资18亿元。", []),
        ("该项目即将与某集团正式签约，总投资12亿元。", []),
        # the projects of a signing to come are not signed yet
        ("6月8日，某县将举行招商引资签约仪式，签约项目总投资70亿元。", []),
        # held: a signing at an event about to close, one told as done, a project about to start production
        ("在即将闭幕的农博会上举行了集中签约仪式，签约项目6个，总投资15亿元。", [(1_500_000_000.0, "CNY", None)]),
        ("下一批项目将于月底举行签约仪式，而上月签约的6个项目总投资20亿元，已全部开工。",
         [(2_000_000_000.0, "CNY", None)]),
        ("即将投产的签约项目总投资12亿元，已完成设备安装。", [(1_200_000_000.0, "CNY", "即将投产的签约项目总投资")]),
    ],
)
def test_jijiang_marks_a_signing_to_come(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the open state two or three clauses after the amount, no other batch between: nothing granted yet
        ("县交通局申请省级交通补助资金3000万元，用于农村公路提档升级，目前正在审批中。", []),
        ("县交通局申请省级交通补助资金3000万元，用于农村公路提档升级，项目已纳入计划，目前正在审核中。", []),
        ("某公司拟投资40亿元建设新材料产业园，项目占地800亩，目前正在洽谈中。", []),
        ("某企业申请技改补助资金300万元，资金将用于生产线升级，相关材料目前正在审核中。", []),
        # another batch or another amount between: its state is its own
        ("县财政按计划拨付补助资金3200万元，用于道路建设，第二批资金正在审核中。", [(32_000_000.0, "CNY", "道路建设")]),
        # (the fund named by its field is the purpose over the 用于 clause, §6 twenty-third review round)
        ("县财政拨付水利建设资金2000万元，用于水库除险加固，另有3个项目正在审核中。",
         [(20_000_000.0, "CNY", "水利建设资金")]),
        # an intended investment with no open state is no investment made either (§6; changed by f61fund)
        ("某集团拟投资30亿元建设储能项目，项目已完成选址。", []),
    ],
)
def test_an_open_state_later_in_the_sentence(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a field's spending line, with its use after: a budget figure
        ("一般公共预算支出中，教育支出86亿元，主要用于改善办学条件。", []),
        ("全县社会保障和就业支出12亿元，主要用于养老保险补助。", []),
        ("县财政教育支出8亿元，主要用于改善办学条件。", []),
        # a public giver's verb of spending with its use after: money spent, funding
        ("县财政统筹支出800万元，用于困难群众临时救助。", [(8_000_000.0, "CNY", "困难群众临时救助")]),
        ("县财政今年统筹支出500万元，用于困难群众救助。", [(5_000_000.0, "CNY", "困难群众救助")]),
        ("市政府紧急支出200万元，用于受灾群众安置。", [(2_000_000.0, "CNY", "受灾群众安置")]),
    ],
)
def test_a_budget_line_is_no_grant_whatever_its_use(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
