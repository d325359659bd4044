"""Pages whose own date must be told from the other dates they carry: what the invented pages found.

- The lesson named for the occasion (开学第一课, 开班第一课), told in the sentence right after the ceremony's account in the
  same paragraph, is given at that ceremony: its own lecture record on the ceremony's day and at its venue (GUIDELINES §3
  eleventh and fifteenth review rounds, a lecture given inside a ceremony); not one told as a habit or ahead.
- 全国政协十四届二次会议: the national CPPCC's plenary numbered by term and round is organized by it, like
  县政协十届四次会议 (GUIDELINES §3 eighth review round).
- 介绍了今年老旧小区改造计划，涉及12个小区，总投资约3200万元: a works plan's total is money only intended (GUIDELINES §6),
  like a project list's; works done or begun keep their total.
- 宣读了关于表彰优秀研究生导师的决定，10名导师受到表彰: the count of the honour's head noun refers back to the honour
  the decision names, also when its title is written without book-title marks (GUIDELINES §5, fourteenth review round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page

_CEREMONY = "9月6日上午，江城科技学院开学典礼在学校体育馆举行。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_CEREMONY + "校长刘建华为新生讲授了“开学第一课”。",
         [("开学典礼", "2023-09-06", "学校体育馆"), ("开学第一课", "2023-09-06", "学校体育馆")]),
        (_CEREMONY + "\n典礼上，副校长宣读了表彰决定。党委书记王强为全体新生讲授“开学第一课”。",
         [("开学典礼", "2023-09-06", "学校体育馆"), ("开学第一课", "2023-09-06", "学校体育馆")]),
        ("3月4日下午，2024年青年干部培训班开班仪式在区委党校举行。区委书记陈力为学员讲授了“开班第一课”。",
         [("2024年青年干部培训班开班仪式", "2024-03-04", "区委党校"), ("开班第一课", "2024-03-04", "区委党校")]),
        # negatives: a habit, a lesson ahead, a lesson in another paragraph, after a meeting that is no ceremony
        (_CEREMONY + "校长刘建华曾多次为新生讲授“开学第一课”。", [("开学典礼", "2023-09-06", "学校体育馆")]),
        (_CEREMONY + "校长刘建华将为新生讲授“开学第一课”。", [("开学典礼", "2023-09-06", "学校体育馆")]),
        (_CEREMONY + "\n校长刘建华为新生讲授了“开学第一课”。", [("开学典礼", "2023-09-06", "学校体育馆")]),
        ("9月6日上午，江城科技学院在行政楼召开迎新工作会议。校长刘建华为新生讲授了“开学第一课”。",
         [("迎新工作会议", "2023-09-06", "行政楼")]),
    ],
)
def test_occasion_lesson_in_ceremony_account(extract, body: str, expected: list) -> None:
    record = extract(page(body))
    assert [(m["name"], m["date"], m["location"]) for m in record["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全国政协十四届二次会议3月4日下午在人民大会堂开幕。", "全国政协"),
        ("3月4日下午，全国政协十三届五次会议在北京开幕。", "全国政协"),
        # negatives: a congress named in full with its term, the members' forum of the CPPCC
        ("第十四届全国人民代表大会第二次会议3月5日上午在人民大会堂开幕。", None),
        ("3月4日，全国政协委员座谈会在北京召开。", None),
    ],
)
def test_national_cppcc_plenary_organizer(extract, body: str, expected: str | None) -> None:
    assert held(extract(page(body, "2024-03-06")))[0][2] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，城南街道召开居民议事会。街道书记介绍了今年老旧小区改造计划，涉及12个小区、1860户，总投资约3200万元。", []),
        ("5月6日，县政府召开常务会议。会议审议了2024年道路提升计划，包括8条道路，总投资1.2亿元。", []),
        ("5月6日，县政府召开常务会议。会议研究了背街小巷整治工作计划，涉及36条街巷，总投资2800万元。", []),
        # negatives: works done or begun keep their total (§6: a started project's total is funding)
        ("5月6日，县政府召开常务会议。会议通报，去年已完成老旧小区改造计划，涉及12个小区，总投资3200万元。",
         [(32000000.0, "CNY")]),
        ("5月6日，县政府召开常务会议。全县实施了老旧小区改造计划，涉及12个小区，总投资3200万元。", [(32000000.0, "CNY")]),
        ("5月6日，县政府召开常务会议。今年老旧小区改造工程已全面开工，涉及12个小区，总投资3200万元。", [(32000000.0, "CNY")]),
    ],
)
def test_works_plan_total_is_intended(extract, body: str, expected: list) -> None:
    assert [(amount, currency) for amount, currency, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，学校召开教师节大会。会上宣读了学校关于表彰2023-2024学年优秀研究生导师的决定，10名导师受到表彰。",
         [("优秀研究生导师", 10, "名", "person")]),
        ("5月6日，团市委召开大会。会议宣读了团市委关于表彰2023年度优秀志愿者的决定，20名志愿者受到表彰。",
         [("优秀志愿者", 20, "名", "person")]),
        ("5月6日，公司召开年中大会。大会宣读了公司关于授予优秀班组长的决定，共有15名班组长受到表彰。",
         [("优秀班组长", 15, "名", "person")]),
        # negatives: the counted noun not the honour's head, a commendation ahead, a notice of praise, a count attending
        ("5月6日，学校召开大会。会议宣读了关于表彰优秀教师的决定，10名同志受到表彰。", []),
        ("5月6日，学校召开大会。会议宣读了关于表彰优秀教师的决定，10名教师将受到表彰。", []),
        ("5月6日，学校召开大会。会议宣读了关于表彰优秀教师的决定，10名教师受到通报表扬。", []),
        ("5月6日，学校召开大会。会议宣读了关于表彰优秀教师的决定。10名教师参加会议。", []),
    ],
)
def test_count_after_commendation_decision(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
