"""Speaker and funding phrasings of whole scraped pages: 亦
("also") read into a name, and kept where it cannot mean "also"; a name with its title after it behind
由; remarks that only thank, and the thanks of the honoured or aided, which are none; 向 before a verb of
winning read as a surname; audit figures and a gift voucher's value; and leftover words in funding
purposes.  The k19 review added amounts followed by 用于 and a person noun, a gift's value stated
with 约合, a headline's rounded figure over the body's, and purposes after 定向用于, 用作 and a bare
专项资金.  Invented sentences; the expected values follow corpus/GUIDELINES.md §4 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def grants(record: dict) -> list[tuple[float, str, str | None]]:
    """(amount, currency, purpose) of each funding record, in order."""
    return [(f["amount"], f["currency"], f["purpose"]) for f in record["funding"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 亦 ("also") after a name is no part of it, in either script
        ("創新科技及工業局局長孫東亦在論壇上發表主題演講。", {"孙东": ("创新科技及工业局局长", ("讲话",))}),
        ("论坛上，市科技局局长孙东亦在论坛上作主旨演讲。", {"孙东": ("市科技局局长", ("讲话",))}),
        ("局长王立新亦出席论坛并致辞。", {"王立新": ("局长", ("致辞",))}),
    ],
)
def test_yi_after_a_name_is_no_part_of_it(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # before 同志 亦 cannot mean "also"
        ("县召开大会。县长马力作动员讲话。常务副县长陈思亦同志主持会议。",
         {"马力": ("县长", ("讲话",)), "陈思亦": ("常务副县长", ("主持",))}),
        # nor after 由, first named or not
        ("会议由县委常委、常务副县长陈思亦主持。县长马力作动员讲话。",
         {"陈思亦": ("县委常委、常务副县长", ("主持",)), "马力": ("县长", ("讲话",))}),
        ("县召开大会。县长马力出席并讲话。会议由县委常委、常务副县长陈思亦主持。",
         {"马力": ("县长", ("讲话",)), "陈思亦": ("县委常委、常务副县长", ("主持",))}),
        # the first person named: nothing for "also" to refer to
        ("局长黄晓亦主持会议并讲话。副市长张伟亦出席会议并讲话。",
         {"黄晓亦": ("局长", ("主持", "讲话")), "张伟": ("副市长", ("讲话",))}),
        ("区科技局局长吴晓亦指出，要加大研发投入。区长钱进主持会议。",
         {"吴晓亦": ("区科技局局长", ("讲话",)), "钱进": ("区长", ("主持",))}),
        # 在讲话中 frames the person's own address, no presence
        ("县召开大会。县委常委、常务副县长陈思亦在讲话中指出，要持续优化营商环境。",
         {"陈思亦": ("县委常委、常务副县长", ("讲话",))}),
        # a name written whole once keeps 亦 where it could read "also"
        ("县召开大会。常务副县长陈思亦同志主持会议。县长马力出席并讲话。陈思亦在总结时要求，要狠抓落实。",
         {"陈思亦": ("常务副县长", ("主持", "讲话")), "马力": ("县长", ("讲话",))}),
        # "also" after another person's act, and presence even for the first person named
        ("县召开大会。县长马力主持会议。副县长陈思亦主持了分组讨论。",
         {"马力": ("县长", ("主持",)), "陈思": ("副县长", ("主持",))}),
        ("县召开大会。副市长张伟亦出席会议并讲话。", {"张伟": ("副市长", ("讲话",))}),
    ],
)
def test_yi_that_cannot_mean_also_is_part_of_the_name(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the agent of 由 with the title after the name
        ("宜兰县政府今日上午举行模范母亲表扬大会，由林姿妙县长主持并致词。", {"林姿妙": ("县长", ("主持", "致辞"))}),
        ("县政府举行座谈会，由陈光复县长主持。", {"陈光复": ("县长", ("主持",))}),
        # 由于 is no 由 and a surname (the title before the name stays as the chain reads it)
        ("会议由于时间关系推迟举行。", {}),
    ],
)
def test_a_name_with_its_title_after_it_behind_you(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市政府今日举行志工表扬大会。社會局局長姚淑文也感謝志工們長年無私的付出。", {"姚淑文": ("社会局局长", ("致辞",))}),
        ("市政府今日举行志工表扬大会。社會局局長姚淑文表示，感謝志工們長年無私的付出。",
         {"姚淑文": ("社会局局长", ("致辞",))}),
        ("县政府今日举行表彰大会。县长李明感谢全体教师的辛勤付出。", {"李明": ("县长", ("致辞",))}),
        # more is said after the thanks: a speech
        ("县政府今日召开座谈会。县长李明表示，感谢大家的支持，今后要继续努力。", {"李明": ("县长", ("讲话",))}),
        # a letter of thanks is no address
        ("县政府今日召开座谈会。县长李明感谢信已寄出。", {}),
    ],
)
def test_remarks_that_only_thank_are_an_address(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 向 + 荣获…的: to those who won, no person 向荣
        ("5月7日，县委召开表彰大会。县委书记向荣获“优秀共产党员”称号的同志颁发证书。", {}),
        ("大会上，市长向荣获表彰的先进个人颁发奖牌。", {}),
        # a person named 向荣 acting
        ("5月7日，县委召开表彰大会，县委书记向荣主持会议并讲话。", {"向荣": ("县委书记", ("主持", "讲话"))}),
        ("大会上，县委书记向荣为获奖代表颁奖。", {"向荣": ("县委书记", ("颁奖",))}),
    ],
)
def test_xiang_before_a_verb_of_winning_is_no_surname(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # audit figures: the problem money found and the part corrected (§6)
        ("会议听取和审议了县人民政府关于2023年度县级预算执行的审计工作报告，审计查出问题金额3200万元，已整改到位2800万元。", []),
        ("巡察发现问题资金120万元，已全部整改。", []),
        # money granted beside them still counts
        ("会议听取和审议了审计工作报告。会议指出，省财政下达专项资金4.6亿元。", [(460_000_000.0, "CNY", None)]),
        # a gift voucher or cash gift with a stated value (§6)
        ("县政府举行教师节表扬大会，表揚優良教師58位，每位致贈禮券新台幣2,000元。", [(2000.0, "TWD", None)]),
        ("县政府举行教师节表扬大会，表揚優良教師58位，每位致贈禮金新台幣5,000元。", [(5000.0, "TWD", None)]),
        # a gift with no value stated gives nothing
        ("县政府举行表扬大会，县长李明致赠纪念品。", []),
    ],
)
def test_audit_figures_and_gifts(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # leading verbs, adverbs and distributive units are no part of the fund's name
        ("县委召开表彰大会，表彰先进集体10个，并颁发每队奖励金5000元。", [(5000.0, "CNY", "奖励金")]),
        ("市府今年编列志愿服务推广经费300万元。", [(3_000_000.0, "CNY", "志愿服务推广经费")]),
        ("县委召开表彰大会，每村奖励党建工作经费2万元。", [(20000.0, "CNY", "党建工作经费")]),
        ("县委召开表彰大会，并颁发奖金1万元。", [(10000.0, "CNY", "奖金")]),
        ("县政府举行表扬大会，每名模范劳工获颁奖金5000元。", [(5000.0, "CNY", "奖金")]),
        # an added item of a fund named by its level and kind: that noun is its purpose (re-pinned, GUIDELINES §6
        # fifteenth review round: "A fund named only by its level and kind before the amount (`落实县级配套资金500万元`)
        # has that noun as purpose (`县级配套资金`), like `一次性补贴`.")
        ("县委召开表彰大会，另有省级补助资金50万元。", [(500_000.0, "CNY", "省级补助资金")]),
        # the fund as the subject of its total
        ("学校举行颁奖典礼。杏林奖学金本年度发放总额48万元。", [(480_000.0, "CNY", "杏林奖学金")]),
        ("社會工作局今日舉行會議。今年社會服務機構資助總額約為澳門元12.5億元。",
         [(1_250_000_000.0, "MOP", "社会服务机构资助")]),
        # the fund named right after the amount; a scheme set up with it
        ("教育局今日舉行頒獎典禮。獲獎教師可獲港幣5萬元專業發展津貼。", [(50000.0, "HKD", "专业发展津贴")]),
        ("县政府投资5亿元成立产业引导基金。", [(500_000_000.0, "CNY", "成立产业引导基金")]),
        # a purpose already right stays so
        ("社区党委下拨以奖代补党建工作经费6万元。", [(60000.0, "CNY", "以奖代补党建工作经费")]),
        ("县政府拨款500万元，用于修建道路。", [(5_000_000.0, "CNY", "修建道路")]),
    ],
)
def test_funding_purposes(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_a_hong_kong_fund_set_up(extract) -> None:
    text = page("財政司司長今日出席論壇並致辭。政府預留$100億成立「新型工業加速計劃」。")
    assert grants(extract(text)) == [(10_000_000_000.0, "HKD", "成立新型工业加速计划")]


@pytest.mark.parametrize(
    "body",
    [
        # thanks quoted in a text that reports no meeting, and a recipient's thanks
        "村党支部书记李明感谢政府多年来的帮助。",
        "县政府今日举行表彰大会。获奖教师李明感谢学校多年的培养。",
        # the label of one honoured stays so behind a 、 and a job title
        "5月6日，县召开道德模范表彰大会。获奖代表、县人民医院医生李红感谢组织给予的荣誉。",
        "5月6日，市举行抗洪救灾表彰大会。受表彰代表、消防救援站站长孙刚感谢党和人民给予的荣誉。",
        # aid recipients thanking (§4: recipients' reactions)
        "5月6日，县慈善总会举行助学捐赠仪式，为50名困难学生发放助学金。受助学生李小雨感谢爱心企业的帮助。",
        "5月6日，县教育局召开助学座谈会。受资助学生王芳感谢社会各界的关爱。",
    ],
)
def test_thanks_that_are_no_address(extract, body: str) -> None:
    assert speakers(extract(page(body))) == {}


def test_an_officials_thanks_beside_an_honoured_persons(extract) -> None:
    text = page("5月6日，县召开表彰大会。获奖代表、县人民医院医生李红感谢组织给予的荣誉。县长马力感谢全体医务人员的付出。")
    assert speakers(extract(text)) == {"马力": ("县长", ("致辞",))}


def test_a_fund_set_up_before_its_total(extract) -> None:
    text = page("学院设立的“杏林奖学金”本年度发放总额48万元。")
    assert grants(extract(text)) == [(480_000.0, "CNY", "杏林奖学金")]


def headed(headline: str, body: str) -> str:
    """An invented page with its own headline."""
    return f"{headline}\n2024-07-20 来源：某网\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 用于 and a person noun after the amount: an allocation, no salary or price
        ("今年省级财政安排2亿元用于乡村教师生活补助。", [(200_000_000.0, "CNY", "乡村教师生活补助")]),
        ("省财政下达2亿元用于农村教师周转宿舍建设。", [(200_000_000.0, "CNY", "农村教师周转宿舍建设")]),
        ("今年省级财政安排资金2亿元用于乡村医生补助。", [(200_000_000.0, "CNY", "乡村医生补助")]),
        ("今年省级财政安排5亿元专项资金，支持全省中小学校舍安全改造。另外安排2亿元用于乡村教师生活补助。",
         [(500_000_000.0, "CNY", "支持全省中小学校舍安全改造"), (200_000_000.0, "CNY", "乡村教师生活补助")]),
        # salaries, incomes and prices beside the same person nouns stay out
        ("全县乡村教师月薪平均提高到6000元。", []),
        ("乡村教师年薪8万元，高于当地公务员。", []),
        ("乡村医生每月收入3000元左右。", []),
        ("县财政每年支付乡村教师工资2亿元。", []),
        ("参加培训的乡村教师每人缴纳培训费200元。", []),
        ("该课程售价3000元，乡村教师可享受八折优惠。", []),
        ("招聘乡村医生10名，月薪4500元起。", []),
        ("乡村教师张某花费2000元购买了一台电脑。", []),
    ],
)
def test_an_amount_used_for_a_person_noun(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a gift's value given with 约合 and no amount before it to convert
        ("公司捐赠价值约合人民币300万元的防疫物资。", [(3_000_000.0, "CNY", True)]),
        ("公司捐赠约合人民币300万元的防疫物资。", [(3_000_000.0, "CNY", True)]),
        # a conversion of an amount before it stays a restatement
        ("该基金会捐赠100万美元（约合人民币711万元），用于设立奖学金。", [(1_000_000.0, "USD", False)]),
        ("他捐赠1万美元，约合人民币7万元。", [(10_000.0, "USD", False)]),
        # what a thing is worth, a prize's value, a loss and a rate are none
        ("这批设备价值约合人民币300万元，已投入使用。", []),
        ("奖品总价值约合人民币30万元。", []),
        ("洪灾造成损失约合人民币300万元。", []),
        ("1美元约合人民币7.1元。", []),
    ],
)
def test_a_gifts_value_after_yuehe(extract, body: str, expected: list) -> None:
    record = extract(page(body))
    assert [(f["amount"], f["currency"], f["approximate"]) for f in record["funding"]] == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # the headline rounds the body's 100多万元: the body's record, with its range and purpose
        ("企业家捐资一百万元助学",
         "7月18日，企业家王明向县教育局捐资100多万元设立“育才教育基金”，用于奖励优秀教师和资助贫困学生。",
         [(1_000_000.0, 2_000_000.0, True, "奖励优秀教师和资助贫困学生")]),
        # the headline names the fund, the body what it is for
        ("我县争取到位中央预算内资金3000余万元",
         "县发改局争取到位中央预算内投资资金3000余万元，用于城镇老旧小区改造和农村供水保障项目建设。",
         [(30_000_000.0, 40_000_000.0, True, "城镇老旧小区改造和农村供水保障项目建设")]),
        # a body with no purpose of its own keeps the headline's
        ("省财政下达1亿元乡村振兴衔接资金", "近日，省财政下达资金1亿元。", [(100_000_000.0, None, False, "乡村振兴衔接资金")]),
        # a rounded headline over a different body amount: one record, the body's
        ("某集团捐资1.3亿元", "某集团近日捐资1.26亿元，用于建设县人民医院新院区。",
         [(126_000_000.0, None, False, "建设县人民医院新院区")]),
    ],
)
def test_a_headline_amount_restated_in_the_body(extract, headline: str, body: str, expected: list) -> None:
    record = extract(headed(headline, body))
    assert [(f["amount"], f["amount_high"], f["approximate"], f["purpose"]) for f in record["funding"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("某爱心人士向县红十字会捐款50万元，定向用于县人民医院购置医疗设备。", [(500_000.0, "CNY", "县人民医院购置医疗设备")]),
        ("某爱心人士捐款人民币伍拾万元整，定向用于县人民医院购置医疗设备。", [(500_000.0, "CNY", "县人民医院购置医疗设备")]),
        ("學校獲校友捐贈港幣三千萬元，用作興建新教學大樓。", [(30_000_000.0, "HKD", "兴建新教学大楼")]),
        ("今年省级财政安排5亿元专项资金，支持全省中小学校舍安全改造。", [(500_000_000.0, "CNY", "支持全省中小学校舍安全改造")]),
        ("市财政拨付2000万元专项资金，支持农村供水工程建设。", [(20_000_000.0, "CNY", "支持农村供水工程建设")]),
        # no purpose: the rest's use, a noun after the act's verb, a use with no verb of use
        ("市财政拨付2000万元专项资金，其余资金由县里自筹。", [(20_000_000.0, "CNY", None)]),
        ("市财政拨付2000万元专项资金，建设周期两年。", [(20_000_000.0, "CNY", None)]),
        ("县里安排2000万元，其余用作周转资金。", [(20_000_000.0, "CNY", None)]),
        ("县里安排2000万元专项资金，由各乡镇统筹使用。", [(20_000_000.0, "CNY", None)]),
        # a fund named after the amount keeps its name
        ("市财政拨付2000万元扶贫资金，支持产业发展。", [(20_000_000.0, "CNY", "扶贫资金")]),
    ],
)
def test_purposes_after_dingxiang_yongzuo_and_a_bare_fund(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # a mainland district's education bureau head is no Hong Kong cue
        ("区政府投入800万元，区教育局局长孙丽主持会议\n2024-05-16 来源：某区教育局\n"
         "5月16日，区教育工作会议召开。今年区政府投入800万元，区教育局局长孙丽主持会议并讲话。\n", "CNY"),
        ("县发展局局长李明出席\n2024-05-16 来源：某县\n县发展局局长李明宣布，县里投入300万元支持企业。\n", "CNY"),
        # the Hong Kong bureau head still is
        ("教育局撥款資助大學\n2024-05-16 來源：某報\n教育局局長今日宣布，政府將撥款2億元予八間大學推行研究計劃。\n", "HKD"),
    ],
)
def test_bureau_heads_of_a_place_are_mainland(extract, text: str, currency: str) -> None:
    assert {f["currency"] for f in extract(text)["funding"]} == {currency}
