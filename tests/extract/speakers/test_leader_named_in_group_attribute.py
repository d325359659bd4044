"""A person named only inside the attribute of a group they lead, the group the subject that speaks (`科学家王林等人领导的研究
小组…在会议上说`, `由王林率领的考察团…表示`), takes no role: the group speaks, not the person (GUIDELINES §4, a person named
inside another's frame is not the one speaking; thirty-seventh review round, 7 December 2026, seventh stop, from a recall
read of newspaper articles). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("科学家王林等人领导的研究小组今天在江城举行的国际生物学会议上说，他们培育出了新的胚胎。", {}),
        ("科学家王林领导的研究小组今天在江城举行的国际生物学会议上说，他们培育出了新的胚胎。", {}),
        ("由科学家王林率领的考察团今天在江城举行的座谈会上表示，将加强合作。", {}),
        # the person as the subject, or the group named after the remarks: kept
        ("科学家王林今天在江城举行的国际生物学会议上说，他们培育出了新的胚胎。", {"王林": ("科学家", ("讲话",))}),
        ("国际生物学会议今天在江城举行。研究小组负责人王林在会上说，他领导的研究小组培育出了新的胚胎。",
         {"王林": ("研究小组负责人", ("讲话",))}),
    ],
)
def test_group_leader_in_attribute(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
