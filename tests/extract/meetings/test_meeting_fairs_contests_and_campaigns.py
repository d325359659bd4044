"""Which events are meetings and their names (GUIDELINES §3): fairs, contests and campaigns, talks and ceremonies held: fairs, contests and
campaigns named in a headline (over a body that tells no ceremony of them) or by a short name (文博会, 广交会,
“安全生产月”活动) are no meetings while their ceremonies and a forum held beside them are; talks and calls written as a verb with a day of their own
(与…座谈, 同…通电话, 与代表团会面), a ceremony whose name holds a military
rank (晋升上将军衔仪式); a subject and 于 before a press conference (发言人王某于新闻发布会上); a session named
as the subject of what it deliberated on a stated day (行政会议于今日完成讨论, 立法院会今（7）日三读通过).
Consultations (…磋商…举行) are left out for now: see the known limitations of pipeline/extract/meetings/__init__.py.
Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page, when


def titled(headline: str, body: str, published: str = "2024-05-08") -> str:
    return f"{headline}\n发布时间：{published}\n{body}\n"


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # a fair, a contest or a campaign named in the headline is no meeting (§3 "Not meetings either")
        ("第二十届文博会5月8日开幕", "第二十届中国（某某）国际文化产业博览交易会5月8日至12日在会展中心举行，展览面积12万平方米。", []),
        ("全县职工技能大赛落幕", "5月7日，全县第五届职工职业技能大赛在县职教中心落下帷幕，来自32家企业的160名选手参赛。", []),
        ("我市启动“安全生产月”活动", "6月1日起，我市全面启动第23个“安全生产月”活动，活动持续至6月30日。", []),
        # a fair's short name in the body
        ("文博会开幕", "第二十届文博会5月8日至12日在会展中心举行，展览面积12万平方米。", []),
        ("广交会开幕", "第135届广交会5月7日在广州开幕。", []),
        # a forum held beside it is a meeting, on the fair's day
        ("第三届某某博览会开幕", "5月7日，第三届某某博览会在会展中心开幕。同期举行的数字贸易发展论坛上，12个项目集中签约。",
         [("数字贸易发展论坛", "2024-05-07")]),
        # NEGATIVE: a body telling the fair's ceremony (someone chairs it): the record stands for the ceremony held
        ("第五届职工技能大赛开幕", "5月7日上午，第五届职工技能大赛在市体育中心开幕。副市长王某主持开幕式，市长李某致辞。",
         [("第五届职工技能大赛", "2024-05-07")]),
    ],
)
def test_fairs_contests_and_campaigns_are_no_meetings(extract, headline: str, body: str, expected: list) -> None:
    assert dated(extract(titled(headline, body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a ceremony, a prize-giving or a forum of a fair stays a meeting
        ("5月8日上午，第二十届文博会开幕式在会展中心举行，省长王某出席并致辞。", [("第二十届文博会开幕式", "2024-05-08")]),
        ("5月7日下午，全县职工技能大赛颁奖典礼在县职教中心举行。", [("全县职工技能大赛颁奖典礼", "2024-05-07")]),
        ("5月7日，2024数字经济论坛暨博览会在会展中心开幕。", [("2024数字经济论坛暨博览会", "2024-05-07")]),
        ("6月1日上午，我市“安全生产月”活动启动仪式在市民广场举行。", [("“安全生产月”活动启动仪式", "2024-06-01")]),
        ("5月7日，全县职工技能大赛总结表彰大会在县会议中心召开。", [("全县职工技能大赛总结表彰大会", "2024-05-07")]),
        ("5月7日，第三党支部召开主题党日活动，支部书记李红主持。", [("主题党日活动", "2024-05-07")]),
    ],
)
def test_a_ceremony_or_forum_of_a_fair_stays_a_meeting(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body, "2024-06-02"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("教育部次长王某昨天与各大学校长座谈，交换意见。", [("座谈", "2024-05-07", "昨天", None)]),
        ("市长王某昨日上午邀集30家企业负责人座谈，听取产业界意见。", [("座谈", "2024-05-07", "昨日", "上午")]),
        ("5月7日下午，县委书记王某与青年代表进行座谈。", [("座谈", "2024-05-07", "5月7日", "下午")]),
        ("5月7日，局长王某与到访的某某代表团会面，双方就经贸合作交换意见。", [("会面", "2024-05-07", "5月7日", None)]),
        ("5月7日晚，外交部长王某应约同某国外长通电话。", [("通电话", "2024-05-07", "5月7日", "晚上")]),
        ("中央军委晋升上将军衔仪式5月7日在北京八一大楼隆重举行。", [("中央军委晋升上将军衔仪式", "2024-05-07", "5月7日", None)]),
    ],
)
def test_talks_calls_and_ceremonies_held(extract, body: str, expected: list) -> None:
    record = extract(page(body))
    assert [(m["name"], *w) for m, w in zip(record["meetings"], when(record), strict=True)] == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: talks ahead, agreed to or a private reunion; talks without a day of their own (a tour's);
        # consulting as a process
        "局长王某表示，下周将与企业家座谈。",
        "双方同意尽快会面。",
        "近日，张某与失散多年的亲人会面。",
        "温家宝与当地乡、村干部进行了座谈，勉励干部牢记宗旨。",
        "记者在与部分企业家座谈时，他们都赞成这一做法。",
        "相关部门将与企业磋商解决方案。",
        "俄方积极发展与欧盟的关系，加强与欧洲国家的政治磋商和经贸合作。",
        "在同联合政府各党领导人磋商后，总理宣布了一项计划。",
        "5月7日，市民王某拨打12345热线电话反映问题。",
    ],
)
def test_talks_not_reported_as_held(extract, body: str) -> None:
    assert extract(page(body))["meetings"] == []


def test_talks_within_a_meeting_named_are_part_of_it(extract) -> None:
    # NEGATIVE: the 会面 after the consultation session in the same sentence is no event of its own
    record = extract(page("发展局局长宁少文昨晚主持北部都会区发展咨询会，与新界乡议局代表会面。", "2024-05-16"))
    assert dated(record) == [("北部都会区发展咨询会", "2024-05-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject and 于 before the press conference are no part of its name
        (titled("发布会", "局新闻发言人王某于新闻发布会上介绍了有关情况。"), [("新闻发布会", None)]),
        (titled("发布会", "今天上午，市政府新闻发言人王某于新闻发布会上介绍了一季度经济运行情况。"), [("新闻发布会", "2024-05-08")]),
        # NEGATIVE: 关于 inside a meeting's name stays
        (titled("座谈", "关于优化营商环境专题座谈会上，市长王某讲话。"), [("关于优化营商环境专题座谈会", None)]),
        # a session as the subject of what it deliberated on a stated day is a session held
        ("行政会议完成讨论法律草案\n新闻局\n2024 年 5 月 3 日\n行政会议于今日完成讨论《公共地方管理制度》法律草案。"
         "行政会议发言人韦明辉于新闻发布会上介绍草案内容。\n", [("行政会议", "2024-05-03"), ("新闻发布会", None)]),
        (titled("国常会", "国务院常务会议5月7日审议通过《某某条例（草案）》。"), [("国务院常务会议", "2024-05-07")]),
        ("立法院会三读通过修正案\n发布日期：113-05-07\n立法院会今（7）日三读通过「公共债务法」修正案。\n"
         "财政部长表示，修法有助于强化财政纪律。\n", [("立法院会", "2024-05-07")]),
        # NEGATIVE: the meeting told before, a deictic one, a session ahead
        (titled("会议", "5月7日，县委召开常委会会议。会议审议通过了《某某办法》。"), [("常委会会议", "2024-05-07")]),
        (titled("会议", "5月7日，县委召开常委会会议。此次会议7日审议通过了《某某办法》。"), [("常委会会议", "2024-05-07")]),
        (titled("会议", "市人大常委会会议将于5月20日审议《某某条例》。"), []),
    ],
)
def test_press_conferences_and_sessions_named(extract, text: str, expected: list) -> None:
    assert dated(extract(text)) == expected
