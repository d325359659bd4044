"""Fees and the price of a service or an entry are prices, no funding (invented sentences).

- GUIDELINES §6 (prices are not funding), thirtieth round (an amount qualifying a price noun is a price, a fare is no
  grant) and thirty-second round (7 December 2026, second stop): a fee the amount names (`停车费3元`, `手续费`, `入场费`,
  `挂号费`, `保管费`, `过路费`) and a sum after which what it buys is told with `便能`/`就能`/`即可` (`花二百元人民币便能欣赏…`)
  are prices: no record. Money granted, allocated or spent on works stays, also when its noun names a car park.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    # fees named by the amount: no record (a contract word or a body's arrangement in the sentence changes nothing)
    ("法院认为，车主交纳停车费5元，应视为双方达成了委托保管合同。", []),
    ("市民缴纳手续费10元即可办理，银行安排专人现场服务。", []),
    ("該館向每位參觀者收取入場費20元，用於日常維護。", []),
    ("患者在社区医院只需交挂号费1元，区政府每年安排专项经费保障。", []),
    ("货车每次通行须交过路费15元，合同期为三年。", []),
    ("寄存行李一天收保管费2元，车站安排了专人看管。", []),
    # a sum and what it buys told with 便能/就能/即可: a price of a service or an entry
    ("剧院每月安排一场歌剧，花二百元人民币便能欣赏一年的双休日演出。", []),
    ("公园每周安排一次音乐会，花五十元就能听一整晚。", []),
    ("展览由市文化局主办，交30元即可参观全部展厅。", []),
    ("学校安排了兴趣班，每人花一百元，就可以参加全部课程。", []),
    # kept: money granted, allocated or spent for works
    ("县政府拨出停车场建设资金200万元。", [(2000000.0, "CNY", "停车场建设资金")]),
    ("市财政安排500万元用于减免困难群众的挂号费。", [(5000000.0, "CNY", "减免困难群众的挂号费")]),
])
def test_fees_and_service_prices(extract, body, expected):
    assert grants(extract(page(body))) == expected
