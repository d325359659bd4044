"""Funding phrasings: a tally of pledged financing, a credit line named after the
amount, an allocation only proposed with 拟, a fund to be set up at a next step, a running total of signed investment
named by its label, purposes left with the giver, the verb or the label around the fund's name, a quoted measure
before a bare total, and the aim told after a comma opened by a verb.  Invented sentences, Simplified and
Traditional; the expected values follow corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page

_HK_END = "\n完\n2025年1月15日（星期三）\n"


def _amounts(record: dict) -> list[float]:
    return [amount for amount, _, _ in grants(record)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a tally of pledged financing is a lending statistic (§6)
        ("全年专利质押融资登记金额达120亿元。", []),
        ("今年以来，全省知识产权质押融资登记金额达356.2亿元，惠及企业1200家。", []),
        ("去年全市商標質押融資登記金額達20億元，同比增長15%。", []),
        ("一季度，全区股权质押融资金额达8.6亿元。", []),
        ("今年以来全省知识产权质押融资356亿元，同比增长20%。", []),
        # near misses: one firm's pledged loan, and a grant beside the word 质押
        ("市知识产权局为某科技公司办理专利质押融资5000万元，用于新产品研发。", [50000000.0]),
        ("县财政安排质押融资贴息资金300万元，支持小微企业发展。", [3000000.0]),
        ("全年股权出质登记金额达42亿元。", []),
        ("县慈善总会接受捐款登记金额共计80万元。", [800000.0]),
    ],
)
def test_pledged_financing_tallies(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a credit line named after the amount (§6 credit lines)
        ("县政府提供总额5亿元的青年创业贷款额度，并给予贴息补助。", []),
        ("經濟部提供總額新臺幣５億元的青年創業貸款額度，並提供利息補貼。", []),
        ("为協助青年取得創業資金，市府提供新臺幣3億元的創業貸款額度。", []),
        ("某银行安排10亿元专项信贷额度，并给予利率优惠补贴。", []),
        # near misses: money provided, its use after; a fund's amount with no credit word before 额度
        ("县政府提供资金5亿元，用于青年创业补贴。", [500000000.0]),
        ("县政府下达2亿元的补助资金，支持青年创业。", [200000000.0]),
    ],
)
def test_credit_lines_named_after_the_amount(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an allocation only proposed (§6 money only intended)
        ("省财政拟安排资金2亿元用于农村公路建设。", []),
        ("今年中央预算内投资拟安排7000亿元，比上年增加200亿元。", []),
        ("縣府擬撥付補助經費新臺幣300萬元，協助社區改善排水。", []),
        ("市里拟下达奖补资金500万元，支持村集体经济发展。", []),
        # near misses: allocated, allocated as 将 (a decision reported), a signing's total, 模拟
        ("县财政已安排资金300万元用于农村道路建设。", [3000000.0]),
        ("县财政今年将安排资金800万元，用于教育。", [8000000.0]),
        ("双方签约，某集团拟投资30亿元建设新材料基地。", [3000000000.0]),
        ("比赛模拟安排资金100万元，检验预案。县财政拨付资金50万元，用于演练保障。", [1000000.0, 500000.0]),
    ],
)
def test_allocations_only_proposed(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a fund to be set up at a next step is only intended (§6), also on a page reporting a signing
        ("8月22日，园区召开企业家座谈会。区长介绍，下一步将设立20亿元引导基金。", []),
        ("9月11日，园区举行项目签约大会，现场签约项目12个，总投资86亿元。下一步，该区将设立20亿元产业引导基金。",
         [8600000000.0]),
        ("9月11日，園區舉行項目簽約儀式。今後，市府將設立新臺幣10億元創業基金。", []),
        # near misses: a fund set up, a pledge at a donation ceremony, an investor's pledge at a signing
        ("8月22日，园区召开企业家座谈会。园区设立了20亿元引导基金。", [2000000000.0]),
        ("8月22日，助学基金捐赠仪式举行。今后集团将设立100万元助学基金。", [1000000.0]),
        ("9月11日，园区举行项目签约仪式。下一步，该企业将投资20亿元建设新生产线。", [2000000000.0]),
    ],
)
def test_a_fund_set_up_at_a_next_step(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body, "2024-08-23"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a period's signings told as a running total stay funding (§6 signing totals; the tuning gold keeps a year's
        # cumulative signing total), their label is no purpose
        ("今年以来全区已累计签约项目65个，累计协议投资额超过400亿元。", [(40000000000.0, "CNY", None)]),
        ("截至目前，全市累计签约项目40个，协议投资总额超200亿元。", [(20000000000.0, "CNY", None)]),
        ("今年以来全區累計簽約項目30個，累計協議投資額逾120億元。", [(12000000000.0, "CNY", None)]),
        # near misses: the kind of the projects counted names it; a financing running total is none
        ("今年以来累计签约新能源项目12个，累计协议投资额86亿元。", [(8600000000.0, "CNY", "签约新能源项目12个")]),
        ("公司此前已累计获得融资超5亿元。", []),
    ],
)
def test_running_totals_of_signed_investment(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the giver, the time and the verb before the fund's name are no part of it
        (page("学校今年提供清寒奖学金共新台币500万元。"), [(5000000.0, "TWD", "清寒奖学金")]),
        (page("区委组织部下发党建专项经费80万元。"), [(800000.0, "CNY", "党建专项经费")]),
        (page("县总工会今年下发困难职工帮扶资金120万元。"), [(1200000.0, "CNY", "困难职工帮扶资金")]),
        (page("基金會今年提供清寒助學金共新臺幣300萬元。"), [(3000000.0, "TWD", "清寒助学金")]),
        # a project's label after its name
        (page("华瑞半导体封测基地项目总投资45亿元。"), [(4500000000.0, "CNY", "华瑞半导体封测基地项目")]),
        (page("城东污水处理厂二期工程计划总投资3.2亿元。"), [(320000000.0, "CNY", "城东污水处理厂二期工程")]),
        (page("其中规模最大的临港智能装备产业园项目总投资28亿元。"), [(2800000000.0, "CNY", "临港智能装备产业园项目")]),
        # near misses: a count or a class of projects with the label stays as it was read
        (page("两个项目计划总投资4.6亿元。"), [(460000000.0, "CNY", "两个项目计划总投资")]),
        # the verb of holding the event is no part of the batch named (招商引资项目: a bare class, no purpose)
        (page("滨海新区召开招商引资项目签约大会，现场签约项目23个，总投资156.8亿元。"), [(15680000000.0, "CNY", None)]),
        (page("县里举办文旅康养项目集中签约活动，现场签约项目8个，总投资26亿元。"), [(2600000000.0, "CNY", "文旅康养项目")]),
        # a quoted measure before a bare total
        ("防疫抗疫基金\n　　香港特區政府今日公布第五輪「防疫抗疫基金」措施，涉及總額約68億元。" + _HK_END,
         [(6800000000.0, "HKD", "防疫抗疫基金措施")]),
        (page("市政府推出“暖企惠民”行动，涉及资金3亿元。"), [(300000000.0, "CNY", "暖企惠民行动")]),
        # near miss: a quoted name in a clause that is not a bare total's
        (page("市政府推出“暖企惠民”行动，安排专项资金3亿元，用于企业纾困。"), [(300000000.0, "CNY", "企业纾困")]),
    ],
)
def test_purposes_trimmed(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the aim told after a comma opened by a verb of furthering
        (page("区政府预留3200万元，加强后巷清洁。"), [(32000000.0, "CNY", "加强后巷清洁")]),
        (page("该县争取补助1.2亿元，推动乡村振兴示范带建设。"), [(120000000.0, "CNY", "推动乡村振兴示范带建设")]),
        ("長者數碼培訓\n　　政府今日宣布撥款港幣三千萬元，於明年推出長者數碼培訓計劃。" + _HK_END,
         [(30000000.0, "HKD", "推出长者数码培训计划")]),
        (page("市财政追加资金500万元，进一步完善社区养老服务设施。"), [(5000000.0, "CNY", "完善社区养老服务设施")]),
        (page("县里筹集资金800万元，以提升农村饮水安全水平。"), [(8000000.0, "CNY", "提升农村饮水安全水平")]),
        # near misses: a named fund keeps its name; a result told with 了; a word about the work itself
        (page("县财政下拨党建专项经费50万元，加强基层阵地建设。"), [(500000.0, "CNY", "党建专项经费")]),
        (page("区政府投入3200万元，改善了办学条件。"), [(32000000.0, "CNY", None)]),
        (page("区政府预留3200万元，推进力度明显加大。"), [(32000000.0, "CNY", None)]),
    ],
)
def test_the_aim_told_after_a_comma(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected
