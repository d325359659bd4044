"""Loans a bank tells with 批出 (Hong Kong and Macau copy for loans approved) over a period are lending statistics, like
`去年新发放…贷款` (GUIDELINES §6 ninth round, as the fortieth review round of 8 December 2026, tenth stop, reads 批出): no
record. Invented sentences; near misses (a loan for a named borrower's stated use, grants approved with a use, no period)
stay."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("另外，合作银行去年透过「创业贷」向青年企业批出贷款共4亿港元。", []),
    ("另外，合作银行今年以来向中小企业批出贷款逾5亿港元。", []),
    ("該行去年向中小企業批出貸款共5億港元。", []),
    # near misses: a loan for a named borrower's stated use, grants approved with a use, no period
    ("合作银行今日向江城纺织厂批出贷款2000万港元，用于技术改造。", [20000000.0]),
    ("基金会去年向青年企业批出资助共3000万港元，用于创业培训。", [30000000.0]),
    ("合作银行向青年企业批出贷款3亿港元。", [300000000.0]),
]


@pytest.mark.parametrize(("text", "amounts"), CASES)
def test_loans_approved_over_period(extract: Callable[..., dict[str, Any]], text: str, amounts: list[float]) -> None:
    assert [f["amount"] for f in extract(text, "2024-03-15")["funding"]] == amounts
