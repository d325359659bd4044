"""Speaker and meeting shapes of adverbs after a name, people gathered, earlier events and units, each with near misses that keep today's output.

- Speakers (GUIDELINES §4, rules without the model): 曾 or 已 right before a verb of speech after a name (委员李华曾提出了…,
  委员陈刚已表示) was read into the name (李华曾, 陈刚已); the adverb opens the verb and the name has two characters
  (remarks made earlier, 曾, give no speaker as before).
- Meetings §3 attendee_count: people gathered to talk it over (邀集本地作家二十余人畅谈…) attend the 座谈会.
- Meetings §3 (fourteenth round): an earlier event told held with a period only (…论坛已于上月中旬在杭州举行) is recorded with
  no date, its place without the period; an event referred to by 该/此 told as held already keeps its count from the main
  meeting (a count never moves to another meeting).
- Meetings §3 organizer: the unit after 辖下 holds the event (市卫健局辖下的疾病预防控制中心举办… -> 疾病预防控制中心); a part of the
  last month after the subject is no part of it (市文联已于上月下旬召开…).
- Meetings §3 location: talks told with 并与 after a visit (到华信科技公司宣讲…，并与…座谈) are held at the place visited.
- Meetings §3 (twelfth round): a party lecture given to an audience in the sentence right after the only meeting held,
  with no time of its own, is its own record on the meeting's day; not one told as a habit or planned, nor on another day.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _meetings(record: dict, *keys: str) -> list[tuple]:
    return [tuple(m[k] for k in keys) for m in record["meetings"]]


_TALK = "5月6日，县政协召开座谈会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_TALK + "委员陈刚已提出了三条意见。", {"陈刚": ("委员", ("讲话",))}),
        (_TALK + "委员陈刚已表示，将全力支持。", {"陈刚": ("委员", ("讲话",))}),
        (_TALK + "委员陈刚已经表示，将全力支持。", {"陈刚": ("委员", ("讲话",))}),
        # 曾: remarks made earlier, no speaker (and never 李华曾)
        (_TALK + "委员李华曾提出了加强乡村道路建设的建议。", {}),
        (_TALK + "委员李华曾经提出过完善养老服务的建议。", {}),
        (_TALK + "委员李华曾任县长。委员李华发言。", {"李华": ("委员", ("发言",))}),
        # near misses: other adverbs as before, a surname 曾, a given name ending in 曾 before 在 or a verb it does not open
        (_TALK + "委员王明也表示，要加快推进项目建设。", {"王明": ("委员", ("讲话",))}),
        (_TALK + "委员张强还提出了关于教育的建议。", {"张强": ("委员", ("讲话",))}),
        (_TALK + "委员刘芳又说，基层治理需要更多投入。", {"刘芳": ("委员", ("讲话",))}),
        (_TALK + "委员曾华提出了加强乡村道路建设的建议。", {"曾华": ("委员", ("讲话",))}),
        (_TALK + "省农学会会长洪绂曾在讲话中指出，要推动农业科技与经济结合。", {"洪绂曾": ("省农学会会长", ("讲话",))}),
        (_TALK + "县长王曾主持会议。", {"王曾": ("县长", ("主持",))}),
    ],
)
def test_adverb_after_a_name(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市文联召开文艺创作座谈会，邀集本地作家二十余人畅谈创作体会。", 20),
        ("5月6日，县委宣传部召开座谈会，邀请老党员30余人围绕党史学习共话初心。", 30),
        ("5月6日，市社科联召开研讨会，邀集高校学者20余人研讨城市更新。", 20),
        # as before
        ("5月6日，市社科联召开座谈会，邀请专家学者30余人座谈。", 30),
        ("5月6日，县政协召开乡村振兴座谈会，邀请专家学者30余人参加座谈。", 30),
        # near misses: speakers or judges invited
        ("5月6日，市社科联召开座谈会，邀请专家学者30余人作专题报告。", None),
        ("5月6日，市社科联召开座谈会，邀请30名专家评审课题。", None),
    ],
)
def test_people_gathered_to_talk(extract, body: str, expected: int | None) -> None:
    assert [m["attendee_count"] for m in extract(page(body))["meetings"]] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市社科联召开学术座谈会。会议通报了有关情况。全省乡村振兴论坛已于上月中旬在杭州举行，三百余人参加。",
         [("学术座谈会", "2024-05-06", None, None), ("全省乡村振兴论坛", None, "杭州", 300)]),
        ("5月6日，市社科联召开学术座谈会。全省乡村振兴论坛于4月中旬在杭州举行。",
         [("学术座谈会", "2024-05-06", None, None), ("全省乡村振兴论坛", None, "杭州", None)]),
        ("5月6日，市社科联召开学术座谈会。4月中旬，全省乡村振兴论坛在杭州举行。",
         [("学术座谈会", "2024-05-06", None, None), ("全省乡村振兴论坛", None, "杭州", None)]),
        # an event referred to by 该 told as held already: its count is not the main meeting's
        ("5月6日，市社科联召开学术座谈会。会议通报了全省乡村振兴论坛的情况，该论坛已于上月中旬在杭州举行，三百余人参加。",
         [("学术座谈会", "2024-05-06", None, None)]),
        ("5月6日，市社科联召开学术座谈会。会议通报了全省乡村振兴论坛的情况。该论坛上月中旬在杭州举行，三百余人参加。",
         [("学术座谈会", "2024-05-06", None, None)]),
        ("5月6日，市社科联召开学术座谈会。会上，专家介绍了城市更新研讨会的成果。该研讨会已于上月下旬在北京举行，逾三百人参加。",
         [("学术座谈会", "2024-05-06", None, None)]),
        # near misses: the main meeting referred to by 该, a dated passive as before, the main meeting's own count
        ("5月6日，县委召开全县工作会议。该会议于5月6日上午在县委礼堂举行，300余人参加。",
         [("全县工作会议", "2024-05-06", "县委礼堂", 300)]),
        ("5月6日，市社科联召开学术座谈会。会议通报了有关情况。全省乡村振兴论坛已于4月20日在杭州举行，三百余人参加。",
         [("学术座谈会", "2024-05-06", None, None), ("全省乡村振兴论坛", "2024-04-20", "杭州", 300)]),
        ("5月6日，市社科联召开学术座谈会，40余人参加。会上，专家介绍了城市更新研讨会的成果。该研讨会已于上月下旬在北京举行，逾三百人参加。",
         [("学术座谈会", "2024-05-06", None, 40)]),
    ],
)
def test_earlier_event_with_a_period(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body)), "name", "date", "location", "attendee_count") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市卫健局辖下的疾病预防控制中心举办健康知识培训班。", "疾病预防控制中心"),
        ("5月6日，县教育局辖下的青少年活动中心在县城举办科技节开幕式。", "青少年活动中心"),
        ("5月6日，市卫健局辖下疾病预防控制中心在市区举办健康知识培训班。", "疾病预防控制中心"),
        ("5月6日，市社科联召开学术座谈会。此前，市文联已于上月下旬召开了文艺工作会议。", "市社科联"),
        # near misses: a body's unit with 的 only, 辖下 inside the name
        ("5月6日，县教育局的青少年活动中心举办科技节开幕式。", "县教育局的青少年活动中心"),
        ("5月6日，县教育局召开辖下各校校长会议。", "县教育局"),
    ],
)
def test_unit_under_a_body(extract, body: str, expected: str) -> None:
    assert extract(page(body))["meetings"][0]["organizer"] == expected


def test_period_after_the_subject_of_an_earlier_meeting(extract) -> None:
    body = "5月6日，市社科联召开学术座谈会。此前，市文联已于上月下旬召开了文艺工作会议。"
    assert _meetings(extract(page(body)), "name", "organizer") == [("学术座谈会", "市社科联"), ("文艺工作会议", "市文联")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县委书记王强到华信科技公司宣讲党的创新理论，并与企业职工座谈交流。县委副书记李明主持座谈会。",
         # (the body names the 座谈 by its noun after: 座谈会, the body's wording, tests/extract/meetings/test_meeting_names_generic_nouns_and_verb_forms.py)
         [("座谈会", "华信科技公司")]),
        ("5月6日，市委副书记李华来到城南中学调研，并与师生代表座谈。", [("座谈", "城南中学")]),
        # near miss: talks told with no 并 after the visit keep today's output (no place)
        ("5月6日，市委副书记李华来到城南中学调研，与师生代表座谈。", [("座谈", None)]),
    ],
)
def test_talks_at_the_place_visited(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body)), "name", "location") == expected


_AWARDS = "5月6日，县委召开“七一”表彰大会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_AWARDS + "县委书记王强为全体党员讲授专题党课。",
         [("“七一”表彰大会", "2024-05-06"), ("专题党课", "2024-05-06")]),
        ("5月6日，县委召开“七一”表彰大会，表彰了一批先进党组织和优秀党员。县委书记王强为全体党员讲授专题党课。",
         [("“七一”表彰大会", "2024-05-06"), ("专题党课", "2024-05-06")]),
        (_AWARDS + "县委书记王强为全体党员讲授专题党课。县委副书记李明主持会议。",
         [("“七一”表彰大会", "2024-05-06"), ("专题党课", "2024-05-06")]),
        # near misses: a habit, a plan, another day, no audience, a meeting whose kind holds lectures
        (_AWARDS + "县委书记王强经常为党员讲授专题党课。", [("“七一”表彰大会", "2024-05-06")]),
        (_AWARDS + "县委书记王强多次为全体党员讲授专题党课。", [("“七一”表彰大会", "2024-05-06")]),
        (_AWARDS + "县委书记王强计划为全体党员讲授专题党课。", [("“七一”表彰大会", "2024-05-06")]),
        (_AWARDS + "县委书记王强将于下周为全体党员讲授专题党课。", [("“七一”表彰大会", "2024-05-06")]),
        (_AWARDS + "5月8日，县委书记王强为全体党员讲授专题党课。",
         [("“七一”表彰大会", "2024-05-06"), ("专题党课", "2024-05-08")]),
        (_AWARDS + "县委书记王强讲授专题党课。", [("“七一”表彰大会", "2024-05-06")]),
        (_AWARDS + "县委书记王强出席会议并为全体党员讲授专题党课。", [("“七一”表彰大会", "2024-05-06")]),
        (_AWARDS + "县委书记王强以《坚守初心》为题讲授专题党课。", [("“七一”表彰大会", "2024-05-06")]),
        # (re-pinned, GUIDELINES §3 thirty-fourth review round: a 党员大会 is a meeting of another kind, its lecture its own
        # record, as the tuning gold s140_05 and s164_28 read it; was the meeting alone)
        ("5月6日，镇党委召开党员大会。镇党委书记王强为全体党员讲授专题党课。", [("党员大会", "2024-05-06"), ("专题党课", "2024-05-06")]),
    ],
)
def test_lecture_after_the_only_meeting(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body)), "name", "date") == expected
