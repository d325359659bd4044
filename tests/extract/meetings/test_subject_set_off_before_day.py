"""A body opening the sentence (after the item's dateline or none), set off by a comma from the clause of holding that
opens on its day (`由…创办的江城基金会，日前召开了…颁奖会`), is the subject that holds the meeting, and who founded the body
(`由…先生创办的`) is a descriptor, no part of its name (GUIDELINES §3 organizer, thirty-ninth review round, 7 December
2026, ninth stop). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import organizers, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("据新华社江城1月4日电（记者李林）由著名实业家、爱国人士王海先生创办的滨海科技基金会，日前召开了本年度的"
         "滨海科技奖颁奖会。", [("滨海科技奖颁奖会", "滨海科技基金会")]),
        ("滨海科技基金会，昨天召开了滨海科技奖颁奖会。", [("滨海科技奖颁奖会", "滨海科技基金会")]),
        ("江城作家协会，日前在江城举办了座谈会。", [("座谈会", "江城作家协会")]),
        ("由王海先生创办的滨海科技基金会日前召开了滨海科技奖颁奖会。", [("滨海科技奖颁奖会", "滨海科技基金会")]),
        # near misses, unchanged: a person, a place alone, a lead clause, joint hosts run together, another time word
        ("县委书记王海，日前召开了座谈会。", [("座谈会", None)]),
        ("江城市，日前召开了座谈会。", [("座谈会", None)]),
        ("据悉，日前召开了座谈会。", [("座谈会", None)]),
        ("江城学会滨海市社科联，日前在江城联合举办了座谈会。", [("座谈会", None)]),
        # (a partner after 与 leaves the subject a host; a 电/讯 inside the name is no dateline)
        ("江城作家协会，日前在江城与滨海作协共同举办了座谈会。", [("座谈会", "江城作家协会")]),
        ("江城电力公司，日前召开了座谈会。", [("座谈会", "江城电力公司")]),
        ("江城通讯协会，日前召开了座谈会。", [("座谈会", "江城通讯协会")]),
    ],
)
def test_subject_set_off_before_day_holds(extract_with_model, body: str, expected: list) -> None:
    assert organizers(extract_with_model(page(body))) == expected
