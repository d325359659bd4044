"""Meeting, speaker, award and funding shapes of city names, counted lists and signed deals, each narrowed to the rule's intended positive.

§3 location (the venue as stated; only a description before a named city is dropped, twenty-first round second part);
§3 organizer (tenth, twenty-third rounds), attendee_count, not meetings (future events); §4 speakers (unnamed people and
bodies give no record; ``name`` is the personal name only; tenth, fourteenth, twenty-third rounds); §5 sixteenth round
(a running period's tally); §6 ninth, twenty-first, twenty-second, twenty-third rounds (a use, a pledge, an agreement).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): a city whose own name ends in 城 is named, not described
    ("5月6日，座谈会在晋城市政府召开。", "晋城市政府"),
    ("5月6日，座谈会在山西省晋城市人民政府举行。", "山西省晋城市人民政府"),
    ("5月6日，座谈会在聊城市一中举行。", "聊城市一中"),
    # positive: a description of the city before its name still dropped
    ("5月6日，经贸论坛在德国港口城市汉堡举行。", "汉堡"),
])
def test_city_named_with_cheng(extract, body, expected):
    assert [m["location"] for m in extract(page(body))["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): a post after the count is held in the places or firms listed
    ("5月6日，镇党委召开交流会。会上，龙山、平安、高桥等3名乡镇党委书记作表态发言。", {}),
    ("5月6日，镇党委召开交流会。会上，华为、万达、苏宁等3名企业代表作交流发言。", {}),
    ("5月6日，镇党委召开交流会。会上，黄山、马鞍山、宣城等3位市长作交流发言。", {}),
    # positive: a count of people after personal names
    ("5月6日，镇党委召开交流会。王磊、李强、赵刚等3人作交流发言。",
     {"王磊": (None, ("发言",)), "李强": (None, ("发言",)), "赵刚": (None, ("发言",))}),
])
def test_counted_list_of_bodies(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): a short form kept as written when the full name is another body's (§3 twenty-third round)
    ("江城县委宣传部办公室印发通知。5月6日，县委办召开全体干部会议。", [("全体干部会议", "2024-05-06", "县委办")]),
    ("江城市城乡规划管理局发布通知。5月6日，市城管局召开推进会。", [("推进会", "2024-05-06", "市城管局")]),
    # positive: the same body's full name
    ("江城县人民政府办公室印发通知。5月6日，县政府办召开全体干部会议。", [("全体干部会议", "2024-05-06", "江城县人民政府办公室")]),
])
def test_short_form_of_another_body(extract, body, expected):
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative of the decline (the review's): a level's finance spending with a use after a comma stays (§6 ninth round)
    ("今年，县财政投入专项资金500万元，为12所学校更新设备。", [5000000.0]),
    ("去年，市财政投入奖补资金800万元，对30个村的人居环境整治进行奖补。", [8000000.0]),
    # positive: the spending over a period with no use is declined
    ("过去一年，县财政投入民生资金18.6亿元。", []),
])
def test_finance_spending_with_a_use(extract, body, expected):
    assert [g[0] for g in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative of the decline (the review's): the works of a deal signed just before (§6 twenty-second round)
    ("5月6日，华信集团与县政府签署投资协议。下一步，华信集团将新建一座智能工厂，总投资10亿元。", [1000000000.0]),
    ("5月6日，华信集团与县政府举行签约仪式。下一步，华信集团将新建一座智能工厂，总投资10亿元。", [1000000000.0]),
    # positive: a next step with no agreement is only intended
    ("5月6日，商会召开年会。下一步，商会将新建一所民办学校，总投资2亿元。", []),
])
def test_next_step_works_of_a_signed_deal(extract, body, expected):
    assert [g[0] for g in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative of the decline (the review's): a yearly sum pledged at the ceremony or under the agreement signed there
    ("5月6日，华信集团捐赠仪式在县一中举行。仪式上，华信集团宣布每年设立奖学金100万元。", [1000000.0]),
    ("5月6日，华信集团与县教育局签订助学协议，根据协议，集团每年投入助学资金200万元。", [2000000.0]),
    # positive: a yearly habit's level told as background is no grant
    ("据悉，学校每年投入奖励经费10万余元。", []),
])
def test_yearly_sum_pledged_or_agreed(extract, body, expected):
    assert [g[0] for g in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): the sentence before names a body of that kind written short, so 该院/该校 is not the
    # page's other one (§3 tenth round: the body named in the same or the previous sentence)
    ("江城市人民检察院召开新闻发布会。会上，市中院通报了相关案件审理情况。会后，该院举行开放日活动启动仪式。",
     [None, "江城市人民检察院"]),
    ("5月6日，江城大学召开表彰大会。会上，江城一中作了经验交流。会后，该校在操场举行升旗仪式。", [None, "江城大学"]),
    # positive: a sentence naming no body between, the page's one body of that kind
    ("江城市人民检察院召开新闻发布会。从警十五年来，他曾多次立功。会后，该院举行开放日活动启动仪式。",
     ["江城市人民检察院", "江城市人民检察院"]),
])
def test_anaphor_after_a_short_body(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]][::-1] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): a firm's own name ending in 和 or 同 is the subject of 召开 (§3 organizer)
    ("5月6日，江城泰和召开年度经销商大会。", ["江城泰和"]),
    ("5月6日，江城大同召开年度经销商大会。", ["江城大同"]),
    # positive: a partner cut off after the joining word names no organizer
    ("5月6日，县领导与在深岚山籍企业家召开座谈会。", [None]),
    ("5月6日，县领导和在深岚山籍企业家召开座谈会。", [None]),
])
def test_firm_name_ending_in_he(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): 定期会商, 定期会晤 are no session, the forum stays the meeting (§4 fourteenth round)
    ("5月6日，县政府召开政企座谈会。会上，双方商定建立定期会商机制。企业家王志强建议加大对中小企业的扶持力度。",
     {"王志强": ("企业家", ("讲话",))}),
    ("5月6日，县政府召开政企座谈会。会上，双方商定建立定期会晤机制。企业家王志强反映了融资难的问题。",
     {"王志强": ("企业家", ("讲话",))}),
    # positive: a council's 定期会 is a session
    ("5月6日，宜兰县议会举行定期会。议员林志明针对道路养护问题向县政府提出质询。", {"林志明": ("议员", ("讲话",))}),
])
def test_regular_consultation_is_no_session(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): a qualifier of the rank after a dotted name is no part of the name (§4 name)
    ("5月6日，学术报告会在江城大学举行。美国密歇根大学化学系大卫·帕克特聘教授作学术报告。", ["大卫·帕克"]),
    ("5月6日，学术报告会在江城大学举行。美国密歇根大学化学系大卫·帕克高级研究员作学术报告。", ["大卫·帕克"]),
    # positive: the bare rank after the dotted name
    ("5月6日，学术报告会在江城大学举行。美国密歇根大学化学系大卫·帕克教授作学术报告。", ["大卫·帕克"]),
])
def test_rank_qualifier_after_dotted_name(extract, body, expected):
    assert list(speakers(extract(page(body)))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): a banquet still ahead is no meeting (§3 "Not meetings: planned or future events")
    ("5月6日上午，签约仪式在会议室举行。当晚，市长将设宴欢迎客人。在宴会上，双方还将进一步交流。", ["签约仪式"]),
    ("5月6日上午，签约仪式在会议室举行。当晚，市长拟设宴款待客人。在宴会上，双方还将进一步交流。", ["签约仪式"]),
    # positive: the banquet given that evening (§3 twentieth round)
    ("5月6日上午，签约仪式在会议室举行。当晚，市长设宴欢迎客人。在宴会上，双方进一步交流。", ["签约仪式", "宴会"]),
])
def test_banquet_ahead(extract, body, expected):
    assert [m["name"] for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): a leader's views at a work meeting are no participant's turn (§4 twenty-third round)
    ("5月6日，县委召开经济工作会议。县委书记王强谈了对当前经济形势的看法。", {}),
    ("5月6日，县政府召开全体会议。县长李明谈了下一步工作的打算。", {}),
    # positive: an experience told at a commendation meeting or a 座谈会
    ("2月5日，社区召开表彰大会。“最美家庭”代表刘芳谈了照顾老人的体会。", {"刘芳": (None, ("发言",))}),
])
def test_views_at_a_work_meeting(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): a running period's tally of the page's own level, no award (§5 sixteenth round's example)
    ("5月6日，公安局召开年度总结会。今年以来，全局共有300名民警获得嘉奖。", []),
    ("5月6日，镇党委召开年度总结会。一年来，全镇8个村获评镇级“五好”村党组织。", []),
    # positive: honours told conferred at this meeting
    ("5月6日，公安局召开年度总结会。会上，300名民警获得嘉奖。", [("嘉奖", 300, "名", "person")]),
])
def test_running_tally_of_own_level(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): sharing in a sentence opening on 会后 is after the meeting (§4 tenth round)
    ("3月8日上午，县妇联举行表彰会。会后，茶农母亚琴上台分享了家风故事。", {}),
    ("3月8日上午，县妇联举行表彰会。会议结束后，果农李春花上台分享了致富经验。", {}),
    # positive: 上台分享 at the meeting is 发言 (§4 seventeenth round)
    ("3月8日上午，县妇联举行表彰会。茶农母亚琴上台分享了家风故事。", {"母亚琴": (None, ("发言",))}),
])
def test_sharing_after_the_meeting(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the review's): a total of the attending bodies' staff is no headcount (§3 attendee_count)
    ("5月6日，县工商联召开年会。参加年会的会员企业员工总数约三万人。", [None]),
    ("5月6日，县工商联召开年会。参加年会的会员企业从业人员约三万人。", [None]),
    # positive: the groups of those who attended, counted (§3 fourteenth round)
    ("5月6日，江城大学举行毕业典礼。出席典礼的嘉宾、毕业生及其亲友约六百人。", [600]),
])
def test_staff_total_is_no_headcount(extract, body, expected):
    assert [m["attendee_count"] for m in extract(page(body))["meetings"]] == expected
