"""Funding amounts read wrongly before (each confirmed, then fixed).

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
        # market figures and prices beside a funding word in the sentence
        ("6日，某企业投资3亿元建设新厂，去年出口额达2亿美元。", [(300_000_000.0, "CNY")]),
        ("6日，该项目总投资20亿元，达产后年创税1.5亿元。", [(2_000_000_000.0, "CNY")]),
        ("6日，县交通局投入资金2800万元，新建道路80公里，每公里造价约32万元。", [(28_000_000.0, "CNY")]),
        # coupon terms; medical bills; a yearly plan beside a total investment
        ("6日，市政府发放消费券总额3000万元，市民可领取满200元减50元的消费券。", [(30_000_000.0, "CNY")]),
        ("6日，患者住院花费医疗费用12万元，经医保和医疗救助报销后，个人仅需承担1.8万元。", []),
        ("6日，项目开工，总投资138亿元，年度计划投资46亿元。", [(13_800_000_000.0, "CNY")]),
        # mainland words for people of Taiwan: a bare 元 stays yuan
        ("6日，市台办召开会议，对来我市创业的台湾青年给予一次性创业补贴5万元。来自台湾的126名青年参加。", [(50_000.0, "CNY")]),
    ],
)
def test_reviewed_funding(extract, text: str, expected: list) -> None:
    assert [(f["amount"], f["currency"]) for f in extract(text, "2024-05-08")["funding"]] == expected


def test_a_gifts_value_written_after_it(extract) -> None:
    page = ("县红十字会接收爱心捐赠\n发布时间：2024-05-08\n"
            "6日，县红十字会举行捐赠仪式，某企业捐赠了一批抗原检测试剂和退烧药品，总价值约20万元。\n")
    funding = extract(page)["funding"]
    assert [(f["amount"], f["currency"], f["approximate"]) for f in funding] == [(200_000.0, "CNY", True)]
