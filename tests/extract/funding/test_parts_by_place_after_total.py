"""Parts of a total that a sentence opened by `其中` lists by the place each went to (`其中，东山县获得1200万元，西山县
获得980万元`) are records and take the purpose of the total closing the sentence before, as parts paid `向…` do; they
stay records also when a headline states the same total (GUIDELINES §6 purpose, thirty-sixth review round, sixth stop,
from the new tuning pages s169; thirty-fourth round: parts by recipient).

Found: under a headline stating the total the parts were dropped (the body's total restated the headline's, so the
sentence before 其中 counted as giving no record), and without one they had no purpose.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page

_TOTAL = "近日，市财政局下达2024年农田水利专项资金约3.5亿元，用于全市农田水利建设。"
_FUND = "农田水利专项资金"

# (headline or None, body, [(amount, purpose)])
CASES = [
    (None, _TOTAL + "其中，东山县获得1200万元，西山县获得980万元。",
     [(350000000.0, _FUND), (12000000.0, _FUND), (9800000.0, _FUND)]),
    ("市财政下达农田水利专项资金约3.5亿元", _TOTAL + "其中，东山县获得1200万元，西山县获得980万元。",
     [(350000000.0, _FUND), (12000000.0, _FUND), (9800000.0, _FUND)]),
    (None, "近日，市财政局下达农田水利专项资金3.5亿元。其中，南湖镇分得600万元。",
     [(350000000.0, _FUND), (6000000.0, _FUND)]),
    # near misses: parts of their own kind, and a firm receiving, keep no purpose of the total
    (None, "近日，县里投入资金3000万元，用于村道建设。其中，县财政拨款600万元，乡镇配套400万元。",
     [(30000000.0, "村道建设"), (6000000.0, None), (4000000.0, None)]),
    (None, "近日，市里下达奖补资金500万元，用于奖励先进。其中，某某公司获得200万元。",
     [(5000000.0, "奖励先进"), (2000000.0, None)]),
]


@pytest.mark.parametrize(("headline", "body", "expected"), CASES)
def test_parts_by_place_after_total(extract, headline, body, expected):
    text = page(body) if headline is None else f"{headline}\n2024-05-08 来源：某网\n{body}\n"
    assert [(g[0], g[2]) for g in grants(extract(text))] == expected
