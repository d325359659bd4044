"""Holders of an honour rewarded with money named in the sentence (invented sentences).

- GUIDELINES §5 seventeenth review round (a reward given to holders of an earlier honour after 对/为 is no award; the money
  is funding, §6), as read in the thirty-first review round (7 December 2026, first stop): `奖励` right before the count,
  or `对`/`为` before it and `进行奖励`/`给予奖励` after, with money named before it in the sentence (`安排奖补资金300万元`,
  `拿出500万元`, `专项资金用于`) or a share per holder after it (`每人1万元`), pays the holders: no award. `奖励` with no money
  in the sentence stays a commendation.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("县财政安排奖补资金300万元，奖励20家“示范企业”。", []),
    ("市里拿出500万元，奖励30家“专精特新”企业。", []),
    ("市财政安排专项资金200万元，用于奖励15个“先进村”。", []),
    ("县政府拨付100万元奖励资金，奖励10个“美丽乡村”。", []),
    ("市政府奖励10名“优秀教师”每人1万元。", []),
    ("县里安排50万元，对12个“五星级党支部”进行奖励。", []),
    ("縣府撥款三百萬元，獎勵二十家「模範企業」。", []),
    # stays: no money in the sentence
    ("大会奖励了20名“优秀员工”。", [("优秀员工", 20, "名", "person")]),
    ("公司年会上，董事会奖励了15名“优秀员工”。", [("优秀员工", 15, "名", "person")]),
    ("会上，县委对12个“五星级党支部”进行奖励。", [("五星级党支部", 12, "个", "organization")]),
])
def test_holders_rewarded_with_money(extract, body, expected):
    assert honours(extract(page(body))) == expected
