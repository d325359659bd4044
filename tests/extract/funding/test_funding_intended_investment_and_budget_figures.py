"""Funding phrasings: an intended investment (意向投资额), budget
figures (预算数, 开支预算), averages per county or household (县均, 户均), box office (票房), insurance claims paid
(理赔款) and a financial product's minimum purchase (起购金额) read as money granted; a capital injection (增资)
and 十几万元 missed; purposes that kept the giver's verb, the receiving place or the recipient (统筹整合…, 下达我县…,
学生各获…) or missed the act after the amount (为…购置…, 对…进行改造).  The sentences are invented; the expected
values follow corpus/GUIDELINES.md §6.  Negative cases are near misses that must keep their records."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def _amounts(record: dict) -> list[tuple[float, float | None, str, bool]]:
    """(amount, amount_high, currency, approximate) of each funding record, in order."""
    return [(f["amount"], f["amount_high"], f["currency"], f["approximate"]) for f in record["funding"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an intention is no investment; the signed amount of the same sentence stays
        ("本次推介会共签约项目12个，签约金额86亿元；另有8个项目达成投资意向，意向投资额32亿元。", [8600000000.0]),
        ("会上，18个项目达成合作意向，意向投资总额56亿元。", []),
        # budget figures (§6: not money granted)
        ("2024年部门预算中，“三公”经费财政拨款预算数为58.6万元。", []),
        ("2023年度“三公”经费决算数为52.3万元。", []),
        ("今年度教育开支预算为1110亿元，占政府开支约五分之一。", []),
        # an average states no amount given to anyone; the total stays
        ("省财政下达补助资金1.2亿元，县均800万元。", [120000000.0]),
        ("共发放补贴资金960万元，户均补助3000元。", [9600000.0]),
        ("全县45个村，村均投入集体经济发展资金20万元。", []),
        # box office and insurance claims are market figures and compensation
        ("该片由某影业投资2亿元拍摄，上映首周票房突破5亿元。", [200000000.0]),
        ("该剧总投资1.2亿元，目前票房已达3.6亿元。", [120000000.0]),
        ("保险公司已向受灾农户支付理赔款320万元。", []),
        # the terms of a financial product (§6 ads)
        ("该理财产品起购金额1万元，投资期限180天。", []),
        # NEGATIVE: each of the villages (5个村均), every county (各县均) and a signed framework agreement keep theirs
        ("全县5个村均获得奖补资金5万元。", [50000.0]),
        ("各县均安排资金100万元用于防汛。", [1000000.0]),
        ("双方签订了总投资50亿元的投资意向协议。", [5000000000.0]),
        ("省财政拨付农业保险保费补贴资金3.2亿元。", [320000000.0]),
        # (investment completed in a field is work done, no funding: GUIDELINES §6, tenth review round)
        ("今年以来，全县完成交通基础设施投资18.6亿元，同比增长12%。", []),
    ],
)
def test_figures_that_are_no_grant(extract, body: str, expected: list[float]) -> None:
    assert [f["amount"] for f in extract(page(body))["funding"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a capital injection is money invested
        ("同时，恒远集团向华晶科技增资5亿元，用于扩建生产线。", [(500000000.0, "CNY", "扩建生产线")]),
        ("公司拟以自有资金对全资子公司增资3亿元。", [(300000000.0, "CNY", None)]),
        # NEGATIVE: registered capital raised is no money granted
        ("公司注册资本由5000万元增资至1亿元。", []),
        ("该行完成增资扩股，共募集资金50亿元。", [(5000000000.0, "CNY", None)]),
    ],
)
def test_capital_injections(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 十几万元 is read like 十多万元
        ("村民纷纷捐款，共筹得善款十几万元。", [(100000.0, 200000.0, "CNY", True)]),
        ("当天共募集善款二十几万元。", [(200000.0, 300000.0, "CNY", True)]),
        # NEGATIVE: 几十万元 states no amount (§6 vague multiples)
        ("当天共募集善款几十万元。", []),
        ("当天共募集善款二十多万元。", [(200000.0, 300000.0, "CNY", True)]),
    ],
)
def test_some_tens_of_thousands(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the giver's verb, the receiving place and the recipient are no part of the fund's name
        ("该县统筹整合财政涉农资金2.3亿元，重点支持产业发展。", "财政涉农资金"),
        ("省应急管理厅下达我县中央自然灾害救灾资金1500万元。", "中央自然灾害救灾资金"),
        ("首批20名学生各获奖学金5000元。", "奖学金"),
        ("中央另补助台币8000万元。", None),
        # the act the money pays for after the amount
        ("县财政投入1100万元为18家乡镇卫生院购置医疗设备。", "为18家乡镇卫生院购置医疗设备"),
        ("县财政投入300万元，对全县12所学校食堂进行改造提升。", "对全县12所学校食堂进行改造提升"),
        ("许某向村小学捐款2万元，为学校添置课桌椅。", "为学校添置课桌椅"),
        # NEGATIVE: a relative clause describing the project is no act paid for
        ("项目总投资5亿元，为今年新建的重点项目。", None),
        # (the fund named by its field is the purpose over the 用于 clause, §6 twenty-third review round)
        ("县财政下拨应急救灾资金800万元，用于受灾群众生活救助。", "应急救灾资金"),
    ],
)
def test_purposes(extract, body: str, expected: str | None) -> None:
    assert [f["purpose"] for f in extract(page(body))["funding"]] == [expected]
