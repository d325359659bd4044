"""A donation a plan word puts in a later time (`该企业规划明年再捐赠300万元`, `计划明年捐资…`) is only intended, like money
a plan allocates then (`计划明年再安排…`), also on a page that reports a donation ceremony (GUIDELINES §6 money only
intended; thirty-seventh review round, 7 December 2026, seventh stop, from the new tuning pages s170).

Found: a company's donation planned for next year, told after the ceremony's own gift, was recorded.

Near misses: the same donation with no plan word or no later time, and a plan followed, give the amount.  Every sentence
is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page

_GIFT = "江城中学昨日举行捐赠仪式，宏远公司向学校捐赠80万元，用于改善教学条件。"

# (body, amounts and currencies recorded)
CASES = [
    (_GIFT + "该企业还规划明年再捐赠300万元，用于购置图书。", [(800_000.0, "CNY")]),
    (_GIFT + "宏远公司计划明年捐资50万元设立助学基金。", [(800_000.0, "CNY")]),
    ("江城中學昨日舉行捐贈儀式，宏遠公司捐贈新臺幣80萬元。該企業還規劃明年再捐贈新臺幣300萬元，用於購置圖書。",
     [(800_000.0, "TWD")]),
    ("宏远公司董事长表示，公司计划2026年再捐款100万元支持家乡教育。", []),
    # near misses: no plan word, this year, and money given now
    (_GIFT + "该企业明年再捐赠300万元，用于购置图书。", [(800_000.0, "CNY"), (3_000_000.0, "CNY")]),
    (_GIFT + "该企业计划今年捐赠300万元，用于购置图书。", [(800_000.0, "CNY"), (3_000_000.0, "CNY")]),
    ("宏远公司昨日向江城中学捐赠300万元，用于购置图书。", [(3_000_000.0, "CNY")]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_donation_planned_for_later_year(extract, body: str, expected: list) -> None:
    # (amount and currency only: the purpose is no part of this reading)
    assert [g[:2] for g in grants(extract(page(body)))] == expected
