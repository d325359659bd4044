"""Funding purposes read wrong or missed on invented pages: an item of a list that took the next item as
its purpose (其中，支持企业研发后补助8600万元，支持重大科技专项6500万元; 用于A600万元、B200万元), a bare project's total
label (该项目总投资30亿元) resolved to the project named last before it (up to three sentences back), else kept,
the money of the sentence before told as 融资资金/捐赠资金/所融资金 with its use, gifts in kind valued before their
goods (捐赠价值200万元的…药品), a giver's 补助 with its object read as a fund's name in a headline (屏東縣府補助…營養
午餐 今年編列1.2億元), a count of those rewarded (，奖励村干部12名) and a leading 的 (作为的…奖励资金).  Amounts and
currencies are unchanged throughout.  All sentences are invented; the expected values follow corpus/GUIDELINES.md §6
(purpose: what the money is for, or null)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # each item of a list its own purpose, not the next item's
        ("今年，市级财政共安排科技专项资金2.35亿元，其中，支持企业研发后补助8600万元，支持重大科技专项6500万元，"
         "支持创新平台建设4200万元。",
         [(235_000_000.0, "CNY", "科技专项资金"), (86_000_000.0, "CNY", "企业研发后补助"),
          (65_000_000.0, "CNY", "重大科技专项"), (42_000_000.0, "CNY", "创新平台建设")]),
        ("县里下达衔接资金1000万元，其中，用于基础设施建设600万元，用于产业发展400万元。",
         [(10_000_000.0, "CNY", "衔接资金"), (6_000_000.0, "CNY", "基础设施建设"), (4_000_000.0, "CNY", "产业发展")]),
        ("县财政安排资金800万元，用于道路硬化600万元、路灯安装200万元。",
         [(8_000_000.0, "CNY", None), (6_000_000.0, "CNY", "道路硬化"), (2_000_000.0, "CNY", "路灯安装")]),
        ("其中，奖励先进集体50万元，奖励先进个人30万元。",
         [(500_000.0, "CNY", "奖励先进集体"), (300_000.0, "CNY", "奖励先进个人")]),
        # a series of funds named before their amounts (already read)
        ("县财政今年安排教育资金1200万元、卫生资金800万元。",
         [(12_000_000.0, "CNY", "教育资金"), (8_000_000.0, "CNY", "卫生资金")]),
        # near misses: a use holding an amount inside it is still the use; a rate's terms and a relative clause are
        # no item
        ("镇政府拨付500万元，用于偿还此前拖欠的200万元工程款。", [(5_000_000.0, "CNY", "偿还此前拖欠的200万元工程款")]),
        ("补助标准每人3000元，共发放补助30万元。", [(3_000.0, "CNY", None), (300_000.0, "CNY", None)]),
        ("其中，支持的企业研发经费500万元。", [(5_000_000.0, "CNY", "支持的企业研发经费")]),
    ],
)
def test_list_items(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the project named before a bare total label, in the sentence before or earlier in the same sentence
        ("3月16日上午，滨江村高标准农田及智慧大棚建设项目开工仪式在项目现场举行。该项目总投资1860万元，预计年底建成。",
         [(18_600_000.0, "CNY", "滨江村高标准农田及智慧大棚建设项目")]),
        ("经开区与某某科技有限公司新能源电池材料项目签约仪式在区管委会举行。该项目总投资30亿元，分两期建设。",
         [(3_000_000_000.0, "CNY", "新能源电池材料项目")]),
        ("城东物流产业园项目今日开工，该项目总投资12亿元。", [(1_200_000_000.0, "CNY", "城东物流产业园项目")]),
        # up to three sentences back, the last project named
        ("经开区与某某科技有限公司新能源电池材料项目签约仪式在区管委会举行。区党工委书记郑光辉出席并致辞。"
         "管委会主任唐海波主持签约仪式。该项目总投资30亿元，分两期建设。",
         [(3_000_000_000.0, "CNY", "新能源电池材料项目")]),
        ("城东物流产业园项目今日开工。今年全市共签约重点项目18个。该项目总投资30亿元。", [(3_000_000_000.0, "CNY", None)]),
        # a label after a count of projects is their total: no single project
        ("观摩团察看了鼎盛新材料年产3万吨高性能纤维项目等6个项目现场。此次观摩的6个项目总投资48.5亿元。",
         [(4_850_000_000.0, "CNY", None)]),
        # near misses: no project named, or only a class of projects: no purpose (§6: a bare label names no use)
        ("该项目总投资30亿元，分两期建设。", [(3_000_000_000.0, "CNY", None)]),
        ("今年全市共签约重点项目18个。该项目总投资30亿元。", [(3_000_000_000.0, "CNY", None)]),
    ],
)
def test_project_behind_a_total_label(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the money of the sentence before told with its use
        ("某公司宣布完成3亿元B轮融资，本轮融资由某资本领投。融资资金将主要用于核心产品的临床试验。",
         [(300_000_000.0, "CNY", "核心产品的临床试验")]),
        ("某公司完成2亿元A轮融资。所融资金将用于产品研发。", [(200_000_000.0, "CNY", "产品研发")]),
        ("某基金会向村小学捐款50万元。捐赠资金将全部用于改善办学条件。", [(500_000.0, "CNY", "改善办学条件")]),
        # near miss: the next sentence about another matter
        ("某公司完成2亿元A轮融资。融资活动由某证券担任财务顾问。", [(200_000_000.0, "CNY", None)]),
    ],
)
def test_use_told_next(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a gift in kind valued before its goods: the goods (§6 gifts in kind are funding)
        ("某制药集团向市红十字会捐赠价值200万元的防暑降温药品和医疗物资。",
         [(2_000_000.0, "CNY", "防暑降温药品和医疗物资")]),
        ("义诊现场，医院赠送价值约1.5万元的药品。", [(15_000.0, "CNY", "药品")]),
        ("部队向灾区支援了累计价值260多万元的主副食品、衣被、药品。",
         [(2_600_000.0, "CNY", "主副食品、衣被、药品")]),
        # its use told after it wins
        ("某企业捐赠价值30万元的图书，用于建设乡村书屋。", [(300_000.0, "CNY", "建设乡村书屋")]),
        # near misses: no goods of a gift named after the value; a seller's gift to customers is no funding
        ("某企业捐赠价值30万元，支持乡村书屋建设。", [(300_000.0, "CNY", "支持乡村书屋建设")]),
        ("某商场向会员赠送价值100元的购物卡。", []),
    ],
)
def test_gift_in_kind_goods(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's giver and 補助 with its object is no fund's name; the body's purpose wins
        ("屏東縣府補助弱勢家庭學童營養午餐 今年編列1.2億元\n2024-03-05 14:22 記者陳怡君／屏東報導\n"
         "屏東縣政府今日宣布，今年度編列新台幣1.2億元，補助縣內低收入戶學童營養午餐費用。\n",
         [(120_000_000.0, "TWD", "补助县内低收入户学童营养午餐费用")]),
        ("屏東縣府補助弱勢家庭學童營養午餐 今年編列1.2億元\n2024-03-05 14:22 記者陳怡君／屏東報導\n"
         "屏東縣政府今日召開記者會。\n",
         [(120_000_000.0, "TWD", None)]),
    ],
)
def test_giver_aids_in_a_headline(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # near misses: a fund named after a giver's 补助 stays
        ("县政府获得省财政补助500万元。", [(5_000_000.0, "CNY", "省财政补助")]),
        ("市政府补助资金300万元已到位。", [(3_000_000.0, "CNY", "市政府补助资金")]),
        # a count of those rewarded trimmed; a leading 的 dropped
        ("镇政府拨付奖励资金10万元，奖励村干部12名。", [(100_000.0, "CNY", "奖励村干部")]),
        ("镇政府拨付奖励资金10万元，奖励优秀村干部。", [(100_000.0, "CNY", "奖励优秀村干部")]),
        ("公司拿出300万元作为的科技创新奖励资金。", [(3_000_000.0, "CNY", "科技创新奖励资金")]),
        ("公司拿出300万元作为科技创新奖励资金。", [(3_000_000.0, "CNY", "科技创新奖励资金")]),
    ],
)
def test_tidy_names(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
