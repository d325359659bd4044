"""Hunt h68 (award counts as releases write them: 表彰决定, 授予…称号, 评选出, prize grades, Taiwan and Hong Kong
copy) fixes. Invented sentences; the expected values follow corpus/GUIDELINES.md §6 (money of an event still ahead).

- Prize money a speaker says will be raised for a later edition (明年比赛将增设小学组，总奖金将增至十万元) was read as
  money granted: the pool of an edition still ahead is only intended (§6), like 将设立总奖金…; a standard changed now
  (奖金由1万元提高至2万元, no 将) and a raise a meeting decides (会议决定将…) stay funding.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the pool of a later edition, raised with 将: nothing granted
        ("5月6日，大赛颁奖礼在市体育馆举行。组委会主任李明表示，明年比赛将增设小学组，总奖金将增至十万元。", []),
        ("5月6日，大赛颁奖仪式举行。主办方介绍，下届大赛奖金总额将提高到50万元。", []),
        ("5月6日，龙舟赛落幕。组委会表示，今后赛事总奖金还将进一步提高至30万元。", []),
        ("5月6日，大賽頒獎禮舉行。籌委會表示，明年總獎金將調高至港幣20萬元。", []),
        # near misses: a standard changed now, a decision, money paid, a raise of other money
        ("5月6日，大赛颁奖仪式举行。今年大赛奖金由1万元提高至2万元，已全部发放到获奖者手中。",
         [(20000.0, "CNY")]),
        ("5月6日，市体育局召开专题会议。会议决定，将本届大赛总奖金提高至30万元。", [(300000.0, "CNY")]),
        ("5月6日，市政府为获奖选手颁发奖金30万元。", [(300000.0, "CNY")]),
    ],
)
def test_prize_pool_raised_ahead(extract, body, expected):
    assert [(amount, currency) for amount, currency, _ in grants(extract(page(body)))] == expected
