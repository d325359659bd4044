"""A descriptor before a body's name is no part of the organizer (GUIDELINES §3: `中日合资企业江城明和公司`, `西藏拉萨的…寺`;
twenty-ninth review round): a phrase closed by 的 that is no body (the body's size, rank or leader: `全省最大的`,
`他领导的`), and a kind noun before a body's own name of the same kind (`在野党民主党`, `工会五金工会`). A body before 的
owns the unit after it and stays (`市委的巡察组`). Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.meetings.organizers import MeetingOrganizers
from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("东洲最大的在野党民主联盟党十八日在海港市举行年度党代表大会。", "民主联盟党"),
        ("全省规模最大的民营企业华信集团今天在江城举行经销商大会。", "华信集团"),
        ("该国最大的工会五金工会今天在首都举行代表大会。", "五金工会"),
        ("由张华领导的青年党昨天在江城宾馆召开全国代表大会。", "青年党"),
    ],
)
def test_descriptor_before_the_subject_is_dropped(extract, body: str, organizer: str) -> None:
    meetings = extract(page(body))["meetings"]
    assert [m["organizer"] for m in meetings] == [organizer]


@pytest.mark.parametrize(
    ("raw", "organizer"),
    [
        # a body before 的 owns the unit after it: the whole stays
        ("市委的巡察组", "市委的巡察组"),
        ("省科技厅下设的成果转化工作组", "省科技厅下设的成果转化工作组"),
        # a parent firm before its branch is part of the branch's name
        ("华信公司江城分公司", "华信公司江城分公司"),
        # one party's full name holds no second kind word
        ("中国共产党", "中国共产党"),
        ("江城市总工会", "江城市总工会"),
        # the descriptor and the time after the subject both go
        ("全国最大的在野党民主联盟党十八日", "民主联盟党"),
    ],
)
def test_descriptor_reading_of_a_subject(raw: str, organizer: str) -> None:
    assert MeetingOrganizers.clean_org(raw) == organizer
