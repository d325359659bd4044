"""Funding purposes left null although the text states them, and new loans approved for a named project or let out for a stated use (GUIDELINES §6 Loans).

Phrasings covered: a bare total label (总投资, 签约金额) after the clause counting the projects, or in a sentence opening on
该项目 (the project named before); 资助<what>N项，资助总额…; 总奖金/奖金总额 (prize money); 投入X办理Y; 获得<fund>，每人X元
and 资助<whom>，每人X元; 发放<kind>款共计X; a phase's share (一期投资) read as its phase and 计划总投资 alone as no purpose;
the use told in the next sentence for a total whose parts follow 其中; 向<project>审批贷款X and 投放贷款X，用于….  NEGATIVE
cases: bare classes of projects, lending statistics, balances, credit lines and loans ahead stay as they were.

All sentences are invented; the expected values follow corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # projects counted before a bare total: their kind, or the kind named before in the sentence or the one before
        ("此次集中开工乡村振兴项目共9个，总投资2.3亿元。", [(230_000_000.0, "CNY", "乡村振兴项目")]),
        ("当天还举行了文旅招商项目集中签约仪式，共签约项目30个，总投资96亿元。", [(9_600_000_000.0, "CNY", "文旅招商项目")]),
        ("3月5日，清河镇2024年农村人居环境项目集中开工仪式在东岗村举行。此次集中开工项目共7个，总投资1.1亿元。",
         [(110_000_000.0, "CNY", "农村人居环境项目")]),
        # a bare total in a sentence that opens on 该项目: the project named in the sentence before
        ("6月3日，华星科技年产5万台智能农机项目开工仪式在经开区举行。该项目由华星科技股份有限公司投资建设，总投资12亿元。",
         [(1_200_000_000.0, "CNY", "华星科技年产5万台智能农机项目")]),
        # a phase's share: the phase
        ("该项目分两期建设，其中一期投资6亿元。", [(600_000_000.0, "CNY", "一期")]),
        # 资助<what>N项，资助总额…
        ("本年度共资助青少年科技活动85项，资助总额约3200万元。", [(32_000_000.0, "CNY", "资助青少年科技活动")]),
        # prize totals
        ("大会表彰了年度先进个人50名，总奖金超过60万元。", [(600_000.0, "CNY", "奖金")]),
        ("本届大赛共评出获奖作品40件，奖金总额合共120万元。", [(1_200_000.0, "CNY", "奖金")]),
        # 投入X办理Y (Traditional as well)
        ("縣府今年投入新臺幣2億元辦理農路改善工程。", [(200_000_000.0, "TWD", "农路改善工程")]),
        # a sum to each after the clause saying what they got or who was aided
        ("本年度共有15名学生获得国家奖学金，每人8000元。", [(8000.0, "CNY", "国家奖学金")]),
        ("基金会今年资助80名困难高中生，每人3000元。", [(3000.0, "CNY", "资助困难高中生")]),
        # a named kind of payment handed out before its total
        ("县法院现场向52名申请执行人发放执行案款共计860余万元。", [(8_600_000.0, "CNY", "执行案款")]),
        # the use told next is the total's when only its parts follow 其中
        ("晚会共募集善款800万元，其中某集团捐款200万元。所募善款将全部用于助学、助医等慈善项目。",
         [(8_000_000.0, "CNY", "助学、助医等慈善项目"), (2_000_000.0, "CNY", None)]),
        # loans approved for a named project, or let out with a stated use (§6 loans)
        ("近日，某农商银行向东湖片区污水管网改造项目审批贷款2亿元。", [(200_000_000.0, "CNY", "东湖片区污水管网改造项目")]),
        ("某银行向该县投放贷款1.5亿元，用于支持高标准农田建设。", [(150_000_000.0, "CNY", "支持高标准农田建设")]),
        ("某银行投放2亿元贷款，用于支持城区供水管网改造。", [(200_000_000.0, "CNY", "支持城区供水管网改造")]),
    ],
)
def test_purposes_stated_without_use_words(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a bare class of projects counted names no purpose, nor a works of policy (一号工程), nor a quarter
        ("推介会上，现场签约项目18个，总投资126.5亿元。", [(12_650_000_000.0, "CNY", None)]),
        ("4月8日，现场签约项目12个，计划总投资86亿元。", [(8_600_000_000.0, "CNY", None)]),
        ("该区将招商引资作为一号工程，6月1日举行重点项目集中签约仪式，共签约项目9个，总投资55亿元。",
         [(5_500_000_000.0, "CNY", None)]),
        ("5月8日，某市2024年第二季度重大项目集中开工活动举行。全市本次集中开工项目68个，总投资312.6亿元。",
         [(31_260_000_000.0, "CNY", None)]),
        ("4月27日，全县招商引资项目集中签约，现场签约项目12个，总投资86亿元。", [(8_600_000_000.0, "CNY", None)]),
        # NEGATIVE: several donors in one sentence, no total: the use told next is nobody's in particular
        ("甲公司捐款100万元，乙公司捐款50万元。所募善款将全部用于助学。",
         [(1_000_000.0, "CNY", None), (500_000.0, "CNY", None)]),
        # NEGATIVE: a bare word of money handed out names nothing
        ("现场向困难群众发放善款共计12万元。", [(120_000.0, "CNY", None)]),
        # NEGATIVE: lending statistics, balances, credit lines and loans ahead are no funding (§6 loans)
        ("今年以来，该行累计投放各类贷款58亿元，用于支持实体经济。", []),
        ("今年以来，该行投放各类贷款58亿元，用于支持实体经济。", []),
        ("截至6月末，该行贷款余额达400亿元。", []),
        ("某银行向该公司提供授信额度20亿元，用于支持企业发展。", []),
        ("某银行向该市投放贷款2亿元。", []),
        ("该行拟向该项目审批贷款3亿元。", []),
    ],
)
def test_near_misses_stay(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
