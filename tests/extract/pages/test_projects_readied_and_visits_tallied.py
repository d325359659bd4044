"""Funding, award and meeting shapes of projects readied then started, budgets, credit lines and visits tallied, each kept to what the rule was written for: projects readied (谋划, 策划, 储备, 包装)
and then started are funding; 包装/储备 inside a kind of project (包装纸项目, 储备林项目) are no verb of readying; budget
money handed down (总预算资金) and a grant after 其中 in a budget are funding; an act of attracting investment after the
amount is its use; money seized in a case solved is no grant; money put in to enlarge a credit line is no credit line;
a non-prize clause ending in 奖 (一二三等奖, 个人奖和团体奖, 大赛颁奖) names no prize for the grades after 其中; visits
tallied (人次, 近年来…) are no attendee count; 假 at the start of a venue after 在 is the venue's own.  Later items
(1.15-1.17): an allocation with 拟 that a decision reports (会议决定拟安排…) is funding; 明年 inside a meeting's name
(…暨明年工作会议召开) is no plan; the surname 曾 (曾向东为…) is no "once".  Invented sentences (the reviewer's and our
own); the expected values follow corpus/GUIDELINES.md §3, §5 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page


def _amounts(body: str, extract) -> list[tuple[float, str]]:
    return [g[:2] for g in grants(extract(page(body)))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # projects readied, then started: their total is funding (§6)
        ("5月8日，我县前期谋划的12个重点项目集中开工，总投资38亿元。", [(3_800_000_000.0, "CNY")]),
        ("5月8日，我市举行重大项目集中开工仪式，精心策划的26个项目集中开工，总投资180亿元。", [(18_000_000_000.0, "CNY")]),
        ("5月8日，县里召开项目推进会，谋划储备的8个项目已全部开工，总投资20亿元。", [(2_000_000_000.0, "CNY")]),
        ("5月8日，某县召开项目工作会。今年以来，全县策划包装的15个重大项目已全部落地，总投资62亿元。",
         [(6_200_000_000.0, "CNY")]),
        # 包装 and 储备 in a kind of project, no verb of readying
        ("5月8日，我县年产10万吨包装纸项目开工，总投资8亿元。", [(800_000_000.0, "CNY")]),
        ("5月8日，国家储备林项目在我县开工建设，总投资12亿元。", [(1_200_000_000.0, "CNY")]),
        ("5月8日，市粮食储备库项目竣工，项目投资1.2亿元。", [(120_000_000.0, "CNY")]),
        # NEGATIVE: projects readied and only offered or planned, their start after the total or still ahead
        ("5月8日，某区召开项目工作会议。今年全区谋划储备项目120个，总投资800亿元。", []),
        ("5月8日，某县召开项目工作会。全县谋划的30个重点项目将于下半年集中开工，总投资90亿元。", []),
        ("5月8日，某县举行招商推介会。会上推介了谋划的20个项目，总投资150亿元，力争年内开工。", []),
        ("5月8日，某市召开项目工作会议。今年全市计划新开工项目50个，总投资200亿元。", []),
    ],
)
def test_projects_readied_then_started(extract, body: str, expected: list) -> None:
    assert _amounts(body, extract) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # budget money handed down is money granted (总预算资金, not a body's overall budget)
        ("5月8日，省教育厅下达2024年度学生资助总预算资金3.2亿元。", [(320_000_000.0, "CNY")]),
        ("5月8日，省财政厅下达项目总预算资金1200万元，用于支持乡村学校建设。", [(12_000_000.0, "CNY")]),
        # a grant after 其中 in a project's budget: the grant stays, the budget total does not
        ("5月8日，县里召开项目推进会。该项目总预算500万元，其中省级补助资金200万元已拨付到位。", [(2_000_000.0, "CNY")]),
        ("5月8日，县里召开项目推进会。该项目总预算500万元，其中市财政补助300万元。", [(3_000_000.0, "CNY")]),
        ("5月8日，某镇召开工作会。该工程总预算800万元，其中中央补助资金500万元已下达。", [(5_000_000.0, "CNY")]),
        # NEGATIVE: a budget line after 其中 is a part of the budget, no grant
        ("5月8日，某市召开财政工作会议。今年市府总预算为1650亿元，其中教育经费300亿元。", []),
    ],
)
def test_budget_money_granted(extract, body: str, expected: list) -> None:
    assert _amounts(body, extract) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # attracting investment as the money's use, or in the name of a reward fund
        ("5月8日，县政府召开常务会议，会议决定安排1000万元用于吸引外资和招商引资奖励。", [(10_000_000.0, "CNY")]),
        ("5月8日，市政府召开招商工作会议，会议决定由市财政安排吸引外资专项奖励资金800万元，用于奖励招商引资成效突出的单位。",
         [(8_000_000.0, "CNY")]),
        ("5月8日，某区召开招商大会，区财政兑现吸引投资奖励资金600万元。", [(6_000_000.0, "CNY")]),
        # NEGATIVE: capital attracted before the amount is a statistic
        ("5月8日，某市召开招商工作会议。近五年全市累计吸引投资逾800亿元。", []),
        ("5月8日，某市召开招商工作会议。今年全市吸引外资3亿美元。", []),
    ],
)
def test_attracting_investment_as_a_use(extract, body: str, expected: list) -> None:
    assert _amounts(body, extract) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # money seized or found in a case solved is no grant (§6)
        ("5月8日，县公安局侦破一起合同诈骗案，查扣资金500万元。", []),
        ("5月8日，警方侦破一起集资诈骗案，查明该团伙吸收资金1.2亿元。", []),
        ("5月8日，市公安局打掉一个诈骗团伙，查扣资金300万元。", []),
        # NEGATIVE: the reward for solving it stays
        ("5月8日，市公安局为侦破“9·12”诈骗案的专案组记集体三等功，并发放奖金10万元。", [(100_000.0, "CNY")]),
        ("近日，市公安局党委决定，为成功破获“5·20”特大电信网络诈骗案的专案组记集体一等功，并给予专案组奖励经费15万元。",
         [(150_000.0, "CNY")]),
    ],
)
def test_money_seized_in_a_case_solved(extract, body: str, expected: list) -> None:
    assert _amounts(body, extract) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # money put in to enlarge a credit line is money provided (§6)
        ("5月8日，县政府召开常务会议，决定由县财政注资3000万元扩大融资担保额度。", [(30_000_000.0, "CNY")]),
        ("5月8日，市政府召开常务会议，决定安排2000万元增加创业担保贷款额度。", [(20_000_000.0, "CNY")]),
        # NEGATIVE: the credit line itself
        ("5月8日，县政府提供总额5亿元的青年创业贷款额度，并给予贴息补助。", []),
        ("5月8日，某银行安排10亿元专项信贷额度，并给予利率优惠补贴。", []),
    ],
)
def test_money_put_in_to_enlarge_a_credit_line(extract, body: str, expected: list) -> None:
    assert _amounts(body, extract) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clause ending in 奖 that is no prize: the grades after 其中 stay bare
        ("5月8日，全市中小学生科技节闭幕，共评出一二三等奖，其中一等奖10名、二等奖20名、三等奖30名。",
         [("一等奖", 10, "名", "person"), ("二等奖", 20, "名", "person"), ("三等奖", 30, "名", "person")]),
        ("5月8日，全县教师技能大赛颁奖典礼举行，大赛评出个人奖和团体奖，其中一等奖6名、二等奖12名。",
         [("一等奖", 6, "名", "person"), ("二等奖", 12, "名", "person")]),
        ("5月8日，全市科技创新大赛颁奖，其中一等奖10名、二等奖20名。",
         [("一等奖", 10, "名", "person"), ("二等奖", 20, "名", "person")]),
        # NEGATIVE: a prize named before 其中 still names its grades
        ("5月8日，市政府召开教育大会。大会评出市教学成果奖，其中一等奖5项、二等奖10项。",
         [("市教学成果奖一等奖", 5, "项", None), ("市教学成果奖二等奖", 10, "项", None)]),
    ],
)
def test_no_prize_before_the_grades(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # visits tallied over the years are no attendee count (§3)
        ("5月8日，全市党建现场观摩会召开，与会人员先后观摩了5个点位。近年来，共有2万余人次观摩交流。", (None, False)),
        ("5月8日，全市乡村振兴现场观摩会召开。近年来，先后有1.5万余人到该村观摩学习。", (None, False)),
        # NEGATIVE: the visitors of this visit
        ("5月8日，全市党建现场观摩会召开，80余名党员干部先后观摩了5个点位。", (80, True)),
    ],
)
def test_visits_tallied_are_no_attendance(extract, body: str, expected: tuple) -> None:
    (meeting,) = extract(page(body))["meetings"]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 假 at the start of a venue after 在: the venue's own first character
        ("5月8日上午9时，全县表彰大会在假山广场举行。", ["假山广场"]),
        ("5月8日，县运动会开幕式在假山湖体育中心举行。", ["假山湖体育中心"]),
        # NEGATIVE: 假 after a clock time or a date is the venue verb
        ("澳門街坊總會於3月2日晚上7時假座澳門旅遊塔舉行會員大會。", ["澳门旅游塔"]),
        ("內政部消防署於113年3月5日假台中市召開113年度全國消防工作會議，署長蕭煥章主持。", ["台中市"]),
    ],
)
def test_jia_as_a_venue_first_character(extract, body: str, expected: list) -> None:
    assert [m["location"] for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an allocation with 拟 that a decision reports is funding (§6: "with no signing or decision reported")
        ("5月8日，市人社局召开会议，会议决定拟安排就业补助资金2000万元，用于支持高校毕业生就业。", [(20_000_000.0, "CNY")]),
        ("5月8日，县政府召开常务会议，研究同意拟拨付春耕补助资金300万元。", [(3_000_000.0, "CNY")]),
        # NEGATIVE: 拟 with no decision is only intended
        ("5月8日，某市召开工作会议。省财政拟安排资金2亿元用于乡村振兴。", []),
    ],
)
def test_an_allocation_proposed_and_decided(extract, body: str, expected: list) -> None:
    assert _amounts(body, extract) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 明年 inside the meeting's name: the meeting is held
        ("12月28日，集团2024年工作总结暨明年工作会议召开。", [("2024年工作总结暨明年工作会议", "2023-12-28", None)]),
        ("12月20日，全县2024年工作总结暨明年工作会召开。", [("全县2024年工作总结暨明年工作会", "2023-12-20", None)]),
        # NEGATIVE: a meeting next year is a plan
        ("县里明年举办第二届农民丰收节座谈会。", []),
        ("东山镇下月召开第三届乡贤大会。", []),
    ],
)
def test_next_year_inside_a_meeting_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the surname 曾 before a given name opening with 向/为: a conferral at this event
        ("5月8日，全县“两优一先”表彰大会召开。县委书记曾向东为20名优秀共产党员颁发荣誉证书。",
         [("优秀共产党员", 20, "名", "person")]),
        ("5月8日，全县表彰大会召开，会上，县委书记曾为民向10个先进基层党组织授牌。",
         [("先进基层党组织", 10, "个", "organization")]),
        # NEGATIVE: 曾 as "once" before the preposition and the holders
        ("5月8日，市公安局召开表彰大会。市公安局曾为8名民警记个人二等功。", []),
    ],
)
def test_surname_zeng_is_no_once(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
