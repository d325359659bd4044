"""Funding phrasings: purposes
copied from the giver and verb before the amount or from the next clause, size classes, bonds, shop
promotions, fees, plans and applications still open, signings still to come, recoveries, budget lines,
statistics and company figures read as funding.  Invented sentences; the expected values follow
corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def grants(record: dict) -> list[tuple[float, str, str | None]]:
    """(amount, currency, purpose) of each funding record, in order."""
    return [(f["amount"], f["currency"], f["purpose"]) for f in record["funding"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a passive with its giver: the topic and the act after the amount, not 该…由县财政投资
        ("据了解，该服务站由镇财政投资28万元建设，面积200平方米。", [(280_000.0, "CNY", "服务站建设")]),
        ("文化广场由县财政投资80万元建设。", [(800_000.0, "CNY", "文化广场建设")]),
        # no act after: no purpose rather than a fragment
        ("该项目由省财政拨款500万元。", [(5_000_000.0, "CNY", None)]),
        ("由县财政投资80万元建设的文化广场正式启用。", [(800_000.0, "CNY", None)]),
        # the fund after the verb of giving (拿出, 完成, 申请), not the clause's subject
        ("公司共拿出安全生产奖励资金60万元，对先进班组进行重奖。", [(600_000.0, "CNY", "安全生产奖励资金")]),
        # (investment completed over a year is work done, no funding: GUIDELINES §6, tenth review round)
        ("公司去年完成农网改造投资3.2亿元，售电量同比增长5%。", []),
        ("县政府申请上级补助资金3000万元，目前已获批复。", [(30_000_000.0, "CNY", "上级补助资金")]),
        # a count of things built after the comma is an output, not the use: the fund before the amount
        ("去年全县共投入村级活动场所建设经费900万元，新建村级活动场所12个。",
         [(9_000_000.0, "CNY", "村级活动场所建设经费")]),
        ("县财政投入资金500万元，新建村级文化广场12个。", [(5_000_000.0, "CNY", None)]),
        # an act of aid after the comma is still the use
        ("县财政投入资金500万元，支持村级文化广场建设。", [(5_000_000.0, "CNY", "支持村级文化广场建设")]),
        # the building clause after an investing verb
        ("根据协议，某能源集团将在本县投资20亿元，建设100万千瓦光伏发电项目。",
         [(2_000_000_000.0, "CNY", "建设100万千瓦光伏发电项目")]),
        ("某科技公司去年新增投资2亿元扩建生产线。", [(200_000_000.0, "CNY", "扩建生产线")]),
        # a word never cut short: 基金会 is a recipient, not a 基金
        ("公司董事长张明向市教育基金会捐赠80万元。", [(800_000.0, "CNY", None)]),
        ("某公司向县教育基金会捐赠50万元，用于资助贫困学生。", [(500_000.0, "CNY", "资助贫困学生")]),
        # 定向 is no receiver's 向
        ("县里下拨定向帮扶资金30万元。", [(300_000.0, "CNY", "定向帮扶资金")]),
        # the 其中 of a part, the adverb before a verb of investing
        ("该公路全长76公里，总投资96亿元，其中中央车购税补助资金18亿元。",
         [(9_600_000_000.0, "CNY", None), (1_800_000_000.0, "CNY", "中央车购税补助资金")]),
        # (re-pinned in the sixteenth review round, GUIDELINES §6: "Money a body only expects to put in (`公司预计投入2亿元
        # 用于技术改造`, `预计投资`) with no signing, start or decision reported is only intended, like `计划投入`: no
        # record"; the purpose point is kept on a project whose start is told)
        ("该项目预计投资约6000万元，资金来源为企业自筹。", []),
        ("该项目5月6日开工，预计投资约6000万元，资金来源为企业自筹。", [(60_000_000.0, "CNY", None)]),
    ],
)
def test_a_purpose_is_what_the_money_is_for(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a size class counted beside a total
        ("此次集中签约项目15个，总投资90亿元，其中投资超5亿元的项目6个。", [(9_000_000_000.0, "CNY", None)]),
        ("此次签约项目18个，总投资120亿元，其中，投资超10亿元项目5个。", [(12_000_000_000.0, "CNY", None)]),
        ("此次签约项目18个，总投资120亿元，其中投资超过10亿元的项目5个。", [(12_000_000_000.0, "CNY", None)]),
        # bonds named before their amount, whatever the verb
        ("报告提出，今年拟安排地方政府专项债券4万亿元。", []),
        ("今年全省拟安排新增专项债券额度2000亿元。", []),
        # bond money put to a use is kept
        ("今年全省安排专项债券资金50亿元，用于支持重大项目建设。", [(5_000_000_000.0, "CNY", "支持重大项目建设")]),
    ],
)
def test_size_classes_and_bonds(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a shop's promotion: its subsidies and gifts are prices
        "即日起，购买某某品牌冰箱立减600元，以旧换新再补贴200元。",
        "某某家电门店再返现300元，另赠送价值199元的电水壶。",
        "某某品牌汽车限时优惠，置换补贴8000元，购车再享补贴3000元。",
        # fees and a lottery stake
        "某某火锅品牌全国招商，加盟费仅需6.8万元。",
        "培训费用由主办方承担，每人收取资料费150元。",
        "我市一彩民以20元投注独中一等奖1注。",
    ],
)
def test_ads_fees_and_stakes_are_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a plan or an application still open
        ("某某集团拟投资30亿元在我县建设储能电池项目，目前项目正在洽谈中。", []),
        ("我们计划今年投资80亿元建设新材料基地，目前正在与地方政府洽谈。", []),
        ("县政府申请中央预算内投资补助资金8000万元，目前正在审核中。", []),
        # a signing still to come
        ("高新区管委会拟于6月18日上午举行项目集中签约仪式，届时将有10个项目集中签约，总投资60亿元。", []),
        ("6月8日，某某县将举行招商引资项目集中签约仪式，总投资90亿元。", []),
        # a plan settled by a signing, a signing held, a decided allocation: kept
        ("某某集团拟投资50亿元建设新能源电池项目，双方已签订投资协议。",
         [(5_000_000_000.0, "CNY", "建设新能源电池项目")]),
        ("5月6日，某某县举行招商引资项目集中签约仪式，总投资120亿元。", [(12_000_000_000.0, "CNY", None)]),
        ("5月6日，某县举行项目集中签约仪式，15个项目现场签约，总投资80亿元，项目将于年内开工。",
         [(8_000_000_000.0, "CNY", None)]),
        # (GUIDELINES §6, eleventh review round: "Money a next step or later plan will arrange (`下一步，市政府将安排3亿元
        # 专项资金`, `今后将追加投入`) is only intended: no record.")
        ("下一步，市政府将安排3亿元专项资金，用于老旧小区改造。", []),
    ],
)
def test_plans_applications_and_signings_to_come(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # recoveries, budget lines, capital attracted, a company's figures, a budget bill
        ("目前已追缴资金8000万元。", []),
        ("县纪委已追回违规资金20万元。", []),
        ("全年一般公共预算支出中，教育支出72亿元，卫生健康支出35亿元。", []),
        ("全市引进市外境内资金460亿元。", []),
        ("公司研发投入3.6亿元。", []),
        ("行政院今日召開院會，通過明年度中央政府總預算案，歲出規模達2.88兆元。", []),
        # a grant in the same bulletin is kept; a verb of spending before a fund is no budget line
        ("全年共投入财政衔接推进乡村振兴补助资金7.6亿元。",
         [(760_000_000.0, "CNY", "财政衔接推进乡村振兴补助资金")]),
        ("县财政共支出教育经费3000万元。", [(30_000_000.0, "CNY", "教育经费")]),
        # a government's vouchers are no shop promotion
        ("县政府为顾客发放消费券200万元。", [(2_000_000.0, "CNY", None)]),
    ],
)
def test_recoveries_budgets_and_statistics(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
