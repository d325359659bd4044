"""Meeting shapes of lectures referred back to, bare forum openings, contests and building ceremonies (GUIDELINES §3): a lecture referred back to in its own sentence (…作了题为《…》的讲座，
讲座由…主持) is a lecture held; a forum opened in a bare clause (论坛开幕) after a fair's account takes that day; a contest
the body tells held, with prizes given or remarks made, stands for its prize ceremony as a headline's contest does
(seventh review round); ground-breaking, topping-out and completion ceremonies named by 礼 alone (举行奠基礼) are
ceremonies held; talks told 签约后 or 签约仪式结束后 with 座谈 take the signing's day (seventh review round).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _host(record: dict) -> list[str | None]:
    return [m["host"]["name"] if m["host"] else None for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected", "host"),
    [
        # (the inviting body organizes the lecture, GUIDELINES §3 fourteenth and sixteenth rounds; fxbu; 市图书馆 is read
        # as no holder's name, as for a lecture told in one clause)
        ("3月8日，市图书馆邀请作家王林作了题为《阅读与人生》的讲座，讲座由馆长张华主持。",
         [("讲座", "2024-03-08", None)], "张华"),
        ("4月2日下午，江城大学邀请教授李明作了题为《人工智能前沿》的学术讲座，讲座由副校长陈刚主持。",
         [("讲座", "2024-04-02", "江城大学")], "陈刚"),
        ("4月2日下午，物理学院邀请研究员赵峰作了题为《量子计算》的学术报告，报告会由院长孙伟主持。",
         [("报告会", "2024-04-02", "物理学院")], "孙伟"),
        ("4月2日，县委党校邀请省委党校教授刘洋作专题讲座，讲座由常务副校长周平主持。",
         [("讲座", "2024-04-02", "县委党校")], "周平"),
        ("4月2日，市科协邀请院士王海作了一场科普讲座，此次讲座由市科协主席吴强主持。",
         [("讲座", "2024-04-02", "市科协")], "吴强"),
        # (the same in two sentences, as before)
        ("3月8日，市图书馆邀请作家王林作了题为《阅读与人生》的讲座。讲座由馆长张华主持。",
         [("讲座", "2024-03-08", None)], "张华"),
    ],
)
def test_a_lecture_referred_back_to_in_its_sentence(extract, body: str, expected: list, host: str) -> None:
    record = extract(page(body))
    assert held(record) == expected
    assert _host(record) == [host]


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: lectures as a habit, or no lecture told before the reference
        "市图书馆经常邀请作家作讲座，讲座由馆长张华主持。",
        "市图书馆每月邀请作家作讲座，讲座由馆长张华主持。",
        "3月8日，市图书馆开展读书活动，讲座由馆长张华主持。",
    ],
)
def test_no_lecture_without_one_given_that_day(extract, body: str) -> None:
    assert held(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("博览会期间同期举办了数字经济论坛。\n3月5日上午，论坛开幕。", [("数字经济论坛", "2024-03-05", None)]),
        ("3月4日，第十届江城国际博览会在市会展中心开幕。展会期间还举办了新能源汽车产业论坛。\n3月5日，论坛正式开幕。",
         [("新能源汽车产业论坛", "2024-03-05", None)]),
        ("展会期间同期举办了智慧农业峰会。3月6日下午，峰会举行。", [("智慧农业峰会", "2024-03-06", None)]),
        # (a forum opened on a stated day, named by the noun alone)
        ("3月5日上午，论坛开幕。", [("论坛", "2024-03-05", None)]),
        # NEGATIVE: no day of its own, or a forum ahead
        ("博览会期间同期举办了数字经济论坛。\n论坛开幕当天，嘉宾云集。", [("数字经济论坛", None, None)]),
        ("论坛将于5月20日开幕。", []),
    ],
)
def test_a_forum_opened_in_a_bare_clause(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body's contest, no headline naming it (GUIDELINES §3 seventh review round: prizes given, remarks made)
        ("标题\n2024-05-08 来源：某网\n3月8日，第五届青年律师演讲比赛在市律师协会举行，经过激烈角逐，评出一等奖2名、二等奖4名。\n",
         [("第五届青年律师演讲比赛", "2024-03-08", None)]),
        ("标题\n2024-05-08 来源：某网\n3月8日，全市中学生书法大赛在市青少年宫举行，共评出一等奖5名、二等奖10名。\n",
         [("全市中学生书法大赛", "2024-03-08", None)]),
        ("标题\n2024-05-08 来源：某网\n5月6日，县第三届职工技能大赛在县职教中心举行。副县长王强为获奖选手颁奖。\n",
         [("县第三届职工技能大赛", "2024-05-06", None)]),
        ("标题\n2024-05-08 来源：某网\n5月6日，江城市第二届中学生运动会在市体育中心举行。市长李明在开幕时讲话。\n",
         [("江城市第二届中学生运动会", "2024-05-06", None)]),
        # the headline's contest, its prizes told in the body
        ("第五届青年律师演讲比赛举行\n2024-05-08 来源：某网\n3月8日，第五届青年律师演讲比赛在市律师协会举行。比赛评出一等奖2名。\n",
         [("第五届青年律师演讲比赛", "2024-03-08", None)]),
        # NEGATIVE: a contest told held, with no prize or remark (a contest is no meeting)
        ("标题\n2024-05-08 来源：某网\n5月6日，县第三届职工技能大赛在县职教中心举行，共有200名职工参赛。\n", []),
        ("标题\n2024-05-08 来源：某网\n5月6日，县第三届职工技能大赛在县职教中心举行。\n", []),
        # NEGATIVE: a contest planned
        ("标题\n2024-05-08 来源：某网\n县第三届职工技能大赛将于6月举行，将评出一等奖5名。\n", []),
        # NEGATIVE: a fair (not a contest) whose body tells products judged
        ("标题\n2024-05-08 来源：某网\n5月6日，第五届农产品博览会在市会展中心举行，评出金奖产品20个。\n", []),
    ],
)
def test_a_contest_standing_for_its_prize_ceremony(extract, text: str, expected: list) -> None:
    assert held(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (the school, not its building: a building holds nothing, see pages/test_events_held_without_holding_verb.py)
        ("5月6日，江城中学新校舍举行奠基礼，校长王强致辞。", [("奠基礼", "2024-05-06", "江城中学")]),
        ("5月6日，江城大学举行奠基礼，校长王强致辞。", [("奠基礼", "2024-05-06", "江城大学")]),
        ("5月6日，仁爱堂举行新大楼平顶礼，主席陈华主礼。", [("新大楼平顶礼", "2024-05-06", "仁爱堂")]),
        ("5月6日，公司举行新厂房动土礼。", [("新厂房动土礼", "2024-05-06", None)]),
        ("5月6日，江城大学举行落成礼，校长王强主礼。", [("落成礼", "2024-05-06", "江城大学")]),
        ("5月6日，江城医院举行封顶礼。", [("封顶礼", "2024-05-06", "江城医院")]),
        ("江城中学新校舍落成礼昨日举行，教育局局长李明主礼。", [("江城中学新校舍落成礼", "2024-05-07", None)]),
        # NEGATIVE: 献礼 (a tribute), 婚礼 (a private wedding: no event of the kinds §3 lists)
        ("5月6日，学校举行建校60周年献礼活动。", []),
        ("5月6日，全体员工向国庆献礼。", []),
        ("5月6日，王强与李丽在酒店举行婚礼。", []),
    ],
)
def test_a_building_ceremony_named_by_li(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，滨海市与华信集团在市行政中心签署战略合作协议。签约后，市委书记张明与华信集团董事长李强进行了座谈。",
         [("座谈", "2024-05-06", None)]),
        ("5月6日，滨海市与华信集团签署战略合作协议。签约仪式结束后，市长王刚同李强一行进行了座谈。",
         [("座谈", "2024-05-06", None)]),
        ("5月6日，滨海市与华信集团签署战略合作协议。在签约前，市长王刚与李强一行进行了座谈。",
         [("座谈", "2024-05-06", None)]),
        ("5月6日，滨海市与华信集团签署战略合作协议。签约后，市委书记张明与李强进行会谈。",
         [("会谈", "2024-05-06", None)]),
        # NEGATIVE: talks as a verb with no day nor signing told; earlier talks, a series
        ("市委书记张明与华信集团董事长李强进行了座谈。", []),
        ("5月6日，滨海市与华信集团签署战略合作协议。此前，双方曾多次进行座谈。", []),
    ],
)
def test_talks_after_a_signing_take_its_day(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # where the lecture was given, also after a writer's 作 of 作家 (no lecture's verb)
        "3月8日，作家王林在市图书馆报告厅作了题为《阅读与人生》的讲座，讲座由馆长张华主持。",
        "3月8日，作家王林在市图书馆报告厅作了题为《阅读与人生》的讲座。讲座由馆长张华主持。",
    ],
)
def test_the_venue_of_a_lecture_referred_back_to(extract, body: str) -> None:
    assert [m["location"] for m in extract(page(body))["meetings"]] == ["市图书馆报告厅"]
