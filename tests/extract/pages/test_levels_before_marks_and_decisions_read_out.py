"""Trade unions, women's federations, youth league and disabled persons' federations pages. Invented sentences;
the expected values follow corpus/GUIDELINES.md §4 (the reader of a decision gets 宣读; a person merely mentioned is no
speaker), §5 (a level before the opening mark is dropped; a span of years is a tally) and §6 (money only intended; a
share handed over at the event).

- A place's name right before the opening mark of a quoted honour received (十名青年获评江川区“五四青年奖章”) is the
  conferring body's level, dropped like 市级 or 全国: the award was missed.
- A span of years opening a clause with no comma before its subject (五年来全县共评选“青川工匠”46名) is a tally over
  those years like 五年来，… (§5 ninth round): it was read as an award.
- A share per head after a clause that counts the recipients of a plan (计划资助困难学生200名，每人资助5000元) is the
  share of an aid still to be given: no funding (§6 money only intended).
- Prize money per head after a verb of presenting (并致赠奖金每人新台币1万元) is handed over at the event, like 给予/发给
  (§6 tenth round): it was read as a prize scale.
- The clause after a colon that opens what is read out (宣读了表彰决定：授予…称号) is the decision's wording: its 授予
  gave the reader 颁奖.
- A 他/她 clause after a name owning the home a visit goes to (来到困难职工王大山家中走访慰问，他说…) resumes the
  visitors: the one visited was made a speaker.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月4日，团区委举办颁授仪式。仪式上，十名青年获评江川区“五四青年奖章”。",
         [("五四青年奖章", 10, "名", "person")]),
        ("3月6日，市妇联召开表彰大会。会上，15名女职工获得柳河市“三八红旗手”称号。",
         [("三八红旗手", 15, "名", "person")]),
        ("5月4日，团县委召开表彰大会。大会上，12个团支部被评为滨海县“五四红旗团支部”。",
         [("五四红旗团支部", 12, "个", "organization")]),
        ("4月29日，县总工会召开表彰大会。会上，8名职工获江州市“金牌工人”称号。",
         [("金牌工人", 8, "名", "person")]),
        # near misses: no verb of receiving before the place and the mark, or the level already read
        ("5月4日，团区委组织10名青年参观了江川区“青年之家”。", []),
        ("5月4日，团区委召开表彰大会。会上，十名青年获评全区“五四青年奖章”。",
         [("五四青年奖章", 10, "名", "person")]),
    ],
)
def test_place_before_the_mark_is_a_level(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月18日，县总工会召开代表大会。报告回顾了过去五年工作，五年来全县共评选“青川工匠”46名。", []),
        ("4月18日，县妇联召开代表大会。报告指出，近三年全市共表彰“最美家庭”120户。", []),
        ("4月18日，县残联召开代表大会。会议指出：五年来全县共评选“自强模范”30名。", []),
        # near misses: this meeting's conferral, or the span followed by a clause saying they were honoured here
        ("4月18日，县总工会召开代表大会。大会表彰了“青川工匠”46名。", [("青川工匠", 46, "名", "person")]),
        ("4月18日，县教育局召开大会。五年来全县20名教师获评“优秀教师”，大会对他们进行了表彰。",
         [("优秀教师", 20, "名", "person")]),
        ("4月18日，县科协召开表彰大会。近三年来在科普工作中表现突出的12个先进集体和30名先进个人受到表彰。",
         [("先进集体", 12, "个", "organization"), ("先进个人", 30, "名", "person")]),
    ],
)
def test_span_of_years_without_comma_is_a_tally(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("8月7日，团县委举行启动仪式。今年计划资助困难学生200名，每人资助5000元。", []),
        ("8月7日，团县委举行启动仪式。今年计划资助困难学生200名每人5000元。", []),
        ("8月7日，县教育局召开会议。学校拟奖励10名优秀教师，每人5000元。", []),
        ("8月7日，县总工会召开会议。计划为100户困难家庭每户发放慰问金800元。", []),
        # near misses: shares told as given, or as planned on schedule
        ("8月7日，团县委举行启动仪式。首批资助120名困难大学新生，每人5000元。", [(5000.0, "CNY", "资助困难大学新生")]),
        ("8月7日，县总工会举行仪式。为30名困难党员每人发放慰问金500元。", [(500.0, "CNY", "慰问金")]),
        ("8月7日，县卫健委召开座谈会。为100户计划生育困难家庭发放慰问金，每户800元。", [(800.0, "CNY", "慰问金")]),
        ("8月7日，县教育局召开会议。23名学生获得国家奖学金，每人8000元。", [(8000.0, "CNY", "国家奖学金")]),
    ],
)
def test_share_of_a_planned_aid_is_intended(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("臺南市總工會27日召開會員代表大會。大會表揚模範勞工32名，由市長頒發獎牌，並致贈獎金每人新台幣1萬元。",
         [(10000.0, "TWD", "奖金")]),
        ("4月27日，县总工会召开表彰大会。大会表彰模范职工32名，由县长颁发奖牌，并赠送奖金每人1万元。",
         [(10000.0, "CNY", "奖金")]),
        # near misses: a prize scale set up, money per head not handed over
        ("4月27日，县总工会举办技能大赛。大赛设一等奖3名，奖金每人1万元。", []),
        ("4月27日，县总工会举办技能大赛。一等奖奖金每人3000元，将于赛后发放。", []),
    ],
)
def test_prize_money_presented_per_head(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("10月26日，闭幕式暨颁奖仪式举行。市总工会主席方某宣读了表彰决定：授予陈刚等4名选手“技术能手”称号，评出一等奖4名。",
         "方某", ("宣读",)),
        ("5月4日，表彰大会召开。县委副书记王某宣读表彰决定：授予10名同志“优秀党员”称号。", "王某", ("宣读",)),
        ("3月6日，表彰大会召开。区妇联主席李某宣读了《关于表彰三八红旗手的决定》：授予15名同志“三八红旗手”称号。",
         "李某", ("宣读",)),
        # near misses: the reader's own act in a later clause, or after a comma
        ("5月4日，表彰大会召开。县委副书记王某宣读了《关于表彰先进的决定》：授予10名同志“优秀党员”称号，随后为获奖代表颁发证书。",
         "王某", ("宣读", "颁奖")),
        ("5月4日，表彰大会召开。县委副书记王某宣读表彰决定，并为获奖代表颁奖。", "王某", ("宣读", "颁奖")),
    ],
)
def test_decision_read_out_after_colon(extract, body, name, roles):
    assert speakers(extract(page(body)))[name][1] == roles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月15日上午，市总工会送温暖活动启动仪式在市工人文化宫举行。市委副书记邵红军宣布活动启动。仪式结束后，"
         "邵红军一行来到城东街道困难职工王大山家中走访慰问，他说，各级工会要把困难职工的冷暖放在心上。",
         {"邵红军": ("市委副书记", ("讲话",))}),
        ("1月15日，县委召开座谈会，县委书记李明主持会议。会后，李明来到老党员张秀兰家里看望，她说，要永远跟党走。",
         {"李明": ("县委书记", ("主持",))}),
        # near miss: the speaker at the meeting goes on with 他
        ("1月15日上午，县委召开老党员座谈会。县委书记李明主持会议，老党员王大山发言，他说，要永远跟党走。",
         {"李明": ("县委书记", ("主持",)), "王大山": (None, ("发言",))}),
    ],
)
def test_visited_home_owner_is_no_speaker(extract_with_model, body, expected):
    assert speakers(extract_with_model(page(body))) == expected
