"""Purposes after the amount (invented sentences).

- GUIDELINES §6 thirty-seventh review round (7 December 2026, seventh stop), from a recall read of newspaper articles: a
  place described by whose home it is, longer than ten characters, between the amount and the act
  (`捐资50万元在王林同志的家乡江城县援建一所希望学校`) is no part of the use, as a short one is not; a commitment to invest
  before the amount (`某国承诺投资`) is the act of investing, no fund's name, and the problem the money is to solve after the
  amount (`投资8亿美元解决当地的交通问题`) is its use; solved with `了`, an outcome, it names none.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("华信集团捐资五十万元在王林同志的家乡江城县援建一所希望学校。", [(500000.0, "CNY", "援建一所希望学校")]),
    ("华信集团捐资50万元在著名作家王林先生的故乡江城县设立一项奖学金。", [(500000.0, "CNY", "设立一项奖学金")]),
    ("某国承诺投资8亿美元解决当地的交通问题。", [(800000000.0, "USD", "解决当地的交通问题")]),
    ("2019年某国总统访华时，某国就承诺投资8亿美元解决当地的交通问题。", [(800000000.0, "USD", "解决当地的交通问题")]),
    ("县财政拨款50万元解决学校危房问题。", [(500000.0, "CNY", "解决学校危房问题")]),
    # near misses: a short place, read before; a commitment with nothing after it; an outcome with 了
    ("华信集团捐资五十万元在江城县援建一所希望学校。", [(500000.0, "CNY", "援建一所希望学校")]),
    ("某国承诺投资8亿美元。", [(800000000.0, "USD", None)]),
    ("县里拿出50万元解决了困难群众的住房问题。", [(500000.0, "CNY", None)]),
    ("县财政拨款50万元，用于解决困难群众的住房问题。", [(500000.0, "CNY", "解决困难群众的住房问题")]),
])
def test_purpose_after_amount(extract_with_model, body: str, expected: list) -> None:
    assert grants(extract_with_model(page(body))) == expected
