"""The region of a page in Traditional script that opens with a mainland outlet's dateline (GUIDELINES §6: a bare 元 takes
the article's currency; §1: Traditional script is converted, the facts stay; §11 datelines). Class: mainland copy machine-
converted to Traditional or reprinted in it (``本報北京1月14日電``, ``新華社上海5月6日電``) is a mainland report, so its bare 元
is CNY whatever regional words it holds (邢臺, a Hong Kong donor). Found by the label-free furniture check
(``python -m pipeline.evaluation.noise invariance``): the Traditional copies of mainland newspaper articles read their amounts
as HKD or TWD. Not 本報訊 with no city (Hong Kong papers open with it too) nor a dateline in Hong Kong, Macau or Taiwan.
Invented sentences only.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("body", "expected"), [
    # the class, re-invented (pd_1142's shape: Hong Kong gifts in 港元 named beside the mainland body's own bare 元)
    ("標題\n本報北京1月13日電 記者王明報道：香港一家公司捐款600萬港元，香港市民捐款50萬港元。中國紅十字總會已撥出救災款1000萬元。\n",
     ["HKD", "HKD", "CNY"]),
    # paraphrases: the wire, another city, the day in Chinese numerals, a fund's own gift
    ("標題\n新華社上海5月6日電 香港同鄉會捐贈200萬港元，香港商界捐贈100萬港元。市慈善基金會今天向災區捐款50萬元。\n",
     ["HKD", "HKD", "CNY"]),
    ("標題\n本報廣州一月八日電 香港企業家捐資100萬港元，香港校友捐資30萬港元，當地政府配套撥款80萬元。\n",
     ["HKD", "HKD", "CNY"]),
    ("標題\n新華社成都3月2日電 香港特區一家基金會捐款500萬港元，香港居民捐款20萬港元。省政府下撥救災資金3000萬元。\n",
     ["HKD", "HKD", "CNY"]),
    # near misses: a Taiwan or Hong Kong dateline, a Hong Kong paper's cityless 本報訊 with Hong Kong cues
    ("標題\n本報台北1月14日電 行政院撥款200萬元，補助偏鄉學校。\n", ["TWD"]),
    ("標題\n本報訊 香港特區政府今日宣布撥款200萬元，資助本港社福機構。\n", ["HKD"]),
])
def test_mainland_dateline_in_traditional_script(extract, body, expected):
    assert [f["currency"] for f in extract(body)["funding"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a word ending in 台 before 中 is no Taiwan city (舞台中, 平台中, 邢台中桥商场): the page stays mainland, 元 CNY
    ("標題\n邢臺中橋商場去年向希望工程捐款1萬元。\n", ["CNY"]),
    ("標題\n在服務平臺中，縣財政撥付專項資金20萬元。\n", ["CNY"]),
    ("標題\n他在舞臺中央宣布，公司出資50萬元設立助學基金。\n", ["CNY"]),
    # near miss: the Taiwan city named
    ("標題\n台中市政府撥款200萬元，補助偏鄉學校。\n", ["TWD"]),
])
def test_word_ending_in_tai_is_no_taiwan_city(extract, body, expected):
    assert [f["currency"] for f in extract(body)["funding"]] == expected
