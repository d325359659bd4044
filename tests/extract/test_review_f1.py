"""Phrasings that the f1 review found mishandled: an amount's thousands set off by a space in Traditional
text (新台幣8 600萬元, the unit read before the Traditional text is converted) and a subsidy verb opening the
clause after an amount (，補助轄內社區營造計畫).  Invented sentences; the expected values follow
corpus/GUIDELINES.md §6 (each stated amount is one record; purpose: what the money is for)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a plain, a full-width and a no-break space between the thousands of a Taiwan amount
        ("縣政府今年編列新台幣8 600萬元，補助轄內社區營造計畫。", [(86_000_000.0, "TWD", "补助辖内社区营造计划")]),
        ("縣政府今年編列新台幣8\u3000600萬元，補助轄內社區營造計畫。", [(86_000_000.0, "TWD", "补助辖内社区营造计划")]),
        ("縣政府今年編列新台幣8\u00a0600萬元，補助轄內社區營造計畫。", [(86_000_000.0, "TWD", "补助辖内社区营造计划")]),
        # several groups, and 億
        ("縣政府今年撥款新台幣1 250 000元，補助社區營造計畫。", [(1_250_000.0, "TWD", "补助社区营造计划")]),
        ("市政府今年編列新台幣1 200億元。", [(120_000_000_000.0, "TWD", None)]),
        # the Simplified spelling, as before
        ("县政府今年安排资金8 600万元，补助辖内社区营造计划。", [(86_000_000.0, "CNY", "补助辖内社区营造计划")]),
    ],
)
def test_thousands_set_off_by_a_space_in_traditional_text(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two numbers written apart: a year, an ordinal, a group of four digits
        ("县财政下达2024年 300万元补助资金，补助困难群众。", [(3_000_000.0, "CNY", "补助困难群众")]),
        ("县财政下达的第3 500万元补助资金已全部拨付。", [(5_000_000.0, "CNY", None)]),
        ("县财政今年拨付资金8 6000万元。", [(60_000_000.0, "CNY", None)]),
    ],
)
def test_separate_numbers_are_not_joined(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 补助/补贴 as the verb opening the clause after the amount: what the money subsidises
        ("县财政拨付资金500万元，补助困难群众。", [(5_000_000.0, "CNY", "补助困难群众")]),
        ("县财政拨付资金500万元，补贴农户购置农机。", [(5_000_000.0, "CNY", "补贴农户购置农机")]),
        # the fund's noun opening the clause is no use of the money
        ("县财政拨付资金500万元，补助资金已全部到位。", [(5_000_000.0, "CNY", None)]),
    ],
)
def test_a_subsidy_verb_after_the_amount_is_the_purpose(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
