"""Award phrasings of counts referring back to a list, totals with parts told later, respective lists and tables (corpus/GUIDELINES.md §5): 入选 and 获此荣誉 referring back to a list
or a commendation named just before (公布全省改善医疗服务示范医院名单，我市有3家医院入选; 发布“新时代好少年”名单，我区20人
入选; 发布“最美退役军人”先进事迹，我省三人光荣入选; 对…诚信经营示范企业予以表彰，全市共有88家企业获此荣誉), a total whose
parts follow in a sentence opened by 其中 (表彰了326名先进个人。其中，…), quoted honours side by side before 分别为, prize
grades elided after the first (…金奖的126人、银奖的210人), a scope of a line of work before a list of counts
(对全市教育系统100名…和20所…学校), list headings counted in 户 or 所, a table under a headline that names the list, the
ranks of Hong Kong's honours (勋衔或嘉许), a quoted word of praise read on to 党员 (12名“优秀”党员), and the members of a
body honoured counted as people (20名“最美家庭”成员).  The sentences are invented; near misses that must not change are
listed with them."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an unquoted honour's list published, then 入选 (§5: a count referring back to an honour just named)
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("省卫健委公布全省改善医疗服务示范医院名单，我市有3家医院入选。",
         [("改善医疗服务示范医院", 3, "家", "organization")]),
        ("中央文明委公布第七届全国文明村镇名单，我区两个村入选。", [("全国文明村镇", 2, "个", "organization")]),
        # a quoted name ending on its holders' noun, its list right after the quote
        ("区文明办发布“新时代好少年”名单，我区20人入选。", [("新时代好少年", 20, "人", "person")]),
        ("区文明办发布2024年度“美德少年”名单，王某等15名同学入选。", [("美德少年", 15, "名", "person")]),
        # the deeds of those honoured published as their list
        ("退役军人事务部发布2024年“最美退役军人”先进事迹，我省三人光荣入选。", [("最美退役军人", 3, "人", "person")]),
        # holders of an unquoted honour commended, then 获此荣誉
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("市政府对2023年度全市诚信经营示范企业予以表彰，全市共有88家企业获此荣誉。",
         [("诚信经营示范企业", 88, "家", "organization")]),
        # near misses: a shortlist, a ranking, lists naming no honour, holders described with 的
        ("省里公布“最美教师”入围名单，我县3人入选。", []),
        ("省里公布全国百强县名单，我县2个县入选。", []),
        ("省里公布2024年度重点项目名单，我市12个项目入选。", []),
        ("省教育厅公布义务教育优质均衡发展县名单，我市2个县入选。", []),
        ("区里发布“特色课程”名单，我区5所学校入选。", []),
        ("市政府对在抗洪中表现突出的单位予以表彰，共有20个单位获此荣誉。", []),
    ],
)
def test_counts_referring_back_to_a_list(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the total is the sum of its parts in the next sentence: not repeated (§5)
        ("大会表彰了326名先进个人。其中，劳动模范48名，先进工作者278名。",
         [("劳动模范", 48, "名", "person"), ("先进工作者", 278, "名", "person")]),
        ("镇里为全镇评选出的326户“星级文明户”授牌。其中，“十星级文明户”48户，“五星级文明户”278户。",
         [("十星级文明户", 48, "户", None), ("五星级文明户", 278, "户", None)]),
        # a people's total over parts adding up to less stays; the bodies' count repeating its one part goes
        ("行政长官向二十九名人士及六个实体颁授勋章、奖章和奖状。其中，二名人士获颁金莲花荣誉勋章，五名人士获颁银莲花荣誉勋章，"
         "十二名人士获颁功绩奖状，六个实体获颁荣誉奖状。",
         [("勋章、奖章和奖状", 29, "名", "person"), ("金莲花荣誉勋章", 2, "名", "person"), ("银莲花荣誉勋章", 5, "名", "person"),
          ("功绩奖状", 12, "名", "person"), ("荣誉奖状", 6, "个", "organization")]),
        # near misses: parts not adding up to the total, parts that are no awards
        ("大会表彰了326名先进个人。其中，劳动模范40名，先进工作者278名。",
         [("先进个人", 326, "名", "person"), ("劳动模范", 40, "名", "person"), ("先进工作者", 278, "名", "person")]),
        ("大会表彰了30名优秀教师。其中，女教师18名。", [("优秀教师", 30, "名", "person")]),
        # the same-sentence form stays as it was
        ("大会表彰先进个人326名，其中劳动模范48名、先进工作者278名。",
         [("劳动模范", 48, "名", "person"), ("先进工作者", 278, "名", "person")]),
    ],
)
def test_total_with_parts_in_the_next_sentence(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # quoted honours side by side, then their counts in order
        ("本次表彰的“优秀共产党员”“优秀党务工作者”“先进基层党组织”分别为20名、6名、4个。",
         [("优秀共产党员", 20, "名", "person"), ("优秀党务工作者", 6, "名", "person"), ("先进基层党组织", 4, "个", "organization")]),
        ("受到表彰的“优秀共产党员”“优秀党务工作者”分别为20名、6名。",
         [("优秀共产党员", 20, "名", "person"), ("优秀党务工作者", 6, "名", "person")]),
        # near misses: counts and honours differ in number; the entrants
        ("本次表彰的“优秀共产党员”“优秀党务工作者”“先进基层党组织”分别为20名、6名。", []),
        ("参加评选的“优秀共产党员”“优秀党务工作者”分别为50名、30名。", []),
        # prize grades elided after the first, 的 between or not: one record per grade, named with the prize
        ("对获得全国无偿献血奉献奖金奖的126人、银奖的210人、铜奖的380人进行表彰。",
         [("全国无偿献血奉献奖金奖", 126, "人", "person"), ("全国无偿献血奉献奖银奖", 210, "人", "person"),
          ("全国无偿献血奉献奖铜奖", 380, "人", "person")]),
        ("对获得全国无偿献血奉献奖金奖126人、银奖210人、铜奖380人进行表彰。",
         [("全国无偿献血奉献奖金奖", 126, "人", "person"), ("全国无偿献血奉献奖银奖", 210, "人", "person"),
          ("全国无偿献血奉献奖铜奖", 380, "人", "person")]),
        ("为获得科技进步奖一等奖的3人、二等奖的5人颁奖。",
         [("科技进步奖一等奖", 3, "人", "person"), ("科技进步奖二等奖", 5, "人", "person")]),
        ("对获得全国无偿献血奉献奖金奖的126人进行表彰。", [("全国无偿献血奉献奖金奖", 126, "人", "person")]),
        # a whole place's line of work before a list of counts, its last item counted in 所
        ("大会对全市教育系统100名优秀教师、50名优秀班主任、30名优秀教育工作者和20所教育教学先进学校进行了表彰。",
         [("优秀教师", 100, "名", "person"), ("优秀班主任", 50, "名", "person"), ("优秀教育工作者", 30, "名", "person"),
          ("教育教学先进学校", 20, "所", "organization")]),
        ("大会表彰了全县卫生系统30名优秀医师和5所先进医院。",
         [("优秀医师", 30, "名", "person"), ("先进医院", 5, "所", "organization")]),
    ],
)
def test_respective_and_elided_lists(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # list headings with counts in 户 under a conferring line
        ("现对以下家庭予以表彰：\n一、全国文明家庭（2户）\n王建国家庭、李秀英家庭\n二、省级文明家庭（8户）\n张明家庭、赵刚家庭",
         [("全国文明家庭", 2, "户", None), ("省级文明家庭", 8, "户", None)]),
        ("现对以下集体予以表彰：\n一、先进集体（10个）\n王村、李村\n二、先进个人（25名）\n王明、李华",
         [("先进集体", 10, "个", "organization"), ("先进个人", 25, "名", "person")]),
        # near miss: the same headings not under a conferral
        ("以下家庭参加了活动：\n一、城区家庭（2户）\n王建国家庭、李秀英家庭\n二、农村家庭（8户）\n张明家庭、赵刚家庭", []),
        # Hong Kong's ranks of honour or commendations: the whole phrase, not 授勋 cut off
        ("共有320人获授勋衔或嘉许。", [("勋衔或嘉许", 320, "人", "person")]),
        ("共有150名人士获授勋或嘉许。", [("授勋或嘉许", 150, "名", "person")]),
        # a quoted word of praise read on to the holders' noun, as unquoted (优秀党员代表 → 优秀党员)
        ("会议表彰了12名“优秀”党员代表。", [("优秀党员", 12, "名", "person")]),
        ("会议表彰了12名“优秀”党员。", [("优秀党员", 12, "名", "person")]),
        # near misses: a grade of an evaluation; a campaign's members keep the campaign's name
        ("年度考核中，12名公务员被评为“优秀”等次。", []),
        # the members of a body honoured, counted by a person's unit: people
        ("会议为20名“最美家庭”成员颁奖。", [("最美家庭", 20, "名", "person")]),
        ("会议表彰了20户“最美家庭”。", [("最美家庭", 20, "户", None)]),
        # GUIDELINES §5 eleventh review round: "Families keep no recipient kind when counted by `个` too
        # (`两个“五好家庭”`)"
        ("会议表彰了20个“最美家庭”。", [("最美家庭", 20, "个", None)]),
    ],
)
def test_headings_ranks_and_holders(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table of honours under a headline naming the commendation list, the dateline between
        ("区委“两优一先”表彰名单\n2024-06-30 来源：某区\n| 荣誉 | 数量 |\n| --- | --- |\n| 先进基层党组织 | 20个 |\n"
         "| 优秀共产党员 | 80名 |\n",
         [("先进基层党组织", 20, "个", "organization"), ("优秀共产党员", 80, "名", "person")]),
        # near misses: a headline naming a notice of proposed awardees; a table of other things
        ("区委“两优一先”拟表彰名单公示\n2024-06-30 来源：某区\n| 荣誉 | 数量 |\n| --- | --- |\n| 先进基层党组织 | 20个 |\n"
         "| 优秀共产党员 | 80名 |\n", []),
        ("区运动会报名情况\n2024-06-30 来源：某区\n| 项目 | 人数 |\n| --- | --- |\n| 参赛人数 | 120名 |\n| 裁判人数 | 20名 |\n", []),
    ],
)
def test_table_under_a_headline(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected
