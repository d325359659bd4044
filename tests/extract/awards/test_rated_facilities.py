"""A level a facility or firm is graded into, told as 被评为 or 评定为 (invented sentences).

- GUIDELINES §5 thirtieth review round (6 December 2026, ninth stop): a title that opens on a rating level (`三级甲等`,
  `二甲`, `一级`, `AAAA级`/`4A级`, `三星级`, `A级`) and ends on a facility's or firm's noun (`医院`, `景区`, `饭店`, `养老机构`,
  `幼儿园`, `图书馆`, `纳税人`) is a rating, whatever the verb and whether quoted or not: no award (ninth round `纳税信用A级企业`,
  twenty-first round `一级图书馆`). Honours of such bodies (`十佳医院`, `优秀图书馆`), and star titles of people chosen at a
  commendation (`五星级志愿者`, twentieth round), stay awards.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("经评估，全市有15家医院被评为“三级甲等医院”。", []),
    ("全市15家医院被评为三级甲等医院。", []),
    ("經評審，全港有5家醫院獲評為「三級甲等醫院」。", []),
    ("今年，全市又有3家医院通过评审成为二甲医院，4家医院被评为“二甲医院”。", []),
    ("会上，5家景区被评为国家“AAAA级旅游景区”。", []),
    ("今年全市有2家景区被评定为国家4A级旅游景区。", []),
    ("全县有6家酒店被评为“四星级饭店”。", []),
    ("12家养老机构被评定为“三星级养老机构”。", []),
    ("经复核，8家企业被评为“A级纳税人”。", []),
    ("全省有20所幼儿园被评为“一级幼儿园”。", []),
    ("10个图书馆被评为“一级图书馆”。", []),
    ("会上，15家单位被评为“文明单位”。", [("文明单位", 15, "家", "organization")]),
    ("大会表彰了6家“群众满意示范医院”。", [("群众满意示范医院", 6, "家", "organization")]),
    ("会上，10家医院被评为“十佳医院”。", [("十佳医院", 10, "家", "organization")]),
    ("大会表彰了8个“优秀图书馆”。", [("优秀图书馆", 8, "个", "organization")]),
    ("大会评选出“五星级志愿者”40名。", [("五星级志愿者", 40, "名", "person")]),
    ("中央军委授予10名战士“一级英雄模范”称号。", [("一级英雄模范", 10, "名", "person")]),
])
def test_facility_rating_is_no_award(extract, body, expected):
    assert honours(extract(page(body))) == expected
