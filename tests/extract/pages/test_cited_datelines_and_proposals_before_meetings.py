"""Page and speaker shapes: a cited wire dateline, a second
本报讯 item, proposals before held meetings, a reviewed 年度 in December, 同 inside a place name,
speakers at a meeting told after a reaction lead.  Invented sentences; the expected values follow
corpus/GUIDELINES.md (§3 date and planned events, §4 speakers and titles)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers, when


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a wire report cited after 据 is no dateline of this article: 今天 is the publication day
        ("本报讯 据新华社北京3月1日电，国务院近日印发《关于优化营商环境的意见》。今天上午，县委召开常委会议，传达学习全国两会精神。",
         "2024-03-06", [("2024-03-06", "今天", "上午")]),
        # a second 本报讯 item keeps the publication day's 昨天, not the first item's dateline
        ("本报北京10月8日讯 国庆假期后，各部委迅速进入工作状态。\n本报讯 昨天上午，县委召开常委会议，部署四季度工作。",
         "2024-10-09", [("2024-10-08", "昨天", "上午")]),
        # the article's own dateline still governs, also with a cited report after it
        ("本报北京3月5日讯 据新华社3月1日电，国务院近日印发《意见》。今天上午，县委召开常委会议，传达学习全国两会精神。",
         "2024-03-06", [("2024-03-05", "今天", "上午")]),
        ("新华社杭州3月2日电 省作协昨天举行座谈会，学习全国两会精神。", "2024-03-03", [("2024-03-01", "昨天", None)]),
    ],
)
def test_only_the_own_dateline_governs_relative_days(extract, body: str, published: str, expected: list) -> None:
    assert when(extract(page(body, published))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the proposal is the basis the meeting was held on
        ("根据县委提议，县人大常委会4月19日召开第十五次会议，任命了一批国家机关工作人员。",
         [("县人大常委会第十五次会议", "2024-04-19", "县人大常委会")]),
        # the meeting told as held (召开了) after a proposal
        ("村民代表建议，村两委于4月18日召开了村民代表大会，讨论修路事宜。村党支部书记刘某主持会议。",
         [("村民代表大会", "2024-04-18", "村两委")]),
        # a proposal of a session ahead is no meeting
        ("委员长会议建议，十四届全国人大常委会第九次会议4月23日至26日在北京举行。", []),
        ("会议提议，明年上半年召开第二届校友大会。", []),
        ("县委常委会建议，下周召开全县经济工作会议。", []),
    ],
)
def test_a_proposal_before_a_held_meeting(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-04-20"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the year's work assessed at its end: the year written is the meeting's own
        ("12月20日，市政府召开2024年度工作目标考核会议。市长王某主持会议。", "2024-12-20"),
        ("12月18日，县委召开2024年度领导班子述职评议会议。", "2024-12-18"),
        # next year's work planned in December: the year before
        ("12月20日，市政府召开会议，研究部署2025年工作。", "2024-12-20"),
    ],
)
def test_a_reviewed_year_at_year_end_without_publication_date(extract, body: str, expected: str) -> None:
    assert [m["date"] for m in extract(f"标题\n{body}\n")["meetings"]] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("当天下午，座谈会在大同市委副书记、市长张某主持下召开。", {"张某": ("大同市委副书记、市长", ("主持",))}),
        ("当天下午，座谈会在同安区委书记李某主持下召开。", {"李某": ("同安区委书记", ("主持",))}),
        ("当天下午，座谈会在同江市委书记王某主持下召开。", {"王某": ("同江市委书记", ("主持",))}),
    ],
)
def test_tong_inside_a_place_name_is_no_preposition(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reaction lead, then a meeting told: its speakers speak at it
        ("本报讯 省委全会精神在我市引起强烈反响。3月11日，市委召开座谈会，市委书记王某在讲话中强调，要狠抓落实。市委副书记陈某说，各部门要主动作为。",
         {"王某": ("市委书记", ("讲话",)), "陈某": ("市委副书记", ("讲话",))}),
        ("本报讯 县委全会精神在我县干部群众中引发热烈反响。3月11日，县委召开专题学习会。会上，县委书记张某说，要狠抓落实。县长李某表示，要主动作为。",
         {"张某": ("县委书记", ("讲话",)), "李某": ("县长", ("讲话",))}),
        # reactions told to the press after the lead, no meeting: no speakers
        ("本报讯 省委全会精神在我市引起强烈反响。市委党校教授陈某说，全会精神催人奋进。",
         {}),
        # a headline saying 反响 before the body's own lead: the quotes after that lead are reactions
        ("全国教育大会重要讲话引发热烈反响\n本报北京3月11日电 习近平总书记在全国教育大会上的重要讲话引发热烈反响。"
         "北京大学马克思主义学院院长孙某说，讲话指明了方向。",
         {}),
        ("本报讯 省委全会精神在我市引起强烈反响。3月11日，市委召开座谈会，传达学习全会精神。会后，市民刘某说，很受鼓舞。\n社区居民赵某表示，要把全会精神落到实处。",
         {}),
    ],
)
def test_reaction_lead_keeps_speakers_at_a_later_meeting(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-03-12"))) == expected
