"""Award shapes of past plaques and rankings, holders chosen as the best ten and levels received (awards).

Found (invented sentences, rules only):
- W7: a plaque handed to the leaders of counted places (leaders_took_plaque) and counted holders joining a ranking
  (joined_ranking) were read as this event's awards when the sentence tells an earlier year (前年四县领导接过…铜牌;
  会上，通报了去年全市10个家庭跻身…行列的情况): past tallies and background are no award of this event (GUIDELINES §5,
  twenty-second round "background stays out"). Both now run through a period check (a past year word in the count's
  clause or the clause before, no word of this time after it); a ranking told of a past year no longer opens the
  sentence as a context for the quoted count either.
- W8: with the count opening the sentence (10名运动员当选全国十佳运动员) the holders' noun and the verb were glued into the
  honour, so the scope strip of §5 twenty-second round (当选全国十佳运动员 -> 十佳运动员) never saw its 全国; the honour is
  now cut after 当选/被评为 first. 获评 keeps the level (§5: a level of an honour received from above).
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


# W7: a past year's plaque or ranking told at the event: no award
@pytest.mark.parametrize("body", [
    "市长回顾说，前年四县领导接过市委书记颁发的“光荣脱贫县”的铜牌。",
    "会上，通报了去年全市10个家庭跻身“十佳文明家庭”行列的情况。",
    "他回忆道，2022年三县负责人领取了省政府颁发的“全省生态示范县”的奖牌。",
    "会上，回顾了上年度8个村跻身“全省美丽乡村”行列的经验。",
    "会上，介绍了往年6个家庭跻身“最美家庭”之列的做法。",
])
def test_past_plaque_or_ranking_is_no_award(extract, body):
    assert honours(extract(page(body))) == []


# W7 NEGATIVE: the present-tense forms keep their count; background with no event stays none
@pytest.mark.parametrize(("body", "expected"), [
    ("大会上，四县领导依次走上主席台，接过市委书记颁发的“光荣脱贫县”的铜牌。", [("光荣脱贫县", 4, "县", "organization")]),
    ("仪式上，三县领导接过省长颁发的“生态文明示范县”荣誉证书。", [("生态文明示范县", 3, "县", "organization")]),
    ("会上，张华家庭、李明家庭等10个家庭跻身“十佳文明家庭”行列。", [("十佳文明家庭", 10, "个", None)]),
    ("仪式上，5个家庭跻身“最美家庭”之列，去年则是3个。", [("最美家庭", 5, "个", None)]),
    ("會上，張華家庭、李明家庭等10個家庭躋身「十佳文明家庭」行列。", [("十佳文明家庭", 10, "个", None)]),
    ("会上，市长指出，我市近年来已有10个家庭跻身“十佳文明家庭”行列。", []),
])
def test_present_plaque_or_ranking_keeps_count(extract, body, expected):
    assert honours(extract(page(body))) == expected


# W8: the count opening the sentence, then the holders' noun and 当选/被评为: the honour after the verb, scope dropped
@pytest.mark.parametrize(("body", "expected"), [
    ("县体育局召开表彰会。10名运动员当选全国十佳运动员。", [("十佳运动员", 10, "名", "person")]),
    ("市教育局召开表彰大会。10名教师被评为全省十佳教师。", [("十佳教师", 10, "名", "person")]),
    ("县教育局召开表彰会。10名教师被评为优秀教师。", [("优秀教师", 10, "名", "person")]),
    ("县体育局召开表彰会。张某等10名运动员当选全国十佳运动员。", [("十佳运动员", 10, "名", "person")]),
    ("会上，10位青年当选全市十佳青年。", [("十佳青年", 10, "位", "person")]),
])
def test_holders_chosen_as_best_ten(extract, body, expected):
    assert honours(extract(page(body))) == expected


# W8: 获评 kept the level of an honour received from above; the twenty-third review round drops a level or scope word
# before an unquoted title whatever the verb (全国 before 十佳 as after 当选, twenty-second round)
@pytest.mark.parametrize(("body", "expected"), [
    # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
    ("县里召开表彰会。我县3名同志获评全省优秀共产党员。", [("优秀共产党员", 3, "名", "person")]),
    ("县体育局召开表彰会。10名运动员获评全国十佳运动员。", [("十佳运动员", 10, "名", "person")]),
])
def test_received_level_kept(extract, body, expected):
    assert honours(extract(page(body))) == expected
