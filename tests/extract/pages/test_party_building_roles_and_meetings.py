"""Party-building and civil-service phrasings: speakers at a study session
who 作研讨交流, a 廉政谈话 given at a meeting, a second 带领…学习 after another act, a group's 发言 after a named
person's report, a bare 讲党课 given on a day, 集体学习研讨 as an event, 参加指导…会 and a visit told before
召开 read as the organizer.  Invented sentences; the expected values follow corpus/GUIDELINES.md (§3, §4)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 研讨交流 is 交流发言 (§4 发言), in either word order
        ("5月6日，区委理论学习中心组召开专题学习会。区委书记钱立平主持。区委副书记孟凡、区委常委石悦分别作研讨交流。",
         {"钱立平": ("区委书记", ("主持",)), "孟凡": ("区委副书记", ("发言",)), "石悦": ("区委常委", ("发言",))}),
        ("5月6日，区委理论学习中心组召开专题学习会。区委书记钱立平主持。区委副书记孟凡结合分管工作进行了研讨交流。",
         {"钱立平": ("区委书记", ("主持",)), "孟凡": ("区委副书记", ("发言",))}),
        # a 廉政谈话 given at the meeting is an address (§4 讲话)
        ("5月6日，县教育局召开新任校长廉政谈话会。局党组书记万志刚主持会议并作廉政谈话。",
         {"万志刚": ("局党组书记", ("主持", "讲话"))}),
        ("5月6日，县纪委召开新任职干部集体廉政谈话会。县纪委书记骆文作集体廉政谈话。",
         {"骆文": ("县纪委书记", ("讲话",))}),
        # a second 带领…学习 after another act of the same person is still a study led (§4 领学 → 宣读)
        ("5月6日，社区党支部开展主题党日活动。支部书记葛红带领党员重温入党誓词，并带领大家学习了《条例》。",
         {"葛红": ("支部书记", ("宣读",))}),
        # a group's 逐一发言 after a named person's 通报 is the group's: no role for the one named (通报 gives none)
        ("5月6日，村党支部召开组织生活会。村党支部书记范长顺通报了检视问题情况，支部委员和党员代表逐一发言。", {}),
        ("5月6日，村党支部召开组织生活会。村党支部书记范长顺作对照检查，党员们逐一发言。", {}),
        # NEGATIVE: a discussion organized for others is no address of the organizer's
        ("5月6日，县委召开学习会。县委书记卢明主持，并组织与会人员开展研讨交流。", {"卢明": ("县委书记", ("主持",))}),
        # NEGATIVE: named members speaking after 党员代表 keep their 发言; the chair keeps only 主持
        ("5月6日，村党支部召开组织生活会。村党支部书记范长顺主持，党员代表丁山、鲍琴发言。",
         {"范长顺": ("村党支部书记", ("主持",)), "丁山": (None, ("发言",)), "鲍琴": (None, ("发言",))}),
    ],
)
def test_party_building_roles(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bare 讲党课 on a day, to an audience or on a topic, is a party lecture given (§3, generic noun)
        ("5月6日，镇党委书记柯建平为全镇党员讲党课。", [("党课", "2024-05-06", None)]),
        ("5月6日，县委书记柯建平同志以《守纪律讲规矩》为题讲党课。", [("党课", "2024-05-06", None)]),
        ("5月6日，县委书记柯建平以“守纪律”为题，作专题党课辅导。", [("专题党课", "2024-05-06", None)]),
        # NEGATIVE: lectures in general, or lectures asked for, are none given
        ("领导干部带头讲党课，是我党的优良传统。", []),
        ("5月6日，县委印发通知，要求各级党组织书记为党员讲党课。", []),
        # 集体学习研讨 names the event held
        ("5月6日，市委理论学习中心组举行集体学习研讨。市委书记裴东主持并讲话。",
         [("集体学习研讨", "2024-05-06", "市委理论学习中心组")]),
        # 参加指导: the verb is no part of the name
        ("5月6日，县委常委、组织部长舒敏参加指导北坡村党支部组织生活会。",
         [("北坡村党支部组织生活会", "2024-05-06", None)]),
        # a visit told before 召开 is no organizer (§3: null rather than a clause)
        ("5月6日，县委常委、组织部长舒敏到联系点北坡村指导党支部召开2023年度组织生活会。",
         [("2023年度组织生活会", "2024-05-06", None)]),
        # NEGATIVE: a body that holds the meeting stays its organizer
        ("5月6日，县委办公室党支部召开组织生活会。县委常委舒敏到会指导。", [("组织生活会", "2024-05-06", "县委办公室党支部")]),
    ],
)
def test_party_building_meetings(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


def test_guide_who_attends_to_guide(extract) -> None:
    # 参加指导…会 gives 指导 (§4 参加并指导), the meeting named without the verb
    record = extract(page("5月6日，县委常委、组织部长舒敏参加指导北坡村党支部组织生活会，并作点评。"))
    assert speakers(record) == {"舒敏": ("县委常委、组织部长", ("指导", "点评"))}
