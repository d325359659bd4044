"""Funding phrasings: a fund named after 作为 (作为科技创新奖励资金), a use told
after a comma with the money itself as the subject (，善款将全部用于…), an investment only intended (拟投资) with no
signing, and a tender price (中标价) read like a tender amount (中标金额) as a contract total.  Near misses keep their
old reading: a signing's 拟投资, a plan's 计划投资, another fund's use after the comma, bid ceilings, per-recipient
shares and 万余元 ranges.  Invented sentences; the expected values follow corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 作为 is the verb: the fund named after it is the purpose
        ("1月17日，高新区召开科技创新大会，宣布拿出300万元作为科技创新奖励资金。",
         [(3_000_000.0, "CNY", "科技创新奖励资金")]),
        ("县财政安排200万元作为产业发展引导资金。", [(2_000_000.0, "CNY", "产业发展引导资金")]),
        ("公司拿出100万元作为员工子女助学基金。", [(1_000_000.0, "CNY", "员工子女助学基金")]),
        ("企业捐出50万元作为“爱心助学基金”。", [(500_000.0, "CNY", "爱心助学基金")]),
        ("省财政拿出150万元，作为送温暖活动资金。", [(1_500_000.0, "CNY", "送温暖活动资金")]),
        # unchanged: a fund named with no 作为, a reward after 作为
        ("镇里拨出20万元作为村级集体经济发展启动资金。", [(200_000.0, "CNY", "村级集体经济发展启动资金")]),
        ("公司拿出120万元作为年终奖励。", [(1_200_000.0, "CNY", "年终奖励")]),
    ],
)
def test_a_fund_named_after_zuowei(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the money itself as the subject of 用于 after the comma: its use
        ("12家爱心企业现场捐款共计320万元，善款将全部用于受灾群众安置和灾后重建。",
         [(3_200_000.0, "CNY", "受灾群众安置和灾后重建")]),
        ("市政府拨付资金500万元，资金主要用于道路修复。", [(5_000_000.0, "CNY", "道路修复")]),
        ("县慈善总会共募集善款86万元，这笔资金将用于资助贫困大学生。", [(860_000.0, "CNY", "资助贫困大学生")]),
        # another fund named after the comma: that fund's use, none for this amount
        ("省财政下达奖补资金800万元，省级奖补资金主要用于示范村建设。", [(8_000_000.0, "CNY", None)]),
    ],
)
def test_a_use_told_with_the_money_as_subject(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an investment only intended: nothing invested yet (§6)
        ("某新能源科技有限公司拟投资50亿元，在我市经开区建设电池正极材料项目，目前项目正在办理前期手续。", []),
        ("华瑞股份公告，公司拟使用自有资金投资8亿元扩建智能终端生产线，该事项尚需提交股东大会审议。", []),
        ("某集团准备投入3000万元建设物流园。", []),
        # a project's planned total investment stays a record (tuning gold)
        ("两个项目共争取到省级专项资金2380万元，两个项目计划总投资4.6亿元，目前主体工程均已完工。",
         [(23_800_000.0, "CNY", None), (460_000_000.0, "CNY", "两个项目计划总投资")]),
        # a signing states it: a signing's total (§6), also in the sentence of parts after it
        ("双方签订投资协议，某集团拟投资30亿元建设产业园。", [(3_000_000_000.0, "CNY", "建设产业园")]),
        ("4月27日，全县招商引资项目集中签约，现场签约项目12个，总投资86亿元。其中，某某集团拟投资30亿元建设的绿色建材产业园项目投资额最大。",
         [(8_600_000_000.0, "CNY", None), (3_000_000_000.0, "CNY", None)]),
        # money invested, granted or on schedule: unchanged
        ("某集团投资20亿元建设的西部数据中心项目正式竣工投产。", [(2_000_000_000.0, "CNY", None)]),
        ("县财政按计划投入资金500万元，用于农村道路硬化。", [(5_000_000.0, "CNY", "农村道路硬化")]),
    ],
)
def test_an_intended_investment(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a tender won is a contract total, however its amount is named (§6)
        ("某建工集团有限公司中标市城区污水管网改造工程，中标金额1.36亿元，工期18个月。", [(136_000_000.0, "CNY", None)]),
        ("项目名称：第一中学教学楼维修工程。中标单位：某某建筑工程有限公司。中标价：286.5万元。", [(2_865_000.0, "CNY", None)]),
        # a bid ceiling and a budget ceiling are no money paid
        ("本项目最高投标限价3260万元，投标人须具备相应资质。", []),
    ],
)
def test_a_tender_amount(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # per-recipient shares and 万余元 stay as they were
        ("市政府对30名“市首席技师”进行表彰，每人奖励1万元。", [(10_000.0, "CNY", None)]),
        ("社区开展爱心义卖活动，共筹得善款2万余元，将全部用于帮扶辖区困难家庭。", [(20_000.0, "CNY", "帮扶辖区困难家庭")]),
        # statistics and prices: no funding
        ("上半年实现营业收入36.5亿元，同比增长12%；净利润4.2亿元。", []),
        ("今年，我市计划实施市级重点项目200个，年度计划投资480亿元。", []),
        ("公司已向银行申请贷款2000万元，用于新建冷链仓储，目前正在审批中。", []),
    ],
)
def test_near_misses_unchanged(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_wan_yu_keeps_its_high_bound(extract) -> None:
    found = extract(page("社区开展爱心义卖活动，共筹得善款2万余元，将全部用于帮扶辖区困难家庭。"))["funding"]
    assert [(f["amount"], f["amount_high"], f["approximate"]) for f in found] == [(20_000.0, 30_000.0, True)]
