"""Money put off to a next step on a page that reports a signing (invented sentences).

- GUIDELINES §6 twenty-second round (the next-step reading covers money with no agreement), twenty-ninth round (money its
  own sentence ties to the agreement stays; more money an investor plans for the signed project stays) and thirtieth round
  (6 December 2026, ninth stop): on a signing page, money a next step or a plan's period puts off (`下一步还将投入…`,
  `接下来，学校将投入…`) whose sentence names no agreement is only intended; tied to the agreement (`根据协议，下一步…`) or an
  investor's investment (`下一步，该企业将投资…`) it stays; the signed total stays.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[tuple[float, str]]:
    """(amount, currency) of each funding record, in order (the purpose is another field's business)."""
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("当天，市医院与镇卫生院举行医联体签约仪式，医院向卫生院捐赠了价值48万元的医疗设备。医院下一步还将投入300万元建设远程会诊中心。",
     [(480000.0, "CNY")]),
    ("签约仪式上，华信集团与县政府签订合作协议，项目总投资20亿元。下一步，县里还将投入5000万元完善园区配套设施。",
     [(2000000000.0, "CNY")]),
    ("会上，企业与学校签订校企合作协议，企业当场捐赠200万元。接下来，学校将投入100万元改造实训室。", [(2000000.0, "CNY")]),
    ("兩校簽署合作備忘錄，企業捐贈港幣五百萬元。今後，大學還將撥出二百萬元設立交流基金。", [(5000000.0, "HKD")]),
    # stay: tied to the agreement, an investor's investment for the signed project
    ("签约仪式上，华信集团与县政府签订合作协议，项目总投资20亿元。根据协议，下一步集团还将投入5亿元建设研发中心。",
     [(2000000000.0, "CNY"), (500000000.0, "CNY")]),
    ("9月11日，园区举行项目签约仪式。下一步，该企业将投资20亿元建设新生产线。", [(2000000000.0, "CNY")]),
])
def test_next_step_on_signing_page(extract, body, expected):
    assert amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("今后，大学还将拨出二百万元设立交流基金。", []),
    ("下一步，县里将拨付500万元用于河道治理。", []),
    ("下一步，市财政还将划拨1000万元支持企业技改。", []),
    ("今后，区里每年将预留300万元用于应急救助。", []),
    ("接下来，协会还将募集500万元设立助学基金。", []),
    # stay: a decision reported, money already allocated
    ("会议决定，下一步将拨付500万元用于河道治理。", [(5000000.0, "CNY")]),
    ("为推进下一步工作，县里已拨付500万元用于河道治理。", [(5000000.0, "CNY")]),
])
def test_next_step_allocation(extract, body, expected):
    """GUIDELINES §6 eleventh round (money a next step or later plan will arrange is only intended), thirtieth round: read
    alike for every verb of allocating, raising or giving (拨付, 拨出, 划拨, 预留, 募集, 捐资), not only 安排 and 投入."""
    assert amounts(extract(page(body))) == expected
