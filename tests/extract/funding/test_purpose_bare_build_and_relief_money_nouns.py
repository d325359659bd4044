"""Purposes of a bare `建` and of relief money named by its own noun (invented sentences).

GUIDELINES §6 fortieth review round (8 December 2026, tenth stop), from a funding precision audit of newspaper articles: a
bare `建` with what it builds right after the amount (`投资二十万元建希望小学`) is the act of building like `兴建`; relief money
named after the amount as `救助款` (`获得“某某爱心基金”的1万元救助款`) names the aid like `救济款`, the fund before it the
giver; money and goods raised under one aid noun (`募集救灾款物`) keep `款物` in the fund's name.  Near misses keep their
readings: two-character verbs of building, words opened by `建` that build nothing (`建材市场`, `建言献策`, `建档`, `建议`),
a bare `资助` after the fund, `救灾款` alone and `救灾款物资`.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("2023年，该企业还在山区某县投资二十万元建希望小学，使一批孩子重返课堂。", [(200000.0, "CNY", "建希望小学")]),
    ("某公司投资50万元建水厂。", [(500000.0, "CNY", "建水厂")]),
    ("该公司投资30万元建设希望小学。", [(300000.0, "CNY", "建设希望小学")]),
    ("该公司投资30万元建成希望小学。", [(300000.0, "CNY", "建成希望小学")]),
    # words opened by 建 that build nothing
    ("某公司投资50万元建材市场。", [(500000.0, "CNY", None)]),
    ("该市拨款50万元建言献策平台。", [(500000.0, "CNY", None)]),
    ("县财政拨款50万元建档立卡。", [(500000.0, "CNY", None)]),
    ("县财政拨款50万元建议各乡镇修路。", [(500000.0, "CNY", None)]),
    ("两名孤儿获得“某某爱心基金”的1万元救助款，生活有了着落。", [(10000.0, "CNY", "救助款")]),
    ("两名孤儿获得“某某爱心基金”的1万元资助，生活有了着落。", [(10000.0, "CNY", "某某爱心基金")]),
    ("县民政局向灾民发放2万元救济款。", [(20000.0, "CNY", "救济款")]),
    ("截至5月6日，共募集救灾款物1200多万元。", [(12000000.0, "CNY", "救灾款物")]),
    ("截至5月6日，共募集救灾款1200多万元。", [(12000000.0, "CNY", "救灾款")]),
    ("截至5月6日，共募集救灾款物资1200多万元。", [(12000000.0, "CNY", "救灾款")]),
])
def test_purpose_bare_build_and_relief_money_nouns(extract, body, expected):
    assert grants(extract(page(body))) == expected
