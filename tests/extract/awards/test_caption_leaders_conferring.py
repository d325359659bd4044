"""A photo caption closing the page that tells leaders conferring a counted honour (invented pages).

- GUIDELINES §1 (captions are read) and §5, as read in the thirty-first review round (7 December 2026, first stop):
  leaders named by their body's level (`县领导`, `校领导`, `与会领导`) acting in a caption below the body are the article's
  own account, like a titled person acting (`图为市委书记…颁奖`); the honour they hand to a count is an award.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("7月1日，县委召开表彰大会。\n图为县领导为8个“先进基层党组织”颁发奖牌。",
     [("先进基层党组织", 8, "个", "organization")]),
    ("7月1日，县委召开表彰大会。\n（图为县领导为8个“先进基层党组织”颁发奖牌）",
     [("先进基层党组织", 8, "个", "organization")]),
    ("9月10日，学校召开教师节庆祝大会。\n图为校领导为20名“优秀教师”颁奖。",
     [("优秀教师", 20, "名", "person")]),
    ("表彰大会现场。\n图为与会领导为12名“最美家庭”代表颁发证书。",
     []),
    ("7月1日，县委召开表彰大会。\n图为会议现场。",
     []),
])
def test_caption_leaders_conferring(extract, body, expected):
    assert honours(extract(page(body))) == expected
