"""Money someone could not pay or raise (invented sentences).

- GUIDELINES §6 (money granted, allocated, invested, raised, paid; twenty-ninth round): money someone could not pay or
  raise (`因为掏不出三万元钱`, `拿不出配套资金500万元`, `交不起5000元学费`) is no money paid: no record; the money granted
  after it in the same story stays.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("一位老职工在单位集资建房时，因为掏不出三万元钱，只好放弃了分房。", []),
    ("县里财力紧张，拿不出配套资金500万元，项目一度停工。后来省财政拨款500万元，帮助项目复工。",
     [(5000000.0, "CNY", "帮助项目复工")]),
    ("他家交不起5000元学费，乡政府为他发放助学金3000元。", [(3000.0, "CNY", "助学金")]),
    ("村里凑不齐20万元修路款，镇政府拨付资金20万元用于村道硬化。", [(200000.0, "CNY", "村道硬化")]),
])
def test_money_not_paid(extract, body, expected):
    assert grants(extract(page(body))) == expected
