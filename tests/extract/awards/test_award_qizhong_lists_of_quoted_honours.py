"""Award counts across registers: 其中 lists of quoted honours and their counts: four shapes the rules missed or misread.

1. A 其中 list of quoted honours with counts, in the sentence after a conferral that counts nothing itself
   (…对先进集体和先进个人进行了表彰。其中，“年度卓越团队”三个、…): a quoted title that, its year aside, opens on praise
   (卓越, 最佳, 十大) is an honour as in a list's rows (§5: a quoted honour in a list counts like a plain one, ninth review
   round); quoted groups of people (“空巢老人”) are not.
2. Rows of a list that a conferral introduces (表彰名单如下： / 最佳志愿服务项目 8个) whose title opens on praise or ranks its
   holders: honours like the other rows, as when joined to a counted honour (§5; list sections under a conferral).
3. Hong Kong's decorations listed honour first, the last count followed by the day's verb (…、铜紫荆星章四十人获颁授勋衔):
   the count is the item's own, not a count of 勋衔 (§5: medals with a count count).
4. A named scholarship handed out with 发放 to counted students (为3600名学生发放国家励志奖学金): an honour as with 颁发
   (§5 tenth review round); aid or goods handed out (助学金, 纪念章) are not.
(A fifth shape, a yearly standard per student written 每生每年, was left to a ruling; the thirteenth review round made it
a rate, no record: see pages/test_commendations_by_notice_and_standards.py.)

Invented sentences; expected values follow corpus/GUIDELINES.md §5.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

_ROWS = "1月14日，市志愿服务先进典型表彰活动在市民中心举行。表彰名单如下：\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 1. quoted items after 其中 in the sentence after an uncounted conferral
        ("会上，集团对先进集体和先进个人进行了表彰。其中，“年度卓越团队”三个、“年度优秀员工”二十八名。",
         [("年度卓越团队", 3, "个", "organization"), ("年度优秀员工", 28, "名", "person")]),
        ("公司对年度先进典型进行了表彰。其中，“卓越贡献团队”2个、“金牌讲师”6名。",
         [("卓越贡献团队", 2, "个", "organization"), ("金牌讲师", 6, "名", "person")]),
        ("大会表彰了一批先进典型。其中：“创新先锋团队”4个、“岗位标兵”15名。",
         [("创新先锋团队", 4, "个", "organization"), ("岗位标兵", 15, "名", "person")]),
        # NEGATIVE: a 其中 list after a sentence that confers nothing, or after a proposal
        ("公司今年引进人才500名。其中，“卓越工程师”30名、“青年骨干”50名。", []),
        ("以下为拟表彰对象，现予以公示。其中，“卓越团队”3个、“优秀员工”28名。", []),
        ("社区召开表彰大会，对先进典型进行表彰。其中，“空巢老人”12名，“低保户”20户。", []),
        # 2. list rows under a conferral, one titled by praise
        (_ROWS + "优秀志愿服务组织 12个\n最佳志愿服务项目 8个\n",
         [("优秀志愿服务组织", 12, "个", "organization"), ("最佳志愿服务项目", 8, "个", None)]),
        (_ROWS + "优秀志愿者 45名\n十大志愿服务团队 10个\n",
         [("优秀志愿者", 45, "名", "person"), ("十大志愿服务团队", 10, "个", "organization")]),
        # NEGATIVE: a row naming no honour keeps the list out; rows under no conferral
        (_ROWS + "优秀志愿者 45名\n志愿服务项目 8个\n", []),
        ("本次活动共有以下队伍参加：\n最佳阵容队 8个\n志愿者 45名\n", []),
        # 3. the last decoration's count before the day's verb
        ("在今日的典礼上，大紫荆勋章三人、金紫荆星章十二人、银紫荆星章二十八人、铜紫荆星章四十人获颁授勋衔。",
         [("大紫荆勋章", 3, "人", "person"), ("金紫荆星章", 12, "人", "person"), ("银紫荆星章", 28, "人", "person"),
          ("铜紫荆星章", 40, "人", "person")]),
        ("典礼上，荣誉勋章五人、功绩勋章九人获颁勋衔。",
         [("荣誉勋章", 5, "人", "person"), ("功绩勋章", 9, "人", "person")]),
        # (still a count of those decorated when no item stands before it)
        ("典礼上，共有三百二十人获授勋衔或嘉许。", [("勋衔或嘉许", 320, "人", "person")]),
        # 4. a named scholarship handed out with 发放
        ("今年学校还为三千六百名学生发放国家励志奖学金。", [("国家励志奖学金", 3600, "名", "person")]),
        ("学院为86名本科生发放了学业奖学金。", [("学业奖学金", 86, "名", "person")]),
        # NEGATIVE: aid, goods or money handed out
        ("学校为30名困难学生发放助学金。", []),
        ("社区为50名老党员发放纪念章和慰问品。", []),
    ],
)
def test_award_counts(extract, body, expected):
    assert honours(extract(page(body))) == expected

