"""Award phrasings: lists of
honours one per line or table row under a conferral, counts in brackets with 共 or after 获表彰的有：, counts said to
be on an honour's list with 入选, 嘉奖 in a decision or after a quoted grade, bodies and people counted apart for one
honour, a Macau total before its parts, 共有以下N人： before the names, a ranking's top places, prize grades whose counts
follow 各评出.  The sentences are invented; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

P, ORG = "person", "organization"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one record per line of a list that a conferral introduces (§5: each line's count is explicit)
        ("6月3日，区卫健系统表彰大会召开。表彰情况如下：\n一、优秀医生25名\n二、优秀护士40名\n三、先进科室6个",
         [("优秀医生", 25, "名", P), ("优秀护士", 40, "名", P), ("先进科室", 6, "个", ORG)]),
        ("6月3日，区卫健系统召开表彰大会。表彰名单如下：\n1.优秀医生25名；\n2.优秀护士40名。",
         [("优秀医生", 25, "名", P), ("优秀护士", 40, "名", P)]),
        ("6月3日，区卫健系统召开表彰大会。会议表彰了：\n优秀医生 25名\n优秀护士 40名\n先进医院 3所",
         [("优秀医生", 25, "名", P), ("优秀护士", 40, "名", P), ("先进医院", 3, "所", ORG)]),
        ("6月3日，区卫健系统召开表彰大会。获奖名单如下：\n优秀医生\t25名\n优秀护士\t40名",
         [("优秀医生", 25, "名", P), ("优秀护士", 40, "名", P)]),
        # the rows of a table, its header between the introduction and them
        ("6月3日，某物流公司召开年度表彰大会，表彰名单如下：\n| 奖项 | 数量 |\n| 优秀司机 | 30名 |\n| 优秀车队 | 4个 |\n"
         "董事长王某为获奖者颁奖。",
         [("优秀司机", 30, "名", P), ("优秀车队", 4, "个", ORG)]),
        # a space between an honour and its count inside a sentence
        ("6月3日，区卫健系统召开表彰大会，表彰优秀医生 25名、优秀护士 40名。",
         [("优秀医生", 25, "名", P), ("优秀护士", 40, "名", P)]),
        # NEGATIVE: proposed awardees, a table of other things, an introduction that confers nothing
        ("6月3日，区卫健系统召开会议。拟表彰名单如下：\n优秀医生 25名\n优秀护士 40名", []),
        ("6月3日，区卫健系统召开表彰大会。参赛情况如下：\n| 项目 | 人数 |\n| 参赛医生 | 120名 |\n| 优秀裁判 | 20名 |", []),
        ("6月3日，区卫健系统召开表彰大会，表彰了一批先进。\n| 项目 | 数量 |\n| 在岗医生 | 1200名 |\n| 示范医院 | 12所 |", []),
        ("6月3日，区卫健系统召开工作会议。全区卫生基本情况：\n示范医院 12所\n优秀社区 30个", []),
    ],
)
def test_lists_and_table_rows_under_a_conferral(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # each item's own count in brackets, 共 inside them: no total over the list
        ("会上，公司对2023年度优秀技师（共30名）、优秀班组长（共12名）和先进车间（共3个）进行了表彰。",
         [("优秀技师", 30, "名", P), ("优秀班组长", 12, "名", P), ("先进车间", 3, "个", ORG)]),
        ("会上，公司对优秀技师（共30名）、优秀班组长（共20名）、先进工作者（共10名）进行了表彰。",
         [("优秀技师", 30, "名", P), ("优秀班组长", 20, "名", P), ("先进工作者", 10, "名", P)]),
        # the subject and 对 before such a list are no part of its first honour
        ("会上，公司对优秀技师30名、优秀班组长20名进行了表彰。", [("优秀技师", 30, "名", P), ("优秀班组长", 20, "名", P)]),
        # those commended listed after 获表彰的有：
        ("学校召开就业工作表彰会。获表彰的有：招生工作先进单位（5个）、招生工作先进个人（18人）。",
         [("招生工作先进单位", 5, "个", ORG), ("招生工作先进个人", 18, "人", P)]),
        # the names after 共有以下N人： are counted by the stated count, not by their number (§5)
        ("公司工会近日评出2024年度“优秀工会积极分子”，共有以下6人：张一、李二、王三、赵四、钱五、孙六。",
         [("优秀工会积极分子", 6, "人", P)]),
        # NEGATIVE: a count doing something else after the honour's clause
        ("公司工会近日评出2024年度“优秀工会积极分子”，共有以下6人参加了培训。", []),
    ],
)
def test_bracketed_and_announced_counts(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a count said to be on the list of an honour just named (§5: a count referring back to an honour counts)
        ("近日，省文明委公布“文明校园”名单，我市有4所学校入选。", [("文明校园", 4, "所", ORG)]),
        ("近日，省卫健委公布“优秀乡村医生”名单，我县5名医生入选。", [("优秀乡村医生", 5, "名", P)]),
        ("省妇联发布“最美家庭”名单，120户家庭获评“最美家庭”。我市有9户家庭入选。",
         [("最美家庭", 120, "户", None), ("最美家庭", 9, "户", None)]),
        # NEGATIVE: candidates, and a list of no honour
        ("近日，省文明委公布“文明校园”候选名单，我市有4所学校入选。", []),
        ("近日，省发改委公布“省级重点项目”名单，我市有4个项目入选。", []),
    ],
)
def test_entered_on_an_honours_list(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 嘉奖 conferred in a decision read out, or on those described by a quoted grade (the grade is no award)
        ("会上，宣读了对6名消防员予以嘉奖的决定。", [("嘉奖", 6, "名", P)]),
        ("会议还对年度考核获评“优秀”等次的12名干部予以嘉奖。", [("嘉奖", 12, "名", P)]),
        # NEGATIVE: a decision still proposed, holders of a commendation visited
        ("会上，宣读了拟对6名消防员予以嘉奖的决定。", []),
        ("会后，对6名受到嘉奖的消防员进行了慰问。", []),
    ],
)
def test_commendations_in_a_decision(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # bodies and people counted apart before one honour: one record per count (§5)
        ("会议为2个集体和6名个人颁发了“嘉奖令”。", [("嘉奖令", 2, "个", ORG), ("嘉奖令", 6, "名", P)]),
        ("6月28日，县委召开表彰大会，先进集体、先进个人各8个（名）受到表彰。",
         [("先进集体", 8, "个", ORG), ("先进个人", 8, "名", P)]),
        # a Macau total before its parts is their sum, people and bodies apart; its parts stay (§5 totals)
        ("2023年度勳章、獎章和獎狀頒授典禮今日舉行，向共30名人士及5個實體頒授勳章、獎章和獎狀。\n"
         "其中，金蓮花榮譽勳章10名，功績獎章共12名，榮譽獎狀8名及5個實體。",
         [("金莲花荣誉勋章", 10, "名", P), ("功绩奖章", 12, "名", P), ("荣誉奖状", 8, "名", P), ("荣誉奖状", 5, "个", ORG)]),
        # NEGATIVE: a total its parts do not add up to stays a fact of its own
        ("2023年度勳章、獎章和獎狀頒授典禮今日舉行，向共35名人士頒授勳章、獎章和獎狀。\n"
         "其中，金蓮花榮譽勳章10名，功績獎章共12名，榮譽獎狀8名。",
         [("勋章、奖章和奖状", 35, "名", P), ("金莲花荣誉勋章", 10, "名", P), ("功绩奖章", 12, "名", P), ("荣誉奖状", 8, "名", P)]),
        # NEGATIVE: 共 after a list's last count is a total over the list, summing it
        ("会议表彰先进集体5个、先进个人15名，共20个（名）。", [("先进集体", 5, "个", ORG), ("先进个人", 15, "名", P)]),
    ],
)
def test_bodies_and_people_counted_apart(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # prize grades with their counts after 各评出, the title conferred on them all counted by no one (§5)
        ("全市青年技能大赛颁奖仪式举行。一、二、三等奖各评出3名、5名、8名，分别授予“市青年岗位能手”称号。",
         [("一等奖", 3, "名", P), ("二等奖", 5, "名", P), ("三等奖", 8, "名", P)]),
        # NEGATIVE: a ranking's top places given prize money and cups (a competition result, §5)
        ("赛后举行颁奖仪式，男女组前六名选手分别获得奖杯和奖金。", []),
        ("赛后举行颁奖仪式，6名选手分别获得奖杯和奖金。", []),
        # NEGATIVE: prizes set up, none conferred yet
        ("本次大赛一、二、三等奖各设3名、5名、8名。", []),
    ],
)
def test_grades_and_rankings(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
