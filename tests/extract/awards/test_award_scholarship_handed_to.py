"""A named scholarship or teachers' prize handed to a count with 予 or 给 after it.

- GUIDELINES §5, tenth review round (a named scholarship handed to counted students is an honour; need-based 助学金 is aid),
  twelfth round (奖教金), twenty-eighth round (a prize handed in another period gives none) and the thirty-third review
  round (7 December 2026, third stop): `颁发清寒优秀学生奖学金予152名学生` reads as `颁发国家励志奖学金给…` and as
  `向120名学生颁发…`: that scholarship, the count; a bare `奖学金`, 助学金, money for the needy and a year other than this
  event's give none. Invented sentences; each case's records were written from the guidelines before the rules were run.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

CASES = [
    ("市府今日舉行頒獎典禮，共頒發清寒優秀學生獎學金予152名學生，每人新台幣5,000元。",
     [("清寒优秀学生奖学金", 152, "名", "person")]),
    ("學校今日舉行頒獎典禮，頒發清寒獎學金給25位學生。", [("清寒奖学金", 25, "位", "person")]),
    ("会上，学校颁发国家励志奖学金予120名学生。", [("国家励志奖学金", 120, "名", "person")]),
    ("基金会今天颁发“明德”奖学金予30名同学。", [("明德奖学金", 30, "名", "person")]),
    ("典礼上，教育基金会颁发园丁奖教金予18位教师。", [("园丁奖教金", 18, "位", "person")]),
    ("大会向120名学生颁发国家励志奖学金。", [("国家励志奖学金", 120, "名", "person")]),
    # near misses
    ("今日頒發清寒助學金予50名學生。", []),
    ("基金會去年頒發清寒獎學金予15名學生。", []),
    ("市府明年將頒發獎學金予100名學生。", []),
    ("今日頒發慰問金予30戶家庭。", []),
    ("今日頒發獎學金予152名學生。", []),
    ("今日頒發紀念品予100名義工。", []),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_award_scholarship_handed_to(extract, body, expected):
    assert sorted(honours(extract(page(body)))) == sorted(expected)
