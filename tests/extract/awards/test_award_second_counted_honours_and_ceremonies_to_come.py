"""Award phrasings of invented articles: a second counted honour joined by 及, 以及 or 暨
(表揚42位模範勞工及8位特殊貢獻勞工), a count over people and bodies at once told before parts that add up to it, a
ceremony still to come written as 颁奖典礼将于…举行 or 将于…举行表彰大会, and a group of quoted honours closed by 等
(“甲”“乙”等奖项), with its total after it or a count of recipients before it.  Invented sentences; the expected
values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

P = "person"
ORG = "organization"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one record per honour with its own count, whichever word joins them
        ("臺北市政府今（30）日舉行表揚大會，表揚42位模範勞工及8位特殊貢獻勞工。",
         [("模范劳工", 42, "位", P), ("特殊贡献劳工", 8, "位", P)]),
        ("大会表彰了20名优秀教师以及5名骨干教师。", [("优秀教师", 20, "名", P), ("骨干教师", 5, "名", P)]),
        ("大会表彰了20名优秀教师暨5个先进集体。", [("优秀教师", 20, "名", P), ("先进集体", 5, "个", ORG)]),
        ("會上頒發42位模範勞工及8位特殊貢獻勞工。", [("模范劳工", 42, "位", P), ("特殊贡献劳工", 8, "位", P)]),
        # near misses: a joined group that is no honour, or no conferral at all
        ("大会表彰了20名优秀教师和5名退休教师。", [("优秀教师", 20, "名", P)]),
        ("会议邀请了20名优秀教师和5名骨干教师。", []),
        ("20名优秀教师和5名骨干教师参加了培训。", []),
    ],
)
def test_a_second_counted_honour_joined(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a count over people and bodies whose parts after it add up to it: not repeated (§5)
        ("總統府今日舉行頒授典禮，向37個個人和團體頒授勳章、獎章及獎狀。今年共有8人獲頒功績勳章，12人獲頒獎章，"
         "17個個人及團體獲頒榮譽獎狀。",
         [("功绩勋章", 8, "人", P), ("奖章", 12, "人", P), ("荣誉奖状", 17, "个", None)]),
        # near miss: parts that do not add up to it, the total stays
        ("總統府今日舉行頒授典禮，向40個個人和團體頒授勳章、獎章及獎狀。今年共有8人獲頒功績勳章，12人獲頒獎章，"
         "17個個人及團體獲頒榮譽獎狀。",
         [("勋章、奖章及奖状", 40, "个", None), ("功绩勋章", 8, "人", P), ("奖章", 12, "人", P), ("荣誉奖状", 17, "个", None)]),
        ("大会为35个集体和个人颁发了荣誉证书。其中，10个集体获评先进集体，20名个人获评先进个人。",
         [("荣誉证书", 35, "个", None), ("先进集体", 10, "个", ORG), ("先进个人", 20, "名", P)]),
    ],
)
def test_a_total_over_people_and_bodies(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # winners selected, the conferring still ahead, however the ceremony is written: no record (§5)
        ("全市评出“最美教师”10名，将于9月10日颁奖。", []),
        ("全市评出“最美教师”10名，颁奖典礼将于9月10日举行。", []),
        ("全市评出“最美教师”10名，将于教师节当天举行表彰大会。", []),
        # near misses: conferred now, the next ceremony ahead; the ceremony held
        ("会议表彰了10名“最美教师”，下一届表彰大会将于明年举行。", [("最美教师", 10, "名", P)]),
        ("昨日举行颁奖典礼，为10名“最美教师”颁奖。", [("最美教师", 10, "名", P)]),
    ],
)
def test_a_ceremony_still_to_come(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a stated total over a group of quoted honours closed by 等: kept, the parts not adding up to it (§5)
        ("活动现场颁发了“十佳志愿者”“优秀志愿服务项目”等奖项共30个。其中，“十佳志愿者”10名，“优秀志愿服务组织”8个。",
         [("十佳志愿者、优秀志愿服务项目等奖项", 30, "个", None), ("十佳志愿者", 10, "名", P),
          ("优秀志愿服务组织", 8, "个", ORG)]),
        ("会上颁发了“优秀员工”“优秀团队”等7类奖项共86个。", [("优秀员工、优秀团队等奖项", 86, "个", None)]),
        # a count before the group: the whole group, never its first part; people and teams at once: no kind
        ("共有86名员工和团队获得“优秀员工”“优秀团队”等奖项。", [("优秀员工、优秀团队等奖项", 86, "名", None)]),
        ("共有86名员工获得“优秀员工”、“岗位能手”等荣誉。", [("优秀员工、岗位能手等荣誉", 86, "名", P)]),
        # near misses: categories set up (§5 not awards); one quoted honour with its count
        ("表彰大会共设“优秀教师”“优秀班主任”等8个奖项。", []),
        ("大会表彰了10名“十佳志愿者”。", [("十佳志愿者", 10, "名", P)]),
    ],
)
def test_a_group_of_quoted_honours_with_etc(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
