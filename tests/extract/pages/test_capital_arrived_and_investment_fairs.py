"""Funding, award and meeting shapes in city economic and investment news (signings, 招商 reviews, 对口支援, project reviews).

Investment that arrived with the projects or firms a place signed or settled over a period, told as the tally it closes
(2023年全区新签约项目54个，协议总投资386亿元，实际到位资金112亿元; 2021年以来…引导落地企业38家，实际到位投资21亿元),
is capital drawn in, a statistic (GUIDELINES §6 seventeenth round), while the signing total beside it and money a
signing brought at an event stay records.  The warning cards and flags of a project review (3个项目被亮“黄牌”,
“黄旗项目”2个, “蜗牛奖”) are blame labels like 黑旗村, no honour (§5 ninth round); the red side stays.
An investment and trade fair (…投资贸易洽谈会, 兰洽会) told with its several days or its exhibitors and traders is a trade
fair, no meeting (§3 nineteenth round), its traders counted over those days no count of its 开幕式暨…论坛 (§3 sixteenth
round); a signing held at the opening ceremony's scene (开幕式现场，举行了…签约仪式) is its own record on that day (§3 fourth
round: a ceremony held within a meeting).
Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # capital that arrived with a period's signed or settled projects: a statistic
        ("1月5日，区里召开招商大会。2023年全区新签约亿元以上项目40个，协议总投资200亿元，实际到位资金90亿元。",
         [20000000000.0]),
        ("3月2日，县里召开总结会。去年全县签约项目32个，实际到位资金18亿元。", []),
        ("4月8日，市里召开协作推进会。2021年以来，对口城市累计引导落地企业25家，实际到位投资16亿元。", []),
        ("4月8日，县里召开招商会议。今年以来，全县新引进企业12家，到位投资超过5亿元。", []),
        ("6月3日，开发区召开推进会。上半年，园区落户项目15个，实际到位资金30亿元，同比增长8%。", []),
        # NEGATIVE: money a signing brought at the event, aid projects carried out, grants in place
        ("5月6日，县政府与华星公司举行签约仪式，签约项目12个，当场到位资金800万元。", [8000000.0]),
        ("5月6日，两地召开协作联席会议。自结对以来，累计实施协作项目67个，实际到位资金5亿元。", [500000000.0]),
        ("5月6日，县里召开招商会议。今年引进项目8个，争取到位上级补助资金3000万元。", [30000000.0]),
        ("5月6日，市里举行集中签约仪式，签约项目20个，总投资80亿元。", [8000000000.0]),
    ],
)
def test_capital_arrived_with_a_period_tally_is_a_statistic(extract, body: str, expected: list) -> None:
    assert [a for a, _, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # warning cards and flags: blame, no honour; the red side stays
        ("5月6日，县里召开项目观摩推进会，为获评“红旗项目”的5个项目授牌，3个项目被亮“黄牌”。",
         [("红旗项目", 5)]),
        ("5月6日，市里召开观摩点评会，评出“红旗项目”6个、“黄旗项目”2个。", [("红旗项目", 6)]),
        ("5月6日，县委召开讲评会，评出“红旗单位”4个，对2个单位颁发“蜗牛奖”。", [("红旗单位", 4)]),
        # NEGATIVE: honours that are no warnings stay
        ("5月6日，县里召开表彰大会，表彰“招商引资先进单位”8个。", [("招商引资先进单位", 8)]),
        ("5月6日，县里召开表彰大会，授予12名同志“优秀项目专员”称号。", [("优秀项目专员", 12)]),
    ],
)
def test_warning_cards_are_no_honours(extract, body: str, expected: list) -> None:
    assert [(h, c) for h, c, _, _ in honours(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an investment and trade fair of several days is a fair, not a meeting; its opening ceremony is one
        ("5月31日至6月3日，第三十届江城投资贸易洽谈会在江城国际会展中心举办。5月31日上午，江洽会开幕式举行。",
         ["江洽会开幕式"]),
        ("9月8日至11日，第九届江城投洽会在会展中心举行。9月8日上午，投洽会开幕式暨国际投资论坛举行。",
         ["投洽会开幕式暨国际投资论坛"]),
        # NEGATIVE: a plain investment promotion meeting stays a meeting
        ("5月6日上午，江城市投资项目洽谈推介会在江城宾馆举行。", ["投资项目洽谈推介会"]),
        ("5月6日上午，江城市召开招商引资项目推进会。", ["招商引资项目推进会"]),
    ],
)
def test_investment_fair_is_no_meeting(extract, body: str, expected: list) -> None:
    assert [m["name"] for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a signing held at the scene of the opening ceremony just told: its own record, on the opening's day
        ("5月6日上午，第十届江城论坛开幕式在江城举行。开幕式现场，举行了重大项目集中签约仪式，共签约项目16个。",
         [("第十届江城论坛开幕式", "2024-05-06"), ("重大项目集中签约仪式", "2024-05-06")]),
        ("5月6日上午，第十届江城论坛开幕式在江城举行。开幕式现场还举行了招商项目签约仪式。",
         [("第十届江城论坛开幕式", "2024-05-06"), ("招商项目签约仪式", "2024-05-06")]),
        # NEGATIVE: an earlier edition's scene, and an act at the scene that is no ceremony
        ("5月6日上午，第十届江城论坛开幕式在江城举行。去年开幕式现场，曾举行过签约仪式。",
         [("第十届江城论坛开幕式", "2024-05-06")]),
        ("5月6日上午，第十届江城论坛开幕式在江城举行。开幕式现场，嘉宾共同启动了推介平台。",
         [("第十届江城论坛开幕式", "2024-05-06")]),
    ],
)
def test_signing_at_the_opening_scene_is_held(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["date"]) for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # traders counted over the fair's several days: no count of its opening ceremony joined to a forum
        ("9月8日上午，第九届江城投资贸易洽谈会开幕式暨国际投资论坛在会展中心举行。本届洽谈会为期四天，吸引了8000余名客商参会。",
         None),
        # NEGATIVE: a count that names the ceremony itself stays
        ("9月8日上午，第九届江城投资贸易洽谈会开幕式暨国际投资论坛在会展中心举行。300余名嘉宾出席开幕式。", 300),
    ],
)
def test_fair_days_count_is_no_opening_count(extract, body: str, expected: int | None) -> None:
    assert extract(page(body))["meetings"][0]["attendee_count"] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: an investment fair told only as opening, with no days or exhibitors, stays the meeting held
        ("9月10日，第二十届江城国际投资贸易洽谈会在江城国际会展中心隆重开幕。", ["第二十届江城国际投资贸易洽谈会"]),
        # its several days told: a fair, only the ceremony stays
        ("9月10日至13日，第二十届江城国际投资贸易洽谈会在江城国际会展中心举行。10日上午，投洽会开幕式暨高端论坛举行。",
         ["投洽会开幕式暨高端论坛"]),
        ("第二十届江城国际投资贸易洽谈会在江城国际会展中心举行，吸引了3000余名客商参展。", []),
    ],
)
def test_investment_fair_needs_its_days_or_traders(extract, body: str, expected: list) -> None:
    assert [m["name"] for m in extract(page(body, published="2024-09-15"))["meetings"]] == expected
