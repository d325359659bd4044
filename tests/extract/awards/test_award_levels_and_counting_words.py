"""Award counts with a level between verb and quote, counting words, generic titles and honours ending in a post: a level between a receiving verb
and a quoted honour (获评全国“三八红旗手”), counting words before a count (共选出, 共有, 计, 分别为), a generic or level-only
title of honour (授予28人荣誉称号), an honour ending in a post (优秀护士长), Taiwan's military unit 员, the
units 条 and 个 of prizes.  Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a level between the receiving verb and the quote: the record is kept (a whole quoted honour is read without
        # the level, as after 授予; an honour quoted in part keeps it)
        ("今年，999名妇女获评全国“三八红旗手”。", [("三八红旗手", 999, "名", "person")]),
        ("今年，我市5个村被评为省级“美丽乡村示范村”。", [("美丽乡村示范村", 5, "个", "organization")]),
        ("近日，我县12名教师荣获全国“最美教师”。", [("最美教师", 12, "名", "person")]),
        ("今年，我市5名职工荣获全国“五一劳动奖章”。", [("五一劳动奖章", 5, "名", "person")]),
        ("近日，我县3个党支部获评县级“四强”党支部。", [("县级四强党支部", 3, "个", "organization")]),
        # unchanged: the same with 称号, without quotes, without the level
        ("近日，我县12名教师获评省级“优秀教师”称号。", [("优秀教师", 12, "名", "person")]),
        ("今年，999名妇女获评全国三八红旗手。", [("全国三八红旗手", 999, "名", "person")]),
        ("999名妇女获评“三八红旗手”。", [("三八红旗手", 999, "名", "person")]),
    ],
)
def test_a_level_between_the_verb_and_the_quoted_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # near misses: exact counts stay (百 alone is an exact hundred)
        ("1月31日，学院召开表彰会，表彰了100名“优秀毕业生”。", [("优秀毕业生", 100, "名", "person")]),
        ("1月31日，学院召开表彰会，表彰了“优秀毕业生”100名。", [("优秀毕业生", 100, "名", "person")]),
        ("1月31日，学院召开表彰会，表彰了百名“优秀毕业生”。", [("优秀毕业生", 100, "名", "person")]),
    ],
)
def test_an_exact_count_stays(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年共选出模范母亲30名。", [("模范母亲", 30, "名", "person")]),
        ("大会共有金奖2项、银奖4项产生。", [("金奖", 2, "项", None), ("银奖", 4, "项", None)]),
        ("会议表彰“优秀网格员”计46人、“优秀网格长”计12人。",
         [("优秀网格员", 46, "人", "person"), ("优秀网格长", 12, "人", "person")]),
        ("大会表彰了先进单位、优秀项目，分别为先进单位8家、优秀项目12个。",
         [("先进单位", 8, "家", "organization"), ("优秀项目", 12, "个", None)]),
        # near misses: a word ending in 计 keeps it, 共计 was read before
        ("大会表彰优秀会计12名。", [("优秀会计", 12, "名", "person")]),
        ("大会表彰“优秀网格员”共计46人。", [("优秀网格员", 46, "人", "person")]),
        ("大会表彰了优秀项目12个、先进单位8家。", [("优秀项目", 12, "个", None), ("先进单位", 8, "家", "organization")]),
    ],
)
def test_counting_words_are_no_part_of_the_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the state's title named by its level; a title of honour with no name or only a level names none (§5)
        ("大会授予28人国家荣誉称号。", [("国家荣誉称号", 28, "人", "person")]),
        ("大会授予28人荣誉称号。", []),
        ("大会授予10名同志市级荣誉称号。", []),
        ("大会授予10名同志全省荣誉称号。", []),
        # a named title stays
        ("大会授予5人全国劳动模范称号。", [("全国劳动模范", 5, "人", "person")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("大会授予12名同志市级优秀共产党员称号。", [("优秀共产党员", 12, "名", "person")]),
    ],
)
def test_a_title_of_honour_needs_a_name(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月10日，医院召开表彰大会，表彰优秀护士长五名、优秀护士三十名、“最美护士”十名。",
         [("优秀护士长", 5, "名", "person"), ("优秀护士", 30, "名", "person"), ("最美护士", 10, "名", "person")]),
        ("5月10日，医院召开表彰大会，表彰优秀科主任五名、优秀护士三十名、“最美护士”十名。",
         [("优秀科主任", 5, "名", "person"), ("优秀护士", 30, "名", "person"), ("最美护士", 10, "名", "person")]),
        # a post with no honour word is none
        ("5月10日，医院召开大会，护士长五名、科主任三名参加会议。", []),
    ],
)
def test_an_honour_ending_in_a_post(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("國防部今（3）日舉行國軍楷模表揚大會，共表揚國軍楷模三十二員。", [("国军楷模", 32, "员", "person")]),
        ("大会颁发“合理化建议奖”50条、“金点子奖”20个。",
         [("合理化建议奖", 50, "条", None), ("金点子奖", 20, "个", None)]),
        # bodies named after a prize's count stay organizations
        ("大会授予28个单位“体育道德风尚奖”。", [("体育道德风尚奖", 28, "个", "organization")]),
        # near misses: one member of a group, rules counted by 条, no honour
        ("他是获得“先进集体”称号的团队中的一员。", []),
        ("会议审议通过了10条激励措施。", []),
    ],
)
def test_units_yuan_tiao_and_prizes_by_ge(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
