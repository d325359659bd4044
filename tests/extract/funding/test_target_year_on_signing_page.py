"""A target year told with `将` (`将在2030年之前投资…`) is a plan's target, only intended (GUIDELINES §6 thirty-first round),
also on a page that reports a signing elsewhere, unless the amount's own sentence names the signing or the agreement
(GUIDELINES §6 fortieth review round, 8 December 2026, tenth stop, from a funding precision audit of newspaper articles).
Invented sentences; near misses: the target year in the sentence of the signing or after `根据协议`, and a next step's
investment on a signing page (twenty-ninth round), keep their records."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，两家公司签订协议，就共用营业网点作出规定。为此该电信公司将在2030年之前投资50亿元，以更新技术。", []),
    ("5月6日，两家公司签订协议，就共用营业网点作出规定。该电信公司将在2030年之前投资50亿元，以更新技术。", []),
    # kept: the agreement named in the amount's own sentence
    ("5月6日，两家公司签订投资协议。根据协议，该电信公司将在2030年之前投资50亿元，建设数据中心。",
     [(5000000000.0, "CNY", "建设数据中心")]),
    ("5月6日，两家公司签订投资协议，该电信公司将在2030年之前投资50亿元，建设数据中心。",
     [(5000000000.0, "CNY", "建设数据中心")]),
    ("5月6日，两家公司签订协议。下一步，该电信公司将投资50亿元建设数据中心。", [(5000000000.0, "CNY", "建设数据中心")]),
])
def test_target_year_on_signing_page(extract, body, expected):
    assert grants(extract(page(body))) == expected
