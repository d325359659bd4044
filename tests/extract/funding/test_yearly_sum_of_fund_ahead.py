"""A yearly sum told in the clause right after a fund still to be set up (`下一步，慈善总会还计划设立“助残基金”，每年拿出
30万元…`) is as intended as the fund: no record, whether the plan is told with `将` or `计划` (GUIDELINES §6 money only
intended, thirty-sixth review round, sixth stop, from the new tuning pages s169; like a share per person of such a fund).

Found: the yearly sum of the planned fund was recorded.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page

_GIFT = "5月6日，某公司向县慈善总会捐赠80万元。"

# (body, amounts recorded)
CASES = [
    (_GIFT + "下一步，慈善总会还计划设立“助残基金”，每年拿出30万元帮扶残疾人。", [800000.0]),
    (_GIFT + "下一步，慈善总会还将设立“助残基金”，每年拿出30万元帮扶残疾人。", [800000.0]),
    (_GIFT + "下一步，慈善总会还计划设立“助残基金”，每人资助3000元。", [800000.0]),
    # near misses: a fund set up already, or as planned, pays its yearly sum
    (_GIFT + "慈善总会已设立“助残基金”，每年拿出30万元帮扶残疾人。", [800000.0, 300000.0]),
    (_GIFT + "慈善总会按计划设立了“助残基金”，每年拿出30万元帮扶残疾人。", [800000.0, 300000.0]),
]


@pytest.mark.parametrize(("body", "amounts"), CASES)
def test_yearly_sum_of_fund_ahead(extract, body, amounts):
    assert [g[0] for g in grants(extract(page(body)))] == amounts
