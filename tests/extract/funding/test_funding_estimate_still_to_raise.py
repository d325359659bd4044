"""A project's expected total told beside money still to be found for it, or at its preparatory work: only intended.

- GUIDELINES §6 (a project only studied or planned; twenty-eighth and twenty-ninth review rounds: a project still at its
  design, site or preparatory work; thirtieth round: the cost an estimate puts on works still to do) and the thirty-third
  review round (7 December 2026, third stop): a total (`工程预计总投资120万元`) whose shortfall is still to be raised
  (`缺口部分将通过“一事一议”筹措`, `不足部分将由村民自筹`) or whose project is at its preparatory work (`正在做前期准备`) is a
  forecast of works not begun: no record; money already obtained or paid in the sentence and a project under way keep
  theirs. Invented sentences; each case's amounts were written from the guidelines before the rules were run.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page

CASES = [
    ('镇里已争取到上级补助资金80万元，专门用于村道硬化，工程预计总投资120万元，缺口部分将通过“一事一议”筹措。',
     [800000]),
    ('鎮裡已爭取到上級補助資金80萬元，專門用於村道硬化，工程預計總投資120萬元，缺口部分將通過“一事一議”籌措。',
     [800000]),
    ('该项目预计总投资500万元，资金缺口将通过社会捐赠筹集。',
     []),
    ('该工程总投资预计200万元，目前正在做前期准备。',
     []),
    ('村道硬化项目正在进行前期准备，预计总投资150万元。',
     []),
    ('該工程預計總投資一千萬元，不足部分將由村民自籌。',
     []),
    ('文化广场项目总投资300万元，缺口部分还需向上争取。',
     []),
    ('项目总投资120万元，目前已开工建设，缺口部分将通过“一事一议”筹措。',
     [1200000]),
    ('该项目预计总投资500万元，已于上月开工建设。',
     [5000000]),
    ('村里筹集资金30万元，缺口部分将通过“一事一议”筹措。',
     [300000]),
    ('县财政拨付资金200万元用于村道硬化，目前项目正在做前期准备。',
     [2000000]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_funding_estimate_still_to_raise(extract, body, expected):
    assert sorted(int(amount) for amount, _currency, _purpose in grants(extract(page(body)))) == sorted(expected)
