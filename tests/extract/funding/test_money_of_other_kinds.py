"""Money of kinds that are no grant, written with words the rules had not read (invented sentences).

- GUIDELINES §6 (not funding: prices, salaries, market figures; audit and budget figures, money saved or over; money
  seized or involved in a crime; a yearly budget level; research spending under its statistical name, twentieth round) and
  thirtieth round (6 December 2026, ninth stop): money saved (`节余了上百万元的建设经费`), a bribe or kickback (`收取贿赂`,
  `回扣`, `好处费`), a fare (`车票费`), a yearly level told with `仅仅` and research spending written `研究与发展的经费` are no
  money granted: no record;
  money over put to a stated use (`节余资金…全部用于…`) and a fare subsidy granted (`车票补贴`) stay.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[tuple[float, str]]:
    """(amount, currency) of each funding record, in order (the purpose is another field's business)."""
    return [(f["amount"], f["currency"]) for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("1997年，全国科技机构和高等院校支出的研究与发展的经费达到368亿元。", []),
    ("工程质量优良，并节余了上百万元的建设经费。", []),
    ("他曾从一个企业收取贿赂6570万日元。", []),
    ("他利用职务之便收受回扣30万元。", []),
    ("该局长先后收受好处费12万元。", []),
    ("乘务人员要求每人再拿出120元的车票费。", []),
    ("目前，国家每年森林防火经费仅仅4500万元。", []),
    # stay
    ("节余资金200万元全部用于村道硬化。", [(2000000.0, "CNY")]),
    ("基金会当天为20名贫困学生发放车票补贴共计1万元。", [(10000.0, "CNY")]),
    ("今年均安排奖补资金800万元。", [(8000000.0, "CNY")]),
])
def test_money_of_other_kinds(extract, body, expected):
    assert amounts(extract(page(body))) == expected
