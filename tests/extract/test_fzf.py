"""Classes of failure that the fresh set s130 (dates, award counts and money) showed, fixed as classes (fzf).

Each class names what varies in news copy; the rows re-invent the failing sentence, vary the class and add near-miss
negatives. Invented sentences only.

Funding (GUIDELINES §6):
- a company's new-contract figure (``新签合同额``, told as done or as a target) is no signing: money only intended beside
  it (``拟投资``, ``计划投入``, ``打算出资``) stays intended (§6 "Money only intended … with no signing or decision
  reported");
- the works of a next step or a later time (``下一步…将筹建一所学校``, ``今后…将扩建``) told in the clause before a bare total
  (``计划总投资``, ``总投资``, ``预计投资``) are a project only planned (§6 "A project only studied or planned, with no
  signing, start or works told … only intended");
- a level's finance spending over a past period with its field named and no use (``过去一年，县财政投入民生资金…``) is a
  budget figure (§6 ninth round "A county's or city's spending over a period with no stated use … is a budget figure");
- a body's yearly habit told by its verb (``每年投入奖励经费…``, ``每年设立奖学金…``, ``…，另设专项奖学金…``) with no use is
  a yearly budget level (§6 fourteenth round "A yearly budget told as a level … statistics", sixteenth round "a year's
  spending on a field … no record; money with a stated use … stays"); ``今年起每年提供…`` stays (fourteenth round);
- consumption driven (``拉动文旅消费``, ``带动假日消费``) is a market figure (§6 "Not funding: … market figures");
- a pledge in remarks with a time between 将 and the verb (``将在年内再捐资``, ``将于明年出资``) is intended money (§6
  twenty-first round "A pledge told with 将 in someone's remarks … no record"), unless a donation ceremony marks it or
  the body's own finance announces it;
- a target after 力争 with a year and a long noun before the amount (``力争2021年到账科研经费突破4亿元``) is a target (§6
  targets: "Money only intended");
- a label of financing demand (``需求金额``, ``需求总额``) is no funding (§6 tenth round "融资需求25亿元 is no funding");
- a past year's grants a Hong Kong or Macau body approved, told with a bare 去年 (``去年共批出各类资助约…``), are a past
  year's total with no use (§6 twenty-first round);
- wage-case execution money named by its class (``农民工工资类案款``) is execution money paid (§6 eleventh round "Execution
  money a court hands to creditors … is money paid"; a total and its parts are all annotated);
- a shop word inside an honour or a company's tally (``“优秀门店”8家``, ``新开门店36家``) is no sales promotion (§6 ads): the
  money handed to those commended stays.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def _amounts(record: dict) -> list[float]:
    return [amount for amount, _currency, _purpose in grants(record)]


@pytest.mark.parametrize(("body", "expected"), [
    # new-contract figures are no signing: the intended money beside them stays intended
    ("他要求，力争新签合同额突破200亿元；公司拟投资3亿元建设物流园。", []),
    ("今年集团新签合同额达86亿元，集团拟投资2亿元建设研发中心。", []),
    ("去年公司新签合同总额120亿元；公司计划投入5000万元建设智慧工地平台。", []),
    ("力争全年新签合同金额突破50亿元，集团打算出资1亿元组建设计院。", []),
    ("新签合同额同比增长12%；公司拟投资8000万元建设装配式构件厂。", []),
    # near misses: a signing told at the event keeps the intended investment of the deal
    ("会上，双方签订合同，公司拟投资3亿元建设物流园。", [300000000.0]),
    ("集团与县政府签署投资协议，拟投资5亿元建设产业园。", [500000000.0]),
])
def test_new_contract_figure_is_no_signing(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("褚明透露，下一步商会还将筹建一所民办学校，计划总投资2亿元。", []),
    ("下一步，公司将新建一座污水处理厂，总投资3000万元。", []),
    ("今后学校还将扩建图书馆，预计投资800万元。", []),
    ("接下来，县里将修建一条环湖公路，总投资约1.2亿元。", []),
    ("明年集团还要兴建职工公寓两栋，项目总投资6000万元。", []),
    # near misses: works built or in use, or a deal signed in the sentence
    ("商会已筹建一所民办学校，总投资2亿元。", [200000000.0]),
    ("下一步将继续做好服务。该校新建的图书馆已投入使用，总投资800万元。", [8000000.0]),
    ("下一步，双方将共同建设产业园，总投资10亿元，双方当天签署了合作协议。", [1000000000.0]),
])
def test_works_of_a_next_step_before_a_bare_total(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("过去一年，县财政投入民生资金18.6亿元，占一般公共预算支出的78%。", []),
    ("过去五年，市财政投入教育资金86亿元。", []),
    ("去年，区财政投入农业农村资金3.2亿元，同比增长8%。", []),
    ("今年以来，县财政投入防汛救灾资金1200万元。", []),
    # near misses: a use after the amount, or no period
    ("过去一年，县财政投入民生资金18.6亿元，用于改善群众生活条件。", [1860000000.0]),
    ("县财政投入村级组织运转经费800万元，新建党群服务中心10个。", [8000000.0]),
    ("近日，县财政投入专项资金500万元，为12所学校更新设备。", [5000000.0]),
])
def test_finance_spending_over_a_period(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("据悉，学校每年投入奖励经费10万余元。", []),
    ("学校每年从事业收入中提取4%设立奖助学金，另设专项奖学金200余万元。", []),
    ("公司每年设立奖学金200万元。", []),
    ("据介绍，集团每年都投入公益资金500余万元。", []),
    ("医院每年投入科研经费约3000万元。", []),
    # near misses: a use stated, a recipient, a start this year, or this year's money
    ("学校每年投入奖励经费10万余元，用于奖励优秀学生。", [100000.0]),
    ("县财政每年安排科研经费500万元，用于支持企业创新。", [5000000.0]),
    ("近日，县民政局为每个幸福院每年拨付运营经费5万元。", [50000.0]),
    ("教育局今年起每年提供新台币1000万元，充实各校图书馆馆藏。", [10000000.0]),
    ("学校今年为120名学生发放奖学金36万元，另设专项奖学金20万元。", [360000.0, 200000.0]),
])
def test_yearly_habit_level(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("今年以来，县文旅局发放文旅消费券500万元，拉动文旅消费超过2000万元。", [5000000.0]),
    ("活动期间，带动假日消费1.2亿元。", []),
    ("此次促销撬动社会消费约3亿元。", []),
    ("县商务局发放消费券500万元，拉动节日消费近5000万元。", [5000000.0]),
    # near misses: the vouchers or the fund themselves
    ("县商务局发放消费券500万元。", [5000000.0]),
    ("县商务局安排促消费专项资金2000万元。", [20000000.0]),
])
def test_consumption_driven(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("活动结束后，宏达集团董事长喻立新向记者表示，集团还将在年内再捐资50万元支持慈善事业。", []),
    ("王强表示，公司将于明年出资100万元资助贫困学生。", []),
    ("李华说，集团将在年底前向学校捐赠200万元。", []),
    ("赵刚透露，企业将于近期再出资30万元支持村里修路。", []),
    # near misses: the body's own finance, a donation ceremony's pledge
    ("县长表示，县财政将于年内出资800万元支持教育。", [8000000.0]),
    ("捐赠仪式上，企业代表表示，将于年内捐资100万元支持学校建设。", [1000000.0]),
    ("王强表示，公司将在未来三年出资1亿元支持家乡教育。", [100000000.0]),
])
def test_pledge_with_a_time_after_jiang(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("韩少卿在讲话中要求，力争2021年到账科研经费突破4亿元。", []),
    ("力争明年全市招商引资到位资金突破50亿元。", []),
    ("力争今年全县农业总投入超过3亿元。", []),
    ("县财政力争年内拨付衔接资金2000万元。", []),
    # near miss: the target in its own sentence, the money granted in the next
    ("力争项目早开工。会上，县财政拨付资金500万元。", [5000000.0]),
    ("学校今年到账科研经费4.2亿元，力争明年再上台阶。", [420000000.0]),
])
def test_target_with_a_long_object(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("此次对接会前，市金融办共梳理企业融资需求230项，需求金额45亿元。", []),
    ("共收集企业用工和资金需求86项，需求总额12亿元。", []),
    # near miss: the signing total of the meeting
    ("现场签约金额32亿元。", [3200000000.0]),
])
def test_demand_label(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("基金會去年共批出各類資助約三千二百萬元。", []),
    ("基金会上年共批出资助约五亿元。", []),
    ("基金会前年合共批出资助一亿元。", []),
    # near misses: a use stated, a named fund, another verb after a bare 去年
    ("基金会去年共批出资助约五亿元，用于支持青年培训。", [500000000.0]),
    ("基金会去年共发放助学金3000万元。", [30000000.0]),
    ("该局上年共发放资金3000万元。", [30000000.0]),
])
def test_past_year_grants_approved(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("法院向86名申请执行人集中发放执行案款1280余万元，其中农民工工资类案款316万元。", [12800000.0, 3160000.0]),
    ("法院集中发放欠薪工资类案款56万元。", [560000.0]),
    ("法院当场发放农民工工资执行案款32万元。", [320000.0]),
    # near miss: wages owed
    ("公司拖欠工资56万元。", []),
])
def test_wage_case_money(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("年会上，公司表彰了“十佳员工”10名和“优秀门店”8家，并为优秀员工发放现金红包总额逾200万元。", [2000000.0]),
    ("公司表彰了金牌门店12家，并发放奖金30万元。", [300000.0]),
    ("2014年，公司新开门店36家，并为员工发放奖金300万元。", [3000000.0]),
    ("大会表彰“示范门店”5家，发放奖励资金10万元。", [100000.0]),
    # near misses: a shop's promotion
    ("门店再返现500元。", []),
    ("到门店购买可补贴300元。", []),
])
def test_shop_word_in_an_honour(extract, body, expected):
    assert _amounts(extract(page(body))) == expected
