"""A loan taken from a named lender, told done with `已`, the act it pays for right after the amount (`某国政府已向世界银行
借贷20亿铢整修…`): a new loan provided for a stated purpose, funding (GUIDELINES §6 loans, thirty-eighth review round, 7 December
2026, eighth stop); a loan ahead, one only applied for (`已向…申请贷款`, `已向…提出借款…的申请`), one with no use told and one
repaid give none. The acts of works read after the loan's amount are the purpose reader's (`维修`, `改造` as well as `修建`),
one list for both. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("为迎接旅游年，甲国政府已向亚洲开发银行借贷30亿铢整修一批古迹。", [(3000000000.0, "THB", "整修一批古迹")]),
    ("该市已向世界银行贷款2亿美元修建一条环城公路。", [(200000000.0, "USD", "修建一条环城公路")]),
    ("该县已经向国家开发银行借款5000万元，用于建设污水处理厂。", [(50000000.0, "CNY", "建设污水处理厂")]),
    ("该公司已向农业银行贷款500万元维修仓库。", [(5000000.0, "CNY", "维修仓库")]),
    ("该公司已向农业银行借款500万元改造生产线。", [(5000000.0, "CNY", "改造生产线")]),
    ("该公司已向农业银行借款500万元修复生产线。", [(5000000.0, "CNY", "修复生产线")]),
    ("该镇投入80万元维修校舍。", [(800000.0, "CNY", "维修校舍")]),
    # not read so: ahead, no use told, repaid
    ("该市将向世界银行贷款2亿美元修建一条环城公路。", []),
    ("该厂已向银行贷款300万元。", []),
    ("该厂已向银行归还贷款300万元。", []),
    # not read so: a loan only applied for
    ("该省已向亚洲开发银行申请贷款3亿美元修建一条高速公路。", []),
    ("该省已向亚洲开发银行申请了贷款3亿美元修建一条高速公路。", []),
    ("该省已向亚洲开发银行提出借款3亿美元建设一座水电站的申请。", []),
])
def test_loan_taken_for_stated_use(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
