"""Funding shapes declined by rules that read too wide: funding declined by rules that read too wide — loans let out at an
event whose name holds a year word, loan-interest funds and the firms 新增贷款 describes, money given out of a
surplus, an intention describing the firms paid, money paid to a planned project, a started project's total told by
its plan or entered in a list, prize money of another edition paid while the next is ahead.  Invented sentences;
amounts only (the purposes are another rule's).

Fixer crb (cr22 review, W2, W3, W5, W7, W8b) found: 将 read as "will" before 申请/申报 also where it is the
disposal marker (已将申报的项目资金…拨付到位), so money paid out was taken as only applied for (GUIDELINES §6: money paid or allocated is funding); an average opening an
earlier clause made the amount of a later clause with a subject of its own an average (全村平均每户增收3000元，合作社
投入资金50万元; §6: money a body puts in is a record); guests presiding over a ceremony were given 主持 where the
ceremony noun described another chair by 的 (随后主持揭牌仪式的是会长甲; §4: the one presiding is the person named);
plaques handed out over a running period were counted (今年以来已为20家…授牌, 截至目前…颁发奖牌; §5: a running tally
of designations is none); recipients described as 获奖 kept the word in the honour (为20名获奖优秀教师颁发证书 ->
优秀教师 20, §5 eighteenth round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


def _amounts(extract, body: str) -> list[float]:
    return [g[0] for g in grants(extract(page(body)))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §1.2 loans let out at the event: a year word in the event's name or description is no statistic's span
        ("5月6日，今年首场政银企对接会在县政府召开，县农商行现场向40户种粮大户发放贷款2100万元。", [21000000.0]),
        ("5月6日，县农商行召开今年春耕生产金融服务推进会，会上向25户家庭农场发放贷款600万元。", [6000000.0]),
        ("5月7日，今年第二场银企对接活动在县会展中心举行，县农业银行当场为12家企业发放贷款800万元。", [8000000.0]),
        ("5月6日，县政府召开今年第三次金融服务对接会，县邮储银行在会上为30户养殖户发放贷款900万元。", [9000000.0]),
        # a bank's lending over a year or a span stays a statistic
        ("2024年，县农商行向受灾农户发放贷款4000万元，帮助恢复生产。", []),
        ("今年以来，县农商行累计发放贷款3亿元。", []),
        ("今年，县农商行向小微企业发放贷款12亿元。", []),
        ("今年春耕金融服务活动中，县农商行向种粮大户发放贷款5亿元。", []),
        ("今年一季度，全县金融机构新增贷款20亿元。", []),
    ],
)
def test_loans_let_out_at_the_event(extract, body: str, expected: list[float]) -> None:
    assert _amounts(extract, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §1.9 a fund that 贷款 only qualifies, or firms that 新增贷款 describes: money granted
        ("5月6日，县财政局新增贷款贴息资金350万元，用于支持小微企业发展。", [3500000.0]),
        ("5月6日，县人社局拨付新增创业担保贷款贴息资金180万元。", [1800000.0]),
        ("5月6日，县政府召开会议，为新增贷款的小微企业拨付贴息资金120万元。", [1200000.0]),
        ("5月7日，县财政局下达新增贷款风险补偿资金150万元。", [1500000.0]),
        # loans added to a stock stay a statistic
        ("去年，全市新增贷款320亿元。", []),
        ("5月6日，县人民银行通报，一季度全县新增涉农贷款45亿元。", []),
        ("截至4月末，全县各项贷款新增52亿元。", []),
    ],
)
def test_loan_interest_funds(extract, body: str, expected: list[float]) -> None:
    assert _amounts(extract, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §1.10 money taken out of a surplus for a use: funding (§6)
        ("5月6日，县农商行从年度盈余中拿出120万元，设立“金秋助学基金”。", [1200000.0]),
        ("5月6日，县农商行召开会议，决定从盈余中捐赠60万元支持乡村教育。", [600000.0]),
        ("5月7日，县信用社从当年盈余里提取30万元，用于资助困难学生。", [300000.0]),
        ("5月6日，县供销社提拨盈余3600万元办理会员福利。", [36000000.0]),
        # a surplus earned stays no funding
        ("2023年，县农商行实现盈余3000万元。", []),
        ("县供销社去年盈余2800万元，同比增长10%。", []),
    ],
)
def test_money_out_of_a_surplus(extract, body: str, expected: list[float]) -> None:
    assert _amounts(extract, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §1.20 an intention that describes the firms paid
        ("5月6日，县财政局召开会议，为达成融资意向的20家企业发放贴息资金280万元。", [2800000.0]),
        ("5月7日，县工信局向已达成融资意向的15家企业拨付奖补资金200万元。", [2000000.0]),
        # the intention's own amount stays no funding
        ("5月6日，县政府与10家金融机构达成融资意向，意向金额56亿元。", []),
        ("5月6日，县政府与10家金融机构签约，达成融资意向56亿元。", []),
        ("5月6日，县政府与8家银行达成融资意向的金额共计30亿元。", []),
    ],
)
def test_intention_describing_the_firms(extract, body: str, expected: list[float]) -> None:
    assert _amounts(extract, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §1.11 money paid now to a project only planned
        ("5月6日，县财政局为计划新建的5所乡村学校项目拨付前期经费280万元。", [2800000.0]),
        ("5月7日，县发改委向计划建设的污水处理厂项目下拨启动资金200万元。", [2000000.0]),
        # the planned project's own total stays declined
        ("5月6日，某公司计划在我县新建的物流园项目总投资12亿元。", []),
        ("拟在我市建设的物流园项目计划总投资12亿元。", []),
    ],
)
def test_money_paid_to_a_planned_project(extract, body: str, expected: list[float]) -> None:
    assert _amounts(extract, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §1.12 a project told started (or signed) before its plan states the total
        ("5月6日，江城物流园项目开工。实施方案明确，项目总投资3亿元。", [300000000.0]),
        ("5月6日，县人民医院新院区项目正式开工建设。建设方案确定，项目总投资5亿元。", [500000000.0]),
        ("5月6日，县政府与华信集团签约。合作方案明确，项目总投资4亿元。", [400000000.0]),
        # a plan's total with nothing started stays declined
        ("5月6日，县政府召开会议。规划提出，项目总投资3亿元。", []),
        ("5月6日，县政府召开会议。该项目计划明年开工。实施方案明确，项目总投资3亿元。", []),
        ("5月6日，县政府召开常务会议。方案提出三年建设高标准农田10万亩，总投资3亿元。", []),
    ],
)
def test_started_project_told_by_its_plan(extract, body: str, expected: list[float]) -> None:
    assert _amounts(extract, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §1.13 a started project entered in a list: its total
        ("5月6日，县物流园项目开工仪式举行，总投资3亿元的该项目已列入省重点项目库。", [300000000.0]),
        ("5月6日，县污水处理厂项目开工，总投资2亿元的该工程已纳入省重点工程清单。", [200000000.0]),
        # a list's total stays declined
        ("5月6日，县发改委发布了总投资320亿元的重点项目清单。", []),
        ("5月6日，市政府印发总投资45亿元的年度重点工程建设计划。", []),
        ("5月6日，县发改委召开会议，计划明年开工的总投资60亿元的重点项目清单已印发。", []),
    ],
)
def test_started_project_entered_in_a_list(extract, body: str, expected: list[float]) -> None:
    assert _amounts(extract, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §1.15 prize money paid now for another edition, the next one ahead
        ("江城龙舟赛将于6月举办，5月6日，县体育局为上届获奖队伍补发奖金30万元。", [300000.0]),
        ("江城马拉松将于10月举行，5月6日，组委会向去年获奖选手支付奖金20万元。", [200000.0]),
        # the ahead event's prize money stays declined
        ("5月6日，江城国际马拉松新闻发布会召开，赛事将于10月举行，比赛总奖金50万元由组委会发放。", []),
        ("江城龙舟赛将于6月举办，比赛总奖金30万元。", []),
    ],
)
def test_prize_money_of_another_edition(extract, body: str, expected: list[float]) -> None:
    assert _amounts(extract, body) == expected


# --- §6: 将 as the disposal marker before money applied for and then paid --------------------------------------------

_DISPOSED = [
    ("市里已将申报的项目资金1000万元拨付到位。", 10000000),
    ("区财政近日将企业申报的扶持资金500万元全部兑付到位。", 5000000),
    ("县财政局将首批申报的贴息资金200万元拨付给12家企业。", 2000000),
    ("县财政已将企业申请的创业补贴300万元发放到位。", 3000000),
    ("县里将申请的300万元补助资金用于修路，目前已全部拨付。", 3000000),
    ("市財政已將申報的項目資金1000萬元撥付到位。", 10000000),
]


@pytest.mark.parametrize(("body", "amount"), _DISPOSED)
def test_money_moved_by_jiang_after_its_application_is_funding(extract, body: str, amount: int) -> None:
    assert [g[0] for g in grants(extract(body))] == [amount]


_STILL_APPLIED_FOR = [
    "该公司将申请专项资金500万元用于技术改造。",
    "县水利局将向省水利厅申请补助资金300万元，用于小型水库除险加固。",
    "该县计划申报中央资金2000万元。",
    "市科技局拟申报的专项经费800万元，用于新型研发机构建设。",
    "政府擬於下月再向財委會申請約五億元。",
]


@pytest.mark.parametrize("body", _STILL_APPLIED_FOR)
def test_money_still_to_be_applied_for_stays_none(extract, body: str) -> None:
    assert grants(extract(body)) == []


# --- §6: an average's list of figures ends at a clause with a subject of its own ------------------------------------

_OWN_SUBJECT = [
    ("全村平均每户增收3000元，合作社投入资金50万元。", 500000),
    ("该村户均增收3000元，村集体投入资金20万元。", 200000),
    ("试点村平均每户新增面积36平方米，帮扶企业投资12万元。", 120000),
]


@pytest.mark.parametrize(("body", "amount"), _OWN_SUBJECT)
def test_amount_of_a_clause_with_its_own_subject_is_no_average(extract, body: str, amount: int) -> None:
    assert [g[0] for g in grants(extract(body))] == [amount]


_BARE_AVERAGE_FIGURE = [
    "全村平均每户新增面积36平方米，增加投资12万元。",
    "试点区平均每户新增建筑面积36平方米，增加投资12万元。",
    "经过一年试点，平均每人新增收入3000元，增加储蓄1.5万元。",
]


@pytest.mark.parametrize("body", _BARE_AVERAGE_FIGURE)
def test_bare_parallel_figure_after_an_average_stays_none(extract, body: str) -> None:
    assert grants(extract(body)) == []


# --- §4: a ceremony noun describing another chair by 的 --------------------------------------------------------------

_GUESTS = "江城商会昨日举行成立典礼。主礼嘉宾包括副局长陈大文及议员李小明。"

_OTHER_CHAIR = [
    _GUESTS + "主礼嘉宾致辞，随后主持揭牌仪式的是会长王志强。",
    _GUESTS + "主礼嘉宾向会员致意，并主持会议的会长王志强共同揭牌。",
    _GUESTS + "主礼嘉宾致辞后，随后主持典礼的会长王志强宣布礼成。",
]


@pytest.mark.parametrize("body", _OTHER_CHAIR)
def test_guests_get_no_chair_when_the_ceremony_noun_describes_another(extract, body: str) -> None:
    got = speakers(extract(body))
    assert "主持" not in got.get("陈大文", ("", ()))[1]
    assert "主持" not in got.get("李小明", ("", ()))[1]


_GUESTS_CHAIR = [
    _GUESTS + "主礼嘉宾随后主持揭牌仪式。",
    _GUESTS + "典礼上，主礼嘉宾主持揭牌仪式，现场气氛热烈。",
    _GUESTS + "主礼嘉宾致辞，并主持揭牌仪式。",
]


@pytest.mark.parametrize("body", _GUESTS_CHAIR)
def test_guests_presiding_themselves_keep_the_chair(extract, body: str) -> None:
    got = speakers(extract(body))
    assert "主持" in got["陈大文"][1]
    assert "主持" in got["李小明"][1]


# --- §5: plaques handed out over a running period ----------------------------------------------------------------------

_PLAQUES_TALLIED = [
    "5月6日，县委召开推进会，今年以来已为20家先进单位授牌。",
    "5月6日，县委召开推进会。截至目前，全县已为20家先进单位颁发奖牌。",
    "5月6日，县委召开推进会。近年来，全县累计为20家先进单位颁发牌匾。",
]


@pytest.mark.parametrize("body", _PLAQUES_TALLIED)
def test_plaques_over_a_running_period_are_no_award(extract, body: str) -> None:
    assert honours(extract(body)) == []


_PLAQUES_HERE = [
    "5月6日，县委召开表彰大会，为20家先进单位授牌。",
    "5月6日，县委召开表彰大会，县领导为20家先进单位颁发奖牌。",
    "5月6日，县委召开大会，总结今年以来的工作，并为20家先进单位授牌。",
]


@pytest.mark.parametrize("body", _PLAQUES_HERE)
def test_plaques_handed_at_the_event_stay(extract, body: str) -> None:
    assert [(h[0], h[1]) for h in honours(extract(body))] == [("先进单位", 20)]


# --- §5: recipients described as 获奖 before their honour -------------------------------------------------------------

_DESCRIBED_WINNERS = [
    ("5月6日，县教育局召开大会，为20名获奖优秀教师颁发证书。", "优秀教师", 20),
    ("5月6日，县总工会召开大会，为15名获奖先进个人颁发荣誉证书。", "先进个人", 15),
    ("5月6日，县教育局召开大会，为30名得奖三好学生颁发证书。", "三好学生", 30),
]


@pytest.mark.parametrize(("body", "honor", "count"), _DESCRIBED_WINNERS)
def test_winners_word_before_the_honour_is_dropped(extract, body: str, honor: str, count: int) -> None:
    assert [(h[0], h[1]) for h in honours(extract(body))] == [(honor, count)]


_WINNERS_ONLY = [
    "5月6日，县教育局召开大会，为20名获奖者颁发证书。",
    "5月6日，县教育局召开大会，为8个获奖集体颁发证书。",
    "5月6日，县教育局召开大会，为20名优秀教师颁发证书。",
]


@pytest.mark.parametrize("body", _WINNERS_ONLY)
def test_winners_with_no_honour_after_keep_todays_reading(extract, body: str) -> None:
    got = [(h[0], h[1]) for h in honours(extract(body))]
    assert got == ([("优秀教师", 20)] if "优秀教师" in body else [])
