"""Award counts: honours quoted only in their
qualifying word (“四有”好老师), unquoted honours after 授予 and their recipients' noun, 其中包括 before a
listed honour, and recipient kinds of things that are no bodies.  Invented sentences; the expected
values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月14日，县教育局表彰了全县30名“四有”好老师。", [("四有好老师", 30, "名", "person")]),
        ("3月14日，县妇联表彰了30名“三八”红旗手和10个“巾帼”文明岗。",
         [("三八红旗手", 30, "名", "person"), ("巾帼文明岗", 10, "个", "organization")]),
        ("3月14日，团县委表彰了15名“向上向善”好青年。", [("向上向善好青年", 15, "名", "person")]),
        ("大会对全县30名“四有”好老师、10名“最美班主任”进行了表彰。",
         [("四有好老师", 30, "名", "person"), ("最美班主任", 10, "名", "person")]),
        ("会上，30名“三八”红旗手受到表彰。", [("三八红旗手", 30, "名", "person")]),
        ("县委决定，授予十二个机关党支部县级“四强”党支部称号。", [("县级四强党支部", 12, "个", "organization")]),
        ("县委决定，授予十二个机关党支部“四强党支部”称号。", [("四强党支部", 12, "个", "organization")]),
        ("会议授予5名同志“十佳”青年岗位能手称号。", [("十佳青年岗位能手", 5, "名", "person")]),
        # the quote holds the whole honour: a noun after it names the recipients
        ("会议表彰了10名“优秀志愿者”队员。", [("优秀志愿者", 10, "名", "person")]),
        ("县委决定，授予张三等3名同志县级“优秀党员”称号。", [("优秀党员", 3, "名", "person")]),
        # the holders' noun after the quote, the count after it: the noun read once (was 五星级党支部党支部)
        ("会议评出“五星级”党支部20个，表彰了优秀共产党员50名。",
         [("五星级党支部", 20, "个", "organization"), ("优秀共产党员", 50, "名", "person")]),
        ("会议评出“巾帼”文明岗8个。", [("巾帼文明岗", 8, "个", "organization")]),
        # a tally over the years stays none
        ("近年来，全县先后有30名“三八”红旗手获得表彰。", []),
    ],
)
def test_an_honour_quoted_in_its_qualifying_word(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "outside"),
    [
        # a longer quoted name: the recipients' noun after it is none of the honour
        ("大会为20名“光荣在党50年”老党员颁发纪念章。", "老党员"),
        ("大会为20名“双报到”党员颁发证书。", "党员"),
        # a clause after the holders' noun is not taken in
        ("会议表彰了30名“四有”好老师所在学校。", "学校"),
        ("会议表彰了30名“四有”好老师代表。", "代表"),
    ],
)
def test_no_recipients_or_clause_taken_into_the_honour(extract, body: str, outside: str) -> None:
    assert all(outside not in honor for honor, *_ in honours(extract(page(body))))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月14日，市政府召开大会，授予2名科学家市科学技术突出贡献奖。",
         [("市科学技术突出贡献奖", 2, "名", "person")]),
        ("3月14日，市政府召开大会，授予2人市科学技术突出贡献奖。", [("市科学技术突出贡献奖", 2, "人", "person")]),
        ("近日，省总工会印发决定，授予382名个人省五一劳动奖章。我校两名教师名列其中。",
         [("省五一劳动奖章", 382, "名", "person")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("县委决定，授予三十个村党组织县级先进基层党组织称号。", [("先进基层党组织", 30, "个", "organization")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("市委印发表彰决定，授予八十个基层党组织全市先进基层党组织称号。",
         [("先进基层党组织", 80, "个", "organization")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("市委印发表彰决定，授予一百一十二名同志全市优秀共产党员称号。", [("优秀共产党员", 112, "名", "person")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("县委决定，授予3个村市级文明村称号。", [("文明村", 3, "个", "organization")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("县委决定，授予10名市民县级优秀志愿者称号。", [("优秀志愿者", 10, "名", "person")]),
        ("市政府决定，授予3家企业市长质量奖，授予5名个人市科技进步奖。",
         [("市长质量奖", 3, "家", "organization"), ("市科技进步奖", 5, "名", "person")]),
        # no level to tell the prize from its recipients: no guess
        ("县委决定，授予10名运动员体育道德风尚奖。", []),
        # proposed or still to come: nothing conferred
        ("市政府拟授予2名科学家市科学技术突出贡献奖。", []),
        ("市政府将授予2名科学家市科学技术突出贡献奖。", []),
    ],
)
def test_an_unquoted_honour_after_its_recipients(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("行政長官今日頒授勳章，其中包括專業功績勳章四名、文化功績勳章兩名。",
         [("专业功绩勋章", 4, "名", "person"), ("文化功绩勋章", 2, "名", "person")]),
    ],
)
def test_included_before_a_listed_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议评出优秀案例30个。", [("优秀案例", 30, "个", None)]),
        ("会议表彰了优秀志愿服务项目20个、最佳志愿服务项目15个。",
         [("优秀志愿服务项目", 20, "个", None), ("最佳志愿服务项目", 15, "个", None)]),
        ("1月31日，市公安局召开表彰大会，对全年涌现出的27个个人三等功和150个嘉奖进行了表彰。",
         [("个人三等功", 27, "个", "person"), ("嘉奖", 150, "个", None)]),
        # bodies stay bodies
        ("会议表彰了先进集体5个、优秀志愿服务组织12个。",
         [("先进集体", 5, "个", "organization"), ("优秀志愿服务组织", 12, "个", "organization")]),
    ],
)
def test_things_counted_are_no_bodies(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
