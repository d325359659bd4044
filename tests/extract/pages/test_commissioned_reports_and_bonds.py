"""Speaker, funding and award shapes in county, township and city government news (standing sessions, congresses, signings and reviews).

Found: a report heard from an officer acting on the government's commission (会议听取了副县长X受县人民政府委托所作的
关于…的报告) lost its 作报告 when the title held a span of months (§4: a meeting hearing a named person's report, a report
made on a body's behalf); a year's new special bond money with no use (新增专项债券资金42亿元) was kept as a grant (§6
seventeenth round: bonds, money borrowed); a disaster's loss (农损逾3亿元) was kept as money (§6: no grant); loan money a
bank readies (已准备收购贷款资金1.5亿元) was kept, though it is a credit line (§6 loans); a plan's works with a target year
(方案计划到2026年新增停车泊位5000个，总投资约2.4亿元) kept their total (§6: a plan's total is only intended); a whole
township's holders told in a work report after a piece that opened on the past year (报告指出，2023年，…；全镇有4个村获评…)
were read as awards (§5 eighteenth round: a tally); 县人民政府 as a session's holder stayed bare while the page names the
one 永宁县人民政府 (§3 sixteenth round). Invented sentences; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("3月27日，县人大常委会召开会议。会议听取了副县长罗斌受县人民政府委托所作的关于2024年1-2月预算执行情况的报告。",
         "罗斌", ("副县长", ("作报告",))),
        ("6月5日，区人大常委会召开会议。会议听取和审议了副区长陈静受区政府委托所作的关于2023年区级决算和1-4月预算执行情况的报告。",
         "陈静", ("副区长", ("作报告",))),
        ("8月2日，市人大常委会召开会议，会议听取了市财政局局长王强受市人民政府委托作的关于上半年预算执行情况的报告。",
         "王强", ("市财政局局长", ("作报告",))),
    ],
)
def test_commissioned_report_heard_is_the_officers(extract, body: str, name: str, expected: tuple) -> None:
    assert speakers(extract(page(body)))[name] == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a report only discussed, nobody's report heard
        "3月27日，县人大常委会召开会议。会议审议了县人民政府关于2024年1-2月预算执行情况的报告。",
        # NEGATIVE: a notice heard (通报) stays no role
        "3月27日，县人大常委会召开会议。会议听取了县审计局关于审计整改情况的通报，副县长罗斌列席会议。",
    ],
)
def test_report_not_heard_from_a_person_gives_no_role(extract, body: str) -> None:
    assert "作报告" not in {r for _, roles in speakers(extract(page(body))).values() for r in roles}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # bonds, money borrowed, no use stated
        ("1月20日，市政府召开全体会议。会议指出，2024年全市新增专项债券资金42亿元。", []),
        ("1月20日，县政府召开常务会议。县长指出，去年全县新增专项债券资金18.6亿元，项目建设加快推进。", []),
        # a disaster's loss
        ("8月19日，县政府召开县务会议。县长表示，台风造成全县农损逾3亿元。", []),
        ("7月12日，镇政府召开防汛会议。据统计，此次强降雨造成全镇灾损金额达8600万元。", []),
        # loan money a bank readies: a credit line
        ("10月8日，县政府召开秋粮收购会议。农发行县支行已准备收购贷款资金1.5亿元。", []),
        ("3月2日，县政府召开春耕生产会议。县农商银行备足春耕信贷资金5亿元。", []),
        # a plan's works with a target year
        ("6月13日，县政府召开常务会议。会议审议通过了《停车场建设三年行动方案》，方案计划到2026年新增停车泊位5000个，总投资约2.4亿元。", []),
        ("4月3日，区政府召开常务会议。会议原则通过了《口袋公园建设方案》，计划到2025年底新增口袋公园30个，总投资约6000万元。", []),
        # NEGATIVE: bond money handed down for a stated use stays a grant
        ("6月13日，县政府召开常务会议。会议同意下达新增专项债券资金5亿元，用于城区污水管网改造。",
         [(500000000.0, "CNY", "城区污水管网改造")]),
        # NEGATIVE: money paid for the loss stays
        ("8月19日，县政府召开常务会议。会议同意为农损严重的12个乡镇下拨救灾资金800万元。",
         [(8000000.0, "CNY", "救灾资金")]),
        # NEGATIVE: a fund the loans only qualify stays
        ("6月13日，县政府召开常务会议。会议决定安排贷款贴息资金500万元。", [(5000000.0, "CNY", "贷款贴息资金")]),
    ],
)
def test_bonds_losses_credit_and_plans_are_no_grants(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_works_done_keep_their_total(extract) -> None:
    # NEGATIVE: works told as done, no plan, keep their total
    body = "6月13日，县政府召开常务会议。今年已建成停车场12个，新增停车泊位5000个，总投资约2.4亿元。"
    assert [g[0] for g in grants(extract(page(body)))] == [240000000.0]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月6日，镇人代会召开。大会听取了镇长袁志强所作的政府工作报告。报告指出，2023年，全镇完成固定资产投资15.2亿元；"
         "全镇有4个村获评县级“五好”村党组织，2户家庭获评市级“最美家庭”。", []),
        ("1月6日，县委召开全会。会议指出，2023年，全县经济稳中向好；全县共有12个村获评市级“美丽乡村”。", []),
        ("1月9日，乡人代会召开。乡长作政府工作报告时说，去年，全乡粮食生产喜获丰收；全乡现有3个村获评省级“文明村”。", []),
        # NEGATIVE: this event's count, no past year before the semicolon
        ("1月6日，县委召开表彰大会。今年，全县经济稳中向好；全县有12个村获评“美丽乡村”。",
         [("美丽乡村", 12, "个", "organization")]),
        # NEGATIVE: honoured at this event later in the sentence
        ("1月6日，县委召开表彰大会。2023年，全县经济稳中向好；全县有12个村获评“美丽乡村”，大会对其进行了表彰。",
         [("美丽乡村", 12, "个", "organization")]),
    ],
)
def test_whole_place_holders_in_a_past_year_review_are_a_tally(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("永宁县人民政府召开常务会议\n6月13日上午，县人民政府召开第四十二次常务会议。", "永宁县人民政府"),
        ("江川市人民政府举行第五次全体会议\n1月24日上午，市人民政府召开第五次全体会议。", "江川市人民政府"),
        # NEGATIVE: the government's website is no government named
        ("江川市人民政府网\n1月24日上午，市人民政府召开第五次全体会议。", "市人民政府"),
        # NEGATIVE: no full government named, the short form stays
        ("6月13日上午，县人民政府召开第四十二次常务会议。", "县人民政府"),
        # NEGATIVE: two governments of that level named: no choice
        ("永宁县人民政府与安平县人民政府签约。\n6月13日上午，县人民政府召开第四十二次常务会议。", "县人民政府"),
    ],
)
def test_bare_level_peoples_government_is_the_one_named(extract, body: str, organizer: str) -> None:
    assert held(extract(page(body)))[0][2] == organizer
