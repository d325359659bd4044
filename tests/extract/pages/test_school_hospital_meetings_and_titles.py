"""Phrasings of university, school and hospital news:
a lecture series' session numbered 第N期 (“名家讲坛”第126期), a meeting joined by 暨 to a study class
(…学术年会暨…继续教育项目学习班), schools written short (县一中, 市二中), kindergarten posts (园长, 副园长),
an organizer before a numbered occasion (东湖中学第40个教师节…), the hosts after a backer's clause
(由X指导，甲与乙联合主办), a step word (首先) or police officers going somewhere (民警走进…) where the
organizer stands, exemplar honours in a title chain (全国教书育人楷模、), and contestants counted as the
attendance of a prize ceremony.  Invented sentences; the expected values follow corpus/GUIDELINES.md
(§3 name as written without the organizer prefix, organizer, attendee_count; §4 titles, honours are no
titles, unnamed people no speakers).  Near misses that must not change are included."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lecture series' numbered session is the event, named as written (§3)
        ("5月8日晚，“名家讲坛”第126期在图书馆学术报告厅开讲。", [("“名家讲坛”第126期", "2024-05-08", None)]),
        ("5月8日晚，“名家讲坛”第十二期在图书馆报告厅举行。", [("“名家讲坛”第十二期", "2024-05-08", None)]),
        ("5月8日晚，名家讲坛第12期在图书馆报告厅举行。", [("名家讲坛第12期", "2024-05-08", None)]),
        # (the numbered 讲 keeps reading as before)
        ("5月8日，“东湖大讲堂”第十二讲在学校报告厅开讲。", [("“东湖大讲堂”第十二讲", "2024-05-08", None)]),
        # near misses: a numbered course and a journal's issue are no series session
        ("5月8日，县妇联举办第3期家政服务培训班。", [("第3期家政服务培训班", "2024-05-08", "县妇联")]),
        ("《教育研究》第3期刊发了我校教师的论文。", []),
        # a meeting joined by 暨 to a study class is one meeting, its whole name (§3)
        ("11月30日，州人民医院第十届学术年会暨继续医学教育学习班在医院学术报告厅举行。",
         [("第十届学术年会暨继续医学教育学习班", "2024-11-30", "州人民医院")]),
        ("11月30日，2024年度学术年会暨省级继续教育项目学习班在医院学术报告厅开幕。",
         [("2024年度学术年会暨省级继续教育项目学习班", "2024-11-30", None)]),
        ("11月30日，州人民医院举办2024年度学术年会暨省级继续教育项目学习班。",
         [("2024年度学术年会暨省级继续教育项目学习班", "2024-11-30", "州人民医院")]),
        # near miss: a study class alone is as often a course as an event
        ("今年以来，县妇联举办短期学习班。", []),
        # schools written short are the organizer (§3)
        ("5月8日，县一中召开2024年高考备考工作会议。", [("2024年高考备考工作会议", "2024-05-08", "县一中")]),
        ("5月8日下午，市二中在学校会议室召开高三年级期中考试质量分析会。",
         [("高三年级期中考试质量分析会", "2024-05-08", "市二中")]),
        ("5月8日，城关一小召开家长会。", [("家长会", "2024-05-08", "城关一小")]),
        # an organizer before the numbered occasion the meeting marks is split off (§3)
        ("9月9日下午，东湖中学第40个教师节庆祝大会在学校报告厅举行。", [("第40个教师节庆祝大会", "2024-09-09", "东湖中学")]),
        ("9月9日下午，东湖中学第十五次党员大会在学校报告厅举行。", [("第十五次党员大会", "2024-09-09", "东湖中学")]),
        # a backer's clause before the joint hosts (由甲联合乙主办 -> 甲、乙)
        ("11月15日，第二届职业教育论坛在渤海大学开幕。论坛由教育部职成司指导，渤海大学与渤海市教育局联合主办。",
         [("第二届职业教育论坛", "2024-11-15", "渤海大学、渤海市教育局")]),
        ("11月15日，第二届职业教育论坛在渤海大学开幕。论坛由省教育学会指导，渤海大学主办。",
         [("第二届职业教育论坛", "2024-11-15", "渤海大学")]),
        # (a host and its helper: the host alone, as before)
        ("11月15日，第二届职业教育论坛在渤海大学开幕。论坛由省教育厅主办，渤海大学承办。",
         [("第二届职业教育论坛", "2024-11-15", "省教育厅")]),
        # a step word of the account, or people going to a place, hold nothing as an organizer
        ("5月8日，会议分两个阶段进行，首先在学校礼堂召开家长大会。", [("家长大会", "2024-05-08", None)]),
        ("3月4日上午，城南派出所民警走进城南中学开展法治讲座。", [("法治讲座", "2024-03-04", None)]),
    ],
)
def test_school_and_hospital_meetings(extract, body: str, expected: list) -> None:
    published = "2024-12-02" if "11月" in body or "9月" in body else "2024-05-08"
    assert held(extract(page(body, published))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # kindergarten posts are titles (§4)
        ("5月6日下午，城南幼儿园召开家长会。副园长王晓丹主持会议，园长柳芳作了讲话。",
         {"王晓丹": ("副园长", ("主持",)), "柳芳": ("园长", ("讲话",))}),
        # an exemplar or a teaching honour in the chain is no title (§4: honours are not titles)
        ("5月8日下午，全国教书育人楷模、北方大学教授李红梅为全校教师作专题报告。",
         {"李红梅": ("北方大学教授", ("作报告",))}),
        ("5月8日下午，学院召开教学工作会议，国家级教学名师、文学院院长陈立新作经验交流发言。",
         {"陈立新": ("文学院院长", ("发言",))}),
        # (honours already dropped stay so)
        ("5月8日下午，全国优秀教师、东湖中学校长李红梅在会上发言。", {"李红梅": ("东湖中学校长", ("发言",))}),
        # police officers named only by their body and rank are no person (§4)
        ("3月4日，公安民警走进城南中学开展法治讲座，民警为师生讲解了防诈骗知识。", {}),
        # near miss: 园 before 长期 is no post
        ("5月8日，科技园长期以来重视人才培养，园区召开人才工作座谈会，陈立新主持会议。", {"陈立新": (None, ("主持",))}),
    ],
)
def test_school_titles_and_honours(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # contestants of a contest are not the attendance of its prize ceremony (§3)
        ("12月5日下午，学校第八届青年教师教学比赛颁奖仪式在图书馆报告厅举行。本届比赛共有来自18个学院的56名青年教师参赛。", None),
        # near miss: people from many places gathering at the meeting are its attendance
        ("12月5日，全省护理质量论坛在州人民医院举行，来自全省60家医院的300余名护理管理者参加会议。", 300),
    ],
)
def test_contestants_are_no_attendance(extract, body: str, expected: int | None) -> None:
    assert extract(page(body, "2024-12-06"))["meetings"][0]["attendee_count"] == expected
