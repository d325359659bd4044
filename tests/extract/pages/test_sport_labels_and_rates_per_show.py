"""Culture, sports and tourism pages: a representative label opening with a sport or trade word
(游泳运动员代表杨帆) gives no would-be name before the title word and keeps the person after it; a subsidy per show
(送戏下乡每场补助标准为8000元) is a rate, no money granted; the recipients' relative clause before a paying verb is no
part of the fund's name (为获得金牌的运动员发放奖金 → 奖金); the listeners of a lecture told after it
(作了专题讲座，为150余名读者解读…) attend it. Invented sentences; the expected values follow corpus/GUIDELINES.md
(§3 attendee_count, §4 names and labels, §6 standards and purpose)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月26日上午，市体育总会召开表彰大会。游泳运动员代表杨帆、教练员代表郑国强先后发言。",
         {"杨帆": (None, ("发言",)), "郑国强": (None, ("发言",))}),
        ("9月26日上午，市体育局召开总结大会。田径运动员代表李明华发言。", {"李明华": (None, ("发言",))}),
        ("9月26日上午，市体育局召开总结大会。武术运动员代表张伟国作表态发言。", {"张伟国": (None, ("发言",))}),
        # NEGATIVE: a name with a title word after it that then speaks for a body keeps its name and title
        ("9月26日上午，市体育局召开总结大会。杨卉明副主任代表市体育局致辞。", {"杨卉明": ("副主任", ("致辞",))}),
        # NEGATIVE: an athlete's occupation before the name stays the title
        ("9月26日上午，市体育局召开总结大会。游泳运动员杨帆发言。", {"杨帆": ("游泳运动员", ("发言",))}),
    ],
)
def test_sport_label_before_name(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2025年，全市共开展送戏下乡演出1200场，送戏下乡每场补助标准为8000元。", []),
        ("3月4日，县文旅局召开推进会，明确对每场惠民演出补助5000元。", []),
        # NEGATIVE: the total paid under such a rate stays
        ("本市每场次活动补贴3000元，全年共发放补贴资金120万元。", [(1200000.0, "CNY", "补贴资金")]),
        ("市财政为120场演出安排补助资金96万元。", [(960000.0, "CNY", None)]),
    ],
)
def test_rate_per_show(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("12月3日，市体育局召开表彰大会，为获得金牌的运动员发放奖金共计156万元。", "奖金"),
        ("5月9日，学校召开表彰大会，为获得一等奖的学生发放奖学金共计15万元。", "奖学金"),
        ("5月9日，县里为受灾的群众发放救助金12万元。", "救助金"),
        # NEGATIVE: recipients with no relative clause, and two funds joined, are read as before
        ("12月3日，市体育局召开表彰大会，为获奖运动员发放奖金共计156万元。", "奖金"),
        ("县财政下达村级组织运转经费和党组织服务群众专项经费共计1500万元。", "村级组织运转经费和党组织服务群众专项经费"),
    ],
)
def test_recipients_clause_no_fund_name(extract, body: str, purpose: str) -> None:
    assert [g[2] for g in grants(extract(page(body)))] == [purpose]


@pytest.mark.parametrize(
    ("body", "count", "approx"),
    [
        ("5月10日下午，江城图书馆“文津讲坛”第126讲在图书馆多功能厅举行。顾晓明教授作了题为《宋词里的江南》的专题讲座，"
         "为150余名读者解读宋词中的江南意象。", 150, True),
        ("5月9日，县委党校举行报告会。李明作了专题讲座，为80名党员干部深入浅出地阐释了全会精神。", 80, False),
        # NEGATIVE: goods handed to people after a meeting are no audience
        ("5月9日，市图书馆举行座谈会。会后，为200名读者发放图书。", None, False),
    ],
)
def test_listeners_after_lecture(extract, body: str, count: int | None, approx: bool) -> None:
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == (count, approx)
