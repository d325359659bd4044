"""Phrasings of Hong Kong, Macau and Taiwan releases in Traditional characters:
a venue after a clock time and 假 (下午2時假…舉行), a Hong Kong release whose only regional cues are its bureaux
and schemes (醫務衞生局, 長者醫療券), investment attracted over years told as a tally (累計吸引投資), and a kin
address after a name (林阿滿阿嬤).  Invented sentences; the expected values follow corpus/GUIDELINES.md (§3, §4, §6)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("桃園市政府文化局於114年11月2日（星期日）下午2時假桃園展演中心舉行文學獎頒獎典禮。", ["桃园展演中心"]),
        ("香港潮州商會於6月8日上午十時許假香港會議展覽中心舉行就職典禮。", ["香港会议展览中心"]),
        ("澳門街坊總會於3月2日晚上7時假座澳門旅遊塔舉行會員大會。", ["澳门旅游塔"]),
        # negatives: a venue whose own first character is 假, after 在
        ("協會於5月3日下午3時在假日酒店舉行年會。", ["假日酒店"]),
    ],
)
def test_a_venue_after_a_clock_time_and_jia(extract, body: str, expected: list) -> None:
    assert [m["location"] for m in extract(page(body))["meetings"]] == expected


_HK_END = "\n完\n2025年1月15日（星期三）\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("立法會十題\n　　以下是醫務衞生局局長的書面答覆：政府已預留約61億元，用於長者醫療券計劃。" + _HK_END,
         [(6100000000.0, "HKD")]),
        ("撥款資助\n　　運輸及物流局今日公布，已批准撥款3億元，資助渡輪公司更新船隻。" + _HK_END, [(300000000.0, "HKD")]),
        ("撥款資助\n　　政府今日公布，已批准撥款3億元，推行長者醫療券試點計劃。" + _HK_END, [(300000000.0, "HKD")]),
        # negatives: a mainland page keeps CNY, also when it names a bureau of its own
        ("标题\n2025-01-15 来源：某网\n市卫生健康委今天公布，已拨付资金3亿元，用于基层医疗。\n", [(300000000.0, "CNY")]),
        ("标题\n2025-01-15 来源：某网\n市医疗保障局今天公布，已拨付资金3亿元，用于长者门诊补助。\n", [(300000000.0, "CNY")]),
    ],
)
def test_hong_kong_bureaux_as_regional_cues(extract, text: str, expected: list) -> None:
    assert [(amount, currency) for amount, currency, _ in grants(extract(text))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("根據統計，該縣近五年累計吸引投資逾新台幣800億元。", []),
        ("去年全市吸引外資3.2億美元，同比增長8%。", []),
        ("開發區今年吸引社會資金12億元，投向新興產業。", []),
        # negatives: aid money attracted, and an allocation told after the statistic, are still funding
        ("村里吸引幫扶資金50萬元，用於修建道路。", [500000.0]),
        ("為吸引人才，縣財政安排資金500萬元，用於人才公寓建設。", [5000000.0]),
    ],
)
def test_investment_attracted_is_a_statistic(extract, body: str, expected: list) -> None:
    assert [amount for amount, _, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("社會局今日舉辦志工表揚大會。志工代表林阿滿阿嬤上台發言。", {"林阿满": (None, ("发言",))}),
        ("里民大會今日舉行。志工王大明阿伯上台發言，感謝大家。", {"王大明": (None, ("发言",))}),
        # negatives: a name with no kin word stays whole; a surname and a kin word alone name nobody
        ("社會局今日舉辦志工表揚大會。志工代表林美華上台發言。", {"林美华": (None, ("发言",))}),
        ("里民大會今日舉行。陳阿嬤上台發言，感謝大家。", {}),
    ],
)
def test_a_kin_address_after_a_name(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
