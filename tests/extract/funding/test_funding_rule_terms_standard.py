"""Rewards and aid a rule adopted in the sentence gives whoever meets its condition: the rule's standard.

- GUIDELINES §6 (a scheme's usual amount is a rule of the scheme; a per-head sum a scheme offers whoever qualifies,
  fifteenth and seventeenth review rounds; a reward a standing rule provides, thirteenth round) and the thirty-third review
  round (7 December 2026, third stop): a rule or policy a meeting adopts or a body issues by its title (`审议通过了《…奖励
  办法（试行）》`, `印发《…若干措施》`), then a reward or aid to those who meet a condition (`对年纳税额首次超过1000万元的工业企业，
  一次性给予50万元奖励`), with no recipients counted or paid, is the rule's standard: no record; money allocated, paid at the
  event or given to counted or named recipients stays. Invented sentences; each case's amounts were written from the
  guidelines before the rules were run.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page

CASES = [
    ('会议审议通过了《县促进工业经济高质量发展奖励办法（试行）》，对年纳税额首次超过1000万元的工业企业，一次性给予50万元奖励。',
     []),
    ('会议审议通过《关于支持科技创新的若干措施》，对新认定的国家高新技术企业给予20万元奖励。',
     []),
    ('市政府印发《人才引进实施办法》，对新引进的博士研究生给予10万元安家补贴。',
     []),
    ('《办法》规定，对首次获评省级专精特新企业的，一次性奖励30万元。',
     []),
    ('会议审议通过了《关于促进楼宇经济发展的若干政策》，对年税收首次突破5000万元的楼宇，给予运营方100万元奖励。',
     []),
    ('會議通過《青年創業補助辦法》，對符合資格的青年創業者給予新臺幣10萬元補助。',
     []),
    ('会议研究决定，安排县级财政资金1200万元，用于全县农村饮水安全巩固提升工程。',
     [12000000]),
    ('会议审议通过了《工业企业奖励办法》，并当场对纳税先进的5家工业企业各奖励50万元。',
     [500000]),
    ('会议审议通过了奖励办法，并当场为12家企业兑现奖励资金600万元。',
     [6000000]),
    ('会议决定，对在防汛抢险中表现突出的县水利局给予10万元奖励。',
     [100000]),
    ('县政府对新认定的3家国家高新技术企业各给予20万元奖励。',
     [200000]),
    ('市政府印发《人才引进实施办法》，现场为引进的12名博士发放安家补贴120万元。',
     [1200000]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_funding_rule_terms_standard(extract, body, expected):
    assert sorted(int(amount) for amount, _currency, _purpose in grants(extract(page(body)))) == sorted(expected)
