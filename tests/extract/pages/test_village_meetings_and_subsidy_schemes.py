"""County, township and village pages: what the invented pages of this register found.

- A village before a passive meeting name holds it like a township (GUIDELINES §3 eighth round: a place that only
  stands before the event's own name is the organizer); words that name a kind of village (示范村, 贫困村, 美丽乡村)
  are no place. 协商会 ends in no 商会: a consultation meeting is no chamber of commerce before the name.
- People counted as deliberating on a topic at the meeting just held (…协商会在…举行，30名村民代表围绕…议事协商) are
  its attendees, like those discussing (§3 nineteenth round).
- 以奖代补 names a way of paying a subsidy, no prize (§5: an award needs an honour named; the money is funding, §6).
- 计划再争取…资金 is money still to be sought: only intended (§6).
- A bare 授课/讲课 in a later sentence by the person who gave a party lecture tells that lecture again: 讲党课 only (§4).
- A flattened table headed 荣誉称号 人数 lists honours with counts under a conferral (§5 tenth round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("前天晚上，杨柳村村民代表协商会在村党群服务中心举行。", ("村民代表协商会", "杨柳村")),
        ("昨天上午，白沙镇红岩村文明新风表彰大会在村文化广场举行。", ("文明新风表彰大会", "白沙镇红岩村")),
        ("5月6日，青山村人居环境整治推进会在村部会议室召开。", ("人居环境整治推进会", "青山村")),
    ],
)
def test_village_holds_passive_meeting(extract, body, expected):
    name, org = expected
    assert [(n, o) for n, _, o in held(extract(page(body)))] == [(name, org)]


@pytest.mark.parametrize(
    "body",
    [
        "昨天，美丽乡村建设推进会在县会议中心举行。",
        "昨天，贫困村脱贫攻坚推进会在县会议中心举行。",
        "昨天，新农村建设现场推进会在县会议中心举行。",
        "昨天，城中村改造工作推进会在区会议中心举行。",
        "昨天，示范村创建工作培训会在县委党校举行。",
    ],
)
def test_kind_of_village_is_no_organizer(extract, body):
    assert [o for _, _, o in held(extract(page(body)))] == [None]


def test_red_star_villagers_congress_stays_whole(extract):
    record = extract(page("昨天上午，红星村村民代表大会在村委会举行。"))
    assert [(n, o) for n, _, o in held(record)] == [("红星村村民代表大会", None)]


@pytest.mark.parametrize(
    ("body", "count", "approx"),
    [
        ("前天晚上，杨柳村村民代表协商会在村党群服务中心举行，30名村民代表围绕土地流转方案议事协商。", 30, False),
        ("昨天，红星社区居民议事会在社区服务中心召开，20余名居民代表就停车难问题进行了民主协商。", 20, True),
        ("5月6日，金竹村召开群众议事会，40多位村民围绕村道修缮协商议事。", 40, True),
    ],
)
def test_deliberating_count_attends(extract, body, count, approx):
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == (count, approx)


@pytest.mark.parametrize(
    "body",
    [
        "昨天，红星社区召开居民议事会，会议指出，去年全社区举办议事活动，300余名居民参与协商议事。",
        "昨天，县政协召开协商会。会议指出，全年共组织协商活动12场，500余名委员参与协商议事。",
    ],
)
def test_tally_of_deliberation_is_no_attendance(extract, body):
    assert extract(page(body))["meetings"][0]["attendee_count"] is None


@pytest.mark.parametrize(
    "body",
    [
        "去年，马家坪村完成改厕的28户农户共获得以奖代补资金4.2万元。",
        "会上，对12个村兑现以奖代补资金36万元。",
        "全镇15个村获得以奖促治资金共计60万元。",
    ],
)
def test_subsidy_scheme_is_no_honour(extract, body):
    assert honours(extract(page(body))) == []


def test_prize_still_read_beside_subsidy(extract):
    record = extract(page("5月6日，县里召开表彰大会，12名干部荣获“乡村振兴先锋奖”。"))
    assert [(h, c) for h, c, _, _ in honours(record)] == [("乡村振兴先锋奖", 12)]


@pytest.mark.parametrize(
    "body",
    [
        "今年，村里计划再争取产业扶持资金50万元，发展中药材种植。",
        "下半年，镇里将再积极争取上级补助资金300万元。",
        "明年，县里计划继续争取专项资金2000万元，用于农田水利建设。",
    ],
)
def test_money_still_sought_is_intended(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    "body",
    [
        "去年，村里争取到产业扶持资金50万元，用于发展中药材种植。",
        "今年以来，镇里共争取上级补助资金300万元，用于村道硬化。",
    ],
)
def test_money_obtained_is_funding(extract, body):
    assert len(grants(extract(page(body)))) == 1


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，县“农民夜校”第八讲在柳沟乡举行。乡党委书记马国强讲授了专题党课。马国强从三个方面进行授课，引导党员学法。",
        "5月6日，青山镇举行党课报告会。镇党委书记林涛为全体党员讲了一堂党课。林涛结合身边案例讲课，生动易懂。",
    ],
)
def test_teaching_again_is_the_party_lecture(extract, body):
    roles = dict((n, r) for n, (_, r) in speakers(extract(page(body))).items())
    assert all("作报告" not in r and "讲党课" in r for r in roles.values()) and roles


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，县委党校举行培训班开班式。县委书记马国强讲授了专题党课。马国强还为学员讲课，讲解了乡村振兴政策。",
        "5月6日，县委党校举行培训班开班式。县委书记马国强讲授了专题党课。马国强作了乡村振兴专题辅导报告。",
    ],
)
def test_another_lecture_keeps_report(extract, body):
    assert speakers(extract(page(body)))["马国强"][1] == ("讲党课", "作报告")


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("本次共表彰：\n荣誉称号  人数\n好婆婆  10名\n好邻居  12名\n", [("好婆婆", 10), ("好邻居", 12)]),
        ("会议表彰了先进典型：\n荣誉称号　人数\n孝老爱亲模范　6名\n致富能手　8名\n", [("孝老爱亲模范", 6), ("致富能手", 8)]),
    ],
)
def test_table_headed_honour_title(extract, table, expected):
    body = ("8月30日下午，柏林乡在乡文化站召开“好家风”评选表彰会。\n" + table
            + "乡长曹阳希望获奖者珍惜荣誉，当好家风建设的宣传员，带动身边群众崇德向善。")
    assert [(h, c) for h, c, _, _ in honours(extract(page(body)))] == expected


def test_table_without_conferral_gives_nothing(extract):
    body = ("8月30日下午，柏林乡召开工作会。\n拟推荐名单公示如下：\n荣誉称号  人数\n好婆婆  10名\n"
            "公示期间，群众可通过电话、信函等方式向乡党政办反映意见，乡里将认真核实处理。")
    assert honours(extract(page(body))) == []
