"""Award counts of two counted honours joined by 和/及/以及/与 in one clause, a nomination prize conferred
(“新时代好少年”提名奖获得者), a count over two honours whose second is a level's title of honour
(国家勋章和国家荣誉称号, not cut to 国家勋章和国家), and a level written before a quoted honour (市级“文明单位”称号).
Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two counted honours joined by a conjunction: one record each
        ("大会表彰了15名“新时代好少年”和30名“新时代好少年”提名奖获得者。",
         [("新时代好少年", 15, "名", "person"), ("新时代好少年提名奖", 30, "名", "person")]),
        ("会议授予10名同志“优秀共产党员”称号和5个党支部“先进基层党组织”称号。",
         [("优秀共产党员", 10, "名", "person"), ("先进基层党组织", 5, "个", "organization")]),
        ("活动评选出20名“优秀教师”以及8名“优秀班主任”。",
         [("优秀教师", 20, "名", "person"), ("优秀班主任", 8, "名", "person")]),
        ("大会表彰了20名“优秀教师”与8名“优秀班主任”。",
         [("优秀教师", 20, "名", "person"), ("优秀班主任", 8, "名", "person")]),
        ("大会表彰了20名“优秀教师”及8名“优秀班主任”。",
         [("优秀教师", 20, "名", "person"), ("优秀班主任", 8, "名", "person")]),
        # a nomination prize conferred is a prize (§5), named with its 提名奖
        ("大会表彰了30名“新时代好少年”提名奖获得者。", [("新时代好少年提名奖", 30, "名", "person")]),
        # near misses: nominees and candidates, nothing conferred yet
        ("会上，30名“新时代好少年”提名人选受到关注。", []),
        ("大会表彰了30名“最美教师”候选人。", []),
        ("我市30名学生入围“新时代好少年”提名。", []),
    ],
)
def test_two_counted_honours_joined(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one count over two honours: the whole phrase, never a cut fragment (was 国家勋章和国家)
        ("会上，15人获得国家勋章和国家荣誉称号。", [("国家勋章和国家荣誉称号", 15, "人", "person")]),
        ("会上，15人获得国家勋章和荣誉称号。", [("国家勋章和荣誉称号", 15, "人", "person")]),
        ("会上，15人获得五一劳动奖章和省级荣誉称号。", [("五一劳动奖章和省级荣誉称号", 15, "人", "person")]),
        # the parts after 其中 add up to the total: the total is not repeated
        ("此次共有15人获得国家勋章和国家荣誉称号，其中“共和国勋章”4人，国家荣誉称号11人。",
         [("共和国勋章", 4, "人", "person"), ("国家荣誉称号", 11, "人", "person")]),
        # near misses, unchanged: a level's title alone, a title naming no honour, 称号 after a named honour
        ("会上，授予28人国家荣誉称号。", [("国家荣誉称号", 28, "人", "person")]),
        ("会上，授予28人荣誉称号。", []),
        ("会上，共有15人获得国家勋章。", [("国家勋章", 15, "人", "person")]),
        ("大会授予10名同志“优秀党务工作者”称号。", [("优秀党务工作者", 10, "名", "person")]),
    ],
)
def test_a_count_over_two_honours(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a level before the opening mark is outside the quoted name, with or without 称号 (§5)
        ("我市3个单位荣获市级“文明单位”称号。", [("文明单位", 3, "个", "organization")]),
        ("我市3个单位荣获市级“文明单位”。", [("文明单位", 3, "个", "organization")]),
        ("今年，999名妇女获评全国“三八红旗手”。", [("三八红旗手", 999, "名", "person")]),
        ("今年，999名妇女获评全国“三八红旗手”称号。", [("三八红旗手", 999, "名", "person")]),
        ("大会授予3个单位市级“文明单位”称号。", [("文明单位", 3, "个", "organization")]),
        ("大会表彰了3个市级“文明单位”。", [("文明单位", 3, "个", "organization")]),
        # near misses: a level inside the marks or unquoted stays; a quoted qualifying word keeps the level
        ("大会表彰了3个“市级文明单位”。", [("市级文明单位", 3, "个", "organization")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("大会表彰了3个市级文明单位。", [("文明单位", 3, "个", "organization")]),
        ("近日，我县3个党支部获评县级“四强”党支部。", [("县级四强党支部", 3, "个", "organization")]),
        # no count: no record
        ("该单位荣获市级“文明单位”称号。", []),
    ],
)
def test_a_level_before_a_quoted_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
