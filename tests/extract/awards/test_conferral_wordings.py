"""Wordings of a conferral with counted holders (invented sentences).

- GUIDELINES §5 twenty-eighth round (an edition word before a quoted honour given to a count is dropped like 第N届) and
  twenty-ninth round: the year of this conferral there (`颁发本年度“…奖”予5位…`, `今年`, `2023年度`) is dropped the same way;
  a conferral still ahead stays no record.
- GUIDELINES §5 twenty-ninth round (获选 reads as 获评): holders described as having been chosen for a quoted honour
  (`为获选“青创之星”的10组团队颁奖`) hold it, like `为荣获“…”的…颁奖`.
- GUIDELINES §5 twenty-ninth round (counts, then as many honours, paired in order after 分别): `分别获颁` and `分别获选`
  pair them as `分别荣获` does (`46个团体及28间学校分别获颁“甲”及“乙”`).
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("毕业典礼中，校长颁发本年度“杰出校友奖”予5位在产业界表现卓越的校友。", [("杰出校友奖", 5, "位", "person")]),
    ("颁奖礼上，会长颁发2023年度“服务之星”予12位义工。", [("服务之星", 12, "位", "person")]),
    ("典礼上，校监颁发今年“卓越教学奖”予三位老师。", [("卓越教学奖", 3, "位", "person")]),
    # near miss: a conferral still ahead, with the year before the quoted honour
    ("校长表示，学校将于下月颁发本年度“卓越教学奖”予三位老师。", []),
])
def test_year_before_quoted_honour_handed(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("市长到场致词，并为获选今年“青创之星”的10组团队颁奖。", [("青创之星", 10, "组", "organization")]),
    ("会上，区长为获选“最美志愿者”的15名居民颁发证书。", [("最美志愿者", 15, "名", "person")]),
    # near miss: holders of an earlier edition are no winners of this conferral
    ("会上，10名往届“最美志愿者”获得者为新当选者颁奖。", []),
])
def test_chosen_holders_before_count(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("另有四十六个团体及二十八间学校分别获颁“最高服务时数奖（团体组）”及“最高服务时数奖（学校组）”。",
     [("最高服务时数奖（团体组）", 46, "个", "organization"), ("最高服务时数奖（学校组）", 28, "间", "organization")]),
    ("典礼上，12个单位和35名个人分别获颁“抗洪抢险先进集体”和“抗洪抢险先进个人”。",
     [("抗洪抢险先进集体", 12, "个", "organization"), ("抗洪抢险先进个人", 35, "名", "person")]),
    ("大会上，8所学校和20名教师分别获选“书香校园”和“阅读推广之星”。",
     [("书香校园", 8, "所", "organization"), ("阅读推广之星", 20, "名", "person")]),
])
def test_respective_honours_handed(extract, body, expected):
    assert honours(extract(page(body))) == expected
