"""Amounts that are no money granted on 1998 newspaper copy: amounts that are no money
granted, by class (GUIDELINES §6; §11: sections 1-7 apply to newspaper articles unchanged).

- §6 "Not funding: … market figures, GDP": merger volumes (兼并总额, 并购额), foreign-exchange reserves or exports told as a
  level in a bare clause after the figure's noun (外汇储备已超出…的指标，达到…; 出口…，预计全年达到…), and an exchange
  rate (汇率为5000盾兑1美元).
- §6 twenty-third round ("为, 是 and 达 state a level"), eighteenth round (a firm's running total of its investment told as
  background), twelfth round and "Statistics: investment or capital attracted": a level of money put in or invested told
  with 已/就/累计 before 达 (投入已达…, 投入的技改资金就达…), a running total to date (截至目前…累计…，投入各类资金…),
  capital attracted (招商引资…, 引资达…; money raised beside it, 集资引资, stays), the contract sum of the projects a place
  attracted (引进项目…，合同金额…), financing a market raised for firms (为企业融资…: a running total of financing), and a
  standing yearly sum paid now (目前每年由财政支付…: a standing yearly level).
- §6 sixteenth round and "the value of goods bought … is not": the price of a firm, a stake or licences bought
  (斥资…收购…公司, 出资…，收购…, …的版权协议，订购…).
- §6 loans: a bank's running total of loans to a client (累计为其发放了…贷款) is a lending statistic.
- §6 opening (money granted, allocated, invested, raised, paid or awarded): a currency changed into another
  (拿出…美元…换成泰币) transfers nothing.
- §6 singles, each a class: a central bank issuing currency (发放新币: a market operation, nineteenth round), the value of
  goods seized (标值, 货值: "the value of goods … seized"), what a kind of work typically costs given as an example
  (如…开发新芯片要投资…: hypothetical, like 就需投资), money only planned (计划在…预算中拨款: "Money only intended"), and
  money saved (节省投资: "Audit and budget figures … saved").

Every row is invented (the audit's sentences reduced and re-invented, with paraphrases and near-miss negatives).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _amounts(record: dict) -> list[float]:
    return [f["amount"] for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    # merger volumes
    ("据统计，去年美国企业兼并总额为6800亿美元，远超其他国家。", []),
    ("去年该国的并购额达到320亿美元。", []),
    ("报告称，日本去年的兼并金额为450亿美元。", []),
    ("超出了报告所统计的1996年5200亿美元的兼并额。", []),
    # a reserve or an export level in a bare clause after its noun
    ("江国中央银行宣布，该国外汇储备已超出规定的200亿美元的指标，达到250亿美元。", []),
    ("今年出口增长较快，预计全年达到1500亿美元，增长15%。", []),
    ("去年进口形势平稳，全年达到900亿美元。", []),
    # an exchange rate
    ("编制预算的估算汇率为8000盾兑1美元。", []),
    ("该国将预算汇率定为1美元兑换6000比索。", []),
    # near misses: a grant after a market figure, a level clause with its own grant verb
    ("今年出口形势较好，市政府拨付外贸发展资金500万元，用于支持中小企业。", [5000000.0]),
    ("国际货币基金组织向该国提供资金援助79亿美元，用于稳定金融。", [7900000000.0]),
])
def test_market_figures(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a level told with 已/就/累计 before 达
    ("到目前全镇群众自我投入已达260万元，新建水利设施120处。", []),
    ("8年中公司投入的技改资金就达5亿多元。", []),
    ("几年来村民投入的资金累计超过800万元。", []),
    ("几年来全村投入的经费已经达到120万元。", []),
    ("三年间，全乡农民投入的资金就达900多万元。", []),
    # a running total to date
    ("截至目前，全省农田水利建设累计投入劳动积累工30亿个，投入各类资金120亿元，完成土石方50亿立方米。", []),
    # capital attracted
    ("修建铁路5年间，共招商引资3.6亿元，开发区已建成水厂。", []),
    ("去年全县引资达2.4亿美元。", []),
    ("三年来，该市共引资15亿元。", []),
    ("2000年以来，全市共引进外资项目52个，合同金额3亿多美元，占全部投资总额的60%。", []),
    ("近年来，该区共引进高新技术项目20个，协议金额8000万美元。", []),
    # financing a market raised for firms
    ("深圳证券市场仅在去年就为企业融资300亿元。", []),
    ("该交易所全年为上市公司融资520亿元。", []),
    # a standing yearly sum paid now
    ("目前该县每年由财政支付住房补贴一千多万元。", []),
    ("现在全市每年支出取暖补贴3000多万元。", []),
    # near misses: money raised beside 引资, a reward for attracting it, a project's own total, a decision
    ("大家齐心协力，集资引资5万余元，修通了村路。", [50000.0]),
    ("县政府拨付招商引资奖励资金200万元。", [2000000.0]),
    ("投资达12亿元、以生产芯片为目的的江城工程正式启动。", [1200000000.0]),
    ("5年来，市政府投入2亿多元，建成农村公路300公里。", [200000000.0]),
    ("招商引资签约项目12个，合同金额50亿元。", [5000000000.0]),
])
def test_running_totals_and_levels(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a firm, a stake or licences bought
    ("1996年，江海公司斥资30亿美元收购远达公司。", []),
    ("同年，某电脑公司出资25亿美元，收购一家软件公司。", []),
    ("该集团以12亿元并购了一家制药企业。", []),
    ("华星集团与一家外国公司签订了近2亿元的版权协议，订购50万套操作系统。", []),
    ("公司花费8000万元买下对方60%的股权。", []),
    # near misses: a gift used to buy goods for others; money put into a project
    ("江海集团捐资50万元，购买图书送给山区学校。", [500000.0]),
    ("县财政出资300万元，用于建设敬老院。", [3000000.0]),
])
def test_purchase_prices(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a bank's running total of loans to a client
    ("随后，工行累计为其发放了5200万美元、2.3亿元人民币贷款。", []),
    ("此后，农行累计向该厂发放了1.2亿元贷款。", []),
    ("多年来，建行累计为该公司发放贷款8亿元。", []),
    # near miss: a new loan for a stated use
    ("世界银行向该省提供2亿美元贷款，用于修建公路。", [200000000.0]),
])
def test_running_loans(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a currency changed into another
    ("市长拿出500美元，以1美元兑33铢换成泰币。", []),
    ("他把积攒的300美元兑换成了人民币。", []),
    ("许多商人拿出2000美元换成本国货币。", []),
    ("她拿出800英镑，全部兑成欧元。", []),
    # near miss: a donation in the same sentence shape
    ("市长拿出500美元，捐给了救灾基金会。", [500.0]),
])
def test_currency_exchanged(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a central bank issuing currency
    ("前八天，该国中央银行向各商业银行发放新币48亿卢布。", []),
    ("央行年内发行新钞300亿元。", []),
    # the value of goods seized
    ("各级技术监督部门查处伪劣商品标值3200万元。", []),
    ("工商部门查获假冒商品货值500多万元。", []),
    # a typical cost as an example
    ("如某公司搞一种新芯片开发要投资10多亿美元。", []),
    ("比如一家企业研制一种新药需要投入5亿元。", []),
    # money only planned
    ("该国政府计划在明年的财政预算中拨款30亿加元，用于青年就业。", []),
    ("市政府计划在下一年度预算中拨款2亿元，改善公共交通。", []),
    # near misses: money paid into a named scheme (计划 the scheme)
    ("基金会今年向义工培训计划拨款150万元，为青年义工提供培训。", [1500000.0]),
    ("市政府向青年就业计划拨款3000万元。", [30000000.0]),
    # money saved
    ("工程试行招标，节省投资560万元，工期缩短半年。", []),
    ("通过优化设计，节约投资1200万元。", []),
    ("该项目节省资金300万元。", []),
    # near misses: a central bank's grant, a seized case's reward, a decision, a grant against costs
    ("市政府决定在今年的财政预算中拨款2亿元，改善公共交通。", [200000000.0]),
    ("县财政拨付专项资金300万元，用于降低企业成本。", [3000000.0]),
])
def test_singles(extract, body, expected):
    assert _amounts(extract(page(body))) == expected
