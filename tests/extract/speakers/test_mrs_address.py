"""A surname with 太 or 太太 (Mrs, Hong Kong and Macau usage) is a form of address, no name.

GUIDELINES §4, twenty-ninth review round (6 December 2026, eighth stop): ``陈太``, ``黄太太`` (a surname and the word for a
married woman) name a person kept anonymous, like ``张女士`` (§4: unnamed people produce no speaker record); a given name
that ends in 太 after a full name part (``王国太``, ``欧阳太平``) stays a name.

Every row is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_SHARING = "5月6日，深水埗區議會舉行社區服務計劃分享會。"


@pytest.mark.parametrize("body", [
    "5月6日，觀塘區長者中心舉行中秋聯歡會。獨居長者李太表示，多謝社工每星期上門探訪。",
    _SHARING + "家長麥太在會上分享，孩子參加功課輔導班後成績進步不少。",
    _SHARING + "居民代表黃太太發言，感謝義工多年來的探訪。",
    "5月6日，社区举行邻里节联欢会。居民欧阳太说，活动办得很热闹。",
])
def test_surname_with_mrs_is_no_name(extract, body):
    assert speakers(extract(page(body))) == {}


# NEGATIVE: a name whose given part ends in or holds 太 keeps its record.
@pytest.mark.parametrize(("body", "expected"), [
    (_SHARING + "區議員王國太表示，計劃很成功。", {"王国太": ("区议员", ("讲话",))}),
    (_SHARING + "區議員歐陽太平致辭。", {"欧阳太平": ("区议员", ("致辞",))}),
])
def test_given_name_with_tai_stays(extract, body, expected):
    assert speakers(extract(page(body))) == expected
