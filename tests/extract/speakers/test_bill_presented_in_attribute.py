"""A bill's presentation heard, told in an attribute ``就《…》（草案）所作的说明`` (GUIDELINES §4 thirteenth review
round: presenting a bill with ``作…说明`` is 作报告; fortieth review round, from a fourth recall read of newspaper
articles).

``所作的说明`` of a bill, a draft decision or a report is the same act as ``作了说明``. Near misses: ``就群众关心的问题所作的
说明`` answers questions (no bill: no 作报告). Invented sentences only.
"""

from __future__ import annotations

import pytest

_OPENING = ("市政协举行主席会议\n本报讯 市政协第十届第5次主席会议今天下午在市政协举行。市政协主席张华主持会议。")


@pytest.mark.parametrize(("body", "roles"), [
    ("会议听取了各组召集人关于小组讨论情况的汇报；王立新秘书长就《关于授权主席会议审议有关事项的决定》（草案）所作的说明，"
     "会议决定将这一草案提交常委会议审议。", ["作报告"]),
    ("王立新秘书长就《关于授权主席会议审议有关事项的决定》（草案）作了说明。", ["作报告"]),
    # near miss: questions answered, no bill presented
    ("王立新秘书长就群众关心的问题所作的说明，得到了与会人员的认可。", None),
])
def test_bill_presented_in_attribute(extract_with_model, body, roles):
    found = {s["name"]: s["roles"] for s in extract_with_model(f"{_OPENING}{body}\n")["speakers"]}
    assert found.get("王立新") == roles
