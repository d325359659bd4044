"""A part of a total told after 其中 takes the currency written with the total (invented pages).

GUIDELINES §6, thirty-fourth review round (7 December 2026, fourth stop): `合计新臺幣1,280萬元，其中某公司捐款500萬元` gives two
records, both TWD: a bare part of a total in its sentence after 其中 is money of the same kind. Near misses keep today's
output: a bare amount in the next sentence takes the page's currency, and a part in 元 of a total in US dollars on a
mainland page is yuan (a region's dollar only is written as a bare 元 by that region's pages).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def _money(record: dict) -> list[tuple[float, str]]:
    return [(amount, currency) for amount, currency, _ in grants(record)]


@pytest.mark.parametrize(("body", "expected"), [
    ("南屏区今日举行爱心捐赠仪式，12家企业共捐赠善款新台币860万元，其中宏远公司捐款300万元，将用于资助清寒学生。",
     [(8600000.0, "TWD"), (3000000.0, "TWD")]),
    ("基金会今日举行资助计划签约仪式，共向20个社团拨出港币1,500万元，其中青年团体获拨600万元。",
     [(15000000.0, "HKD"), (6000000.0, "HKD")]),
    ("澳门基金会今日举行资助签约仪式，共批出澳门元2,400万元，其中文化项目获批900万元。",
     [(24000000.0, "MOP"), (9000000.0, "MOP")]),
    # near misses: a bare amount in the next sentence; a part in 元 of a total in US dollars, which a mainland page
    # writes in yuan
    ("开发区今日举行项目签约仪式，项目总投资3亿美元，其中一期投资约10亿元。", [(300000000.0, "USD"), (1000000000.0, "CNY")]),
    ("南屏区今日举行捐赠仪式，12家企业共捐赠善款新台币860万元。宏远公司另捐款300万元，用于资助清寒学生。",
     [(8600000.0, "TWD"), (3000000.0, "CNY")]),
])
def test_part_of_total_in_named_currency(extract, body, expected):
    assert _money(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # money a forecast says will be raised is only intended (GUIDELINES §6, fifteenth round)
    ("县慈善总会今日举行捐赠仪式，收到捐款80万元。总会明年将启动助学项目，预计再募集100万元。", [(800000.0, "CNY")]),
    ("县慈善总会今日举行捐赠仪式，收到捐款80万元。预计在未来三年内筹集善款300万元。", [(800000.0, "CNY")]),
    # near miss: money raised, told as done
    ("县慈善总会今日举行捐赠仪式，共募集善款80万元，将用于资助困难学生。", [(800000.0, "CNY")]),
])
def test_money_forecast_to_be_raised(extract, body, expected):
    assert _money(extract(page(body))) == expected
