"""Award, meeting and funding shapes of designations, place parts, crowds and yearly totals, each narrowed to its guideline.

- A4 (§5 nineteenth review round; §5 tenth round 命名…为): designation in the 将 frame only where told as done (``已将``,
  ``已经将``), with 把, or with a meeting as the subject; ``将`` after a body (``省政府将``, ``力争将``, ``计划将``) or a
  time ahead (``今年将``) stays a plan or a target.
- A7 (§3 organizer and location: a building, campus or site before 举行 is no organizer): after 在, a part of a body's
  grounds (``学校本部``, ``医院门诊部``, ``住院部``, ``营业部``) is no body of the state though it ends in 部; a ministry or
  a party department (``公安部``, ``省委宣传部``) still holds the meeting.
- A8 (§3 organizer: a crowd is no body): a crowd counted in Chinese numerals (``首都两万多名青少年``, ``二万余名``), or of
  young people, children, members or alumni, holding its event has no organizer; a body named after them
  (``少年儿童基金会``, ``校友会``) still holds it.
- A5 (§6: money granted is recorded; only an allocation still being studied, like 拟, is intended): the study verb must
  govern the allocation (``正研究拨款``); research whose subject got a grant (``正在研究的课题获得…资助``) or a study of how
  to use money granted (``正在研究如何用好…下达的…资金``) leaves the money recorded.
- A6 (§6: only money whose own payment waits on a decision is intended): a later clause with a subject of its own, a
  matter described with 的 that names no money (``新校区的建设方案待…审议通过后实施``), awaiting approval leaves the amount
  recorded; the amount's own scheme (``资金的分配方案待…``) or a bare ``具体方案待…`` still makes it intended.
- A10 (§6: a standard changed gives the new amount only; a benefit per month or day, or a standard per person per year,
  is a rate): a scholarship's or bursary's yearly total raised (``设立的奖学金由每年50万元增加到80万元``) is a fund,
  the new amount recorded; told per head (``每生每年``) or for a benefit to persons only (``敬老金由每年…``) it is a rate.
- A2 (§3 tenth, eighteenth and nineteenth rounds: only a year a speaker looks back on at a meeting early in the year gives
  the year before; a year given for a plan or a target is no such evidence): a year in a remark followed in its clause by a
  part of the year and a plan word (``各县在1998年上半年要完成…``, ``力争``, ``必须``) is not looked back on.
- A3 (§3 eighteenth/nineteenth rounds and GUIDELINES.md "a stock told with 已" is a look back): a deadline year's plan test
  reads the clauses up to the one the year governs; a plan for this year in a later clause (``到1997年底，全市已建成…，
  今年要再建…``) leaves the year-end stock a look back.
- A1 (§3 table, date: "Only the day of the clause that holds the meeting counts"): a festival opening the account after a
  dateline gives the meeting's day only when nothing in the sentence holds the meeting on a later day of its own
  (``元旦，记者来到…，今天上午，社区…举行联欢会`` -> ``今天``); the festival's own clause holding it keeps the festival.
- A9 (§3 twenty-fourth review round: 双方 stands for the two bodies named just before as parties): two bodies named only as
  the affiliation of officials who speak (``江城市教育局和江城市科技局的负责人讲话``) are not the parties; two bodies
  joined before their deal (``…与…的合作协议``, ``…和…签署…``) still are.

Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, when


def _counted(record: dict) -> list[tuple[str, int]]:
    return [(honor, count) for honor, count, _unit, _kind in honours(record)]


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): a target, a plan, a time ahead
    ("省政府力争将30家企业认定为“专精特新”企业。", []),
    ("根据规划，省政府计划将20个乡镇命名为“特色小镇”。", []),
    ("市里今年将20个村命名为“美丽乡村示范村”。", []),
    # negative (paraphrases): 将 after a body, other verbs and nouns
    ("县政府争取将15所学校确定为“平安校园”。", []),
    ("区委将8个社区命名为“和谐社区”。", []),
    ("市政府下半年将十家医院认定为“群众满意医院”。", []),
    # positive: told as done, 把, a meeting as the subject
    ("会上，市政府已将15所学校确定为“平安校园”。", [("平安校园", 15)]),
    ("会上，区委已经将8个社区命名为“和谐社区”。", [("和谐社区", 8)]),
    ("会上，县政府把十家医院认定为“群众满意医院”。", [("群众满意医院", 10)]),
    ("大会将二十个村命名为“美丽乡村示范村”。", [("美丽乡村示范村", 20)]),
])
def test_designation_jiang_plan(extract, body, expected):
    assert _counted(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): a campus or a clinic's department is a place
    ("在学校本部举行的表彰大会上，20名教师受到表彰。", None),
    ("在医院门诊部举行的义诊启动仪式上，院长讲话。", None),
    # negative (paraphrases): other departments of grounds
    ("在人民医院住院部举行的护理技能竞赛颁奖仪式上，院长讲话。", None),
    ("在江城大学校本部召开的教学工作会议上，校长讲话。", None),
    ("在工商银行营业部举行的开业仪式上，行长讲话。", None),
    # positive: bodies of the state and the party after 在
    ("在公安部召开的全国会议上，部长作了讲话。", "公安部"),
    ("在省委宣传部举行的座谈会上，部长作了讲话。", "省委宣传部"),
    ("在农业部召开的全国会议上，部长作了讲话。", "农业部"),
])
def test_place_part_ending_bu(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): crowds counted in Chinese numerals, or of 少年/儿童
    ("首都两万多名青少年今天在天安门广场举行升旗仪式。", None),
    ("首都二万余名青少年今天在天安门广场举行升旗仪式。", None),
    ("首都两万多名少年儿童今天在天安门广场举行升旗仪式。", None),
    # negative (paraphrases): other crowds, other counts
    ("全市三千多名会员今天在体育中心举行联欢会。", None),
    ("江城大学一千余名校友今天在学校礼堂举行座谈会。", None),
    ("首都两千多名农民工今天在劳动人民文化宫举行联欢会。", None),
    # positive: a body named after them holds its event
    ("江城市少年儿童基金会今天在市政府礼堂举行捐赠仪式。", "江城市少年儿童基金会"),
    ("江城大学校友会今天在学校礼堂举行座谈会。", "江城大学校友会"),
])
def test_crowd_holding_its_event(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the review's: the research itself, or money already granted
    ("该研究所正在研究的课题获得省科技厅资助30万元。", [300000.0]),
    ("科研团队正在研究如何用好省里下达的专项资金300万元。", [3000000.0]),
    # paraphrases: a relative clause, a question of how, other study verbs
    ("该实验室正在探讨的项目得到市财政补助50万元。", [500000.0]),
    ("课题组正在研究怎样管好县里拨付的专项经费80万元。", [800000.0]),
    ("专家们还在评估的工程获得中央财政补助2000万元。", [20000000.0]),
    # near misses: the allocation itself still studied
    ("区政府正在研究拨款600万元修缮图书馆。", []),
    ("市政府仍在考虑投入2000万元建设体育公园。", []),
    ("县政府正在研究向学校拨款300万元。", []),
])
def test_study_governs_allocation(extract, body, expected):
    assert [a for a, _c, _p in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the review's: another matter awaits approval
    ("县政府安排资金200万元用于修缮校舍，新校区的建设方案待县人大审议通过后实施。", [2000000.0]),
    ("区政府拨款100万元用于修缮祠堂，祠堂的申遗材料待省文物局批复后上报。", [1000000.0]),
    # paraphrases: other matters, other approvals
    ("市财政下拨资金500万元用于改造道路，二期工程的设计方案待市政府批准后公布。", [5000000.0]),
    ("镇政府拨款80万元修缮敬老院，敬老院的扩建规划目前待县发改委核准后实施。", [800000.0]),
    # near misses: the money's own scheme, or a bare scheme of paying it
    ("县政府安排资金200万元用于修缮校舍，资金的分配方案待县人大审议通过后实施。", []),
    ("今年全村社员可分红20万元，具体方案待村民代表大会表决通过后兑现。", []),
])
def test_other_matter_awaits_approval(extract, body, expected):
    assert [a for a, _c, _p in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the review's: a fund's yearly total raised
    ("华信集团设立的奖学金由每年50万元增加到80万元。", [800000.0]),
    # paraphrases: other funds and raising verbs
    ("江城大学校友会设立的助学金由每年30万元提高至50万元。", [500000.0]),
    ("市总工会的慰问金由每年200万元增至300万元。", [3000000.0]),
    # near misses: per head, per month, a benefit to persons only
    ("区政府决定，困难学生助学金由每人每年1500元增至2000元。", []),
    ("学校决定，奖学金由每生每年3000元提高至5000元。", []),
    ("县政府决定，高龄津贴由每年1200元提高至1500元。", []),
])
def test_fund_yearly_total_raised(extract, body, expected):
    assert [a for a, _c, _p in grants(extract(page(body)))] == expected


_CITY_MEETING = "本报北京1月21日讯 全市经济工作会议今天召开。市长王强在会上"


@pytest.mark.parametrize(("body", "expected"), [
    # the review's: a target for a part of the year ahead
    (_CITY_MEETING + "指出，各县在1998年上半年要完成全年任务的一半。", "1998-01-21"),
    # paraphrases: other parts of the year, other plan words and remark verbs
    (_CITY_MEETING + "强调，各地在1998年一季度力争完成春耕备耕。", "1998-01-21"),
    (_CITY_MEETING + "表示，全市企业于1998年下半年必须完成改制。", None),
    (_CITY_MEETING + "指出，全县学校在1998年年内要全部通上网络。", "1998-01-21"),
    # near misses: the year looked back on, with or without a part of it
    (_CITY_MEETING + "指出，全市经济在1997年保持了较快增长。", "1998-01-21"),
    (_CITY_MEETING + "表示，全市企业于1998年上半年完成了改制。", "1999-01-21"),
])
def test_remarks_year_of_a_target(extract, body, expected):
    assert [w[0] for w in when(extract(f"农村简讯\n{body}\n"))] == [expected]


_HOUSING_MEETING = "本报北京1月20日讯 全市住房工作会议今天召开。"


@pytest.mark.parametrize(("body", "expected"), [
    # the review's: a stock told with 已, this year's plan in a later clause
    (_HOUSING_MEETING + "到1997年底，全市已建成住房100万平方米，今年要再建50万平方米。", "1998-01-20"),
    # paraphrases: 截至, 末, other plan words and stocks
    (_HOUSING_MEETING + "截至1997年底，全省已建成高速公路800公里，今年将再建200公里。", "1998-01-20"),
    (_HOUSING_MEETING + "到1997年底，全县已修建水库30座，今年力争再建10座。", "1998-01-20"),
    (_HOUSING_MEETING + "到1997年末，全市已有中学120所，今年计划新建8所。", "1998-01-20"),
    # near misses: the deadline a target (its plan word before it or in the clause it governs)
    (_HOUSING_MEETING + "会议要求，到1998年底，全市再建住房50万平方米。", None),
    (_HOUSING_MEETING + "到1998年底，全市要再建住房50万平方米。", None),
])
def test_year_end_stock_before_a_plan(extract, body, expected):
    assert [w[0] for w in when(extract(f"农村简讯\n{body}\n"))] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the review's: the meeting's clause has its own day
    ("本报北京1月5日讯 元旦，记者来到江城社区，看到居民们正在排练节目，今天上午，社区在活动中心举行新年联欢会。", "今天"),
    ("本报北京1月5日讯 元旦，是新年的第一天，今天上午，市委在市委礼堂召开全委会。", "今天"),
    # paraphrases: other festivals, other days, other asides
    ("本报北京2月1日讯 春节，记者走进江城社区，居民们喜气洋洋，今天下午，社区在活动室举行春节联欢会。", "今天"),
    ("本报北京10月2日讯 国庆节，记者来到江城广场，游人如织，昨天晚上，市政府在广场举行焰火晚会。", "昨天"),
    # near misses: the festival's own clause holds the meeting, or no other day is given
    ("本报北京1月5日讯 元旦，首都各界人士在人民大会堂举行新年茶话会。", "元旦"),
    ("本报北京1月5日讯 元旦上午，市委在市委礼堂召开全委会。", "元旦"),
    ("本报北京1月5日讯 1997年元旦，首都各界人士举行茶话会，今天，市委召开全委会。", "元旦"),
])
def test_festival_opening_account_own_day(extract, body, expected):
    assert [w[1] for w in when(extract(f"农村简讯\n{body}\n"))] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the review's: officials' affiliations between the signing and 双方
    ("江城大学与华信集团签署合作协议。会上，江城市教育局和江城市科技局的负责人讲话。双方还举行了揭牌仪式。", [None]),
    # paraphrases: other officials' words, other ceremonies
    ("南江县人民政府与远航集团签订投资协议。会上，南江县发改局和南江县商务局的有关负责人致辞。双方随后举行了签约仪式。", [None]),
    ("江城医学院与江城人民医院签署共建协议。仪式上，江城市卫生局和江城市教育局的领导讲话。双方还举行了揭牌仪式。", [None]),
    # near misses: the parties named right before, or their deal after 的
    ("江城大学与华信集团签署合作协议。双方还举行了揭牌仪式。", ["江城大学、华信集团"]),
    ("江城市人民政府与华信集团的合作协议今天签署，双方举行了签约仪式。", ["江城市人民政府、华信集团"]),
    ("会上，江城市教育局和江城市科技局签署合作协议。双方还举行了揭牌仪式。", ["江城市教育局、江城市科技局"]),
])
def test_two_parties_not_officials_affiliation(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == expected
