"""Classes of false and missed funding records found on the fresh8, fresh7, fresh5, fresh3 and fresh tuning pages (GUIDELINES §6).

Each class is read as §6 reads it, whatever the verb, the order, the numerals or the script:

- a project's total whose start is still ahead, told in the total's own sentence (``…总投资1.6亿元，即将开工建设``) or in
  the clause before it (``公司将启动年产5万吨新材料项目建设，计划总投资8.5亿元``): §6 "a project only studied or planned,
  with no signing, start or works told … only intended";
- the total of a plan's counted items in the sentence after the plan approved (``审议通过了《…实施方案》。今年全区确定了
  32项民生实事，计划总投资9.6亿元``): §6 "the total of a plan's list of projects … only intended";
- money 拟 in a ； part of a sentence that a decision opens (``会议决定，安排…；同时拟安排3000万元设立…基金``): §6 "`会议决定拟
  安排…` is a decision: funding" (a missed record);
- a per-head sum under a standing scheme, per school year or term as well (``按照现行资助计划，…每人每学年可获发书簿津贴…``):
  §6 thirteenth round "a reward per head a standing rule provides … no record", fifteenth round "a per-head sum a scheme
  offers whoever qualifies … no record";
- the budget of an activity a body will hold (``商会明年将组织青年寻根之旅，…，预算约80万元``): §6 "money only intended",
  "money of an event still ahead";
- the value of the equipment or holdings a body has (``大型仪器设备总值超过2亿元``): §6 "statistics", "the value of goods
  bought … is not" (a gift in kind with its value stays);
- a fundraising target for the year (``本会计划今年募集善款6000万元``): §6 twenty-third round "money with a plan or forecast
  word" (a bare 计划筹集 and 今年计划筹集 stay, as the probe gold msra_train_45145 reads them);
- a body's total of grants approved over a part of the year gone by, with no use (``本年度上半年共审批资助项目1,268个，批出
  资助金额约9.8亿元``): §6 twenty-first and twenty-fourth rounds, "money granted … over a past period and told as background"
  needs a use;
- a whole place's loans of a named product issued over a span (``近五年，全市累计发放“巾帼创业贷”4.6亿元``): §6 ninth round
  "loans a bank or a city's banks added or issued over a period are lending statistics";
- a body's own running total whose noun names the aid (``五年来我院累计投入帮扶资金386万元``): §6 twenty-third and
  twenty-fourth rounds, a fund's noun that names the aid states its use (a missed record); a field's money stays a year's
  spending;
- a budget line drawn up with only a hope after it (``今年市府再編列3,000萬元預算，盼能協助更多青年圓夢``): §6 eighteenth round
  "a budget line … with no use stated is a budget figure: no record" (a use after it stays, nineteenth round);
- a fund's shares from a later time on (``设立奖学金，今后每年奖励100名学生，每人5000元``): §6 eleventh round "money a next
  step or later plan will arrange … only intended".

Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _amounts(record: dict) -> list[float]:
    return [f["amount"] for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    # a start still ahead after the total (the page's: 即将开工建设)
    ("据悉，学校图书馆改扩建工程总投资2.3亿元，即将开工建设。", []),
    ("據悉，縣體育館改擴建工程總投資1.8億元，即將動工興建。", []),
    ("据悉，县人民医院新院区项目总投资8亿元，预计明年开工。", []),
    ("该项目总投资5亿元，明年将动工。", []),
    # a start still ahead before the total (the page's: 将启动…项目建设)
    ("董事长王明在讲话中强调，明年公司将启动年产10万吨新材料项目建设，计划总投资6.5亿元。", []),
    ("他表示，集团今年将动工兴建冷链物流项目，总投资3亿元。", []),
    ("他透露，企业将开建二号厂房项目，总投资超过2亿元。", []),
    # near misses: the start told as done
    ("据悉，学校图书馆改扩建工程总投资2.3亿元，目前已开工建设。", [230000000.0]),
    ("仪式上，年产10万吨新材料项目正式开工，计划总投资6.5亿元。", [650000000.0]),
])
def test_project_start_ahead(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("会议审议通过了《2025年民生实事项目实施方案》。今年全区确定了12项民生实事，计划总投资5.6亿元。", []),
    ("会议审议通过了《县城更新三年行动方案》。方案共安排重点工程18个，总投资23亿元。", []),
    ("會議審議通過了《2024年民生實事項目實施方案》。今年全縣確定了十大類二十項民生實事，總投資3.2億元。", []),
    ("会议研究通过了《乡村振兴示范村建设方案》。全镇今年确定建设示范村8个，预计总投资6000万元。", []),
    # near misses: projects started or signed
    ("会议审议通过了《2025年民生实事项目实施方案》。今年全区已开工民生项目12个，总投资5.6亿元。", [560000000.0]),
    ("会议审议通过了《招商引资工作方案》。会上签约项目12个，总投资56亿元。", [5600000000.0]),
])
def test_plan_items_total(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("会议决定，从区级财政中安排资金1.8亿元，优先保障学校扩容等项目；同时拟安排3000万元设立区级人才发展专项基金。",
     [180000000.0, 30000000.0]),
    ("会议决定，安排资金5000万元用于道路改造；另拟安排800万元设立创业扶持基金。", [50000000.0, 8000000.0]),
    ("会议研究同意安排专项资金600万元用于河道治理；同时拟追加200万元用于堤防加固。", [6000000.0, 2000000.0]),
    ("會議決定，撥付資金500萬元用於校舍維修；另擬安排100萬元設立獎教基金。", [5000000.0, 1000000.0]),
    # near misses: no decision
    ("县财政安排资金5000万元用于道路改造；另拟安排800万元设立创业扶持基金。", [50000000.0]),
    ("会议决定召开全县大会。县里拟安排800万元设立创业扶持基金。", []),
])
def test_decision_over_semicolon(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("按照现行资助计划，本地中学生每人每学年可获发书簿津贴3300元。", []),
    ("根据现行政策，每名大学生每学年可获得助学金5000元。", []),
    ("依照現行資助計劃，每名學生每學期可獲發津貼1,500元。", []),
    ("按现行制度，符合条件的农户每户每年可领取补贴2000元。", []),
    ("按照特区政府现行的资助政策，每人可获发交通津贴600元。", []),
    # near misses: a share paid to counted recipients, a plan followed
    ("今年，基金会为300名学生每人每学年发放助学金5000元。", [5000.0]),
    ("按照现行资助计划，县教育局已为320名学生每人发放助学金3000元。", [3000.0]),
    ("按计划，学校为每名学生发放奖学金2000元。", [2000.0]),
])
def test_standing_scheme_share(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("据悉，商会明年将组织青年交流团，计划带领100名青年回乡参访，预算约80万元。", []),
    ("协会将于下月举办公益跑活动，预计参加者2000人，预算为50万元。", []),
    ("学校计划明年暑假组织师生赴外地研学，活动预算约30万元。", []),
    ("據悉，該會明年將舉辦周年慶典，預算約港幣二百萬元。", []),
    ("总会下半年拟举办乡情展览，所需经费预算80万元。", []),
    # near misses: money granted
    ("据悉，商会明年将组织青年交流团，商会已拨款80万元。", [800000.0]),
    ("商会上月组织了青年交流团，拨款80万元资助青年回乡参访。", [800000.0]),
    ("县财政拨付专项资金50万元，将用于组织青年交流活动。", [500000.0]),
])
def test_activity_budget_ahead(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("近年来，学校持续加大投入，大型仪器设备总值超过3亿元。", []),
    ("近年來，學校持續加大投入，大型儀器設備總值超過3億元。", []),
    ("医院持续加大投入，现有医疗设备资产总值逾4亿元，新增床位200张。", []),
    ("近年来，博物馆加大投入，馆藏文物总价值约2亿元。", []),
    # near misses: a gift in kind with its value
    ("企业向学校捐赠一批仪器设备，设备总值300万元。", [3000000.0]),
    ("企业向学校捐赠仪器设备，总价值300万元。", [3000000.0]),
])
def test_held_value(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("会议号召全市爱心人士积极参与，本会计划今年募集善款5000万元。", []),
    ("慈善会计划年内募集善款300万元，用于助学。", []),
    ("协会计划于年内筹措资金200万元，用于建设会所。", []),
    ("基金會計劃今年籌集善款1200萬元。", []),
    ("商会计划本年度再募集资金100万元。", []),
    # near misses: money raised
    ("今年以来，基金会已募集善款800万元。", [8000000.0]),
    ("基金会今年共募集善款800万元，超额完成计划。", [8000000.0]),
    # (the year before the plan's word, and a bare plan, stay as the probe gold reads them: see the report)
    ("该基金会计划筹集资金2000万元。", [20000000.0]),
    ("某市再就业基金今年计划筹集1500万元。", [15000000.0]),
])
def test_fundraising_target(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("根据协议，集团向学校捐赠500万元设立奖学金，今后每年奖励100名品学兼优的学生，每人5000元。", [5000000.0]),
    ("企业捐资200万元设立助学基金，今后每年资助50名困难学生，每人3000元。", [2000000.0]),
    ("企业捐资200万元设立助学基金，以后每年资助50名困难学生每人3000元。", [2000000.0]),
    ("企业捐资200万元设立助学金，此后每年将资助30名困难学生，每人4000元。", [2000000.0]),
    ("企業捐資200萬元設立助學基金，今後每年資助50名清貧學生，每人3,000元。", [2000000.0]),
    # near misses: shares paid now
    ("企业捐资200万元设立助学基金，当天为50名困难学生每人发放助学金3000元。", [2000000.0, 3000.0]),
    ("企业捐资200万元设立助学基金，首批资助50名困难学生，每人3000元。", [2000000.0, 3000.0]),
])
def test_shares_from_a_later_time(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("另悉，基金会本年度上半年共审批资助项目1,268个，批出资助金额约9.8亿元。", []),
    ("基金会今年首三季共批出资助约3亿元。", []),
    ("今年上半年，基金會共批出資助金額約2億元。", []),
    ("今年1至9月，基金会合共批出各类资助约3.2亿元。", []),
    # near misses: a use follows, or the grant is the day's
    ("今年1至9月，基金会共批出各类资助约3.2亿元，用于支持社团开展活动。", [320000000.0]),
    ("今年上半年，基金会共批出资助约2亿元，资助文化艺术、社会服务等项目500余个。", [200000000.0]),
    ("基金会今天批出资助500万元，支持青年创业。", [5000000.0]),
])
def test_period_tally_of_grants(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("近五年，全市累计发放“巾帼创业贷”4.6亿元，扶持女性创业者3200余人。", []),
    ("今年以来，全县共发放创业担保贷款3亿元，扶持创业者1200人。", []),
    ("過去三年，全市累計發放「青創貸」2.1億元。", []),
    ("去年，全区发放小额扶贫贷款8000万元，惠及脱贫户2000户。", []),
    # near misses: a body's own loans, loans let out at the event, student loans, money put in
    ("县人社局已发放创业担保贷款612万元。", [6120000.0]),
    ("活动现场，银行向45户种粮大户发放贷款2300万元。", [23000000.0]),
    ("今年以来，全县共发放生源地信用助学贷款1200万元。", [12000000.0]),
    ("近五年，全市累计投入帮扶资金3亿元，用于新建村卫生室120个。", [300000000.0]),
])
def test_place_loans_over_a_span(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("据介绍，五年来我院累计投入帮扶资金386万元，捐赠医疗设备价值120万元。", [3860000.0, 1200000.0]),
    ("三年来，公司累计投入扶贫资金1200万元。", [12000000.0]),
    ("多年来，学校共投入助学资金500万元。", [5000000.0]),
    ("近年来，醫院累計投入幫扶資金300萬元。", [3000000.0]),
    # near misses: a field's money over a period
    ("2018年，集团共投入党建工作经费150万元。", []),
    ("今年以来，公司累计投入安全生产费用2600万元。", []),
])
def test_body_running_total_of_aid(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("他說，去年度市府共核定青年創業補助42案；今年市府再編列3,000萬元預算，盼能協助更多青年圓夢。", []),
    ("今年市府再编列3000万元预算，希望能协助更多青年创业。", []),
    ("县府今年编列2000万元预算，期盼带动更多青年返乡。", []),
    ("縣府今年編列新臺幣1,500萬元預算，期望吸引更多青年返鄉。", []),
    # near misses: a use stated
    ("今年市府再编列3000万元预算，用于补助青年创业。", [30000000.0]),
    ("今年市府编列新台币3000万元，办理青年创业补助。", [30000000.0]),
])
def test_budget_line_with_a_hope(extract, body, expected):
    assert _amounts(extract(page(body))) == expected
