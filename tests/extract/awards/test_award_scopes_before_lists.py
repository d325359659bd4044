"""Award phrasings of a scope before a list, totals within their kind and series: the whole place a commendation covers (全县, 全市)
written before the first honour of its list, a total of bodies dropped because person parts of another total add up
to it, counts and honours in two series of equal length with no 分别 (paired in order), and one quoted prize
conferred on several groups of holders, each counted after it.  Invented sentences; the expected values follow
corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the scope of the commendation (全县 and a line of work) is no part of the category (§5: keep the category)
        ("3月7日，县委宣传部召开会议，表彰了2023年度全县新闻宣传工作先进单位6个、优秀通讯员18名。",
         [("先进单位", 6, "个", "organization"), ("优秀通讯员", 18, "名", "person")]),
        ("会议表彰了全市安全生产工作先进单位8个、优秀安全员20名。",
         [("先进单位", 8, "个", "organization"), ("优秀安全员", 20, "名", "person")]),
        # (unchanged: the bare category after the first item)
        ("3月4日，市委组织部召开会议，表彰了2023年度全市组织工作先进集体12个、先进个人30名。",
         [("先进集体", 12, "个", "organization"), ("先进个人", 30, "名", "person")]),
        # a field that is no line of work stays with the honour, the place goes
        ("会议表彰了2023年度全县民族团结进步模范集体8个、模范个人15名。",
         [("民族团结进步模范集体", 8, "个", "organization"), ("模范个人", 15, "名", "person")]),
        # one item, in each place the list is read
        ("会议表彰了全县优秀教师50名。", [("优秀教师", 50, "名", "person")]),
        ("会议对全区优秀志愿者30名进行了表彰。", [("优秀志愿者", 30, "名", "person")]),
        ("会上，全镇优秀网格员12名受到表彰。", [("优秀网格员", 12, "名", "person")]),
    ],
)
def test_scope_before_a_list(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a national level names the honour and stays (全国劳动模范, 全国文明村镇)
        ("会议表彰了全国文明村镇3个。", [("全国文明村镇", 3, "个", "organization")]),
        # a scope inside the quote marks stays (§5: a level inside the marks)
        ("7月1日，市委召开大会，授予20个党组织“全市先进基层党组织”称号。",
         [("全市先进基层党组织", 20, "个", "organization")]),
        # the honour unquoted before 称号 after 授予 kept its level; dropped since the twenty-third review round
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("市委印发表彰决定，授予八十个基层党组织全市先进基层党组织称号。",
         [("先进基层党组织", 80, "个", "organization")]),
    ],
)
def test_scope_kept(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


_MACAU = [("勋章、奖章及奖状", 42, "名", "person"), ("勋章、奖章及奖状", 8, "个", "organization"),
          ("金莲花荣誉勋章", 3, "名", "person"), ("银莲花荣誉勋章", 5, "名", "person")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the parts break down the people's total; the bodies' count, equal to their sum, is a fact of its own (§5 totals)
        ("本年度共有42名个人和8个实体获颁授勋章、奖章及奖状，其中金莲花荣誉勋章3名、银莲花荣誉勋章5名。", _MACAU),
        ("本年度共有42名个人和8個實體獲頒授勳章、獎章及獎狀，其中金蓮花榮譽勳章3名、銀蓮花榮譽勳章5名。", _MACAU),
        # (unchanged) a total of people that its parts of people add up to is not repeated
        ("共有8名人士获颁授勋章，其中金莲花荣誉勋章3名、银莲花荣誉勋章5名。",
         [("金莲花荣誉勋章", 3, "名", "person"), ("银莲花荣誉勋章", 5, "名", "person")]),
    ],
)
def test_total_summed_within_its_kind(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two series of equal length, no 分别: paired in order (§5: one record per stated count)
        ("3个集体和5名个人获得“五一劳动奖状”和“五一劳动奖章”。",
         [("五一劳动奖状", 3, "个", "organization"), ("五一劳动奖章", 5, "名", "person")]),
        ("2个单位和6名个人荣获“市长质量奖”和“质量工匠奖”。",
         [("市长质量奖", 2, "个", "organization"), ("质量工匠奖", 6, "名", "person")]),
        ("表彰优秀教师、优秀班主任10名、20名。", [("优秀教师", 10, "名", "person"), ("优秀班主任", 20, "名", "person")]),
        # one quoted prize, then its holders in groups each with a count: one record per group, the same prize (§5)
        ("闭幕式上，大会授予“体育突出贡献奖”运动员40名、教练员15名。",
         [("体育突出贡献奖", 40, "名", "person"), ("体育突出贡献奖", 15, "名", "person")]),
        ("会上，市政府颁发“科技进步奖”单位3个、个人12名。",
         [("科技进步奖", 3, "个", "organization"), ("科技进步奖", 12, "名", "person")]),
    ],
)
def test_series_and_groups(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # names that show their kinds against the order: no pairs in that order
        ("10个集体和25名个人获得“先进个人”和“先进集体”称号。", ("先进个人", 10, "个", "organization")),
        # a quoted campaign before categories: the categories are the honours, not holders of the campaign's name
        ("表彰“安全生产月”先进集体10个、先进个人20名。", ("安全生产月", 10, "个", "organization")),
        # a quote that is no prize (no 奖, 章 or 状 closing it): not read as one prize for groups
        ("表彰“四强”党支部10个、党员20名。", ("四强", 10, "个", "organization")),
        # groups that are honours themselves: not holders of the quoted prize
        ("授予“五一劳动奖章”先进个人5名、优秀班组长3名。", ("五一劳动奖章", 5, "名", "person")),
    ],
)
def test_near_misses(extract, body: str, absent: tuple) -> None:
    assert absent not in honours(extract(page(body)))
