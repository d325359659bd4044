"""Mass-organisation pages (women's federation, youth league, Young Pioneers, disabled persons' federation): a review's
colon list of a past period's work, a quoted prize followed by 奖项 and its holders' count, a bare level's mass
organisation before a passive name as its holder, and grants named as 款.  Invented sentences; the expected values
follow corpus/GUIDELINES.md §3, §5 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the items a colon opens after a review of a past period are that period's work (§5 ninth round)
        ("团县委书记刘红在报告中总结了2025年工作：全县新发展团员900名，评选“青年文明号”15个。", []),
        ("会议回顾了去年工作：全年评选“最美家庭”20户，表彰“优秀团员”30名。", []),
        ("会上通报了2025年度工作情况：共表彰“三八红旗手”12名。", []),
        # a comma, not a colon: the meeting confers them
        ("会议回顾了2025年工作，表彰了“优秀团员”30名。", [("优秀团员", 30, "名", "person")]),
        # this event named among the items keeps them
        ("大会总结了2025年工作：本次大会表彰“优秀团员”30名。", [("优秀团员", 30, "名", "person")]),
    ],
)
def test_a_period_reviewed_before_a_colon(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上頒發“傑出婦女”獎項12名。", [("杰出妇女", 12, "名", "person")]),
        ("大会颁发“十佳志愿者”奖项共20位。", [("十佳志愿者", 20, "位", "person")]),
        ("会议表彰了“孝老爱亲”奖项8人。", [("孝老爱亲", 8, "人", "person")]),
        # prizes counted, no holders: nothing conferred is counted (§5)
        ("大会设立“十佳青年”奖项3个。", []),
    ],
)
def test_a_quoted_prize_then_its_holders(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县残联助残日启动仪式在人民广场举行。", [("助残日启动仪式", None, "县残联")]),
        ("团县委五四表彰大会在县文化中心举行。", [("五四表彰大会", None, "团县委")]),
        ("县少工委庆“六一”表彰大会暨新队员入队仪式在县第二小学举行。",
         [("庆“六一”表彰大会暨新队员入队仪式", None, "县少工委")]),
        ("市总工会劳模表彰大会在市工人文化宫举行。", [("劳模表彰大会", None, "市总工会")]),
        # a session or congress of the body keeps it in its name; a body set up is what the event is about
        # (GUIDELINES §3 eleventh review round: "its own numbered congress or session keeps the body in the name and is organized by it")
        ("县妇联第十五届执委会第三次全体会议在县行政中心召开。", [("县妇联第十五届执委会第三次全体会议", None, "县妇联")]),
        ("市妇联成立大会在市人民会堂举行。", [("市妇联成立大会", None, None)]),
        ("县科协第九次代表大会在县委党校举行。", [("县科协第九次代表大会", None, "县科协")]),  # (the same ruling)
    ],
)
def test_a_mass_organisation_before_a_passive_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议还向县教育基金会捐赠助学款10万元。", [(100000.0, "CNY", "助学款")]),
        ("县慈善会向灾区捐赠救灾款50万元。", [(500000.0, "CNY", "救灾款")]),
        ("灾区共收到捐献救助金30万元。", [(300000.0, "CNY", "救助金")]),
        ("县侨联为困难归侨发放慰问款2万元。", [(20000.0, "CNY", "慰问款")]),
    ],
)
def test_grants_named_as_kuan(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
