"""Goods a party puts in with their value before them: money given in kind.

- GUIDELINES §6 (gifts in kind stated with their value are funding; the value of goods bought or put into use is not) and
  the thirty-third review round (7 December 2026, third stop): `投入价值300万元的智能生产线设备，共建…实训中心` (also
  `援建`, `捐建`) is funding like `捐赠价值…的设备`, the value the amount; equipment bought or put into use stays a value.
  Invented sentences; each case's amounts were written from the guidelines before the rules were run.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page

CASES = [
    ('根据协议，公司出资1000万元设立奖助学金；同时投入价值300万元的智能生产线设备，共建智能制造实训中心。',
     [10000000, 3000000]),
    ('公司投入价值300万元的智能生产线设备，共建智能制造实训中心。',
     [3000000]),
    ('公司捐赠价值300万元的智能生产线设备。',
     [3000000]),
    ('公司向学院投入价值300万元的实训设备。',
     [3000000]),
    ('企业向学校投入价值50万元的教学仪器，支持学校建设实验室。',
     [500000]),
    ('同时投入价值约80万元的医疗器械，共建远程会诊中心。',
     [800000]),
    ('雙方簽約後，企業投入價值200萬元的檢測設備，共建聯合實驗室。',
     [2000000]),
    ('对口支援单位援建价值120万元的村卫生室设备。',
     [1200000]),
    ('爱心企业捐建价值50万元的图书室设备，改善学校办学条件。',
     [500000]),
    ('公司购入价值300万元的设备。',
     []),
    ('价值300万元的智能生产线设备已投入使用。',
     []),
    ('公司投入价值300万元的设备',
     [3000000]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_funding_put_in_kind_valued(extract, body, expected):
    assert sorted(int(amount) for amount, _currency, _purpose in grants(extract(page(body)))) == sorted(expected)
