"""Phrasings of university, charity, sports and federation news:
prize grades a delegation won at a sports meet, told at its summing-up commendation meeting (no award);
honorary degrees and fellowships conferred on a count of people written first (向3位…授予名誉博士学位);
an alumni association, a library or a museum written at the head of its meeting's name (its organizer).
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 organizer, §5 awards)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # grades won at the sports meet framing the clause: a competition result, also at a commendation meeting (§5)
        ("4月30日，总结表彰大会召开。我省代表团在第十届全国民族运动会上共获得一等奖12个、二等奖20个。", []),
        ("4月30日，总结表彰大会召开。我市代表团在省第十五届运动会上荣获一等奖8个、二等奖15个。", []),
        # NEGATIVE: another contest's grades told at a commendation meeting stay (a reviewed reading)
        ("4月30日，学校召开表彰大会，我校学生在全国大学生数学建模竞赛中获国家一等奖2项。", [("国家一等奖", 2, "项", None)]),
        # the commendations of the same meeting still count
        ("4月30日，总结表彰大会召开。我省代表团在全国运动会上共获得一等奖12个。会上，对20个先进集体和60名先进个人进行表彰。",
         [("先进集体", 20, "个", "organization"), ("先进个人", 60, "名", "person")]),
        # NEGATIVE: grades conferred at a prize ceremony are awards (§5)
        ("4月30日，颁奖典礼举行。大赛共评出一等奖5名、二等奖10名。",
         [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person")]),
        # NEGATIVE: the people commended for a contest's prize, the conferral in the clause (unchanged reading)
        ("4月30日，总结表彰大会召开。会议表彰了在全省职业技能大赛中获得一等奖的5名选手。", [("一等奖", 5, "名", "person")]),
    ],
)
def test_contest_grades_told_at_a_commendation_meeting(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月30日，学位授予典礼举行，学校向3位杰出校友授予名誉博士学位。", [("名誉博士学位", 3, "位", "person")]),
        ("4月30日，学位颁授典礼在礼堂举行，向4位杰出人士颁授名誉院士衔。", [("名誉院士", 4, "位", "person")]),
        ("4月30日，学位颁授典礼在礼堂举行，颁授荣誉院士衔予5位杰出人士。", [("荣誉院士", 5, "位", "person")]),
        ("4月30日，学位颁授典礼在礼堂举行，授予3位知名人士荣誉院士。", [("荣誉院士", 3, "位", "person")]),
        # NEGATIVE: the already known orders stay
        ("4月30日，学位授予典礼举行，授予3位知名人士名誉博士学位。", [("名誉博士学位", 3, "位", "person")]),
        # NEGATIVE: degrees earned, and 杰出校友 only described, are no honours
        ("4月30日，毕业典礼举行，共向1200名毕业生授予学位。", []),
        ("4月30日，校庆大会召开，10位杰出校友回到母校。", []),
    ],
)
def test_honorary_degrees_to_a_count_of_people(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月30日，南江大学北京校友会2024年年会在北京召开。", [("2024年年会", "2024-04-30", "南江大学北京校友会")]),
        ("4月22日，省图书馆“阅读之美”系列讲座第15讲在一楼报告厅举行。",
         [("“阅读之美”系列讲座第15讲", "2024-04-22", "省图书馆")]),
        ("4月22日，市博物馆“文博讲堂”第3讲在一楼报告厅举行。", [("“文博讲堂”第3讲", "2024-04-22", "市博物馆")]),
        ("4月22日，市图书馆2024年读书月启动仪式在市图书馆举行。", [("2024年读书月启动仪式", "2024-04-22", "市图书馆")]),
        # NEGATIVE: a library or a museum as the venue only
        ("4月22日，座谈会在市博物馆举行。", [("座谈会", "2024-04-22", None)]),
    ],
)
def test_alumni_association_library_or_museum_before_its_meeting(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
