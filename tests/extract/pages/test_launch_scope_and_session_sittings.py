"""Meetings and speakers shapes of launch scopes, sittings and turns (GUIDELINES §3 location and organizer, §4 roles).

Found: a launch's scope (在全市范围内启动, 在各县区同步启动) was read as the venue of the meeting joined to it by 并 (§3
location: a venue); a conferring told with a day or a time of its own (次日…, 去年…曾在礼宾府) lent its place to the
ceremony when no comma followed the time word (§3 twenty-first round, second part: no day of its own); a market (花鸟市场)
counted as a second city named on the page, so 我市 had no organizer (§3 twenty-first round); 客商 or a date range of
another event anywhere on the page made a trade fair's opening a fair of several days (§3); a session's closing sitting
told with the session in its numbered form (县政协十届四次会议) or by the presidium was another body's and lost the venue
(§3 twenty-first round: the session's own sitting); a turn (轮到) took 述职 from a sequence of another event told before,
and 轮到提问环节 was read as a person's turn (§4 twenty-first round). Every row is invented; the negative rows are near
misses that keep the output of main before these rules, and the review's sentences are among them.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _places(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


# §3 location: a launch's scope is no venue; a launch's place is.
@pytest.mark.parametrize(("body", "expected"), [
    ("江州文旅推广活动在全市范围内正式启动，并举办了推介会。", [("推介会", None, None)]),
    ("江州文旅推广活动在各县区同步启动，并举办了推介会。", [("推介会", None, None)]),
    ("“书香江州”全民阅读活动在全县同时启动，并举行了图书捐赠仪式。", [("图书捐赠仪式", None, None)]),
    # positive: a place told for the launch is the venue of the meeting joined to it
    ("江州文旅推广活动在江州大剧院正式启动，并举办了推介会。", [("推介会", None, "江州大剧院")]),
    ("江州文旅推广活动在巴西圣保罗同步启动，并成功举办了推介会。", [("推介会", None, "巴西圣保罗")]),
])
def test_launch_scope_is_no_venue(extract, body, expected):
    assert _places(extract(page(body))) == expected


# §3 twenty-first round, second part: a conferring with a day of its own lends no place to the ceremony.
@pytest.mark.parametrize(("body", "expected"), [
    ("授勋典礼举行。次日行政长官在礼宾府为受嘉许人士颁授勋章。", [("授勋典礼", None, None)]),
    ("授勋典礼举行。去年行政长官曾在礼宾府为受嘉许人士颁授勋章。", [("授勋典礼", None, None)]),
    ("颁奖典礼隆重举行。第二天市长在市政府礼堂向获奖者颁发奖杯。", [("颁奖典礼", None, None)]),
    # positive: no day of its own, with or without 当天
    ("授勋典礼举行。行政长官在礼宾府为受嘉许人士颁授勋章。", [("授勋典礼", None, "礼宾府")]),
    ("授勋典礼举行。当天，行政长官在礼宾府为受嘉许人士颁授勋章。", [("授勋典礼", None, "礼宾府")]),
])
def test_conferring_on_another_day_lends_no_place(extract, body, expected):
    assert _places(extract(page(body))) == expected


# §3 twenty-first round: 我市 stands for the one city the page names; a market is no city.
@pytest.mark.parametrize(("body", "expected"), [
    ("江州市发改局供稿\n5月6日，我市召开优化营商环境工作会议。会后，代表们在花鸟市场调研。",
     [("优化营商环境工作会议", "江州市", None)]),
    ("江州市发改局供稿\n5月6日，我市召开优化营商环境工作会议。会后，代表们在农贸市场调研。",
     [("优化营商环境工作会议", "江州市", None)]),
    # negative: a second city named stays two cities
    ("江州市发改局供稿\n5月6日，我市召开优化营商环境工作会议。会后，代表们在凌源市调研。",
     [("优化营商环境工作会议", None, None)]),
])
def test_market_is_no_city(extract, body, expected):
    assert _places(extract(page(body))) == expected


# §3: a trade fair of several days is read from the fair's own sentences, not from another event's.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，第30届中国兰州投资贸易洽谈会在兰州开幕。同日，县政府召开招商座谈会，与客商代表座谈。",
     [("第30届中国兰州投资贸易洽谈会", None, "兰州"), ("招商座谈会", "县政府", None)]),
    ("5月6日，第30届中国兰州投资贸易洽谈会在兰州开幕。县政府将于5月8日至10日召开招商座谈会。",
     [("第30届中国兰州投资贸易洽谈会", None, "兰州")]),
    ("5月6日，第30届中国兰州投资贸易洽谈会在兰州开幕。当天，县政府在兰州举办招商推介会，与来自各地的客商签约。",
     [("第30届中国兰州投资贸易洽谈会", None, "兰州"), ("招商推介会", "县政府", "兰州")]),
    # positive: the fair told as one of several days or with its traders
    ("5月6日，第30届中国兰州投资贸易洽谈会在兰州开幕。本届兰洽会为期5天。", []),
    ("5月6日，第30届中国兰州投资贸易洽谈会在兰州开幕。来自30个国家的客商参展。", []),
    ("5月6日至10日，第30届中国兰州投资贸易洽谈会在兰州举行。", []),
])
def test_fair_days_read_near_the_fair(extract, body, expected):
    assert _places(extract(page(body))) == expected


_SESSION = "12月28日至31日，县政协第四次会议在县会议中心召开。31日下午，"


# §3 twenty-first round: the session's own closing sitting sits at its venue; another body's does not.
@pytest.mark.parametrize(("body", "expected"), [
    (_SESSION + "县政协十届四次会议举行闭幕会。", "县会议中心"),
    (_SESSION + "大会主席团举行闭幕会。", "县会议中心"),
    ("12月28日至31日，县人大十七届四次会议在县会议中心召开。31日下午，县人大第四次会议举行闭幕会。", "县会议中心"),
    (_SESSION + "县政协举行闭幕会。", "县会议中心"),
    # negative: another body's sitting, or another session of the same body
    (_SESSION + "县人大常委会第四次会议举行闭幕会。", None),
    (_SESSION + "县政协十届五次会议举行闭幕会。", None),
    (_SESSION + "县人大常委会举行闭幕会。", None),
])
def test_numbered_session_sitting_is_the_sessions(extract, body, expected):
    closing = [m for m in extract(page(body))["meetings"] if m["name"] == "闭幕会"]
    assert [m["location"] for m in closing] == [expected]


_REVIEW = "县委召开党建述职评议会，14个社区党组织书记逐一登台述职。"


# §4 twenty-first round: a turn takes 述职 only inside the same 述职 sequence, and only a person's turn.
@pytest.mark.parametrize(("body", "name", "expected"), [
    (_REVIEW + "\n5月7日，县文联举办文艺演出。轮到县文工团团长李某上台，他演唱了一首歌。", "李某", None),
    (_REVIEW + "会后，县文联举办文艺演出，轮到县文工团团长李某上台，他演唱了一首歌。", "李某", None),
    (_REVIEW + "轮到提问环节，县委书记王某提出了问题。", "王某", None),
    (_REVIEW + "接下来轮到互动交流环节，县委副书记赵某回答了提问。", "赵某", None),
    # positive: the turn in the sequence, also a paragraph later in the same meeting
    (_REVIEW + "县委书记王某主持会议。轮到城关社区党组织书记李某，他直言工作还有短板。",
     "李某", ("城关社区党组织书记", ("述职",))),
    (_REVIEW + "县委书记王某主持会议。\n随后，轮到东街社区党组织书记孙某上台，她用一组数据回顾了全年工作。",
     "孙某", ("东街社区党组织书记", ("述职",))),
])
def test_turn_only_in_the_same_sequence(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected
