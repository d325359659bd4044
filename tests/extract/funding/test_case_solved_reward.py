"""A reward for a fraud case solved, told in the amount's own clause (invented sentences).

GUIDELINES §6, twenty-ninth review round (6 December 2026, eighth stop), following the reading of a case solved that the
sentence rewards (money seized or recovered in the case stays no funding, §6): a crime word named only as the case solved
(`破获诈骗集团`, `侦破诈骗团伙`) in the clause of a reward paid is no crime money; the reward is a record.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("市公安局为侦破诈骗团伙的专案组发放奖励金8万元。", [(80000.0, "CNY", "奖励金")]),
    ("公安局破获诈骗集团后向专案组颁发奖金5万元。", [(50000.0, "CNY", "专案组奖金")]),
    # near misses: money recovered, seized or stolen in the case
    ("警方破获诈骗案，追回被骗资金30万元。", []),
    ("民警侦破诈骗案件，查扣资金500万元。", []),
    ("破获诈骗团伙骗取资金1.2亿元。", []),
])
def test_reward_for_case_solved(extract, body, expected):
    assert grants(extract(page(body))) == expected
