"""Funding phrasings of invented pages: a gift in kind whose value follows the goods
(发放药品价值2万余元, 捐赠图书5000册，价值10万元), a bare 万/亿 with no 元 after a verb of funding and before its use
(出资5000万设立…), and purposes told after a built object (投入100多万元建成蔬菜大棚), by a speaker in the next
sentence (…表示，本轮融资将主要用于…), by the projects won in the clause before (新增…项目45项，获批经费…), after
认捐, and after a time lead (于5年内兴建…).  All sentences are invented; the expected values follow
corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # gifts in kind stated with their value after the goods (§6)
        # (the goods' kind alone before the value is the gift's purpose too: §6 fortieth review round)
        ("6月15日，县中医院在石门乡举行义诊活动，发放药品价值2万余元。", [(20_000.0, "CNY", "药品")]),
        # (the goods counted before the value are the gift's purpose: §6 twenty-ninth review round)
        ("县图书馆向山区小学捐赠图书5000册，价值10万元。", [(100_000.0, "CNY", "图书")]),
        ("工会为困难职工送去慰问品价值3000元。", [(3_000.0, "CNY", "慰问品")]),
        ("志愿者在敬老院分发食品和衣物，总价值约1.2万元。", [(12_000.0, "CNY", "食品和衣物")]),  # (the goods: §6 purpose)
        # the value of goods recovered, seized, bought, won, or a seller's gift to customers: no funding
        ("民警为失主追回被盗财物价值3万元。", []),
        ("市场监管局在检查中查获假冒药品价值8万元。", []),
        ("公司购买检测设备价值200万元。", []),
        ("他在抽奖中获得一辆汽车价值15万元。", []),
        ("商场向顾客发放购物券价值50元。", []),
    ],
)
def test_gift_in_kind_valued_after_the_goods(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 万/亿 with 元 left out, after a verb of funding and before the use (§6 amount)
        ("区政府出资5000万设立人才发展专项基金。", [(50_000_000.0, "CNY", "设立人才发展专项基金")]),
        ("县财政投入3000万用于农村公路建设。", [(30_000_000.0, "CNY", "农村公路建设")]),
        ("县里投资2亿建设污水处理厂。", [(200_000_000.0, "CNY", "建设污水处理厂")]),
        ("企业筹资1亿帮助灾区重建。", [(100_000_000.0, "CNY", "帮助灾区重建")]),
        # counts of people or things: no money
        ("景区全年接待游客5000万人次。", []),
        ("全县共种植苗木3000万株。", []),
        ("全市投入5000万人次参加义务植树。", []),
    ],
)
def test_bare_wan_after_a_funding_verb(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # what is built with the money, not how many (§6 purpose)
        ("村里投入100多万元建成蔬菜大棚20个。", [(1_000_000.0, "CNY", "建成蔬菜大棚")]),
        # the works finished, no use: no purpose
        ("新建的体育馆由公司投资2亿元建成投用。", [(200_000_000.0, "CNY", None)]),
        # the use told by a speaker in the next sentence
        ("远航科技近日完成3亿元B轮融资。远航科技创始人刘子豪表示，本轮融资将主要用于新一代工业机器人的研发和市场拓展。",
         [(300_000_000.0, "CNY", "新一代工业机器人的研发和市场拓展")]),
        ("某公司完成1亿元融资。董事长王某介绍，募集资金将用于建设新工厂。", [(100_000_000.0, "CNY", "建设新工厂")]),
        # a speaker saying something else: no purpose
        ("某公司近日完成2亿元A轮融资。公司负责人表示，将继续扩大市场。", [(200_000_000.0, "CNY", None)]),
        # the kind of projects won in the clause before a bare grant
        ("今年学校新增国家自然科学基金项目45项，获批经费2600余万元。", [(26_000_000.0, "CNY", "国家自然科学基金项目")]),
        # a bare class of projects names no purpose
        ("该镇获批重点项目3个，获得资金500万元。", [(5_000_000.0, "CNY", None)]),
        # the fund pledged, without the pledger and the verb
        ("在捐资助学仪式上，爱心人士现场认捐村道硬化资金26万元。", [(260_000.0, "CNY", "村道硬化资金")]),
        # the act after a time lead, without the count of homes
        ("市府将投入新台币120亿元，于5年内兴建社会住宅8000户。", [(12_000_000_000.0, "TWD", "兴建社会住宅")]),
        # without a time lead the counted output beside the money stays no purpose
        ("市府将投入新台币120亿元，兴建社会住宅8000户。", [(12_000_000_000.0, "TWD", None)]),
    ],
)
def test_purposes(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
