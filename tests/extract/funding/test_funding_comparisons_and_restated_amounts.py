"""Funding phrasings: a comparison after 其中, values sent to
firms or customers that are no gift in kind, the same amount restated in one sentence, and a grant after a
mere mention of pay.  Invented sentences; the expected values follow corpus/GUIDELINES.md §1 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the figure of another period is compared with the total, no part of it
        ("本报讯 县民政局下拨养老服务补贴资金2000万元。其中，去年同期为1500万元。", [(20_000_000.0, "CNY", "养老服务补贴资金")]),
        ("本报讯 县民政局下拨养老服务补贴资金2000万元。其中，去年同期仅为1500万元。", [(20_000_000.0, "CNY", "养老服务补贴资金")]),
        ("县财政下达防汛资金3000万元。其中，上年为2600万元。", [(30_000_000.0, "CNY", "防汛资金")]),
        # parts by place or by year are parts
        ("本报讯 中央下拨救灾资金10亿元。其中，湖南3.2亿元，四川2.5亿元。",
         [(1_000_000_000.0, "CNY", "救灾资金"), (320_000_000.0, "CNY", None), (250_000_000.0, "CNY", None)]),
        ("市财政下达防汛资金3000万元。其中，省级资金1200万元，同比增长20%。",
         [(30_000_000.0, "CNY", "防汛资金"), (12_000_000.0, "CNY", None)]),
        ("市财政下达防汛资金3000万元。其中，去年下达1000万元，今年下达2000万元。",
         [(30_000_000.0, "CNY", "防汛资金"), (10_000_000.0, "CNY", None), (20_000_000.0, "CNY", None)]),
    ],
)
def test_parts_after_qizhong_but_no_comparison(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # gifts in kind: named goods, or goods sent to those in need
        ("团县委为山区学校送去价值5万元的图书和文具。", [50_000.0]),
        ("爱心企业为敬老院送去价值3万元的米面粮油。", [30_000.0]),
        ("县红十字会为灾区送去价值30万元的帐篷。", [300_000.0]),
        ("县总工会为环卫工人送去月饼、食用油等慰问品，总价值约8万元。", [80_000.0]),
        ("县里还为群众发放了价值2000万元的消费券。", [20_000_000.0]),
        # an order, tax relief and a shop's promotional gift are no gift in kind
        ("本报讯 县商务局为外贸企业送去了价值1000万元的海外订单。", []),
        ("县商务局为企业送去了海外订单，价值1000万元。", []),
        ("本报讯 某镇党委为辖区企业送去政策红包，价值约300万元的减税降费政策直达企业。", []),
        ("某超市给顾客送上价值50元的月饼礼盒。", []),
        ("某商场向会员赠送价值100元的购物卡。", []),
    ],
)
def test_values_sent_are_gifts_only_in_kind(extract, body: str, expected: list) -> None:
    assert [amount for amount, _, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a back reference or the same money told with its recipient is one fact
        ("本报讯 某企业家捐赠20万元，为村小学捐赠的20万元已到账。", [(200_000.0, "CNY", None)]),
        ("某企业家向家乡捐赠20万元，为家乡小学捐赠的20万元将全部用于改善办学条件。", [(200_000.0, "CNY", "改善办学条件")]),
        ("县民政局拨付临时救助资金50万元，为困难群众发放救助金50万元。", [(500_000.0, "CNY", "临时救助资金")]),
        # shares given to two recipients, and two parts, are two facts
        ("市慈善总会向甲村捐赠20万元，向乙村捐赠20万元。", [(200_000.0, "CNY", None), (200_000.0, "CNY", None)]),
        # (the parts take the total's purpose: GUIDELINES §6 eighteenth review round)
        ("某镇投入资金60万元建设文化广场，其中县级补助30万元、乡镇配套30万元。",
         [(600_000.0, "CNY", "建设文化广场"), (300_000.0, "CNY", "建设文化广场"), (300_000.0, "CNY", "建设文化广场")]),
    ],
)
def test_the_same_amount_restated_in_a_sentence(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # pay mentioned before a grant does not make the grant's total a pay total
        ("本报讯 县总工会在了解困难职工工资收入情况后，为他们发放慰问金，总额达50万元。", [(500_000.0, "CNY", "慰问金")]),
        ("县总工会向困难职工发放慰问金，总额达50万元。", [(500_000.0, "CNY", "慰问金")]),
        # the total of what was paid to staff is pay, no funding
        ("公司为全体员工发放工资，总额达300万元。", []),
        ("公司为全体员工发工资，总额达300万元。", []),
        ("某某科技公司日前向全体员工发放年终奖，人均奖金达8.5万元，总额超过3亿元。", []),
    ],
)
def test_staff_pay_totals(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
