"""Funding phrasings: lending statistics over a span of time,
gifts in kind given with 送去/发放 and a value, two grants of the same amount in one sentence, amounts with no
leading digit (万余元, 千万元, 过亿元), revenue, staff pay, savings and audit figures, a small credit fund lent for a
stated use, purposes that were scraps of the clause, and an event that a grant pays for.  Invented sentences; the
expected values follow corpus/GUIDELINES.md §3 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page


def _ranges(record: dict) -> list[tuple[float, float | None, bool]]:
    """(amount, amount_high, approximate) of each funding record, in order."""
    return [(f["amount"], f["amount_high"], f["approximate"]) for f in record["funding"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # lending statistics over a span of time, housing-fund loans and withdrawals, a balance's increase
        ("今年前三季度，某某银行向辖内小微企业发放贷款45亿元。", []),
        ("今年以来，全市发放住房公积金贷款38.6亿元。", []),
        ("1至8月，全市共发放住房公积金个人贷款62.3亿元，支持职工购房1.8万户；提取住房公积金48.6亿元。", []),
        ("今年以来，该行向种粮大户发放春耕贷款12.6亿元，较去年同期增加2.3亿元。", []),
        ("今年以来，该行累计发放普惠型小微企业贷款86.5亿元，贷款余额突破600亿元，较年初增加52亿元。", []),
        # a new loan for a stated use is funding
        ("县农商行向3家企业发放贷款1.2亿元，用于扩大生产。", [(120_000_000.0, "CNY", "扩大生产")]),
        ("县里向86户脱贫户发放小额信贷资金420万元，用于发展养殖业，财政全额贴息。", [(4_200_000.0, "CNY", "发展养殖业")]),
    ],
)
def test_lending(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("团县委为山区学校送去价值5万元的图书和文具。", [(50_000.0, None, False)]),
        ("区领导为全区1500名环卫工人送去了价值22万元的慰问品。", [(220_000.0, None, False)]),
        ("县红十字会向受灾群众发放棉被、大米等救灾物资，价值12万元。", [(120_000.0, None, False)]),
        ("县妇联为200名困境儿童送去书包、文具和冬衣等物资，总价值约8万元。", [(80_000.0, None, True)]),
        ("区残联为辖区120名残疾人免费发放轮椅、助听器等辅助器具，价值36万余元。", [(360_000.0, 370_000.0, True)]),
        # what a thing is worth, given to no one
        ("价值1200万元的设备已投入使用。", []),
    ],
)
def test_gifts_in_kind_with_a_value(extract, body: str, expected: list) -> None:
    assert _ranges(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("基金会向甲村小学捐赠20万元用于修缮校舍，向乙村小学捐赠20万元用于购买课桌椅。",
         [(200_000.0, "CNY", "修缮校舍"), (200_000.0, "CNY", "购买课桌椅")]),
        ("该项目投入资金60万元，其中县级补助30万元、乡镇配套30万元。",
         [(600_000.0, "CNY", None), (300_000.0, "CNY", None), (300_000.0, "CNY", None)]),
        # the second mention refers back: one fact, and it says what the money is for
        ("县财政拨付资金20万元，这20万元全部用于修缮校舍。", [(200_000.0, "CNY", "修缮校舍")]),
    ],
)
def test_the_same_amount_twice_in_a_sentence(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("爱心企业为社区困难家庭捐款万余元。", [(10_000.0, 20_000.0, True)]),
        ("企业家李某向母校捐资千万元，设立教育发展基金。", [(10_000_000.0, None, False)]),
        ("今年区财政投入过亿元用于背街小巷改造。", [(100_000_000.0, None, True)]),
        # a vague multiplier states no amount
        ("某企业向灾区捐资数千万元。", []),
    ],
)
def test_amounts_with_no_leading_digit(extract, body: str, expected: list) -> None:
    assert _ranges(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "縣議會今日通過明年度總預算，歲入320億元，歲出350億元。",
        "某某科技公司日前向全体员工发放年终奖，人均奖金达8.5万元，总额超过3亿元。",
        "全市医保基金共支付住院费用28.6亿元，减轻群众医疗负担约4.2亿元。",
        "市审计局今年共完成政府投资项目审计86个，送审金额28.6亿元，审减金额3.2亿元，为政府节约资金3.2亿元。",
    ],
)
def test_revenue_pay_savings_and_audit_figures_are_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("香港賽馬會慈善信託基金捐款港幣2.5億元，推行一項長者社區照顧計劃。",
         [(250_000_000.0, "HKD", "推行一项长者社区照顾计划")]),
        ("目前已核發補助款共計4,500萬元。", [(45_000_000.0, "CNY", None)]),
        ("我县共争取到上级各类补助资金3.6亿多元。", [(360_000_000.0, "CNY", "上级各类补助资金")]),
        # GUIDELINES §6 fifteenth review round (re-pinned): "A fund named only by its level and kind before the amount
        # (`落实县级配套资金500万元`) has that noun as purpose (`县级配套资金`), like `一次性补贴`."
        ("该镇获省级奖补资金1500万元。", [(15_000_000.0, "CNY", "省级奖补资金")]),
        ("全年需资金1152万元。", [(11_520_000.0, "CNY", None)]),
        # GUIDELINES §6 fifteenth review round (re-pinned): "A fund named only by its level and kind before the amount
        # (`落实县级配套资金500万元`) has that noun as purpose (`县级配套资金`), like `一次性补贴`."
        ("某某村利用中央扶持资金50万元入股光伏电站。", [(500_000.0, "CNY", "中央扶持资金")]),
        ("对年度考核排名前10的村党组织各奖励工作经费2万元。", [(20_000.0, "CNY", "工作经费")]),
        ("该城市更新项目总投资约86亿元。", [(8_600_000_000.0, "CNY", "城市更新项目")]),
        ("本届创新创业大赛设置总奖金池300万元。", [(3_000_000.0, "CNY", "总奖金")]),
        # no word cut in two by a stripped opener (regressions of this round: 位资金, 奖者奖金, 项工程总投资)
        ("县里今年争取到位资金4.3亿元。", [(430_000_000.0, "CNY", "到位资金")]),
        # (h27: 工程总投资 is a bare total label like 项目总投资, §6: no purpose; the word is still never cut)
        ("该项工程总投资约300亿元。", [(30_000_000_000.0, "CNY", None)]),
        ("该项目总投资约12.8亿元。", [(1_280_000_000.0, "CNY", None)]),
        ("每位模范劳工可获奖金新台幣2萬元。", [(20_000.0, "TWD", "奖金")]),
    ],
)
def test_purpose_is_what_the_money_is_for(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("區議會今日通過撥款120萬元舉辦社區節慶活動。", [(1_200_000.0, "HKD", "举办社区节庆活动")]),
        ("關愛基金專責小組今日通過撥款約3.2億港元，向低收入在職家庭發放一次過生活津貼。", [(320_000_000.0, "HKD", None)]),
    ],
)
def test_a_grant_for_an_event(extract, body: str, expected: list) -> None:
    record = extract(f"標題\n2024-12-05 來源：香港特別行政區政府新聞公報\n{body}\n")
    assert grants(record) == expected
    assert held(record) == []  # the event the money pays for is no meeting held (§3)
