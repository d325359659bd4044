"""Pay a body hands its own staff: salaries, no money granted (invented sentences).

- GUIDELINES §6 (not funding: salaries) and thirtieth round (6 December 2026, ninth stop): bonuses and holiday pay a firm or
  body hands its staff (`绩效奖金`, `过节费`, `年终花红`, `季度奖`), like `工资` and `年终奖`, are pay: no record; a reward to
  honourees named at the event, relief to workers in need and a fund set up for staff's children stay records, and so does
  a performance reward a government grants to places (`绩效奖励资金`).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[tuple[float, str]]:
    """(amount, currency) of each funding record, in order (the purpose is another field's business)."""
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("该企业向员工发放绩效奖金共计600万元。", []),
    ("春节前，集团向一线员工发放过节费共计300万元。", []),
    ("企業向員工派發年終花紅合共一千萬元。", []),
    ("公司本季度向销售团队发放季度奖80万元。", []),
    ("医院今年为医护人员发放绩效工资8000万元。", []),
    ("公司为全体职工发放年终奖2000万元。", []),
    # stay
    ("大会上，公司为10名优秀员工颁发奖金共计5万元。", [(50000.0, "CNY")]),
    ("当天，工会向100名困难职工发放慰问金20万元。", [(200000.0, "CNY")]),
    ("集团拿出200万元，设立员工子女助学金。", [(2000000.0, "CNY")]),
    ("省财政下达绩效奖励资金5000万元，奖励考核优秀的市县。", [(50000000.0, "CNY")]),
])
def test_staff_pay(extract, body, expected):
    assert amounts(extract(page(body))) == expected
