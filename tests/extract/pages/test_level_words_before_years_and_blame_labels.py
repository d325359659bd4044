"""Phrasings of rural, agriculture and ecology county media: a bare level word (县, 市,
区) before a year at the head of a meeting's name (县2025年度总河长会议在…召开: the reporting county, no part of the name),
the paying verb 兑付 (like 兑现) before a fund's name, a one-figure numeral before 元 that is a place in a list of places
(双河、三元两个乡), units built told with a scope and 共/已 before 建设 (全县共建设示范区12个: no honour), and the blame label of
a red-and-black list (黑旗村: no honour).  Invented sentences; expected values follow corpus/GUIDELINES.md (§3, §5, §6)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日下午，县2024年度总河长会议在县行政中心召开。", [("2024年度总河长会议", "2024-05-06", None)]),
        ("本周一，县2024年特色产业奖补资金兑现大会在县会议中心召开。", [("2024年特色产业奖补资金兑现大会", "2024-05-06", None)]),
        ("5月6日，市2024年高标准农田建设现场推进会在临江县召开。", [("2024年高标准农田建设现场推进会", "2024-05-06", None)]),
        ("5月6日上午，区2024年度林长制工作会议召开。", [("2024年度林长制工作会议", "2024-05-06", None)]),
        # negatives: a scope word (全县), a named county, a body's session and a word that opens with the level word
        ("5月6日，全县2024年秸秆禁烧工作调度会召开。", [("全县2024年秸秆禁烧工作调度会", "2024-05-06", None)]),
        ("5月6日，县政府2024年第5次常务会议召开。", [("县政府2024年第5次常务会议", "2024-05-06", "县政府")]),
        ("5月6日，县域经济发展座谈会在县委党校召开。", [("县域经济发展座谈会", "2024-05-06", None)]),
    ],
)
def test_bare_level_word_before_a_year_is_no_part_of_the_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年全县共兑付产业奖补资金316万元，惠及农户2180户。", [(3_160_000.0, "CNY", "产业奖补资金")]),
        ("镇财政已兑付耕地地力保护补贴资金85万元。", [(850_000.0, "CNY", "耕地地力保护补贴资金")]),
        # negatives: 兑现 as before, and a rate per mu stays no record
        ("今年全县共兑现产业奖补资金316万元。", [(3_160_000.0, "CNY", "产业奖补资金")]),
        ("种植生姜每亩补贴200元。", []),
    ],
)
def test_dui_fu_is_a_verb_of_paying(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("该项目涉及双河、三元两个乡，总投资1.2亿元。", [(120_000_000.0, "CNY", None)]),
        ("项目覆盖三元、双河两个镇，总投资8000万元。", [(80_000_000.0, "CNY", None)]),
        # negatives: a list of small sums and a sum before its comma stay amounts
        ("活动中，每位捐款者捐款三元，共募集善款3000元。", [(3.0, "CNY", None), (3000.0, "CNY", None)]),
        ("村民们纷纷捐款，有捐五元、十元的，共募集善款3000元。", [(5.0, "CNY", None), (10.0, "CNY", None), (3000.0, "CNY", None)]),
    ],
)
def test_numeral_yuan_place_in_a_list_of_places(extract, body: str, expected: list) -> None:
    assert [(a, c, None) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全县共建设绿色防控示范区12个，面积5万亩。", []),
        ("目前全市已建设“美丽乡村示范村”30个。", []),
        # negatives: an honour whose name holds 建设, conferred
        ("会议表彰了全县平安建设先进集体5个、先进个人10名。", [("平安建设先进集体", 5, "个", "organization"),
                                                       ("先进个人", 10, "名", "person")]),
        ("县委授予8个乡镇“农田水利建设先进乡镇”称号。", [("农田水利建设先进乡镇", 8, "个", "organization")]),
    ],
)
def test_units_built_with_jian_she_are_no_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议通报了一季度考核结果，评出“红旗村”3个、“黑旗村”2个。", [("红旗村", 3, "个", "organization")]),
        ("会上评出“红榜单位”5个、“黑榜单位”3个。", [("红榜单位", 5, "个", "organization")]),
        ("会议对“末位单位”2个进行了通报，对“先进单位”6个进行了表彰。", [("先进单位", 6, "个", "organization")]),
        # negatives: a red flag honour alone, and a 流动红旗 conferred
        ("镇里评出“红旗村”4个。", [("红旗村", 4, "个", "organization")]),
        ("为5个村授予“流动红旗”。", [("流动红旗", 5, "个", "organization")]),
    ],
)
def test_blame_labels_are_no_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议审议了《全县高标准农田建设三年行动方案》，方案提出三年建设高标准农田10万亩，总投资3亿元。", []),
        ("会议研究了《全镇人居环境整治规划》。规划明确，到2027年新建污水处理站12座，总投资约8000万元。", []),
        ("市政府印发《乡村振兴实施方案》，方案确定实施重点项目36个，总投资56亿元。", []),
        # negatives: works begun under the plan, and money allocated after a plan, stay funding
        ("方案提出的12个项目已全部开工，总投资3亿元。", [(300_000_000.0, "CNY", None)]),
        ("会议审议通过了《行动方案》，县财政安排资金500万元，用于农村公路养护。", [(5_000_000.0, "CNY", "农村公路养护")]),
    ],
)
def test_total_of_works_a_plan_proposes_is_intended(extract, body: str, expected: list) -> None:
    assert [(a, c, None if not expected or expected[0][2] is None else p) for a, c, p in grants(extract(page(body)))] == expected
