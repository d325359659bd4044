"""Science, industry and market-regulation pages: a name read after 代表 that only speaks for a body, R&D
subsidies taken for R&D spending, pledged financing signed at a bank-enterprise meeting, a fund named for an earlier
item of a list, and a relative day after a bracketed or spaced date line.  Invented sentences; the expected values
follow corpus/GUIDELINES.md §3, §4 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers, when

SIGNING = "6月8日，市高新区与江城理工大学举行产学研合作签约仪式。"
FAIR = "6月18日，区知识产权质押融资银企对接会在区政务中心举行。"
CASH = "12月10日，开发区召开科技创新政策兑现大会，"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 代表 right after a name speaks for the body after it, which is no name (高校, 农户 open with a surname)
        (SIGNING + "江城理工大学副校长孙海鹰代表高校发言。", {"孙海鹰": ("江城理工大学副校长", ("发言",))}),
        (SIGNING + "华信公司总经理王立新代表宁波企业作交流发言。", {"王立新": ("华信公司总经理", ("发言",))}),
        (SIGNING + "村党支部书记李金山代表农户发言。", {"李金山": ("村党支部书记", ("发言",))}),
        # a representative label before a name still names the speaker
        (SIGNING + "农户代表高峰发言。", {"高峰": (None, ("发言",))}),
        (SIGNING + "毕业生代表高翔发言。", {"高翔": (None, ("发言",))}),
        (SIGNING + "企业代表、华信公司总经理高远致辞。", {"高远": ("华信公司总经理", ("致辞",))}),
    ],
)
def test_speaking_for_a_body(extract, body, expected) -> None:
    assert speakers(extract(page(body))) == expected


def test_the_body_spoken_for_is_no_speaker(extract) -> None:
    record = extract(page(SIGNING + "会上，欧阳明代表高校发言。"))
    assert "高校" not in speakers(record)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a subsidy of R&D costs is a grant, not a company's R&D spending
        (CASH + "为企业兑现研发费用补助5600万元。", [(56000000.0, "CNY", "研发费用补助")]),
        (CASH + "共兑现奖补资金1.2亿元，其中研发费用后补助3000万元。",
         [(120000000.0, "CNY", None), (30000000.0, "CNY", "研发费用后补助")]),
        # a company's R&D spending stays no funding
        ("该公司去年研发费用达2.3亿元，同比增长15%。", []),
        ("12月10日，公司召开年度总结会。会议通报，全年研发费用投入1.8亿元。", []),
    ],
)
def test_research_cost_subsidies(extract, body, expected) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # pledged financing signed at the meeting: the signing total (§6)
        (FAIR + "现场，4家银行与15家企业签订知识产权质押融资协议，质押融资额1.8亿元。", [(180000000.0, "CNY", None)]),
        (FAIR + "会上，3家银行与企业签署专利质押贷款合同，质押贷款金额共计3200万元。", [(32000000.0, "CNY", None)]),
        # a tally of registered or running pledged financing stays a lending statistic
        (FAIR + "今年1至5月，全区专利质押登记金额达6.8亿元。", []),
        (FAIR + "今年以来，全区银企累计签订质押融资协议86笔，质押融资额达9亿元。", []),
    ],
)
def test_pledged_financing_signed(extract, body, expected) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an item labelled by a grant word of its own takes no fund named before the earlier amount
        (CASH + "共兑现奖补资金1亿元，其中人才补助6000万元、平台建设奖励4000万元。",
         [(100000000.0, "CNY", None), (60000000.0, "CNY", "人才补助"), (40000000.0, "CNY", None)]),
        # an item with no label of its own shares the fund named before
        (CASH + "对获奖企业分别颁发奖励金10万元、6万元、4万元。",
         [(100000.0, "CNY", "奖励金"), (60000.0, "CNY", "奖励金"), (40000.0, "CNY", "奖励金")]),
    ],
)
def test_fund_named_for_an_earlier_item(extract, body, expected) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative day after a bracketed or spaced full date line is that date's
        ("标题\n（2026年8月12日）前天，经开区管委会召开企业培育工作会议。", [("2026-08-10", "前天", None)]),
        ("标题\n2026年8月12日 昨天上午，经开区管委会召开企业培育工作会议。", [("2026-08-11", "昨天", "上午")]),
        ("标题\n(2026年3月2日) 今天，市科技局召开科技工作会议。", [("2026-03-02", "今天", None)]),
        # a date that opens the account itself stays the meeting's
        ("标题\n2026年8月12日，经开区管委会召开企业培育工作会议。", [("2026-08-12", "2026年8月12日", None)]),
    ],
)
def test_date_line_before_a_relative_day(extract, text, expected) -> None:
    assert when(extract(text, published="2026-09-01")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # financing a service helped its clients get: a tally, no money granted
        ("12月10日，市科技局召开座谈会。据悉，全市孵化器今年共服务在孵企业1560家，帮助企业获得融资3.4亿元。", []),
        ("12月10日，市科技局召开座谈会。今年以来，孵化器协助在孵企业获得投融资2.5亿元。", []),
        # a round raised or financing provided for a use stays
        ("12月10日，华信公司获得融资1亿元，用于扩建生产线。", [(100000000.0, "CNY", "扩建生产线")]),
        ("12月10日，市科技局召开座谈会。会上，银行为5家企业提供融资3000万元，用于技术改造。",
         [(30000000.0, "CNY", "技术改造")]),
    ],
)
def test_financing_helped_is_a_tally(extract, body, expected) -> None:
    assert grants(extract(page(body))) == expected
