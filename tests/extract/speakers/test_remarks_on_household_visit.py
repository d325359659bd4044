"""Remarks on a visit told by its own verb right after the name (`省委副书记李明走访慰问了青山村的贫困户`), or after the party the
person leads (`李明带领…成员，走访慰问了…`), give no role, as remarks on a visit told with `来到…走访` do, also when the visitor
is named again later in the sentence telling the visit (`…，坐在王林家的炕上，李明说`); a meeting told between keeps them
(GUIDELINES §4 twelfth round, remarks during a visit or an inspection; thirty-seventh review round, 7 December 2026,
seventh stop, from a recall read of newspaper articles). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

MEETING = "全县扶贫工作会议今天召开。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (MEETING + "十七日，省委副书记李明带领省委组织部领导班子成员，走访慰问了青山村的五户贫困户，坐在贫困户王林家的炕上，"
         "李明说：“这样的帮扶很实在。”", {}),
        (MEETING + "十七日，省委副书记李明走访慰问了青山村的五户贫困户。李明说：“这样的帮扶很实在。”", {}),
        (MEETING + "十七日，省委副书记李明来到青山村走访，坐在贫困户王林家的炕上，李明说：“这样的帮扶很实在。”", {}),
        (MEETING + "春节前，市长赵刚看望慰问了敬老院的老人，在老人床前，赵刚说，要让老人过好年。", {}),
    ],
)
def test_visit_remarks_no_role(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a visit asked of others, and remarks at the meeting
        (MEETING + "会上，省委副书记李明说，要走访慰问困难群众。", {"李明": ("省委副书记", ("讲话",))}),
        (MEETING + "省委副书记李明要求各级干部走访慰问困难群众，李明说，要做实帮扶。", {"李明": ("省委副书记", ("讲话",))}),
        # a meeting told between the visit and the remarks
        (MEETING + "十七日，省委副书记李明走访慰问了青山村的贫困户，随后在村委会主持召开座谈会，李明强调，要做实帮扶。",
         {"李明": ("省委副书记", ("主持", "讲话"))}),
    ],
)
def test_remarks_elsewhere_kept(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
