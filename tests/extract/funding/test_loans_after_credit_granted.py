"""Loans let out at the event right after a credit granted (`签约仪式上，…向8家企业现场授信并发放首批贷款共计2.4亿元`)
are loans let out, funding (§6 ninth round), the `授信` before them no credit line of the amount's own (GUIDELINES §6
thirty-sixth review round, sixth stop, from the new tuning pages s169). A credit line alone, one ahead, and a running
lending total stay no record.

Found: the credit word in the clause declined the loans' amount as a credit line.

Every sentence is invented; amounts only (the purposes are another rule's).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page

_SIGNING = "5月6日上午，县政府与某银行签约仪式举行。"

# (body, amounts recorded)
CASES = [
    (_SIGNING + "签约仪式上，某银行江城支行还向8家企业现场授信并发放首批贷款共计2.4亿元。", [240000000.0]),
    (_SIGNING + "签约仪式上，某银行江城支行向8家企业授信并发放贷款2.4亿元。", [240000000.0]),
    # near misses: a credit line, one ahead, a running total
    ("5月6日，某银行江城支行向8家企业授信2.4亿元。", []),
    (_SIGNING + "某银行将向县里授信50亿元。", []),
    ("今年以来，某银行江城支行累计向中小企业授信并发放贷款32亿元。", []),
]


@pytest.mark.parametrize(("body", "amounts"), CASES)
def test_loans_after_credit_granted(extract, body, amounts):
    assert [g[0] for g in grants(extract(page(body)))] == amounts
