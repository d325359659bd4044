"""Agriculture, water, natural-resources and transport department news.

Found on invented pages: money a bureau paid out with 兑付 (兑付征迁补偿款8600万元) was not read as funding at all, the
verb missing from the funding context (GUIDELINES §6: money paid); a rate per act on a unit of goods with a verb between
每 and the unit (按每免疫一头猪补助1元的标准) was kept as money granted (§6: a rate per act or per unit is a standard, no
record); an officer who 汇报了 a state of affairs other than 情况 (水情, 汛情, 形势) at a meeting got no 作报告 (§4 twelfth
review round: reporting in the verb form); a participant whose 反映 closes its clause, what is raised told after the
comma (企业家代表张华反映，…), got no 讲话 at a 座谈会 (§4 sixteenth review round); the counted people a chair talks with
inside the meeting's account (局长X与20余名种植户面对面交流) were no attendee count (§3 twelfth and seventeenth review
rounds: those taking part by discussing, those addressed).  Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月16日，县城绕城公路开工仪式举行。目前已兑付征迁补偿款8600万元。", [(86000000.0, "CNY")]),
        ("3月2日，市自然资源局召开征收工作推进会。会议通报，全市已兑付土地征收补偿款1.2亿元。", [(120000000.0, "CNY")]),
        ("9月8日，县乡村振兴局召开会议。今年全县已兑付产业奖补资金560万元。", [(5600000.0, "CNY")]),
        # NEGATIVE: no paying verb, a figure of damage or of output
        ("5月16日，县水利局召开会商会。据统计，此次强降雨造成直接经济损失8600万元。", []),
        ("12月20日，县农业农村局召开总结会。今年全县农业总产值达到18亿元。", []),
    ],
)
def test_money_paid_out_with_duifu_is_funding(extract, body: str, expected: list) -> None:
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月25日，县农业农村局召开启动会。对防疫员按每免疫一头猪补助1元的标准给予劳务补贴。", []),
        ("6月3日，县粮食局召开夏粮收购工作会议。对收储企业每收购1吨小麦补贴20元。", []),
        ("4月9日，县畜牧局召开生猪生产工作会。对养殖场每出栏一头生猪奖励10元。", []),
        ("5月6日，县农业农村局召开会议。对回收企业每回收一吨废旧农膜补助200元。", []),
        # NEGATIVE: a total paid under such a rate, a share per person, money per year to a body are kept as before
        ("3月25日，县农业农村局召开启动会。按每免疫一头猪补助1元的标准，县财政已拨付防疫劳务补贴资金32万元。",
         [(320000.0, "CNY")]),
        ("3月25日，县农业农村局召开启动会。县财政已拨付强制免疫经费180万元。", [(1800000.0, "CNY")]),
        ("1月9日，县民政局召开慰问会，为30名困难群众每人发放慰问金500元。", [(500.0, "CNY")]),
    ],
)
def test_rate_per_act_on_a_unit_of_goods_is_no_grant(extract, body: str, expected: list) -> None:
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("6月18日晚，市水利局召开防汛会商会。会上，市水文中心主任吴海涛汇报了主要江河水情及未来三天来水预测。",
         "吴海涛", ("作报告",)),
        ("7月2日，县防汛抗旱指挥部召开会议。会上，县气象局局长周立群汇报了近期雨情和天气趋势。",
         "周立群", ("作报告",)),
        ("3月12日，县农业农村局召开春管工作会议。会上，县农技中心主任钱立新汇报了全县小麦苗情。",
         "钱立新", ("作报告",)),
        ("8月5日，市应急管理局召开防汛形势分析会。会上，副局长郑文斌汇报了当前防汛形势。",
         "郑文斌", ("作报告",)),
    ],
)
def test_state_of_affairs_reported_at_the_meeting_is_a_report(extract, body: str, name: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))[name][1] == roles


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: reported to a touring leader with no meeting frame; a mention of the state of affairs with no 汇报
        "6月18日，市长王立军来我县检查防汛工作。县水利局局长吴海涛汇报了全县水情。",
        "6月18日，市水利局召开防汛会商会。会上，市水文中心主任吴海涛介绍，目前水情平稳。",
    ],
)
def test_state_of_affairs_outside_a_meeting_gives_no_report(extract, body: str) -> None:
    assert "作报告" not in speakers(extract(page(body))).get("吴海涛", (None, ()))[1]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("日前，县工商联召开民营企业座谈会。企业家代表张华反映，当前融资成本偏高，希望加大支持。", "张华"),
        ("4月8日，县农业农村局召开春播座谈会。种植户代表王大山反映，去年受旱减产，希望建设灌溉设施。", "王大山"),
        ("5月6日，区人大召开代表座谈会。代表李明华反映说，部分路段积水严重。", "李明华"),
    ],
)
def test_raised_with_a_bare_fanying_at_a_forum_is_speech(extract, body: str, name: str) -> None:
    assert speakers(extract(page(body)))[name][1] == ("讲话",)


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: told to the reporter after the meeting, at a meeting that is no forum, by hearsay (据…反映)
        "日前，县农业农村局召开座谈会，局长孙立新主持。会后，村民刘桂芝向记者反映，路面坑洼不平。",
        "日前，县农业农村局召开表彰大会，局长孙立新讲话。获奖农户代表刘桂芝反映，今年收成很好。",
        "日前，县农业农村局召开座谈会，局长孙立新主持。据村民刘桂芝反映，该路段经常积水。",
    ],
)
def test_fanying_outside_a_forum_turn_gives_no_role(extract, body: str) -> None:
    assert "刘桂芝" not in speakers(extract(page(body)))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("日前，县农业农村局在白石村召开春播座谈会，局长孙立新与20余名种植户面对面交流。", (20, True)),
        ("3月5日，镇党委召开院坝会，镇党委书记李强同30名村民代表深入交流。", (30, False)),
        ("4月2日，街道召开民情恳谈会，街道党工委书记王刚与15名居民代表座谈。", (15, False)),
        # NEGATIVE: a signing or a photo with the counted people, no talk; told on its own after the meeting
        ("4月2日，县工商联召开恳谈会，县长王刚与15名企业家签订合作协议。", (None, False)),
        ("4月2日，县工商联召开恳谈会。5月7日，县长王刚与15名企业家合影留念。", (None, False)),
    ],
)
def test_counted_people_the_chair_talks_with_attend(extract, body: str, expected: tuple) -> None:
    m = extract(page(body))["meetings"][0]
    assert (m["attendee_count"], m["attendee_approx"]) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: debts repaid with 兑付 are no money granted (§6: money borrowed, not granted)
        "3月21日，某集团召开年度工作会议。集团按期兑付到期债券本息8亿元。",
        "5月9日，县金融办召开风险处置会议。平台公司已兑付理财产品本息1.2亿元。",
    ],
)
def test_debts_repaid_with_duifu_are_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []
