"""Money figures beside grants that are no grant: exchange rates, net assets held, projects put off (invented sentences).

- GUIDELINES §6 (market figures are no funding; twenty-ninth round): an exchange rate (`134日元兑换1美元`, `汇价突破140日元`)
  states no money; a gift restated at the day's rate keeps the gift.
- GUIDELINES §6 (a balance held is no record, twenty-eighth round; twenty-ninth round): net assets a country or body holds
  (`有8000亿美元的对外净资产`) are a holding.
- GUIDELINES §6 (loans postponed or shelved are no funding; twenty-ninth round): a project or payment put off (`缓建需耗资170亿美元的
  基础设施项目`, `暂缓拨付200万元`, `停建`) is no money granted; money allocated beside it stays.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("受市场动荡影响，日元汇率连日下挫，一度跌至134日元兑换1美元。", []),
    ("外汇市场上，日元对美元汇价再次突破140日元。", []),
    ("该基金会向灾区捐款100万美元，按当日汇率折合人民币约700万元。", [(1000000.0, "USD")]),
    ("他在讲话中说，该国有8000亿美元的对外净资产，今年将向受灾国提供援助贷款20亿美元，用于灾后重建。",
     [(2000000000.0, "USD")]),
])
def test_rate_and_holding(extract, body, expected):
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("政府将今年的预算削减18%，缓建需耗资170亿美元的基础设施项目。", []),
    ("市政府决定暂缓拨付200万元装修经费，另拨款300万元用于救灾。", [(3000000.0, "CNY", "救灾")]),
    ("因资金不足，县里决定停建投资800万元的文化广场，拨款200万元用于修缮危房。", [(2000000.0, "CNY", "修缮危房")]),
])
def test_project_put_off(extract, body, expected):
    assert grants(extract(page(body))) == expected
