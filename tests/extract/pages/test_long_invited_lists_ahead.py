"""Dirty scraped government pages: guests a coming event will invite, listed at length and closed by
等 before their count (届时将邀请专家学者、…代表等300余人参会), are no attendee count of a meeting held on the page
(GUIDELINES §3 ninth review round: guests a future word says will be invited); money in a clause with no subject of its
own that goes on from a clause told with 还将/将于 (论坛期间还将举行成果展，设立专项资金200万元) is only intended
(GUIDELINES §6: money put off to a later step, no record).  Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，博览会筹备工作会议在市商务局召开。博览会定于6月举行，届时将邀请国内外采购商、行业协会负责人等"
         "500余人参会。", (None, False)),
        ("5月6日，峰会筹备会在区政府召开。峰会拟邀请知名企业家、高校学者、金融机构代表等200余人出席。", (None, False)),
        ("5月6日，研讨会筹备会议在县委党校召开。研讨会计划邀请省内外党史专家、基层理论宣讲骨干等80名代表参加。",
         (None, False)),
        # NEGATIVE: guests already invited to the meeting held are its attendees
        ("5月6日，座谈会在市工商联召开，邀请了民营企业家、商会负责人等40余人参加。", (40, True)),
        # NEGATIVE: a count of those present, no invitation ahead
        ("5月6日，座谈会在市工商联召开，民营企业家、商会负责人、青年创业代表等40余人参加座谈。", (40, True)),
    ],
)
def test_long_invited_list_ahead(extract, body: str, expected: tuple) -> None:
    meetings = extract(page(body))["meetings"]
    assert meetings, body
    assert (meetings[0]["attendee_count"], meetings[0]["attendee_approx"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("论坛期间还将举行乡村振兴成果展，设立专项资金200万元用于展会搭建。", []),
        ("该中心将于明年三月投入运营，安排运营经费300万元。", []),
        ("县里也将组织一批龙头企业参展，同时安排补助资金50万元用于参展企业展位费用。", []),
        ("活动现场还将开展义诊服务，并投入资金20万元采购药品。", []),
        # NEGATIVE: the clause before tells something done, the money is its own statement
        ("论坛期间举行了乡村振兴成果展，设立专项资金200万元用于展会搭建。", [(2000000.0, "CNY")]),
        # NEGATIVE: a decision reported before: funding (§6 a decision reported)
        ("会议决定，园区还将新建标准厂房，安排资金500万元用于配套道路建设。", [(5000000.0, "CNY")]),
        # NEGATIVE: 将 the object marker, no future
        ("县财政将结余资金统筹使用，安排资金80万元用于农村道路养护。", [(800000.0, "CNY")]),
        # NEGATIVE: the money clause has its own subject
        ("论坛期间还将举行成果展。市财政安排专项资金200万元用于乡村振兴示范村建设。", [(2000000.0, "CNY")]),
    ],
)
def test_will_carried_into_subjectless_clause(extract, body: str, expected: list) -> None:
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected
