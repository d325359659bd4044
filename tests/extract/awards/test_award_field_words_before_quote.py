"""Field words ending in 建设 before a quoted honour counted after it, in a clause that confers.

- GUIDELINES §5, twenty-second review round (field words before a whole quoted honour are dropped like a level) and the
  thirty-third review round (7 December 2026, third stop): `建设` closing a field of work (`农田水利建设“红旗乡镇”3个`) is no
  verb of building when the clause confers (`进行了通报表扬`, `表彰了`); units built or set up (`全县共建设“美丽乡村”示范村12个`,
  `新建“文化礼堂”3座`) stay none. Invented sentences; each case's records were written from the guidelines before the rules
  were run.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

CASES = [
    ("会议对2016年度农田水利建设“红旗乡镇”3个、“先进村”10个进行了通报表扬。",
     [("红旗乡镇", 3, "个", "organization"), ("先进村", 10, "个", "organization")]),
    ("会议表彰了美丽乡村建设“示范村”8个。",
     [("示范村", 8, "个", "organization")]),
    ("大会对党风廉政建设“先进单位”6个、“优秀个人”20名进行了表彰。",
     [("先进单位", 6, "个", "organization"), ("优秀个人", 20, "名", "person")]),
    ("县委对2023年度基层党组织建设“五星级党支部”12个予以通报表扬。",
     [("五星级党支部", 12, "个", "organization")]),
    ("會議對農田水利建設「紅旗鄉鎮」3個進行了表揚。",
     [("红旗乡镇", 3, "个", "organization")]),
    ("会议对平安建设“先进乡镇”4个进行了表彰。",
     [("先进乡镇", 4, "个", "organization")]),
    # near misses: units built or set up, no conferral
    ("全县共建设“美丽乡村”示范村12个。",
     []),
    ("今年各村建设“村史馆”3个。",
     []),
    ("今年新建“文化礼堂”3座，县里表彰了先进单位。",
     []),
    ("去年全镇已建设“农家书屋”15个。",
     []),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_award_field_words_before_quote(extract, body, expected):
    assert sorted(honours(extract(page(body)))) == sorted(expected)
