"""r2s fixes from the s144/s146 fresh sets, one class each (invented sentences only).

Class 1, money demanded of another body (GUIDELINES §6 twenty-third review round: for money told ahead, what decides is
whether the payer commits it; tenth round: financing demanded is no funding): a councillor, a member or a parent
demands, urges or proposes (要求, 呼吁, 促请, 吁请, 恳请, 建议, Simplified or Traditional) that a government body put in an
amount (编列, 拨款, 安排, 追加, 投入): the payer commits nothing, no record. What varies: the demand's verb, the verb of
allocating, the payer named between, a purpose before or after the amount, the currency. Near misses: a demand followed
(按照/根据/应…要求: the body pays), a leader's or a meeting's instruction to its own bodies (县长要求县财政局…, 会议要求…:
an official announcing the body's allocation, §6 twenty-first round), a body's own allocation announced.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _amounts(record: dict) -> list[float]:
    return [f["amount"] for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence re-invented (s146: a councillor at a press conference)
    ("县议员王美玲在记者会上指出，部分学校多年申请修缮经费未获核定，她要求县府编列新台币五千万元专款，优先改善高风险校舍。", []),
    # paraphrases: other verbs of demanding, of allocating, Traditional script
    ("议员陈志明在记者会上呼吁市府拨款3000万元，用于改善偏乡道路。", []),
    ("多名委员建议县政府安排资金2000万元，用于农村饮水工程。", []),
    ("議員林國華促請縣府編列新臺幣八千萬元預算，改善老舊校舍。", []),
    ("家长代表要求教育局追加经费500万元修缮校舍。", []),
    ("村民代表恳请镇政府投入200万元修复村道。", []),
    # near misses: a demand followed, an official's or a meeting's own allocation, a decision
    ("县政府按照议员要求，拨付资金2000万元用于校舍修缮。", [20000000.0]),
    ("县政府根据议员要求拨付资金2000万元用于校舍修缮。", [20000000.0]),
    ("应家长会要求，县府拨款1000万元修缮校舍。", [10000000.0]),
    ("县长要求县财政局年内拨付资金800万元，用于校舍修缮。", [8000000.0]),
    ("会议要求县财政安排资金500万元，用于防汛。", [5000000.0]),
    ("县长表示，县财政今年将安排资金800万元，用于教育。", [8000000.0]),
])
def test_money_demanded_of_another_body(extract, body, expected):
    assert _amounts(extract(page(body))) == expected
