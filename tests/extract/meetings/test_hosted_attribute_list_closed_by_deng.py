"""Hosts listed with 等单位 in the attribute of a meeting referred to (GUIDELINES §3 thirty-seventh review round,
7 December 2026, seventh stop).

Reading: ``在由甲、乙等单位主办的X上`` names the same hosts as ``由甲、乙等单位主办的X在…举行``: the agent of 主办, written as
the tool writes it in the held shape (the list with its 等 tail). A list that reads as no body, a helper (承办) and
persons give none. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(("text", "expected"), [
    ("在由县农业局、县科协等单位主办的果树栽培技术交流会上，果农们交流了经验。",
     [("果树栽培技术交流会", None, "县农业局、县科协等单位")]),
    ("昨天，在由县农业局、县林业局等部门主办的果树栽培技术交流会上，果农们交流了经验。",
     [("果树栽培技术交流会", "2024-05-07", "县农业局、县林业局等部门")]),
    ("在县农业局、县科协等单位主办的果树栽培技术交流会上，果农们交流了经验。",
     [("果树栽培技术交流会", None, "县农业局、县科协等单位")]),
    ("在由县农业局等主办的果树栽培技术交流会上，果农们交流了经验。",
     [("果树栽培技术交流会", None, "县农业局等")]),
    ("在由县农业局、县科协等六家单位联合主办的果树栽培技术交流会上，果农们交流了经验。",
     [("果树栽培技术交流会", None, "县农业局、县科协等六家单位")]),
    # the held shape, which already read so
    ("由县农业局、县科协等单位主办的果树栽培技术交流会昨天在县文化中心举行。",
     [("果树栽培技术交流会", "2024-05-07", "县农业局、县科协等单位")]),
    # near misses: no 等 (unchanged), persons, a helper, bodies of every place
    ("在由县农业局、县科协主办的果树栽培技术交流会上，果农们交流了经验。",
     [("果树栽培技术交流会", None, "县农业局、县科协")]),
    ("在由王立新等人主办的果树栽培技术交流会上，果农们交流了经验。",
     [("果树栽培技术交流会", None, None)]),
    ("在由县农业局、县科协等单位承办的果树栽培技术交流会上，果农们交流了经验。",
     [("果树栽培技术交流会", None, None)]),
    ("在由各乡镇各部门主办的果树栽培技术交流会上，果农们交流了经验。",
     [("果树栽培技术交流会", None, None)]),
])
def test_hosts_listed_with_deng_in_attribute(extract, text, expected):
    assert held(extract(page(text))) == expected
