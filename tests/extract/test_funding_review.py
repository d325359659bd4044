"""Funding amounts that a review found mishandled (each confirmed, then fixed).

Invented sentences; the expected values follow corpus/GUIDELINES.md §6.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # grants holding a word of the exclusions
        ("6日，县政府召开会议，决定发放价格临时补贴资金128万元。", [(1_280_000.0, "CNY")]),
        ("6日，县里投入低收入人口帮扶资金860万元。", [(8_600_000.0, "CNY")]),
        ("6日，县里给予企业税收奖励共计500万元。", [(5_000_000.0, "CNY")]),
        # a part of a statistic after 其中; targets
        ("6日，县统计局召开会议，全县完成固定资产投资32.1亿元，其中工业投资12.6亿元。", []),
        ("6日，县委召开会议，市里向我县下达今年招商引资任务80亿元，力争全年到位资金45亿元。", []),
        # mainland words for people of Taiwan: a bare 元 stays yuan
        ("6日，市台办召开会议，对来我市创业的台湾青年给予一次性创业补贴5万元。来自台湾的126名青年参加。", [(50_000.0, "CNY")]),
    ],
)
def test_reviewed_funding(extract, text: str, expected: list) -> None:
    assert [(f["amount"], f["currency"]) for f in extract(text, "2024-05-08")["funding"]] == expected
