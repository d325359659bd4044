"""Meeting shapes: the 由…主办 agent of a lecture's or a seminar's opening told in the next
sentence (讲座开幕礼。讲座由…主办); parties counted, not named, beside a signing's host (教育局与25间学校举行…) are no
organizer; the side of a school or hospital (校方, 院方) and a bare 大学 name no organizer; a college before a passive
meeting's name told within a college (学院院长…, 教职工) is its organizer; an academic report or a school year's first
lesson given on a stated day is a lecture held, and talks told 在签约前 take the signing's day (GUIDELINES §3, seventh
review round).  Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("署長今日出席長者健康講座開幕禮。講座由衞生署主辦，吸引約二百名長者參加。",
         [("长者健康讲座开幕礼", "2024-05-08", "卫生署")]),
        ("局长今天出席中小学教育研讨会开幕式。研讨会由教育局主办，约三百名校长及教师出席。",
         [("中小学教育研讨会开幕式", "2024-05-08", "教育局")]),
        ("處長今日出席防火安全講座開幕禮。講座由消防處主辦，於大會堂舉行。",
         [("防火安全讲座开幕礼", "2024-05-08", "消防处")]),
        # NEGATIVE: another event's host told after the opening
        ("署長今日出席長者健康講座開幕禮。展覽由康文署主辦。", [("长者健康讲座开幕礼", "2024-05-08", None)]),
        # NEGATIVE: no agent told
        ("署長今日出席長者健康講座開幕禮。講座吸引約二百名長者參加。", [("长者健康讲座开幕礼", "2024-05-08", None)]),
    ],
)
def test_host_of_a_lecture_or_seminar_opened(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("教育局昨（7）日與25間學校舉行合作協議簽署儀式，局長林國強主持儀式。",
         [("合作协议签署仪式", "2024-05-07", "教育局")]),
        ("市文旅局今天与12家企业举行合作签约仪式。", [("合作签约仪式", "2024-05-08", "市文旅局")]),
        ("区人社局今天同全区30余所职业院校举行校企合作签约仪式。", [("校企合作签约仪式", "2024-05-08", "区人社局")]),
        ("市委组织部和3个乡镇今天召开座谈会。", [("座谈会", "2024-05-08", "市委组织部")]),
        # NEGATIVE: two named parties stay as written
        ("甲公司与乙公司今天举行签约仪式。", [("签约仪式", "2024-05-08", "甲公司与乙公司")]),
    ],
)
def test_counted_parties_are_no_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大學昨日舉行畢業典禮。典禮結束後，校方在校園內舉行了慶祝酒會。",
         [("毕业典礼", "2024-05-07", None), ("庆祝酒会", "2024-05-07", None)]),
        ("大学今日举行校庆大会。", [("校庆大会", "2024-05-08", None)]),
        ("院方今日召开新闻发布会。", [("新闻发布会", "2024-05-08", None)]),
        # NEGATIVE: a named university, and a bare 大学 standing for it afterwards
        ("香港大学今日举行毕业典礼。", [("毕业典礼", "2024-05-08", "香港大学")]),
        ("江城大学昨日举行毕业典礼。典礼结束后，大学在校园内举行了庆祝酒会。",
         [("毕业典礼", "2024-05-07", "江城大学"), ("庆祝酒会", "2024-05-07", "江城大学")]),
    ],
)
def test_generic_school_subjects(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月12日下午，机械工程学院教职工大会在工程楼报告厅召开。学院院长王鹏主持会议。",
         [("教职工大会", "2024-03-12", "机械工程学院")]),
        ("3月12日下午，外国语学院新学期工作会议在行政楼召开，全院教职工参加。",
         [("新学期工作会议", "2024-03-12", "外国语学院")]),
        # a place with its level before a passive name is its organizer (GUIDELINES §3 eighth round; changed in fxaa,
        # earlier kept whole)
        ("10月9日，南湖镇秋冬季森林防火工作会议在镇政府召开。", [("秋冬季森林防火工作会议", "2023-10-09", "南湖镇")]),
    ],
)
def test_college_before_a_passive_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("10月20日下午，研究员陈刚在物理楼报告厅作学术报告。", [("学术报告", "2023-10-20", None)]),
        ("10月20日下午，研究员陈刚在物理楼报告厅作了题为《超导材料新进展》的学术报告，50余名师生聆听报告。",
         [("学术报告", "2023-10-20", None)]),
        ("9月1日，校长李明为新生讲授“开学第一课”，3000余名新生参加。", [("开学第一课", "2023-09-01", None)]),
        ("9月1日上午，校长李明在体育馆为2024级新生上了开学第一课。", [("开学第一课", "2023-09-01", None)]),
        # NEGATIVE: a habit, a plan, the audience watching, a report within a meeting told
        ("陈刚研究员多次在国内外作学术报告。", []),
        ("5月10日，陈刚研究员将在物理楼作学术报告。", []),
        ("9月1日，全体新生在教室观看“开学第一课”。", []),
        ("5月8日，学会年会在京召开。会上，王教授作学术报告。", [("学会年会", "2024-05-08", None)]),
    ],
)
def test_academic_report_given_on_a_day(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，双方举行签约仪式。在签约前，双方进行了会谈。",
         [("签约仪式", "2024-05-06", None), ("会谈", "2024-05-06", None)]),
        ("5月6日上午，甲公司与乙公司举行战略合作签约仪式。签约前，双方进行了座谈。",
         [("战略合作签约仪式", "2024-05-06", "甲公司与乙公司"), ("座谈", "2024-05-06", None)]),
        ("5月6日上午，甲公司与乙公司举行战略合作签约仪式。签约后，双方进行了座谈。",
         [("战略合作签约仪式", "2024-05-06", "甲公司与乙公司"), ("座谈", "2024-05-06", None)]),
    ],
)
def test_talks_before_a_signing_take_its_day(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
