"""A bare amount in 万/亿 listed right before another whose unit is written (`分别拨出40万和300万港元`,
`分别捐款3万、5万美元`) is in that unit too: two records, each in the written currency (GUIDELINES §6, fortieth review
round, 8 December 2026, tenth stop). A bare figure before an amount of people or things, or before a figure with no
magnitude, is left as it was. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[tuple[float, str]]:
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the bare amount takes the unit written after the next one
        ("江城基金会与江城商会分别拨出40万和300万港元购买救灾物资。", [(400000.0, "HKD"), (3000000.0, "HKD")]),
        ("两家公司分别捐款3万、5万美元用于修路。", [(30000.0, "USD"), (50000.0, "USD")]),
        ("两家公司分别捐款3万、5万元用于修路。", [(30000.0, "CNY"), (50000.0, "CNY")]),
        # near misses that must not change
        ("两家公司分别捐款3万元和5万元用于修路。", [(30000.0, "CNY"), (50000.0, "CNY")]),
        ("两家公司分别捐款3万和5000元。", [(5000.0, "CNY")]),
        ("全市有3万和5万人次参加。", []),
    ],
)
def test_listed_bare_amount_takes_the_next_unit(extract, body: str, expected: list) -> None:
    assert amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one giver's share of a list after 分别, then another body's equal amount: two facts
        ("江城基金会与江城商会分别拨出40万和300万港元购买救灾物资。江城同乡会召开紧急捐款救灾会，筹得40万港元。",
         [(400000.0, "HKD"), (3000000.0, "HKD"), (400000.0, "HKD")]),
        # near miss that must not change: the same gift referred back to is one fact
        ("江城基金会拨出40万港元购买救灾物资。江城基金会此次拨出的40万港元已运往灾区。", [(400000.0, "HKD")]),
    ],
)
def test_respective_share_is_no_restatement(extract, body: str, expected: list) -> None:
    assert amounts(extract(page(body))) == expected
