"""Fixer fxd (code review cr7 §1.16-1.19, r5mt's meeting rules): an academic report invited for a later day or told
as a habit is no lecture held on the clause's day; talks told before a signing with a time of their own keep no day
of the signing; a college unveiled or set up stays in its ceremony's name (no organizer of its own ceremony); only a
lecture's noun in the headline, the report's own sentence or a sentence opening soon after it refers to the report
(not another event's 讲座 or a column's 讲坛 elsewhere).  Invented sentences; the expected values follow
corpus/GUIDELINES.md §3 (planned meetings are no records; a lecture held on a stated day, seventh review round)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (cr7 m6[0], m6[2]): invited for a day still to come; a habit
        ("5月8日，江城大学邀请北京大学王教授5月20日来校作学术报告。", []),
        ("5月8日，王教授曾多次来我校作学术报告。", []),
        ("5月8日，学院邀请清华大学李教授于6月3日到院作学术讲座。", []),
        ("5月8日，李研究员经常应邀到各地高校作学术讲座。", []),
        ("5月8日，张教授每年都来学院作学术报告。", []),
        # invited with no day of its own, or for the day told; 曾 as a surname; several speakers in turn
        ("5月8日，学院邀请清华大学李教授来院作学术报告。", [("学术报告", "2024-05-08", None)]),
        ("5月8日，物理学院邀请中科院院士张华5月8日下午来校作学术报告。", [("学术报告", "2024-05-08", None)]),
        ("5月8日下午，曾教授在图书馆报告厅作学术报告。", [("学术报告", "2024-05-08", None)]),
        ("5月8日下午，张教授、李教授先后作学术报告。", [("学术报告", "2024-05-08", None)]),
        # cr7 m6[1]: the audience organized to hear it, a lecture held
        ("5月8日，学院组织师生听取了王教授作学术报告。", [("学术报告", "2024-05-08", None)]),
    ],
)
def test_academic_report_planned_or_habitual(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, published="2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr7 m6[8]: talks told with a time of their own take no day of the signing
        ("5月8日，市政府与江城大学举行战略合作签约仪式。在签约前，双方于去年举行了三轮会谈。",
         [("战略合作签约仪式", "2024-05-08", "市政府与江城大学"), ("三轮会谈", None, None)]),
        ("5月8日，县政府与江城集团举行项目签约仪式。在签约前，双方2023年进行了会谈。",
         [("项目签约仪式", "2024-05-08", "县政府与江城集团"), ("会谈", None, None)]),
        # the talks just before it, told with no time: the signing's day (test_r5mt)
        ("5月8日，县政府与江城集团举行项目签约仪式。在签约前，双方进行了会谈。",
         [("项目签约仪式", "2024-05-08", "县政府与江城集团"), ("会谈", "2024-05-08", None)]),
    ],
)
def test_talks_before_a_signing_with_their_own_time(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, published="2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr7 m7[3]: the college unveiled is no organizer of its own unveiling
        ("5月8日，新时代文明实践学院揭牌仪式举行，全县教职工代表参加。",
         [("新时代文明实践学院揭牌仪式", "2024-05-08", None)]),
        ("5月8日，人工智能学院成立大会举行，全校师生代表参加。", [("人工智能学院成立大会", "2024-05-08", None)]),
        ("5月8日，乡村振兴学院挂牌仪式在县委党校举行，全体教职工参加。", [("乡村振兴学院挂牌仪式", "2024-05-08", None)]),
        # a college's own meetings keep it as organizer (cr7 m7[2]; test_r5mt)
        ("5月8日，县老年学院春季开学典礼举行，师生200余人参加。", [("春季开学典礼", "2024-05-08", "县老年学院")]),
        ("5月8日，外国语学院建院60周年庆祝大会举行，全院师生参加。",
         [("建院60周年庆祝大会", "2024-05-08", "外国语学院")]),
    ],
)
def test_college_of_its_own_ceremony(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, published="2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr7 m9[0], m9[1]: another event's 讲座, a column's 讲坛 elsewhere
        ("5月8日下午，研究员陈刚在物理楼报告厅作学术报告。5月10日，学院还将举办就业指导讲座。",
         [("学术报告", "2024-05-08", None)]),
        ("5月8日下午，研究员陈刚在物理楼报告厅作学术报告。据悉，该院“百家讲坛”系列活动已举办20期。",
         [("学术报告", "2024-05-08", None)]),
        ("5月8日下午，研究员陈刚在物理楼报告厅作学术报告。学院近年来已举办各类讲座100余场。",
         [("学术报告", "2024-05-08", None)]),
        # the sentence after referring to the report by its noun: read from there
        ("5月8日下午，研究员陈刚在物理楼报告厅作学术报告。报告会由物理学院院长李明主持。",
         [("报告会", "2024-05-08", None)]),
        ("5月8日下午，研究员陈刚在物理楼报告厅作了题为《超导新进展》的学术讲座。讲座由院长李明主持。",
         [("讲座", "2024-05-08", None)]),
    ],
)
def test_lecture_noun_referring_to_the_report(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, published="2024-05-10"))) == expected
