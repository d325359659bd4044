"""Goods handed out named by their kind alone right before their value (`发放药品价值9.3万余元` → `药品`) are what the gift in
kind's value is of, like goods named with a modifier there (`发放了防疫药品价值3万元` → `防疫药品`) (GUIDELINES §6 gifts in
kind, tenth round; fortieth review round, 8 December 2026, tenth stop, from the self-audit of a funding precision audit of
newspaper articles).  Invented sentences; near misses: a value with no goods named before it and a gift's value with the
goods after it keep their readings."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("几天来，医疗队检查和诊治群众900多人，发放药品价值9.3万余元。", [(93000.0, "CNY", "药品")]),
    ("慰问团向灾区群众送去衣被价值2万元。", [(20000.0, "CNY", "衣被")]),
    ("医疗队向灾民发放了防疫药品价值3万元。", [(30000.0, "CNY", "防疫药品")]),
    # near misses
    ("企业向灾区捐赠价值5万元的图书。", [(50000.0, "CNY", "图书")]),
    ("县红十字会向灾区捐款5万元。", [(50000.0, "CNY", None)]),
])
def test_goods_kind_alone_before_value(extract, body, expected):
    assert grants(extract(page(body))) == expected
