"""Money told for a plan's period or a target year: only intended (invented sentences).

- GUIDELINES §6 twenty-third round (money with a plan word is only intended) and thirtieth round (6 December 2026, ninth
  stop): the period of a development plan (`“十四五”期间`, `九五期间`) or a target year set with `到` (`到2030年`) told as the
  time of money with `将` is a plan word like `计划`: no record; a span of coming years a body commits (`将在未来三年投入…`,
  twenty-second round), money a plan period already saw spent (no `将`) and money at the event stay as before.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[tuple[float, str]]:
    """(amount, currency) of each funding record, in order (the purpose is another field's business)."""
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("他同时介绍，学校“十四五”期间将新增投入3亿元用于改善本科教学条件。", []),
    ("“十四五”期间，该区将投入100亿元推进旧城改造。", []),
    ("十四五时期，全县将投入交通建设资金80亿元。", []),
    ("按照规划，到2030年该市将累计投入500亿元建设轨道交通。", []),
    ("到2027年底，集团将再投资20亿元，建成三个生产基地。", []),
    ("九五期间，该省将投资150亿元改造中低产田。", []),
    ("医院下一步还将投入300万元建设远程会诊中心。", []),
    # stay: a span of coming years the body commits, a signing at the event, money already granted
    ("华信公司将在未来三年投入100亿元用于研发。", [(10000000000.0, "CNY")]),
    ("签约仪式上，华信集团与市政府签订合作协议，“十四五”期间将投资50亿元建设新能源基地。", [(5000000000.0, "CNY")]),
    ("会上，县财政局向12个乡镇拨付“十四五”规划项目资金3000万元。", [(30000000.0, "CNY")]),
    ("当天，省教育厅下达资金2亿元，用于支持“十四五”期间的校舍改造。", [(200000000.0, "CNY")]),
])
def test_plan_period_money(extract, body, expected):
    assert amounts(extract(page(body))) == expected
