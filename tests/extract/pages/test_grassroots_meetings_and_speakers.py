"""Phrasings of county, township, street-office and village news and of grassroots party-building: two standing meetings joined by 和 after one verb (组织生活会和民主评议党员大会,
支委会和党员大会), an adverb of several bodies acting in turn or at once before 召开 (陆续, 相继, 集中), the place
words 县里/镇里/村里 as a subject, a bracketed 社区 inside a body's name, a manner adjective before a meeting noun
(简朴的捐赠仪式), a lecture group before the lecture it gives (县委宣讲团…宣讲会在…举行), a next meeting told
without 在 (随后召开的支委会上), a year's campaign tally read as a meeting's attendance, the collective 支委成员 and
the word 年度 read as names, 宣讲 after 参加…并, pass grades of a 民主评议 (合格党员) read as honours, a running
total of loans (截至目前…共发放…贷款) and the money an audit covered (审计资金) read as funding.
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 meetings, §4 speakers, §5 awards,
§6 funding), with near misses that keep their records."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two standing meetings of a branch after one verb: each its own record (§3)
        ("1月6日，东风村党支部召开组织生活会和民主评议党员大会。",
         [("组织生活会", "2024-01-06", "东风村党支部"), ("民主评议党员大会", "2024-01-06", "东风村党支部")]),
        ("1月6日，村党支部召开支委会和党员大会，村党支部书记刘某主持。",
         [("支委会", "2024-01-06", "村党支部"), ("党员大会", "2024-01-06", "村党支部")]),
        # near misses: one meeting about both, or one joined by 暨, stays whole
        ("1月6日，镇党委召开民主生活会和组织生活会情况通报会。",
         [("民主生活会和组织生活会情况通报会", "2024-01-06", "镇党委")]),
        ("1月6日，村党支部召开2023年度组织生活会暨民主评议党员大会。",
         [("2023年度组织生活会暨民主评议党员大会", "2024-01-06", "村党支部")]),
        # an adverb of bodies acting in turn or together is no part of the organizer (§3); a bracketed 社区 is
        ("1月6日，铁营镇各村（社区）党组织陆续召开组织生活会。", [("组织生活会", "2024-01-06", "铁营镇各村（社区）党组织")]),
        ("1月6日，铁营镇各村党组织相继召开组织生活会。", [("组织生活会", "2024-01-06", "铁营镇各村党组织")]),
        ("1月6日，铁营镇党委集中召开专题会议。", [("专题会议", "2024-01-06", "铁营镇党委")]),
        # the place word of a level names no body (§3, a generic subject)
        ("1月6日，县里召开乡村振兴推进会，县长王某出席并讲话。", [("乡村振兴推进会", "2024-01-06", None)]),
        ("1月6日，村里召开村民大会，村支书李明主持会议。", [("村民大会", "2024-01-06", None)]),
        # the manner of a ceremony is no part of its name (§3 name as written)
        ("1月6日，村里举行了简朴的捐赠仪式。", [("捐赠仪式", "2024-01-06", None)]),
        ("1月6日，学校举行了一场简短而隆重的升旗仪式。", [("升旗仪式", "2024-01-06", None)]),
        # a lecture group before its lecture is the organizer written at the head of the name (§3)
        ("1月6日，县委宣讲团党的二十届三中全会精神宣讲会在石桥镇举行。",
         [("党的二十届三中全会精神宣讲会", "2024-01-06", "县委宣讲团")]),
        ("1月6日，市委讲师团“乡村振兴”专场报告会在红星镇举行。", [("“乡村振兴”专场报告会", "2024-01-06", "市委讲师团")]),
        # the next meeting told without 在 (§3, 随后…召开)
        ("4月19日，长乐村召开党员大会。随后召开的新一届支部委员会第一次会议上，选举马建国为支部书记。",
         [("党员大会", "2024-04-19", "长乐村"), ("新一届支部委员会第一次会议", "2024-04-19", None)]),
        ("4月19日，长乐村召开党员大会。随后举行的颁奖仪式上，村党支部书记马建国为获奖者颁奖。",
         [("党员大会", "2024-04-19", "长乐村"), ("颁奖仪式", "2024-04-19", None)]),
        # near miss: the main meeting's own part again, no second record
        ("4月19日，马镇召开推进会暨观摩会。在随后召开的推进会上，镇长李某讲话。", [("推进会暨观摩会", "2024-04-19", "马镇")]),
    ],
)
def test_grassroots_meetings(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a year's campaign told after the meeting: no attendance of it (§3)
        ("12月7日，梨园镇召开党员冬训动员部署会。\n今年冬训，全镇共组织党员1260名参训。", [(None, False)]),
        # near miss: the people at the meeting
        ("12月7日，梨园镇召开党员冬训动员部署会，全镇党员干部300余人参加。", [(300, True)]),
    ],
)
def test_attendance_is_of_the_meeting(extract, body: str, expected: list) -> None:
    record = extract(page(body, "2024-12-08"))
    assert [(m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the collective 支委成员 and the word 年度 are no names (§4, unnamed people)
        ("5月6日，村党支部召开组织生活会，支委成员逐一作对照检查发言。", {}),
        ("1月6日，社区召开网格员年度工作总结会，街道党工委书记高峰出席会议并讲话。", {"高峰": ("街道党工委书记", ("讲话",))}),
        # 宣讲 after attending: the lecture given (§4, 作报告 like 作宣讲)
        ("5月6日，镇党委副书记张华参加屋场会并宣讲了今年的惠农政策。", {"张华": ("镇党委副书记", ("作报告",))}),
        # near misses: a named member speaks; attending alone gives no role
        ("5月6日，村党支部召开组织生活会，支部委员王海东作对照检查发言。", {"王海东": ("支部委员", ("发言",))}),
        ("5月6日，镇党委副书记张华参加屋场会并听取意见。", {}),
    ],
)
def test_grassroots_speakers(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # pass grades of a 民主评议 are grades of an evaluation, no honour (§5)
        ("1月6日，村党支部召开民主评议党员大会，评出合格党员86名、基本合格党员2名。", []),
        # near misses: an honour conferred keeps its record
        ("1月6日，镇党委召开表彰大会，表彰了优秀党员12名。", [("优秀党员", 12, "名", "person")]),
        ("1月6日，镇党委召开表彰大会，表彰“五星级党支部”8个。", [("五星级党支部", 8, "个", "organization")]),
    ],
)
def test_evaluation_grades(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a running total of loans and the money an audit covered are no grants (§6)
        ("截至目前，全镇共发放创业担保贷款1260万元，带动300余人就业。", []),
        ("今年以来，县审计局共审计项目56个，审计资金2.3亿元。", []),
        # near misses: a loan for a stated use, and money allocated
        ("县农商行向合作社发放贷款50万元，用于购买农机。", [(500000.0, "CNY", "购买农机")]),
        # (the fund named by its field is the purpose over the 用于 clause, §6 twenty-third review round)
        ("镇里已拨付防汛专项资金20万元，用于购置防汛物资。", [(200000.0, "CNY", "防汛专项资金")]),
    ],
)
def test_grassroots_funding(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
