"""Funding phrasings of invented ordinary articles: a purpose told before the amount or in a
clause without 用于 (，扩大办理青年租金补贴; ，分…发放消费券; whom a bare reward fund is paid to; the goods named before
their value; the kind of signed projects counted before a bare total; a fund approved before 总金额达…, or the quoted
scheme it is approved under; a verb of getting inside 获评), and a company's dividend (派发现金红利, 股息, 向股东分红),
which is a return to owners, not money granted.  Invented sentences; the expected values follow corpus/GUIDELINES.md
§6.  Policy standards (国家奖学金每生每年8000元, 奖励标准为…) are left recorded: the synthetic tuning gold records them,
and a ceiling (最高可获…) was already none."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the use told in the clause after the amount by a verb of carrying out
        ("市府今年編列新台幣12億元，擴大辦理青年租金補貼。", [(1_200_000_000.0, "TWD", "青年租金补贴")]),
        ("本轮活动市财政安排专项资金5000万元，分餐饮、零售、文旅三类发放消费券，活动时间为9月28日至10月31日。",
         [(50_000_000.0, "CNY", "发放消费券")]),
        ("区财政拨付资金80万元，开展老旧小区适老化改造。", [(800_000.0, "CNY", "开展老旧小区适老化改造")]),
        # whom a bare reward or aid fund is paid to names it (their count and qualifier dropped)
        ("会议同意向32名高层次人才兑现奖励资金共计960万元。", [(9_600_000.0, "CNY", "高层次人才奖励资金")]),
        ("镇里为120户困难家庭发放补助资金36万元。", [(360_000.0, "CNY", "困难家庭补助资金")]),
        ("市工信局向符合条件的申报企业兑现奖励资金600万元。", [(6_000_000.0, "CNY", "申报企业奖励资金")]),
        # the goods given, named before their value
        ("此次捐赠的彩色多普勒超声诊断仪、全自动生化分析仪等设备价值86万元。",
         [(860_000.0, "CNY", "彩色多普勒超声诊断仪、全自动生化分析仪等设备")]),
        ("工会为860户困难职工家庭发放慰问金和慰问品，总价值258万元。", [(2_580_000.0, "CNY", "慰问金和慰问品")]),
        # signed projects of a named kind counted before a bare total
        ("开幕式上集中签约茶产业项目22个，签约金额58亿元。", [(5_800_000_000.0, "CNY", "签约茶产业项目22个")]),
        ("会上共签约了文旅项目8个，总投资35亿元。", [(3_500_000_000.0, "CNY", "签约文旅项目8个")]),
        # a fund approved before a clause of its total
        ("首批50家企业获核定技改补助，总金额达6000万元。", [(60_000_000.0, "CNY", "技改补助")]),
        # (a bare 补助 approved under a quoted scheme: the scheme names it)
        ("高雄市經濟發展局舉辦「中小企業數位轉型補助計畫」核定說明會，首批50家業者獲核定補助，總金額達新台幣6000萬元。",
         [(60_000_000.0, "TWD", "中小企业数位转型补助")]),
        ("市里启动“稳岗就业补贴计划”。首批120家企业获核定补贴，总金额达3000万元。", [(30_000_000.0, "CNY", "稳岗就业补贴")]),
        # (提取 is the verb of giving, no part of the fund)
        ("村里共提取分红资金86.4万元。", [(864_000.0, "CNY", "分红资金")]),
    ],
)
def test_a_purpose_before_the_amount_or_without_yongyu(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # near misses: no purpose where the words name none
        ("推介会上，现场签约项目18个，总投资126.5亿元。", [(12_650_000_000.0, "CNY", None)]),
        ("下拨资金500万元，发放到户。", [(5_000_000.0, "CNY", None)]),
        ("县政府投入资金500万元，实施项目15个。", [(5_000_000.0, "CNY", None)]),
        ("获评企业可获得奖励资金50万元。", [(500_000.0, "CNY", None)]),
        # (unchanged: a named fund before the amount keeps its name over a clause after it)
        ("省财政下达农村危房改造补助资金5000万元，实施改造3000户。", [(50_000_000.0, "CNY", "农村危房改造补助资金")]),
        ("为30名困难党员每人发放慰问金500元。", [(500.0, "CNY", "慰问金")]),
    ],
)
def test_no_purpose_where_none_is_named(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a company's dividend, declared or proposed, is a return to owners
        ("会议审议通过了2024年度利润分配方案，公司拟向全体股东每10股派发现金红利3元（含税），合计派发1.05亿元。", []),
        ("公司拟派发股息共计5000万港元。", []),
        ("公司向全体股东分红2亿元。", []),
        # (unchanged: a village collective's dividend fund shared out to its members, a policy 红利 in another clause)
        ("村里按照“村民按股分红”的原则，共提取分红资金86.4万元。", [(864_000.0, "CNY", "分红资金")]),
        ("会议强调要释放改革红利，全年投入资金5亿元支持企业发展。", [(500_000_000.0, "CNY", "支持企业发展")]),
        ("公司向县慈善总会捐款500万元，用于乡村振兴。", [(5_000_000.0, "CNY", "乡村振兴")]),
    ],
)
def test_a_dividend_is_no_grant(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (left as they are: standards the tuning gold records, ceilings already none)
        ("国家奖学金每生每年8000元。", [(8000.0, "CNY", "国家奖学金")]),
        ("入选企业最高可获得补贴50万元。", []),
        ("每家企业最高可获200万元补贴。", []),
    ],
)
def test_standards_and_ceilings_unchanged(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
