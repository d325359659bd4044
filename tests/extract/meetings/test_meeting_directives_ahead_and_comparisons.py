"""Meeting phrasings: meetings
ahead in a directive, a planned meeting then held, a comparison clause, a bare headline, a relayed
session, days within a trip, a Hong Kong afternoon engagement, Taiwan 开议 and 院会中, a forum held
alongside a fair and a speech transcript.  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, held, page, speakers


def titled(headline: str, body: str, published: str = "2024-05-08") -> str:
    """An invented page under its own headline."""
    return f"{headline}\n{published} 来源：某网\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，县政协召开筹备工作会议。会议要求，各工作组要在5月12日前完成各项准备，确保县政协十届四次会议顺利召开。",
         [("筹备工作会议", "2024-05-08", "县政协")]),
        ("5月8日，市创建办召开创建工作推进会。会议强调，要在5月15日前完成自查，确保全市创建工作大会顺利召开。",
         [("创建工作推进会", "2024-05-08", "市创建办")]),
        ("5月8日，市创建办召开创建工作推进会。会议要求，各单位要在5月15日前完成自查，并在5月20日召开的全市创建工作大会上作交流发言。",
         [("创建工作推进会", "2024-05-08", "市创建办")]),
        # the purpose before the meeting held leaves it held
        ("为确保全县两会顺利召开，5月8日，县委召开筹备工作会议。", [("筹备工作会议", "2024-05-08", "县委")]),
    ],
)
def test_a_meeting_ahead_in_a_directive_is_none(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-05-09"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page("4月28日，市委召开常委会议，研究决定于5月8日召开全市作风建设大会。5月8日，大会如期召开。", "2024-05-09"),
         [("常委会议", "2024-04-28"), ("全市作风建设大会", "2024-05-08")]),
        # the headline names the article's subject: it comes first
        (titled("市委召开作风建设大会", "4月28日，市委召开常委会议，研究决定于5月8日召开全市作风建设大会。5月8日，大会如期召开。",
                "2024-05-09"),
         [("全市作风建设大会", "2024-05-08"), ("常委会议", "2024-04-28")]),
        # only planned: no record for it
        (page("4月28日，市委召开常委会议，研究决定于5月20日召开全市作风建设大会。", "2024-05-09"),
         [("常委会议", "2024-04-28")]),
        (page("4月28日，市委召开常委会议，研究决定于5月20日召开全市作风建设大会。届时，大会将如期召开。", "2024-05-09"),
         [("常委会议", "2024-04-28")]),
    ],
)
def test_a_planned_meeting_then_held_by_its_bare_noun(extract, text: str, expected: list) -> None:
    assert dated(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，区河长制联席会议召开，这是继去年11月召开第一次联席会议以来的第二次联席会议。",
         [("区河长制联席会议", "2024-05-08")]),
        ("5月8日，区河长制联席会议召开，这是继去年11月召开第一次联席会议后的第二次联席会议。",
         [("区河长制联席会议", "2024-05-08")]),
    ],
)
def test_a_comparison_with_an_earlier_meeting_names_nothing(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body, "2024-05-09"))) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("区召开会议", "5月7日，区委召开巡察工作动员会。", [("巡察工作动员会", "2024-05-07", "区委")]),
        ("县召开会议", "5月7日，县委召开巡察工作学习会。", [("巡察工作学习会", "2024-05-07", "县委")]),
    ],
)
def test_a_bare_headline_restates_the_body(extract, headline: str, body: str, expected: list) -> None:
    assert held(extract(titled(headline, body, "2024-05-09"))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "十四届全国人大二次会议和全国政协十四届二次会议胜利闭幕后，全国两会精神在我县干部群众中引起热烈反响。"
        "县发改委主任李强说，将抓好项目建设。",
        "党的二十届三中全会胜利闭幕后，全会精神在我县干部群众中引起热烈反响。县发改委主任李强说，将抓好项目建设。",
        "全县三级干部大会召开后，各乡镇迅速传达学习会议精神。",
    ],
)
def test_a_session_that_only_gave_the_spirit_is_none(extract, body: str) -> None:
    record = extract(page(body, "2024-03-12"))
    assert (record["meetings"], speakers(record)) == ([], {})


def test_a_meeting_held_and_then_relayed_is_still_held(extract) -> None:
    body = "3月10日，县人代会胜利闭幕。会后，各乡镇迅速传达学习大会精神。"
    assert dated(extract(page(body, "2024-03-12"))) == [("县人代会", "2024-03-10")]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        ("8月5日至8日，县委副书记李明带领考察团赴浙江考察学习。考察期间，考察团与湖州市吴兴区召开了工作座谈会。",
         "2024-08-10", (None, None)),
        ("6月20日至22日，市长王涛率队赴深圳开展招商活动。其间，在深圳举行了我市投资环境推介会。", "2024-06-25", (None, None)),
        # the day stated, or one day told before: that day
        ("8月5日至8日，县委副书记李明带领考察团赴浙江考察学习。8月6日，考察团与湖州市吴兴区召开了工作座谈会。",
         "2024-08-10", ("2024-08-06", "8月6日")),
        ("8月5日，县委副书记李明带领考察团赴湖州考察学习。考察期间，考察团与湖州市吴兴区召开了工作座谈会。",
         "2024-08-10", ("2024-08-05", "8月5日")),
    ],
)
def test_a_meeting_during_a_trip_of_several_days_is_undated(extract, body: str, published: str, expected: tuple) -> None:
    meetings = extract(page(body, published))["meetings"]
    assert [(m["date"], m["date_text"]) for m in meetings] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("行政长官李家超今日上午出席香港中华总商会成立124周年纪念酒会并致辞。下午，他出席“粤港澳大湾区青年创新创业论坛”开幕礼并致辞。",
         [("香港中华总商会成立124周年纪念酒会", "2024-09-26", "上午"), ("“粤港澳大湾区青年创新创业论坛”开幕礼", "2024-09-26", "下午")]),
        ("9月26日上午，市长王刚出席全市招商引资推介会并致辞。下午，他出席全市青年创新创业论坛开幕式并致辞。",
         [("全市招商引资推介会", "2024-09-26", "上午"), ("全市青年创新创业论坛开幕式", "2024-09-26", "下午")]),
    ],
)
def test_the_afternoon_engagement_takes_the_morning_day(extract, body: str, expected: list) -> None:
    meetings = extract(page(body, "2024-09-26"))["meetings"]
    assert [(m["name"], m["date"], m["time_of_day"]) for m in meetings] == expected


def test_a_taiwan_session_opening_is_held(extract) -> None:
    body = "高雄市議會第4屆第3次定期大會今（18）日開議，市長陳其邁赴議會進行施政報告。議長康裕成主持會議。"
    assert dated(extract(page(body, "2024-04-18"))) == [("高雄市议会第4届第3次定期大会", "2024-04-18")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("行政院長卓榮泰今天在院會中表示，政府將持續推動能源轉型。", [("院会", "2024-05-08")]),
        # 中 inside a society, not a meeting
        ("行政院長卓榮泰今天在社會中表示，政府將持續推動能源轉型。", []),
    ],
)
def test_a_taiwan_meeting_referred_to_with_zhong(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("headline", "body", "published", "expected"),
    [
        ("中国（某某）跨境电商交易会今日开幕",
         "11月8日，中国（某某）跨境电商交易会在某某国际会展中心开幕。开幕式上，市长陈刚致辞。"
         "同期举行的跨境电商发展高峰论坛上，12个项目集中签约，总金额达36亿元。",
         "2024-11-08", [("中国（某某）跨境电商交易会", "2024-11-08"), ("跨境电商发展高峰论坛", "2024-11-08")]),
        ("第四届中国国际消费品博览会在海口开幕",
         "4月13日，第四届中国国际消费品博览会在海南国际会展中心开幕。同期举办的2024国际消费论坛吸引了众多嘉宾。",
         "2024-04-14", [("2024国际消费论坛", "2024-04-13")]),
        # a fair named in the headline whose body tells no ceremony of it (no one chairs, addresses or gives
        # prizes) is no meeting (GUIDELINES §3: trade fairs are not meetings), nor is a fair held alongside; with
        # its ceremony told (开幕式上，市长陈刚致辞, above) the fair's record stands for the ceremony
        ("第四届中国国际消费品博览会在海口开幕", "4月13日，第四届中国国际消费品博览会在海南国际会展中心开幕。",
         "2024-04-14", []),
        ("中国（某某）跨境电商交易会今日开幕",
         "11月8日，中国（某某）跨境电商交易会在某某国际会展中心开幕。同期举办的跨境电商产品展销会吸引了众多市民。",
         "2024-11-08", []),
    ],
)
def test_a_forum_held_alongside_a_fair(extract, headline: str, body: str, published: str, expected: list) -> None:
    assert dated(extract(titled(headline, body, published))) == expected


def test_a_speech_transcript_names_no_other_meeting(extract) -> None:
    text = titled("市长在企业家座谈会上的讲话",
                  "10月7日，市政府召开民营企业家座谈会，市长王刚出席并讲话。以下是讲话全文：\n"
                  "同志们：今天我们召开这次座谈会，主要是听取大家的意见。", "2024-10-08")
    assert held(extract(text)) == [("民营企业家座谈会", "2024-10-07", "市政府")]
