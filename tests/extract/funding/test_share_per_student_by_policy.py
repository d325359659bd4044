"""A share per head told after `按照政策，` (`按照政策，学前教育资助每生每学期补助800元`) is a rate the standing policy provides,
like one after `按照规定，` (thirteenth round): no record; `每生` (each student) is a share per head like `每名学生`
(GUIDELINES §6 rates and standards; thirty-seventh review round, 7 December 2026, seventh stop, from the new tuning
pages s170).

Found: a grant's yearly rate per student, told after the county's total was paid, was recorded as money.

Near misses: no policy clause before the share, the policy's demand (`按照政策要求`), a payment to counted students under the
policy and a total paid keep their amounts.  Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page

_PAID = "今年秋季学期，全县共发放学生资助资金500万元。"

# (body, amounts and currencies recorded)
CASES = [
    (_PAID + "按照政策，学前教育资助每生每学期补助800元。", [(5_000_000.0, "CNY")]),
    (_PAID + "按政策，学前教育资助每生每年1000元。", [(5_000_000.0, "CNY")]),
    (_PAID + "根据国家政策，每名学生每年可获得3000元补助。", [(5_000_000.0, "CNY")]),
    (_PAID + "按照政策，高中每生补助二千元。", [(5_000_000.0, "CNY")]),
    # near misses: no policy clause, the policy's demand, students counted and paid, a total paid under the policy
    (_PAID + "学前教育资助每生每学期补助800元。", [(5_000_000.0, "CNY"), (800.0, "CNY")]),
    (_PAID + "按照政策要求，每生每学期补助800元。", [(5_000_000.0, "CNY"), (800.0, "CNY")]),
    ("按照政策，县教育局为120名学生每人发放补助2000元。", [(2_000.0, "CNY")]),
    ("按照政策，县财政今年安排学生资助资金300万元。", [(3_000_000.0, "CNY")]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_share_per_student_by_policy(extract, body: str, expected: list) -> None:
    # (amount and currency only: the purpose is no part of this reading)
    assert [g[:2] for g in grants(extract(page(body)))] == expected
