"""Amounts that are no money granted on 1998 newspaper copy, by class: amounts that are no money
granted, by class (GUIDELINES §6; §11: sections 1-7 apply to newspaper articles unchanged).

- §6 rates: a benefit per month or day listed by grade after the period (每月一般干部四百元，科级五百元), the further
  terms of a rate per act in a later subject-less clause (每压1万锭给予300万元补贴，…，提供200万元贴息贷款), and a sum
  per show told with 一 and its classifier (排一场拨十几万元) are standards, no money paid; so is a scale of grades
  headed by its standard (津贴标准为：一般干部三百元，科级三百五十元).
- §6 fourteenth round, ninth round: a yearly budget level with its giver and recipient before the noun
  (每年给地方体委的经费只有2000万元), and a field's budget or a region's spending moving between two named years
  (由1990年的117.6万元增长到1996年的590万元) are statistics; the former amount of a standard changed from a
  named year up to now is none either (§6: a standard changed gives the new amount only).
- §6 statistics: capital attracted, its part after 其中 (吸引外资100多亿美元，其中直接投资62亿美元), and foreign direct
  investment or capital inflows told as a level (外部直接投资为55亿美元, 进入…的外部资金总额为…, 吸收的外国投资…,
  直接投资累计额, 协议外资金额).
- §6 singles, each a class: money paid in arrears or returned after an inspection (补缴, 清退: audit figures), a fee
  charged (初装费: a price), a profit
  (月赢利, 盈利: market figures), a sum told as a hypothesis (即使赞助…), money planned to be raised over coming years
  (将在3年内…，计划筹措: §6 fourteenth round; a bare 计划筹集 stays), and the price of goods bought back or at
  auction (购回…耗资: the value of goods bought).

Every row is invented (the audit's sentences reduced and re-invented, with paraphrases and near-miss negatives).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _amounts(record: dict) -> list[float]:
    return [f["amount"] for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    # a rate per month listed by grade
    ("住房补助金发放标准：每月一般干部四百元，科级五百元，处级六百元，厅级七百元。", []),
    ("交通补贴标准为：每月普通职工200元，中层干部300元，高层500元。", []),
    ("生活补助发放办法：每人每月城镇居民300元，农村居民200元。", []),
    ("值班补助：每天一般人员50元，带班领导80元。", []),
    ("取暖补贴按职级发放，每月科员150元，科长200元，处长260元。", []),
    # a scale of grades headed by its standard, no period in the sentence
    ("住房津贴标准为：一般干部职工三百元，科级干部三百五十元，处级干部四百元。", []),
    ("补助标准：城镇户1200元，农村户800元。", []),
    ("慰问金标准是：特困户500元、困难户300元。", []),
    ("交通补贴标准为：处级每月四百元，科级三百元，科员二百元。", []),
    # near misses: a scale with one item only is left to the other rules; a grant named after a colon
    ("县民政局发放慰问金：张村3万元，李村5万元。", [30000.0, 50000.0]),
    # near misses: a grant after the rate, with a giver and a verb; a list of grants with no period
    ("每月一般干部四百元，市财政拨付补助资金500万元。", [5000000.0]),
    ("县民政局为困难户发放慰问金，张村3万元，李村5万元。", [30000.0, 50000.0]),
])
def test_rate_per_month_listed(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the terms of a rate per act or per unit, and the clauses after it
    ("为压缩落后产能，每压1万锭给予200万元补贴，中央和地方财政各承担一半，提供150万元贴息贷款。", []),
    ("每淘汰1万锭纱锭补助100万元，并提供80万元贴息贷款。", []),
    ("每吸纳1名失业人员补贴1000元，同时给予2000元社保补贴。", []),
    ("每出栏一头生猪奖励10元，另外发放5元防疫补助。", []),
    ("每收购1吨稻谷补贴20元，还提供10元运输补助。", []),
    # near misses: a total under the rate; a body's own grant after it
    ("每压1万锭给予300万元补贴，今年共发放补贴资金1.2亿元。", [120000000.0]),
    ("每吸纳1名失业人员补贴1000元，市财政拨付专项资金500万元。", [5000000.0]),
    ("每收购1吨稻谷补贴20元，安排补贴资金3000万元。", [30000000.0]),
    ("每吸纳1名失业人员补贴1000元，发放补贴资金120万元。", [1200000.0]),
])
def test_rate_per_act_terms(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("仅靠政府输血，排一场拨十几万元，不仅增加负担，也难出精品。", []),
    ("有的剧团演一场补贴五万元，演得越多亏得越多。", []),
    ("过去办一台晚会花几十万元，如今讲求节约。", []),
    ("一些地方拍一部戏投入上百万元，却无人观看。", []),
    ("唱一场戏就拨三万元，剧团靠补贴过日子。", []),
    # near misses: an event with its own clause, and a one-off sum
    ("剧团举办了一场义演，筹得善款10万元。", [100000.0]),
    ("县文化局一次性拨款20万元，支持剧团排演新戏。", [200000.0]),
])
def test_sum_per_show(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("比如说，省体育局每年给各市体育局的经费只有1500万元。", []),
    ("市科协每年拨给各学会的经费仅有30万元。", []),
    ("县里每年用于文物保护的经费不足50万元。", []),
    ("学校每年给图书馆的预算只有8万元。", []),
    ("镇政府每年给文化站的经费才2万元。", []),
    # near misses: a grant this year to a recipient
    ("今年，省体育局给各市体育局下拨经费1500万元。", [15000000.0]),
    ("市科协拨给各学会经费30万元，用于学术交流。", [300000.0]),
])
def test_yearly_budget_level_with_parties(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("全市计划生育经费已由1990年前每年15万元逐年增加到1997年的260万元。", []),
    ("县财政用于教育的经费由1991年的87.5万元，增长到1996年的430万元。", []),
    ("地区科技三项经费由1992年的40万元提高到1997年的180万元。", []),
    ("全省扶贫资金由一九九零年的三千万元增加到一九九七年的一点二亿元。", []),
    ("乡镇文化经费由1993年的12万元上升至1998年的45万元。", []),
    # the former amount of a standard changed from a named year up to now
    ("公用经费由1992年每生200元提高到现在的每生每年450元。", []),
    # near misses: a standard changed with no years keeps its new amount; a grant in one year
    ("奖学金由1万元提高至2万元。", [20000.0]),
    ("1997年，县财政拨付计划生育经费260万元，用于服务站建设。", [2600000.0]),
])
def test_level_between_years(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("该国独立6年多来已吸引外资80多亿美元，其中直接投资45亿美元，仅去年一年就吸引外资12亿美元。", []),
    ("全省去年吸引外资20亿美元，其中外商直接投资15亿美元。", []),
    ("去年，外部直接投资为38亿美元，约占其资金总需求的三分之一。", []),
    ("该地区外国直接投资达26亿美元，比上年增长一成。", []),
    ("去年流入东南亚的外商直接投资约为300亿美元。", []),
    ("据统计，去年进入东欧地区的外部资金总额为420亿美元，其中直接投资180亿美元。", []),
    ("去年进入该国的外国企业直接投资约80亿美元，是历年最多的一年。", []),
    ("去年这个国家吸收的外国投资约25亿美元，增长势头迅猛。", []),
    ("该国是吸收外资最多的国家，去年共获外资210亿多美元。", []),
    ("到1996年，该国对外直接投资累计额达3100亿美元，超过外国对该国直接投资累计额2400亿美元。", []),
    ("截至去年底，德国在华投资项目共1200个，协议外资金额80.5亿美元。", []),
    # near misses: a grant for attracting capital; a firm's outward investment with its project
    ("市政府安排1000万元用于吸引外资奖励。", [10000000.0]),
])
def test_capital_attracted_and_inflows(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # money paid back or returned after an inspection
    ("经专项检查，按规定补缴了住房集资款、超标准加收的集资款184500元。", []),
    ("检查组责令清退多占的住房补贴32万元。", []),
    ("有关单位按规定补缴税款和费用共计56万元。", []),
    # a fee charged
    ("电话初装费由4615元降到了3715元。", []),
    # a profit
    ("他办起了小卖店，月赢利600元，生活大有改善。", []),
    ("合作社去年盈利80万元。", []),
    # a sum told as a hypothesis
    ("协会严词拒绝，即使赞助300万元也不行。", []),
    ("哪怕出资100万元，这样的企业也不能入会。", []),
    # money planned to be raised over coming years
    ("市里将在3年内解决山区灌溉问题，计划筹措资金8亿元。", []),
    ("今后五年，该县计划筹集资金5亿元，用于修建乡村公路。", []),
    ("省里要用两年时间完成改造，准备筹措资金3亿元。", []),
    # the price of goods bought back or at auction
    ("第四枚由某财团和另一枚红票一道购回，两枚邮票共耗资180万美元。", []),
    ("该藏家在拍卖会上拍得这幅画，耗资300万美元。", []),
    # near misses: a grant from a profit; a donation; money raised and spent
    ("公司从盈利中拿出50万元捐给希望工程。", [500000.0]),
    ("某企业捐资300万元，设立助学基金。", [3000000.0]),
    ("县里筹集资金500万元，修建了乡村公路。", [5000000.0]),
    ("该基金会计划筹集资金2000万元。", [20000000.0]),
])
def test_audit_profit_hypothesis_plan_purchase(extract, body, expected):
    assert _amounts(extract(page(body))) == expected
