"""Award counts: prizes conferred on a count of works (授予N项成果…奖,
the titles listed before 等 being no honour), two counts of recipients joined before one received quoted honour
(N个集体和M名个人被授予“…”), a bare 获 before a quoted honour closing the clause, 选树 as a conferring verb, and
unquoted honours of workers and papers (先进生产者, 优秀论文); with near misses that must give nothing (planned
conferrals, money granted to works, tallies over years, entrants).  Invented sentences; the expected values follow
corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a prize conferred on a count of works, named after them (§5: a count of things, recipient_kind null)
        ("大会授予2项成果省科学技术重大贡献奖。", [("省科学技术重大贡献奖", 2, "项", None)]),
        ("省政府决定，授予15项成果省科学技术进步奖一等奖。", [("省科学技术进步奖一等奖", 15, "项", None)]),
        ("授予10篇论文优秀论文奖。", [("优秀论文奖", 10, "篇", None)]),
        # grades, one record each; a later grade joined by 、 without its own 授予
        ("授予8项成果特等奖、20项成果一等奖。", [("特等奖", 8, "项", None), ("一等奖", 20, "项", None)]),
        # titles of the works listed before 等 are no honour
        ("会议决定授予“新工科背景下实践教学体系改革”等8项成果特等奖，授予“课程思政融入专业课教学的探索”等20项成果一等奖，"
         "授予32项成果二等奖。",
         [("特等奖", 8, "项", None), ("一等奖", 20, "项", None), ("二等奖", 32, "项", None)]),
        # two counts of recipients before one quoted honour: one record per count, the same honour
        ("共有41个集体和76名个人被授予“全国民族团结进步奖”。",
         [("全国民族团结进步奖", 41, "个", "organization"), ("全国民族团结进步奖", 76, "名", "person")]),
        ("41个集体、76名个人被授予“民族团结进步奖”。",
         [("民族团结进步奖", 41, "个", "organization"), ("民族团结进步奖", 76, "名", "person")]),
        ("全县有5个村和12名村民获评“文明之星”。", [("文明之星", 5, "个", "organization"), ("文明之星", 12, "名", "person")]),
        ("3名教师和5名学生荣获“最美校园人”称号。", [("最美校园人", 3, "名", "person"), ("最美校园人", 5, "名", "person")]),
        # (two honours paired in order stay paired)
        ("10个集体和25名个人获得“先进集体”和“先进个人”称号。",
         [("先进集体", 10, "个", "organization"), ("先进个人", 25, "名", "person")]),
        # a bare 获 before a quoted honour closing the clause; a level before the mark is dropped
        ("我校12名学生获省级“优秀学生干部”，30名学生获省级“三好学生”。",
         [("优秀学生干部", 12, "名", "person"), ("三好学生", 30, "名", "person")]),
        ("我校12名学生获“优秀学生干部”。", [("优秀学生干部", 12, "名", "person")]),
        # 选树 confers
        ("市委组织部近日选树了30名“担当作为好干部”。", [("担当作为好干部", 30, "名", "person")]),
        ("选树“最美职工”20名、“工匠之星”10名。", [("最美职工", 20, "名", "person"), ("工匠之星", 10, "名", "person")]),
        # unquoted honours of workers and of papers
        ("全厂88名职工被评为先进生产者。", [("先进生产者", 88, "名", "person")]),
        ("全市共有20篇论文获评优秀论文。", [("优秀论文", 20, "篇", None)]),
    ],
)
def test_award_counts_found(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # money granted to works, no prize named
        "授予3项成果奖励资金。",
        # entrants and submissions
        "本次评比共收到参评论文1260篇。",
        "共有300名学生和50名教师参加“书香校园”活动。",
        # a conferral planned, or a group of models with no honour named
        "我们将选树一批先进典型。",
        "今年以来，全县共选树各类先进典型120名。",
        # one person's past honour: no count
        "他曾获“全国优秀教师”。",
        # a tally over years
        "近年来，先后有20名学生获省级“三好学生”。",
    ],
)
def test_near_misses_give_no_award(extract, body: str) -> None:
    assert honours(extract(page(body))) == []
