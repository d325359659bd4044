"""Funds a body helped others strive or apply for (invented sentences).

- GUIDELINES §6 tenth round (financing helped is no funding unless brought about at the event), eighteenth round (money
  obtained from higher levels with no project or use stated is a tally) and twenty-ninth round: funds a body helped others
  strive or apply for (`协助会员企业争取各级扶持资金逾2亿元`, `帮助村里申请到产业扶持资金120万元`) are a service's tally: no
  record; aid a ceremony hands out (`帮助30名困难学生获得助学金15万元`) and money allocated for a use worded with 帮助 stay.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("大会听取了理事会工作报告。报告显示，五年来，协会协助会员企业争取各级扶持资金逾2亿元。", []),
    ("县商会昨日召开年会。去年，商会帮助会员企业争取专项资金3000万元。", []),
    ("座谈会上，驻村工作队介绍，近两年帮助村里申请到产业扶持资金120万元，建成蔬菜大棚40个。", []),
    # near misses: aid handed out at a ceremony; an allocation whose use is worded with 帮助
    ("县慈善会昨日举行助学金发放仪式，帮助30名困难学生获得助学金15万元。", [(150000.0, "CNY", "助学金")]),
    ("会上，县财政局向协会拨付扶持资金200万元，用于帮助会员企业争取订单。", [(2000000.0, "CNY", "帮助会员企业争取订单")]),
])
def test_funds_helped_to_obtain(extract, body, expected):
    assert grants(extract(page(body))) == expected
