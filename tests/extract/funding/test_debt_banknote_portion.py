"""Amounts beside money granted that are no grant: debts, banknotes, a portion (invented sentences).

- GUIDELINES §6 (not funding: market figures, balances; twenty-ninth round): a debt owed or falling due (`将要偿还的外债还有
  216亿美元`, `到期的外债仍达150亿美元`, `尚有欠债1200万元`) is no money granted, also in the sentence of a loan provided; money
  allocated to pay debts off stays.
- GUIDELINES §6 (prices are no funding; twenty-ninth round): a banknote's face value (`一张100元的钞票`, `面额50元的纸币`) is no
  sum granted.
- GUIDELINES §6 twenty-ninth round: `一块` after a verb of taking a share (`从预算内挤一块、…切一块`) is a portion of the money,
  not one yuan; `捐了一块钱` stays a sum.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("世界银行向该国提供了20亿美元贷款，用于稳定金融体系，但该国年内到期的外债仍达150亿美元。",
     [(2000000000.0, "USD", "稳定金融体系")]),
    # (the aid named after the amount is its purpose, the loan's noun left out: GUIDELINES §6 thirty-third round)
    ("国际组织上月提供了80亿美元的援助贷款，但该国今年将要偿还的外债还有90亿美元。", [(8000000000.0, "USD", "援助")]),
    ("县财政拨款300万元用于化解乡村债务，全县尚有欠债1200万元。", [(3000000.0, "CNY", "化解乡村债务")]),
])
def test_debt_beside_money_granted(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("慰问组当场发放慰问金2万元，一位老人拿着一张100元的钞票说，这是他捐给灾区的。", [(20000.0, "CNY")]),
    ("捐款箱里有一张面额50元的纸币，志愿者共清点善款3600元。", [(3600.0, "CNY")]),
])
def test_banknote_face_value(extract, body, expected):
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("学校从办公经费里省一块，从校办企业收入中匀一块，共筹集助学资金20万元。", [(200000.0, "CNY")]),
    ("通过压缩开支，从预算内挤一块、从预备费切一块，县里为灾区筹措救灾资金500万元。", [(5000000.0, "CNY")]),
    # near miss: one yuan given
    ("孩子们把零花钱捐了出来，最小的孩子捐了一块钱。", [(1.0, "CNY")]),
])
def test_portion_not_one_yuan(extract, body, expected):
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected
