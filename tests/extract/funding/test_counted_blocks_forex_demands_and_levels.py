"""Amounts that are no money granted, from a precision audit of newspaper articles (invented sentences).

GUIDELINES §6, thirty-sixth review round (7 December 2026, sixth stop), money that is no grant:

- a count in figures before 块 and a noun (`设置了200多块公告栏`) counts things, 块 a measure word, not yuan; `300块钱`,
  `200块奖金` stay sums;
- foreign exchange bought, sold or swapped (`用假单据购汇2.6亿美元`, `结汇`, `骗汇`) is a currency trade, no grant,
  whatever use follows;
- money demanded of another body with `给` and those to be paid (`要求政府给50多万失业者每人2000法郎补贴`) is only
  demanded, like `要求政府拨款…` (twenty-eighth round); a demand followed (`按照职工的要求，给…`) stays;
- an investor's investment told as a noun with a level reached so far (`合作方某集团的投资已达3亿元`) is a firm's running
  total, a statistic (eighteenth round);
- funds found or obtained with `解决` over a past span (`两年来，…，解决扶贫资金300万元`) are a tally like `争取` (thirty-first
  round); with a use or a dated act they stay.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("派出所在各路口设置了200多块警长公开栏，方便群众报警。", []),
    ("镇里在河边立起30块警示牌，提醒游人注意安全。", []),
    # near misses: sums in 块
    ("他把攒下的300块钱捐给了灾区。", [(300.0, "CNY", None)]),
    ("村委会给每户发了200块奖金。", [(200.0, "CNY", "奖金")]),
])
def test_counted_blocks_are_no_yuan(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("该公司用假单据购汇2.6亿美元，用于在境外炒汇。", []),
    ("一家外资企业违规结汇500万美元，已被查处。", []),
    # near miss: a loan for a use beside it
    ("该公司用假单据购汇2.6亿美元。银行向华信纺织厂发放贷款500万美元，用于购买设备。",
     [(5000000.0, "USD", "购买设备")]),
])
def test_foreign_exchange_traded(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("失业者走上街头，要求政府给50多万失业者每人2000法郎圣诞补贴。", []),
    ("工人们要求公司给每名职工发放1000元过节补贴。", []),
    # near miss: a demand followed by the body that pays
    ("工会按照职工的要求，给120名困难职工每人发放慰问金500元。", [(500.0, "CNY", "慰问金")]),
])
def test_money_demanded_with_gei(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("城东食品城正在崛起，合作方香港某集团的投资已达3亿元。", []),
    ("开发区内外商的投资已超过5000万美元。", []),
    # near miss: an investment made, no level so far
    ("合作方香港某集团投资3亿元建设食品城。", [(300000000.0, "CNY", "建设食品城")]),
])
def test_investor_level_so_far(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("两年来，工作队帮助村里修路12公里，解决扶贫资金300万元，新打机井20眼。", []),
    # near miss: funds found for a use
    ("县里为该村解决扶贫资金300万元，用于修路。", [(3000000.0, "CNY", "修路")]),
])
def test_funds_found_over_past_span(extract, body, expected):
    assert grants(extract(page(body))) == expected
