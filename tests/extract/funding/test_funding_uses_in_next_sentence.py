"""Funding phrasings: the use of the money told in the next
sentence (…融资3亿元。资金将主要用于…), the named project after a total investment (总投资50亿元的…项目), the place
between the amount and the act it pays for (投资100亿元在我市建设…), the next investment statistic of a list
(完成固定资产投资…；完成工业投资…), money put into wealth-management products (理财), and a headline that
restates a body amount the body states as still planned or as a statistic.  The sentences are invented; the
expected values follow corpus/GUIDELINES.md §6.  Negative cases are near misses that must keep their
records or stay as they are."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the next sentence opens on the money and tells its use
        ("天启科技宣布完成3亿元B轮融资，由华锐资本领投。资金将主要用于新一代芯片研发和市场拓展。",
         [(300000000.0, "CNY", "新一代芯片研发和市场拓展")]),
        ("本次活动共募集资金86万元。所募资金将全部用于资助家庭困难的大学新生。",
         [(860000.0, "CNY", "资助家庭困难的大学新生")]),
        ("日前，睿行机器人完成2亿元B轮融资。本轮融资将用于产品研发及海外市场拓展。",
         [(200000000.0, "CNY", "产品研发及海外市场拓展")]),
        # NEGATIVE: a sentence that does not open on the money; of a total and its parts after 其中 only the total gets it
        ("县财政拨付资金500万元。县长表示，要确保资金用于民生项目。", [(5000000.0, "CNY", None)]),
        ("全县共筹集资金2.6亿元，其中县级配套0.8亿元。这些资金将用于高标准农田建设。",
         [(260000000.0, "CNY", "高标准农田建设"), (80000000.0, "CNY", None)]),
        # NEGATIVE: a purpose already named stays
        # (the fund named by its field is the purpose over both 用于 clauses, §6 twenty-third review round)
        ("县财政拨付春耕生产资金1500万元，用于良种补贴。资金将主要用于农机购置。",
         [(15000000.0, "CNY", "春耕生产资金")]),
    ],
)
def test_use_told_in_the_next_sentence(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the named project after a total investment
        ("6月16日，总投资50亿元的瑞能新能源电池生产基地项目在县经济开发区开工建设。",
         [(5000000000.0, "CNY", "瑞能新能源电池生产基地项目")]),
        ("昨日，总投资12亿元的城东污水处理厂二期工程正式开工。", [(1200000000.0, "CNY", "城东污水处理厂二期工程")]),
        # NEGATIVE: a count, a class of projects or a bare phase names no project
        ("活动现场，总投资8.6亿元的12个项目集中开工。", [(860000000.0, "CNY", None)]),
        ("当天，总投资30亿元的重点项目集中开工。", [(3000000000.0, "CNY", None)]),
        ("据悉，投资30多亿元的一期工程完工后水深达到8.5米。", [(3000000000.0, "CNY", None)]),
        # the place between the amount and the act is no part of the purpose
        ("华云集团投资100亿元在我市建设新能源汽车生产基地。", [(10000000000.0, "CNY", "建设新能源汽车生产基地")]),
        ("美国某公司将投资2亿美元在上海建设研发中心。", [(200000000.0, "USD", "建设研发中心")]),
        # NEGATIVE: no act after the place
        ("该县投入资金500万元在全省排名第一。", [(5000000.0, "CNY", None)]),
    ],
)
def test_what_an_investment_is_for(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the next statistic of a list after a fixed-asset investment figure
        ("上半年，全县完成固定资产投资45亿元，同比增长8.2%；完成工业投资18.6亿元。", []),
        ("1至9月，全市完成固定资产投资356亿元，完成民间投资120亿元。", []),
        # money put into wealth-management products
        ("张某将公司资金200万元用于购买理财产品，获利12万元。", []),
        # completed investment in a field, stated alone, is work done too (GUIDELINES §6, tenth review round)
        ("今年以来，全县完成交通基础设施投资18.6亿元，同比增长12%。", []),
        ("公司去年完成农网改造投资3.2亿元，售电量同比增长5%。", []),
    ],
)
def test_statistics_and_products_are_no_grant(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline restating a body amount still in talks or a statistic states no grant either
        ("某集团拟投资10亿元在我市建设数据中心\n2024-05-09 来源：某市政府网\n"
         "据了解，华云集团拟投资10亿元在我市建设大数据中心，目前双方正在洽谈中。\n", []),
        ("我区今年已完成重点项目投资28.7亿元\n2024-09-10 来源：某区发改局\n"
         "截至8月底，全区38个重点项目已累计完成年度计划投资28.7亿元，完成率达78%。\n", []),
        # NEGATIVE: a headline grant that the body states as paid stays one record
        ("县财政拨付救灾资金300万元\n2024-07-03 来源：某县应急管理局\n"
         "强降雨发生后，县财政紧急拨付救灾资金300万元，用于受灾群众临时生活救助。\n",
         [(3000000.0, "CNY", "救灾资金")]),  # (the fund named by its field, §6 twenty-third review round)
        # NEGATIVE: a headline grant with an unrelated planned amount in the body keeps its record
        ("某公司捐款50万元助学\n2024-07-03 来源：某县\n"
         "某公司日前向县教育基金会捐款50万元。该公司还拟投资8亿元扩建生产线，目前正在洽谈中。\n",
         [(500000.0, "CNY", None)]),
    ],
)
def test_headline_restating_a_declined_amount(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the total clause after a clause paying a named fund
        ("8月28日，青山镇为32名困难家庭学生发放助学金，共计12.8万元。", [(128000.0, "CNY", "助学金")]),
        # funds listed together before the total
        ("基金会为120名优秀教师和180名优秀学生颁发奖教金、奖学金共计36万元。", [(360000.0, "CNY", "奖教金、奖学金")]),
        # NEGATIVE: no fund paid before the total: no purpose made up
        ("县慈善会为困难群众送去米面油，共计发放慰问金8.6万元。", [(86000.0, "CNY", "慰问金")]),
        ("县财政为32名学生落实资助，共计12.8万元。", [(128000.0, "CNY", None)]),
    ],
)
def test_a_total_after_the_fund_paid(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
