"""Phrasings of invented pages: a training session given by a named person at a
meeting (作了专题培训, GUIDELINES §4 作报告), and medals conferred in Hong Kong or Macau on a count of
people and a count of bodies (向42名個人及8個團體頒授勳章, §5: each count with the honour; a bare 勋章
conferred is the decoration itself).  Negative cases are near misses that must not change.  All
sentences are invented; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers

_MEETING = "5月6日，市教育考试院召开考务工作会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a training session given is a lecture (§4: 作辅导讲座, 授课 → 作报告)
        ("会上，市教育考试院副院长刘畅就考务管理作了专题培训。", {"刘畅": ("市教育考试院副院长", ("作报告",))}),
        ("副院长刘畅作专题培训。", {"刘畅": ("副院长", ("作报告",))}),
        ("副院长刘畅就考务管理做了专题培训。", {"刘畅": ("副院长", ("作报告",))}),
        # negative: a training attended is no role; none given by the one named
        ("副院长刘畅参加专题培训。", {}),
        # negative: training asked for in the next clause adds no lecture to the speech
        ("副院长刘畅要求，要对监考员作好专题培训。", {"刘畅": ("副院长", ("讲话",))}),
        # negative: the chair's act only, the training the meeting's
        ("副院长刘畅主持会议，会议对全体监考员作了专题培训。", {"刘畅": ("副院长", ("主持",))}),
    ],
)
def test_a_training_session_given(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(_MEETING + body))) == expected


_CEREMONY = "7月1日，授勳典禮在禮賓府舉行。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # people and bodies counted apart, the same decoration for both (§5), Traditional or Simplified
        ("行政長官何志強主禮並向42名個人及8個團體頒授勳章。",
         [("勋章", 42, "名", "person"), ("勋章", 8, "个", "organization")]),
        ("行政长官何志强主礼并向42名个人和8个团体颁授荣誉勋章。",
         [("荣誉勋章", 42, "名", "person"), ("荣誉勋章", 8, "个", "organization")]),
        ("行政长官何志强向42名个人及8个团体颁发嘉许状。",
         [("嘉许状", 42, "名", "person"), ("嘉许状", 8, "个", "organization")]),
        ("行政长官何志强主礼并向42名个人颁授勋章。", [("勋章", 42, "名", "person")]),
        # negative: a commemorative medal or a plain medal alone names no honour (§5)
        ("区委书记王某为22名老党员颁发纪念章。", []),
        ("区委书记王某为10名老战士颁发奖章。", []),
        # negative: no count, no record
        ("行政长官何志强主礼并颁授勋章。", []),
        # negative: the representatives on stage, not a count of those honoured
        ("行政长官何志强主礼并向42名个人及8个团体代表颁授勋章。", []),
        # negative: holders congratulated, nothing conferred
        ("行政长官何志强为获得勋章的12名人士送上祝贺。", []),
    ],
)
def test_medals_conferred_on_people_and_bodies(extract, body: str, expected: list) -> None:
    assert honours(extract(page(_CEREMONY + body))) == expected
