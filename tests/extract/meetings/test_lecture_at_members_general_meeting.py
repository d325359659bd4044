"""A party lecture given at a branch's general meeting of members (invented pages).

GUIDELINES §3, thirty-fourth review round (7 December 2026, fourth stop), following the twelfth round: a lecture told
`会上` at a meeting of another kind is its own record; a 党员大会 (a general meeting that reviews work, votes or appraises
members) is of another kind, so `召开党员大会…。会上，X为与会党员讲了一堂专题党课` gives two records. Near misses keep today's
output: a lecture at a meeting whose kind holds it (组织生活会, 主题党日, fourteenth round) or whose name holds it stays a part
of that meeting.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("11月8日上午，白沙村党支部在村委会召开党员大会，总结全年工作。会上，镇党委委员冯立新为与会党员讲了一堂专题党课。",
     ["党员大会", "专题党课"]),
    ("11月8日，白沙村党总支召开党员大会。会上，驻村第一书记郑海波为全体党员讲授专题党课。", ["党员大会", "专题党课"]),
    ("11月8日，某社区党委召开2024年第三季度党员大会。会上，街道党工委书记吴敏为党员上了一堂党课。",
     ["2024年第三季度党员大会", "党课"]),
    # near misses: a meeting whose kind or name holds the lecture
    ("11月8日，白沙村党支部召开组织生活会。会上，镇党委委员冯立新为与会党员讲了一堂专题党课。", ["组织生活会"]),
    ("11月8日，白沙村党支部开展主题党日活动。会上，镇党委委员冯立新为与会党员讲了一堂专题党课。", ["主题党日活动"]),
    ("11月8日，白沙村党支部召开党员大会暨专题党课。会上，镇党委委员冯立新为与会党员讲了一堂专题党课。", ["党员大会暨专题党课"]),
])
def test_lecture_at_members_general_meeting(extract, body, expected):
    assert _names(extract(page(body))) == expected
