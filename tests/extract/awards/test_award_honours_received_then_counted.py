"""Commendation phrasings: an honour received and then how many have it
(荣获市级“三好学生”的有8人, 获评全省优秀共青团员的有25人, 獲頒「榮譽勳章」的有30人), a school level before the quote
(被评为校级“三好学生”), honours in 【】 or in 《》 before 称号, side-by-side quoted honours under one count, unquoted
honours joined by 和 under one count, and a medal and a certificate quoted and joined by 和 under one count.
Near misses (tallies, holdings, a headline tag in 【】, a document in 《》, items with their own counts) must not
change.  Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an honour received, then how many have it; a level before the quote is dropped (§5)
        ("近日，市教育局公布了市级三好学生名单，我校荣获市级“三好学生”的有8人，荣获市级“优秀学生干部”的有3人。",
         [("三好学生", 8, "人", "person"), ("优秀学生干部", 3, "人", "person")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("团省委公布了表彰名单。其中，我市获评全省优秀共青团员的有25人，获评全省五四红旗团委的有4个。",
         [("优秀共青团员", 25, "人", "person"), ("五四红旗团委", 4, "个", "organization")]),
        ("特區政府今日公布授勳名單，獲頒「榮譽勳章」的有30人。", [("荣誉勋章", 30, "人", "person")]),
        ("表彰大会上，被评为市级“优秀教师”的共有15人。", [("优秀教师", 15, "人", "person")]),
        # a school's level before the quote, as 市级 (§5)
        ("学校表彰大会上，李明等5名同学被评为校级“三好学生”。", [("三好学生", 5, "名", "person")]),
        # lenticular brackets and title marks used as quote marks
        ("1月9日，煤矿召开安全工作会，对【安全标兵】30名、【安全先进班组】6个进行了表彰。",
         [("安全标兵", 30, "名", "person"), ("安全先进班组", 6, "个", "organization")]),
        ("在日前公布的评选结果中，我市共有12名教师荣获《山东省教学能手》称号。", [("山东省教学能手", 12, "名", "person")]),
        ("大会授予5名同志【优秀党务工作者】称号。", [("优秀党务工作者", 5, "名", "person")]),
        # side-by-side quotes under one count: one record, the whole phrase, its items apart (§5)
        ("6月28日，镇党委召开表彰大会，“优秀共产党员”“优秀党务工作者”共50名受到表彰。",
         [("优秀共产党员、优秀党务工作者", 50, "名", "person")]),
        ("6月28日，镇党委对“优秀共产党员”“优秀党务工作者”共50名进行表彰。",
         [("优秀共产党员、优秀党务工作者", 50, "名", "person")]),
        # unquoted honours joined by 和 under one count: the whole phrase, never a cut part (§5)
        ("7月1日，社区党委召开表彰会，会上为15名优秀党员和优秀党务工作者颁发荣誉证书。",
         [("优秀党员和优秀党务工作者", 15, "名", "person")]),
        ("教师节前夕，学校表彰了20名优秀教师和优秀班主任。", [("优秀教师和优秀班主任", 20, "名", "person")]),
        # a medal and a certificate, quoted and joined by 和, under one count
        ("会上，为30名老党员颁发了“光荣在党50年”纪念章和“优秀党员”证书。",
         [("光荣在党50年纪念章和优秀党员证书", 30, "名", "person")]),
    ],
)
def test_commendation_phrasings(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-06-30"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # holders tallied over the years or earlier: nothing conferred now (§5)
        ("近年来，全县获评“省级文明单位”的有6个。", []),
        ("近年来获评省级文明单位的有6个。", []),
        ("该校曾获评全国优秀教师的有5人。", []),
        ("全县累计获评市级文明村的有20个。", []),
        # no honour named
        ("在年度考核中获得表彰的有30人。", []),
        # a tag opening the line and a document title are no quoted honours
        ("【党建动态】县委表彰优秀共产党员30名。", [("优秀共产党员", 30, "名", "person")]),
        ("会议印发《关于表彰先进集体和先进个人的决定》，表彰先进集体10个。", [("先进集体", 10, "个", "organization")]),
        # each item with its own count, or a second group that is no honour
        ("会上，为25名先进个人和5个先进集体颁发了奖牌。",
         [("先进个人", 25, "名", "person"), ("先进集体", 5, "个", "organization")]),
        ("大会表彰了30名优秀共产党员和10名优秀党务工作者。",
         [("优秀共产党员", 30, "名", "person"), ("优秀党务工作者", 10, "名", "person")]),
        ("表彰优秀教师20名和优秀班主任10名。", [("优秀教师", 20, "名", "person"), ("优秀班主任", 10, "名", "person")]),
        # a medal and a certificate given to different counts
        ("会上，为30名老党员颁发了“光荣在党50年”纪念章，为20名党员颁发了“优秀党员”证书。",
         [("光荣在党50年纪念章", 30, "名", "person"), ("优秀党员", 20, "名", "person")]),
        # a membership certificate is no honour
        ("支部为30名新党员颁发了“党员证书”。", []),
    ],
)
def test_near_misses(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-06-30"))) == expected
