"""Funding phrasings of public bodies paying for promotions, batches signed and open states: a public body other than a
government paying for a promotion, a signing told as this event's own batch beside another batch's signing to
come, an open state about another matter after money already paid, and a spending verb with its use by a giver
that is no government.  Invented sentences; the expected values follow corpus/GUIDELINES.md §6 (money granted,
invested or paid counts; ads and prices, signings to come, money applied for and budget lines do not)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a ministry, a sub-district office or a people's organisation pays for the promotion: money granted
        ("商务部出资20亿元开展汽车消费促销活动。", [(2_000_000_000.0, "CNY", "开展汽车消费促销活动")]),
        ("5月6日，某街道办事处出资30万元开展“五一”消费促销活动。", [(300_000.0, "CNY", "开展五一消费促销活动")]),
        ("5月6日，市总工会出资200万元开展职工消费促销活动，向全市职工发放消费券。",
         [(2_000_000.0, "CNY", "开展职工消费促销活动")]),
        ("县妇联投入50万元开展巾帼消费促销活动。", [(500_000.0, "CNY", "开展巾帼消费促销活动")]),
        # a shop's own promotion: a body named elsewhere, 全部 or 俱乐部 before the verb gives no public giver
        ("某品牌门店联合市总工会开展促销活动，每台空调立减300元。", []),
        ("某商场全部出资推出促销活动，每台空调立减300元。", []),
        ("某健身俱乐部投入促销活动，年卡立减500元。", []),
        ("近日，某电器门店推出以旧换新活动，每台洗衣机补贴资金200元。", []),
    ],
)
def test_any_public_body_pays_for_a_promotion(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # this event's own batch is signed, whatever another batch plans
        ("据悉，第二批项目将于下月集中签约，本次签约的12个项目总投资86亿元。", [(8_600_000_000.0, "CNY", None)]),
        ("据悉，第二批项目将于下月集中签约，此次集中签约的15个项目总投资120亿元。",
         [(12_000_000_000.0, "CNY", None)]),
        ("第二批项目将于6月签约，本批签约项目15个，总投资120亿元。", [(12_000_000_000.0, "CNY", None)]),
        # only the other batch's signing, or a bare 签约项目 after a signing to come: nothing signed yet
        ("第二批项目将于6月签约，总投资120亿元。", []),
        ("第二批项目将于下月集中签约，签约项目15个，总投资120亿元。", []),
        ("某县将举行重点项目集中签约仪式，签约项目总投资90亿元。", []),
    ],
)
def test_this_batch_signed_beside_a_batch_to_come(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # paid right after the amount: a later open state is about another matter
        ("该企业申请的技改补助资金200万元已全部拨付到位，资金主要用于生产线升级，企业的高新技术企业认定材料目前正在审核中。",
         [(2_000_000.0, "CNY", "技改补助资金")]),
        # 申请到: obtained
        ("今年以来，县交通运输局共申请到上级补助资金3000万元，全部用于农村公路建设，目前各项工程正在加紧施工，"
         "部分项目的验收材料正在审核中。", [(30_000_000.0, "CNY", "农村公路建设")]),
        # applied for and still under review: nothing granted yet
        ("该企业申请的技改补助资金200万元目前正在审核中。", []),
        ("县水利局申请中央水利发展资金6000万元，用于中小河流治理，目前正在审批中。", []),
        ("某企业申请技改补助资金300万元，资金将用于生产线升级，相关材料目前正在审核中。", []),
    ],
)
def test_an_open_state_cancels_only_its_own_amount(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a spending verb with its use, whoever the spender: money paid out
        ("今年以来，该县统筹支出800万元，用于困难群众临时救助和医疗救助。",
         [(8_000_000.0, "CNY", "困难群众临时救助和医疗救助")]),
        ("今年，镇里安排支出50万元，用于扶持村集体经济发展。", [(500_000.0, "CNY", "扶持村集体经济发展")]),
        ("春节前夕，公司工会支出30万元，用于慰问困难职工和劳动模范。", [(300_000.0, "CNY", "慰问困难职工和劳动模范")]),
        ("今年以来，市慈善总会支出200万元，用于资助困难学生完成学业。", [(2_000_000.0, "CNY", "资助困难学生完成学业")]),
        # a field's spending line, with its use after: a budget figure
        ("一般公共预算支出中，教育支出8.6亿元，用于改善办学条件和提高教师待遇。", []),
        ("城乡社区支出15亿元，主要用于老旧小区改造。", []),
        ("县财政教育专项支出2亿元，主要用于改善办学条件。", []),
    ],
)
def test_a_named_spender_with_a_use_is_funding(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
