"""The years of service qualifying the holders before an honour in a list of honours and counts (`表扬本年度优良教师28位及
服务满40年资深教师十五位`) are what the holders did, no part of the honour (`资深教师` 15), as the description before `的`
is none (`表扬服务满二十五年的资深优良教职员12名`) (GUIDELINES §5 thirty-sixth review round, sixth stop, from the new
tuning pages s169).

Found: the item after the years of service was not read.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

_CEREMONY = "县政府今日上午举行“教师节表扬大会”，"

# (body, honours)
CASES = [
    (_CEREMONY + "表扬本年度优良教师28位及服务满40年资深教师十五位。",
     [("优良教师", 28, "位", "person"), ("资深教师", 15, "位", "person")]),
    (_CEREMONY + "表扬本年度优良教师28位及服务满40年的资深教师15位。",
     [("优良教师", 28, "位", "person"), ("资深教师", 15, "位", "person")]),
    (_CEREMONY + "表揚本年度優良教師25位及服務滿三十年之資深優良教師8位。",
     [("优良教师", 25, "位", "person"), ("资深优良教师", 8, "位", "person")]),
    # near misses: the description before 的 as before; a bare occupation after other years is no honour
    (_CEREMONY + "表扬服务满二十五年的资深优良教职员12名。", [("资深优良教职员", 12, "名", "person")]),
    (_CEREMONY + "表彰从教满三十年教师20名、优秀班主任10名。", [("优秀班主任", 10, "名", "person")]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_service_years_before_listed_honour(extract, body, expected):
    assert honours(extract(page(body))) == expected
