"""Funding, speaker, award and meeting classes of whole invented pages, fixed as classes (GUIDELINES §6 funding, §4 speakers, §5 awards, §3 meetings).

- A standing benefit per period raised with its period written once, before the former amount only
  (``津贴由每月3450元调升至3630元``, ``敬老金由每年9000元提高至9500元``): §6 "A benefit paid per month or day, set or
  raised, is a standing rate like pay: no record"; "A standard per person per year, set or raised, is a standing rate".
  The raising verb varies (调升, 上调, 提高, 增至, 调高为); a body's yearly fund raised is no benefit per head and stays.
- Money whose grant is still studied, reviewed or awaits an approval (``正研究拨款…``, ``申请补助款…目前仍在审查中``,
  ``拟编列…``, ``…待村民代表大会表决通过后兑现``): §6 "Money only intended (拟投资, 计划投入…) with no signing or
  decision reported"; "拟安排 with no decision reported"; a budget bill still to be voted.  Not ``经研究，拨款…``
  (studied, then decided) nor the rest of a sum already paid waiting on its approval.
- Market aggregates and costs (``社会物流总额达…``, ``贸易额``, ``每面成本约…``): §6 "Not funding: prices, …, market
  figures"; a cost subsidy (``物流成本补贴``) stays.
- A headline restating a credit line told in the body (``签署50亿元战略合作协议`` over ``提供总额50亿元的综合授信``):
  §6 "credit lines … are not" funding, and the headline states no other fact.
- A reward a body will give at an event still ahead (``将于2月上旬召开…会议…，区财政将按…的标准给予奖励``): §6 "Prize
  money of an event still ahead … is no record".
- A dotted name whose last syllable opens a stop word (``买买提出席``: 提 of 提出), a Mongolian name of listed syllables
  (``乌兰图雅``), a student named after a department, year or major (``机械工程系三年级的…同学``): §4 "name: the personal
  name only" (the whole name, HK/Macau/Taiwan names as written); the title stays null with only a class or department.
  One honoured, labelled 获奖的 before a long title chain, reacting (``获奖的…急症科护士长龙某表示``): §4 "recipients whose
  reactions are quoted" have no role; speaking from a school's or hospital's yearly report (``在校务报告中指出``): §4
  fourteenth round, one who speaks from the report that is the session's business has 作报告 and 讲话.
- An award's count with where the honoured come from before the honour (``表扬33位来自全县各乡镇的模范母亲``): §5 the
  honour name; holders of a prize referred back to (``为获得该奖学金的20名新生颁奖``) and a count of winners after a
  sentence about the prize just presented (``…颁奖典礼。「…奖学金」由校友捐资设立。今年共有32位学生获奖``): §5 "A count that
  refers back to an honour just named counts"; sixteenth round, a count of winners after a ceremony named for one prize.
- Meetings: 当天/当晚 means the account's day, not a day an aside tells as already past (``已于9月25日在台北接受表扬``):
  §3 same-day words tie an event to the day told for the account's own happenings; a forum or ceremony the meeting holds
  on a day of its span (``29日上午，年会还举办了…论坛``): §3 seventeenth round, "A ceremony or a forum held within a
  meeting … takes the meeting's organizer and venue"; a lesson opened by 最后/随后 closing a ceremony's account of its
  programme (``…发言。最后，校长…讲授“开学第一课”``): §3 eleventh round, a lesson given inside a ceremony.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(("body", "expected"), [
    # the class: a standing rate per period raised, its period only before the former amount
    ("特区政府决定，将敬老金由每年澳门元8,000元调升至8,600元，长者生活津贴亦由每月3,200元调升至3,380元。", []),
    ("市政府宣布，高龄津贴由每月200元上调至260元。", []),
    ("自7月1日起，护理补贴由每人每月300元提高到350元。", []),
    ("区政府决定，困难学生助学金由每生每年1500元增至2000元。", []),
    ("县政府决定，将残疾人生活补助由每月120元调高为150元。", []),
    ("镇政府将低保金由每月560元提高至600元。", []),
    # near misses: a total paid beside the rate stays; a body's yearly fund raised is no benefit per head
    ("县政府决定，将残疾人生活补助由每月120元调高为150元，共发放补助资金860万元。", [(8600000.0, "CNY")]),
    ("县财政将科技专项资金由每年500万元提高至800万元。", [(8000000.0, "CNY")]),
    ("奖金由新台币1万元提高至2万元。", [(20000.0, "TWD")]),
])
def test_rate_per_period_raised(extract, body, expected):
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the class: money studied, under review, applied for or waiting on an approval
    ("院坝会上，村支书公布了测算结果：今年全村150户社员可分红12.8万元左右，户均约850元，具体方案待下月村民代表大会"
     "表决通过后兑现。", []),
    ("乡长在施政报告中表示，乡公所已向中央提报三项建设计画，申请补助款共计新台币8,600万元，目前仍在审查中。", []),
    ("局长宣布，本局明年度预算拟编列新台币520万元，汰换老旧巡逻车辆20辆，待市议会审议通过后执行。", []),
    ("管理局主席致辞时宣布，管理局正研究拨款约港币三百万元成立「员工关怀基金」，详情将于明年公布。", []),
    ("县政府正在研究投入3000万元改造老旧小区。", []),
    ("区政府仍在考虑拨款800万元修缮文化中心。", []),
    ("镇里申请的危房改造补助资金450万元尚未核定。", []),
    # near misses: studied and then decided; a sum paid while the rest waits; paid already; a Taiwan budget line
    ("经研究，县政府拨款500万元用于改造老旧小区。", [(5000000.0, "CNY")]),
    ("县财政已拨付资金500万元用于学校改造，剩余资金待项目审批通过后拨付。", [(5000000.0, "CNY")]),
    ("今年全村120户社员分红18万元，已于上月兑现。", [(180000.0, "CNY")]),
    ("县府编列新台币300万元办理老人送餐服务。", [(3000000.0, "TWD")]),
])
def test_money_still_studied_or_awaiting_approval(extract, body, expected):
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the class: a market aggregate or a cost, beside a word of giving in the sentence
    ("报告说，会员单位踊跃为抗疫捐款捐物；全市社会物流总额达0.9万亿元，同比增长3.1%。", []),
    ("会员企业为灾区捐款；全年全省物流总额达2.3万亿元。", []),
    ("企业获得了出口奖励；全年贸易额达50亿元。", []),
    ("县府另致赠每位模范父亲礼金；今年的奖牌以木头手工制作，每面成本约新台币1,200元。", []),
    ("社区为长者发放慰问品，每份成本约80元。", []),
    # near misses: a cost subsidy, and money granted beside a trade figure
    ("市商务局为企业发放物流成本补贴300万元。", [(3000000.0, "CNY")]),
    ("今年全市外贸企业获得出口奖励资金800万元，全年贸易额达50亿元。", [(8000000.0, "CNY")]),
])
def test_market_figure_or_cost(extract, body, expected):
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


def _headed(headline: str, body: str) -> str:
    return f"{headline}\n2024-05-08 来源：某网\n{body}\n"


@pytest.mark.parametrize(("headline", "body", "expected"), [
    # the class: the headline's amount is the body's credit line
    ("海川科技与江城银行签署30亿元战略合作协议",
     "海川科技与江城银行签署战略合作协议，江城银行将在未来三年内为海川科技提供总额30亿元的综合授信支持。", []),
    ("江城银行与园区签约　20亿元助力企业发展",
     "江城银行与园区签署合作协议，为园区企业提供20亿元授信额度。", []),
    ("农商行与县政府签署10亿元合作协议",
     "双方签署合作协议，农商行将提供总额10亿元的信贷额度。", []),
    # near miss: a loan given for a use, restated by the headline, stays once
    ("江城银行向海川科技发放2亿元贷款",
     "江城银行向海川科技提供2亿元贷款，用于新厂房建设。", [(200000000.0, "CNY")]),
])
def test_headline_restating_a_credit_line(extract, headline, body, expected):
    assert [(a, c) for a, c, _ in grants(extract(_headed(headline, body)))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the class: a reward to be given at an event told as ahead in the sentence
    ("公示结束后，区政府将于3月上旬召开全区消防工作会议，对先进集体和先进个人进行表彰，区财政将按每个先进集体6000元、"
     "每名先进个人1500元的标准给予奖励。", []),
    ("县委将于下月召开表彰大会，县财政将对每名优秀村干部给予5000元奖励。", []),
    ("市政府将在7月举行颁奖仪式，届时将按每人1万元的标准发放奖金。", []),
    ("镇政府定于月底召开总结会，镇财政将按每户800元的标准给予奖励。", []),
    # near misses: the event told as held
    ("表彰大会已于昨日召开，区财政按每个先进集体5000元的标准给予奖励。", [(5000.0, "CNY")]),
    ("区政府昨天召开表彰大会，区财政按每个先进集体5000元、每名先进个人2000元的标准给予奖励。",
     [(5000.0, "CNY"), (2000.0, "CNY")]),
])
def test_reward_at_an_event_ahead(extract, body, expected):
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


# --- speakers (GUIDELINES §4: ``name`` the personal name only; a transliterated or minority name kept whole) ---

@pytest.mark.parametrize(("body", "expected"), [
    # the class: a dotted name whose last syllable opens a two-character stop word (提 of 提出 before 出席)
    ("县委书记热依拉·买买提出席大会并讲话，县长王明主持大会。", ("热依拉·买买提", "县委书记")),
    ("州长古丽娜尔·艾买提出席会议并致辞。", ("古丽娜尔·艾买提", "州长")),
    ("副县长努尔·买买提出席仪式并讲话。", ("努尔·买买提", "副县长")),
    ("县委副书记阿依努尔·吐尔逊·买买提出席会议并讲话。", ("阿依努尔·吐尔逊·买买提", "县委副书记")),
    ("党委书记艾克拜尔·艾买提出席并讲话。", ("艾克拜尔·艾买提", "党委书记")),
    # near misses: a one-character stop never shifts; a part closed by a stop word that opens on no syllable
    ("英国外交大臣罗宾·库克在会上表示，双方应加强合作。", ("罗宾·库克", "英国外交大臣")),
    ("县委书记吐尔逊·买买提主持会议。", ("吐尔逊·买买提", "县委书记")),
])
def test_dotted_name_before_an_overlapping_stop(extract, body, expected):
    name, title = expected
    assert speakers(extract(page(body))).get(name, (None,))[0] == title


@pytest.mark.parametrize(("body", "name"), [
    # the class: a Mongolian name of listed syllables, with a title or opening its clause before 同学
    ("会上，乌兰图雅同学代表新生发言。", "乌兰图雅"),
    ("县委副书记乌兰其其格主持会议。", "乌兰其其格"),
    ("副县长呼和巴特尔出席并讲话。", "呼和巴特尔"),
    ("镇长查干巴特尔主持会议。", "查干巴特尔"),
    ("副校长苏德巴特尔致辞。", "苏德巴特尔"),
])
def test_mongolian_name_whole(extract, body, name):
    assert name in speakers(extract(page(body)))


def test_model_name_grows_to_the_minority_run(extract_with_model):
    body = "开学典礼上，来自高一（3）班的乌兰图雅同学作为新生代表发言。"
    names = speakers(extract_with_model(page(body)))
    assert "乌兰图雅" in names and "乌兰图" not in names


@pytest.mark.parametrize(("body", "expected"), [
    # the class: a student named before 同学 after the unit written before it (a department, a year, a major)
    ("获奖学生代表、机械工程系三年级的林可欣同学致答谢辞。", {"林可欣": (None, ("致辞",))}),
    ("化学系的林一鸣同学代表获奖学生发言。", {"林一鸣": (None, ("发言",))}),
    ("2023届的李想同学作为毕业生代表发言。", {"李想": (None, ("发言",))}),
    ("软件工程专业王晨同学发言。", {"王晨": (None, ("发言",))}),
    ("三年级的阮可欣同学致辞。", {"阮可欣": (None, ("致辞",))}),
    # near misses: students in general, an alumni association
    ("化学系的同学们踊跃发言。", {}),
    ("与同学们一起参加活动的还有同学会会长。", {}),
])
def test_student_after_a_department_or_year(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a rare surname now listed (溥): a titled person named with it, before or after the title
    ("典礼上，董事长溥家骏致辞。", {"溥家骏": ("董事长", ("致辞",))}),
    ("典礼上，星辉精密工业董事长溥家骏致辞并颁奖。", {"溥家骏": ("星辉精密工业董事长", ("致辞", "颁奖"))}),
])
def test_rare_surname(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# --- awards (GUIDELINES §5: the honour name; a count that refers back to an honour just named counts) ---

@pytest.mark.parametrize(("body", "expected"), [
    # the class: where the honoured come from, between their count and the honour
    ("县政府举行表扬大会，表扬33位来自全县各乡镇的模范母亲。", [("模范母亲", 33, "位", "person")]),
    ("縣府舉行表揚大會，表揚28位來自全縣各鄉鎮市的模範父親。", [("模范父亲", 28, "位", "person")]),
    ("县政府举行表彰大会，表彰了28名来自基层一线的优秀教师。", [("优秀教师", 28, "名", "person")]),
    ("大会表彰了15个来自全市各行业的先进集体和50名来自各条战线的先进个人。",
     [("先进集体", 15, "个", "organization"), ("先进个人", 50, "名", "person")]),
    ("会上，来自29个乡镇的模范母亲88位受到表彰。", [("模范母亲", 88, "位", "person")]),
    # near misses: people from somewhere invited or taking part hold no honour
    ("大会邀请了30位来自各地的专家学者。", []),
    ("120名来自各高校的优秀学生参加活动。", []),
])
def test_origin_between_count_and_honour(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the class: holders of a prize named before, referred back to by 该/这一 before 的 and their count
    ("今年，学校首次设立“启航奖学金”，对成绩优异的新生予以奖励。典礼上，校领导为获得该奖学金的18名新生颁奖。",
     [("启航奖学金", 18, "名", "person")]),
    ("今年，学校首次设立“明德奖学金”。典礼上，校长为获得该奖学金的15名学生颁发证书。", [("明德奖学金", 15, "名", "person")]),
    ("市政府设立“金牛奖”。大会为获得该奖的10名企业家颁奖。", [("金牛奖", 10, "名", "person")]),
    ("县里去年设立了“最美村医”称号。大会为获得这一称号的8名村医颁发证书。", [("最美村医", 8, "名", "person")]),
    # near misses: no prize named before
    ("典礼上，校领导为获得该奖学金的20名新生颁奖。", []),
    ("学校召开座谈会，获得该奖学金的20名新生参加座谈。", []),
])
def test_holders_of_a_prize_referred_back(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the class: a count of winners after a sentence about the prize itself, right after its ceremony
    ("本校于5月23日上午举办「晨光奖学金」颁奖典礼。「晨光奖学金」由本校杰出校友于去年捐资设立，旨在鼓励品学兼优的学生。"
     "今年共有二十六位学生获奖。", [("晨光奖学金", 26, "位", "person")]),
    ("学院昨天举行“明德奖学金”颁奖典礼。“明德奖学金”是校友捐资设立的。本届共有25名学生获奖。", [("明德奖学金", 25, "名", "person")]),
    ("学院昨天举行“明德奖学金”颁奖典礼。明德奖学金设立于2010年。今年共有25名学生获奖。", [("明德奖学金", 25, "名", "person")]),
    ("本校于5月23日上午在图书馆举办「星辉奖学金」颁奖典礼，由学务长主持，校长、捐赠人及获奖学生家长等近百人出席。"
     "今年共有三十二位学生获奖。", [("星辉奖学金", 32, "位", "person")]),
    # near misses: the sentence between is about another prize, or about no prize
    ("学院昨天举行“明德奖学金”颁奖典礼。“励志奖学金”由企业捐资设立。今年共有25名学生获奖。", []),
    ("学院昨天举行“明德奖学金”颁奖典礼。校长为学生颁奖。今年共有25名学生获奖。", []),
])
def test_winners_after_the_prize_described(extract, body, expected):
    assert honours(extract(page(body))) == expected


# --- meetings (GUIDELINES §3) ---

def _dated_meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["organizer"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the class: 当晚/当天 means the account's day, not a day an aside tells as already past (已于, 曾于)
    ("学校于9月26日下午在礼堂举行教师节庆祝大会。另外，本校另有3位教师获师铎奖，已于9月25日在台北接受表扬。"
     "当晚，学校在学生活动中心举办敬师餐会。",
     [("教师节庆祝大会", "2023-09-26", None, "礼堂"), ("敬师餐会", "2023-09-26", None, "学生活动中心")]),
    ("学校于9月26日下午举行开学典礼。该校曾于9月20日获评文明校园。当天晚上，学校举办文艺晚会。",
     [("开学典礼", "2023-09-26", None, None), ("文艺晚会", "2023-09-26", None, None)]),
    ("學校於9月26日下午舉行教師節慶祝大會。另有2位教師已於9月24日在臺北接受表揚。當晚，學校舉辦敬師餐會。",
     [("教师节庆祝大会", "2023-09-26", None, None), ("敬师餐会", "2023-09-26", None, None)]),
    # near miss: a day told for the account's own next happening stays the day 当天 means
    ("5月8日上午，县里召开表彰大会。5月9日，县委召开常委会。当天下午，县委举行座谈会。",
     [("表彰大会", "2024-05-08", None, None), ("常委会", "2024-05-09", "县委", None), ("座谈会", "2024-05-09", "县委", None)]),
])
def test_same_day_word_skips_a_past_aside(extract, body, expected):
    assert _dated_meetings(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the class: the meeting itself, by its head noun, holds a forum or ceremony on a day of its span
    ("11月28日至29日，江城市物流协会在江城会展中心召开年会。29日上午，年会还举办了“智慧物流”主题论坛，约350人参加。",
     [("年会", "2023-11-28", "江城市物流协会", "江城会展中心"),
      ("“智慧物流”主题论坛", "2023-11-29", "江城市物流协会", "江城会展中心")]),
    ("11月28日至29日，江城市物流协会在江城会展中心召开年会。28日下午，大会还举行了新会员授牌仪式。",
     [("年会", "2023-11-28", "江城市物流协会", "江城会展中心"),
      ("新会员授牌仪式", "2023-11-28", "江城市物流协会", "江城会展中心")]),
    ("4月14日至16日，省医学会在江城宾馆召开学术年会。15日下午，年会还举行了青年医师论坛。",
     [("学术年会", "2024-04-14", "省医学会", "江城宾馆"), ("青年医师论坛", "2024-04-15", "省医学会", "江城宾馆")]),
    # near misses: a stretch of a one-day meeting (期间), a day outside the span
    ("11月28日，江城市物流协会在江城会展中心召开年会。会议期间，大会还举办了“智慧物流”主题论坛。",
     [("年会", "2023-11-28", "江城市物流协会", "江城会展中心"), ("“智慧物流”主题论坛", "2023-11-28", None, None)]),
    ("11月28日至29日，江城市物流协会在江城会展中心召开年会。12月5日，协会还举办了“智慧物流”主题论坛。",
     [("年会", "2023-11-28", "江城市物流协会", "江城会展中心"), ("“智慧物流”主题论坛", "2023-12-05", "江城市物流协会", None)]),
])
def test_forum_the_meeting_holds_on_a_day_of_its_span(extract, body, expected):
    assert _dated_meetings(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the class: a lesson opened by 最后/随后 closing a ceremony's account of several programme items
    ("9月1日上午，3000多名师生在学校体育场举行开学典礼。典礼由副校长主持。教务处主任宣读了表彰决定。教师代表李明发言。"
     "最后，校长王强为全体师生讲授“开学第一课”。",
     [("开学典礼", "2023-09-01", None, "学校体育场"), ("开学第一课", "2023-09-01", None, "学校体育场")]),
    ("9月1日上午，学校在体育场举行开学典礼。副校长张红主持典礼。学生代表发言。\n最后，校长王强为新生讲授“开学第一课”。",
     [("开学典礼", "2023-09-01", None, "体育场"), ("开学第一课", "2023-09-01", None, "体育场")]),
    ("9月1日上午，学校在体育场举行开学典礼。副校长张红主持典礼。随后，校长王强为新生讲授了“开学第一课”。",
     [("开学典礼", "2023-09-01", None, "体育场"), ("开学第一课", "2023-09-01", None, "体育场")]),
    # near miss: the ceremony told closed before the lesson
    ("学校在体育场举行开学典礼。典礼在校歌声中圆满结束。最后，校长王强为全体师生讲授“开学第一课”。",
     [("开学典礼", None, None, "体育场")]),
])
def test_lesson_closing_a_ceremony_account(extract, body, expected):
    assert _dated_meetings(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the class: an honoured person labelled 获奖的/得奖的 before a long title chain, reacting to the press: no role
    ("医管局昨日举行杰出员工颁奖典礼。获奖的玛丽安医院急症科护士长龙慧文表示，奖项属于整个团队。", {}),
    ("學校舉行頒獎典禮。獲獎的江城大學附屬中學語文教研組組長王麗說，這份榮譽屬於大家。", {}),
    ("学校举行颁奖典礼。得奖的市第一人民医院心内科主任医师张强表示，将继续努力。", {}),
    ("学校举行颁奖典礼。获奖的江城职业技术学院机电工程系主任李刚说，这是对大家的肯定。", {}),
    # near misses: the honourees' representative speaking, and the one who presents the prizes
    ("学校举行颁奖典礼。获奖教师代表、江城大学附属中学语文教研组组长王丽在典礼上发言。",
     {"王丽": ("江城大学附属中学语文教研组组长", ("发言",))}),
    ("学校举行颁奖典礼。为获奖的江城大学附属中学全体教师颁奖的校长王丽在典礼上致辞。", {"王丽": ("校长", ("致辞",))}),
])
def test_honoured_person_reacting(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the class: speaking from an institution's yearly report that is the ceremony's business (§4 fourteenth round)
    ("典礼昨日举行。校长冼慧敏在校务报告中指出，本届共有168名学生毕业。", {"冼慧敏": ("校长", ("作报告", "讲话"))}),
    ("典禮昨日舉行。校長林家明在校務報告中表示，本屆共有二百名學生畢業。", {"林家明": ("校长", ("作报告", "讲话"))}),
    ("年会昨日举行。院长李明在院务报告中表示，医院去年服务病人超过十万人次。", {"李明": ("院长", ("作报告", "讲话"))}),
    ("年会昨日举行。乡长甘美玲在施政报告中表示，乡公所将推动观光。", {"甘美玲": ("乡长", ("作报告", "讲话"))}),
    # near miss: the report's words cited as a thing
    ("典礼昨日举行。校长冼慧敏在校务报告中提出的目标已经实现。", {}),
])
def test_yearly_report_spoken_from(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the class: 他/她 after an order word opening the sentence goes on with the last actor (§4: the pronoun's acts)
    ("典礼上，校友会主席麦家豪致辞。随后，他为八名学生颁发奖学金。", {"麦家豪": ("校友会主席", ("致辞", "颁奖"))}),
    ("典禮上，校友會主席麥家豪致辭。隨後，他即場頒發該獎學金予八名學生。", {"麦家豪": ("校友会主席", ("致辞", "颁奖"))}),
    ("典礼上，校友会主席麦家豪致辞。接着，她为获奖学生颁奖。", {"麦家豪": ("校友会主席", ("致辞", "颁奖"))}),
    ("会上，县长王明讲话。随后，他主持召开了常务会议。", {"王明": ("县长", ("讲话", "主持"))}),
    ("典礼上，校友会主席麦家豪致辞。之后，他为新落成的校史馆揭牌。", {"麦家豪": ("校友会主席", ("致辞",))}),
    # near miss: 他们 is a group, no one named
    ("典礼上，校友会主席麦家豪致辞。随后，他们参观了校史馆。", {"麦家豪": ("校友会主席", ("致辞",))}),
])
def test_pronoun_after_an_order_word(extract, body, expected):
    assert speakers(extract(page(body))) == expected
