"""Grassroots party-building pages.

Found: posts set up in a clause with a count before the quoted name (公司已设立6个“党员示范岗”) were read as an
honour conferred; units set up are no award (GUIDELINES §5: units built, 新建“文化礼堂”3座). And a body that gathers
people, then a clause opening on 在 and the venue before 开展 (党委组织党员30余人，在服务中心开展…), gave the venue as the
organizer; the body that gathered them holds it (GUIDELINES §3 organizer: the subject of the verb of holding, as for
组织…赴…开展).
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page

SET_UP_NO_AWARD = [
    "5月6日，公司党委召开表彰大会。公司已在生产一线设立了6个“党员示范岗”。",
    "5月6日，镇党委召开党建推进会。全镇设置12个“党员先锋岗”，覆盖所有村居。",
    "5月6日，街道党工委召开会议。今年以来街道建起8个“红色驿站”。",
    "5月6日，区委组织部召开现场会。各园区共设立了15个“党建指导站”。",
]


@pytest.mark.parametrize("body", SET_UP_NO_AWARD)
def test_posts_set_up_are_no_award(extract, body):
    assert honours(extract(page(body))) == []


CONFERRED_STILL = [
    ("5月6日，公司党委召开表彰大会，为新设立的6个“党员示范岗”授牌。", ("党员示范岗", 6)),
    ("5月6日，公司党委召开表彰大会，表彰12名“优秀共产党员”。", ("优秀共产党员", 12)),
    ("5月6日，镇党委召开大会，授予8个党支部“五星党支部”称号。", ("五星党支部", 8)),
]


@pytest.mark.parametrize(("body", "expected"), CONFERRED_STILL)
def test_conferred_counts_stay(extract, body, expected):
    assert [(h, n) for h, n, _, _ in honours(extract(page(body)))] == [expected]


GATHERED_THEN_AT = [
    ("5月6日下午，青禾社区党委组织辖区党员和志愿者30余人，在社区党群服务中心开展“学雷锋”主题党日活动。", "青禾社区党委"),
    ("5月6日，县机关工委组织机关党员50名，在县档案馆开展“学党史”主题党日活动。", "县机关工委"),
    ("5月6日，城南街道党工委组织各社区党员干部，在街道会议室开展“学党章”主题党日活动。", "城南街道党工委"),
]


@pytest.mark.parametrize(("body", "organizer"), GATHERED_THEN_AT)
def test_gathering_body_holds_the_event_at_the_venue(extract, body, organizer):
    meetings = held(extract(page(body)))
    assert [m[2] for m in meetings] == [organizer]


VENUE_ONLY = [
    "5月6日，县妇联联合县总工会，在文化广场开展“巾帼心向党”主题党日活动。",
]


@pytest.mark.parametrize("body", VENUE_ONLY)
def test_venue_clause_is_never_the_organizer(extract, body):
    meetings = extract(page(body))["meetings"]
    assert meetings and all(m["organizer"] != m["location"] for m in meetings)
    assert all(m["organizer"] is None or "广场" not in m["organizer"] and "中心" not in m["organizer"] for m in meetings)


def test_sent_to_visit_keeps_its_body(extract):
    meetings = held(extract(page("5月6日，机关党委组织60余名党员，赴纪念馆开展“学党史”主题党日活动。")))
    assert [m[2] for m in meetings] == ["机关党委"]


# Groups counted before the verb, each count before its noun, add up (GUIDELINES §3 eighteenth review round: several
# groups counted as present add up when nothing counts the whole).
GROUPS_ADD_UP = [
    ("5月6日，公司党支部召开专题组织生活会，公司28名党员、11名入党积极分子参加。", 39),
    ("5月6日，县委召开座谈会，10名村支书和20名驻村工作队员参加座谈。", 30),
    ("5月6日，镇党委召开组织生活会，12名正式党员及3名预备党员参加会议。", 15),
]


@pytest.mark.parametrize(("body", "count"), GROUPS_ADD_UP)
def test_groups_before_the_verb_add_up(extract, body, count):
    meetings = extract(page(body))["meetings"]
    assert [(m["attendee_count"], m["attendee_approx"]) for m in meetings] == [(count, False)]


# Near misses: a total after 等 covers the list, one count beside an uncounted group stays, counts of honours are no
# attendees.
GROUPS_NOT_ADDED = [
    ("5月6日，县委召开座谈会，县领导及13位乡镇长等30余人参加。", 30),
    ("5月6日，县委召开座谈会，30名村支书和县直部门负责人参加。", 30),
    ("5月6日，县委召开表彰大会，表彰12名优秀党员、5名优秀党务工作者。", None),
]


@pytest.mark.parametrize(("body", "count"), GROUPS_NOT_ADDED)
def test_groups_not_added(extract, body, count):
    meetings = extract(page(body))["meetings"]
    assert [m["attendee_count"] for m in meetings] == [count]
