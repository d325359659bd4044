"""Meeting phrasings of invented articles: a party lecture given by an
attendee (出席会议并讲授专题党课) read as a meeting of its own, the venue before 圆满完成各项议程后闭幕, two
meetings joined by 和 in a clause after 还召开了, the chair of a sitting shared by two meetings listed by one
verb, a fair's organizer given under its short form (本届茶博会由…主办), the main venue a video meeting's chair
sat in (在…主会场主持会议), and a post written alone as the subject (行政长官今日…举行).  All sentences are
invented; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def sittings(record: dict) -> list[tuple]:
    """(name, location, organizer, host name) of each meeting, in order."""
    return [(m["name"], m["location"], m["organizer"], (m["host"] or {}).get("name")) for m in record["meetings"]]


_MEETING = "7月1日下午，市财政局机关党委在局六楼会议室召开表彰大会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the lecture given at the meeting is part of it: one meeting, its host from 会议由…主持 (§3)
        (_MEETING + "局长刘志明出席会议并以《坚守初心使命》为题讲授专题党课。会议由机关党委书记赵静主持。",
         [("表彰大会", "局六楼会议室", "市财政局机关党委", "赵静")]),
        (_MEETING + "局长刘志明参加会议并讲授专题党课。会议由机关党委书记赵静主持。",
         [("表彰大会", "局六楼会议室", "市财政局机关党委", "赵静")]),
        (_MEETING + "局长刘志明出席会议并为全体党员讲党课。会议由机关党委书记赵静主持。",
         [("表彰大会", "局六楼会议室", "市财政局机关党委", "赵静")]),
        # near miss: a talk given at the meeting was read right before and stays so
        (_MEETING + "局长刘志明出席会议并作专题辅导。会议由机关党委书记赵静主持。",
         [("表彰大会", "局六楼会议室", "市财政局机关党委", "赵静")]),
    ],
)
def test_a_lecture_given_by_an_attendee_is_part_of_the_meeting(extract, body: str, expected: list) -> None:
    record = extract(page(body, "2025-07-02"))
    assert sittings(record) == expected
    assert speakers(record)["刘志明"][1][0] in ("讲党课", "作报告")


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("1月9日下午，政协永宁县第十届委员会第四次会议在县会议中心圆满完成各项议程后闭幕。", "县会议中心"),
        ("1月9日下午，县第十八届人民代表大会第五次会议在县人民会堂胜利完成各项任务后闭幕。", "县人民会堂"),
        ("1月9日下午，政协永宁县第十届委员会第四次会议在县会议中心完成各项议程后胜利闭幕。", "县会议中心"),
        # near misses: the agenda done with no venue before it gives none; the venue alone was read before
        ("1月9日下午，政协永宁县第十届委员会第四次会议在圆满完成各项议程后闭幕。", None),
        ("1月9日下午，政协永宁县第十届委员会第四次会议在县会议中心胜利闭幕。", "县会议中心"),
    ],
)
def test_the_venue_before_the_agenda_done(extract, body: str, location: str | None) -> None:
    assert [m["location"] for m in extract(page(body, "2025-01-10"))["meetings"]] == [location]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # two meetings joined by 和 under one verb, with or without 分别 (§3 several events)
        ("7月20日，公司年中工作会在长沙召开。会议期间，还召开了公司安全生产专题会和项目管理经验交流会。",
         ["年中工作会", "安全生产专题会", "项目管理经验交流会"]),
        ("7月20日，公司召开了安全生产专题会和项目管理经验交流会。", ["安全生产专题会", "项目管理经验交流会"]),
        ("7月20日，公司分别召开了安全生产专题会和项目管理经验交流会。", ["安全生产专题会", "项目管理经验交流会"]),
        # near misses: one name holding 和 stays one
        ("7月20日，公司召开党风廉政建设和反腐败工作会议。", ["党风廉政建设和反腐败工作会议"]),
        ("7月20日，公司召开安全生产和消防工作专题会。", ["安全生产和消防工作专题会"]),
    ],
)
def test_two_meetings_joined_by_he(extract, body: str, names: list) -> None:
    assert [m["name"] for m in extract(page(body, "2025-07-22"))["meetings"]][-len(names):] == names


@pytest.mark.parametrize(
    ("body", "hosts"),
    [
        # 主持会议 after the sentence listing both: the sitting's chair for each (§3 host)
        ("1月15日，东坪镇小河村党支部召开2025年度组织生活会和民主评议党员会议。镇党委副书记何佳到会指导，"
         "村党支部书记冉光明主持会议。", ["冉光明", "冉光明"]),
        ("1月15日，东坪镇小河村党支部召开2025年度组织生活会和民主评议党员会议。会议由村党支部书记冉光明主持。",
         ["冉光明", "冉光明"]),
        # near misses: a chair naming one meeting chairs that one only; a meeting told in its own sentence
        # after the chair keeps none
        ("1月15日，东坪镇小河村党支部召开2025年度组织生活会和民主评议党员会议。村党支部书记冉光明主持组织生活会。",
         ["冉光明", None]),
        ("1月15日，东坪镇小河村党支部召开2025年度组织生活会。村党支部书记冉光明主持会议。1月16日，村委会召开村民代表大会。",
         ["冉光明", None]),
    ],
)
def test_the_chair_of_two_meetings_listed_by_one_verb(extract, body: str, hosts: list) -> None:
    assert [(m["host"] or {}).get("name") for m in extract(page(body, "2026-01-16"))["meetings"]] == hosts


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        # the fair named with its forum, then by its short form (§3 organizer, the 由…主办 agent)
        ("5月15日上午，第十届中国（南州）茶叶博览会暨茶产业发展论坛在南州国际会展中心开幕。"
         "本届茶博会由省农业农村厅、南州市人民政府联合主办，展期4天。", "省农业农村厅、南州市人民政府"),
        ("5月15日上午，第十届中国（南州）茶叶博览会暨茶产业发展论坛在南州国际会展中心开幕。本届博览会由省农业农村厅主办。",
         "省农业农村厅"),
        ("5月15日上午，第三届南州农业博览会开幕式在南州国际会展中心举行。本届农博会由省农业农村厅主办。", "省农业农村厅"),
        # near miss: a fair the meeting's name does not hold gives no organizer
        ("5月15日上午，第十届南州茶产业发展论坛在南州国际会展中心开幕。本届茶博会由省农业农村厅主办。", None),
    ],
)
def test_a_fair_by_its_short_form(extract, body: str, organizer: str | None) -> None:
    assert [m["organizer"] for m in extract(page(body, "2025-05-16"))["meetings"]] == [organizer]


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("7月5日，全市防汛工作视频会议召开。市长李强在市防汛指挥中心主会场主持会议并讲话。", "市防汛指挥中心"),
        # near misses: no 主会场, or a branch venue, names no venue of the meeting
        ("7月5日，全市防汛工作视频会议召开。市长李强在市防汛指挥中心主持会议并讲话。", None),
        ("7月5日，全省防汛工作视频会议召开。我市在市应急管理局设分会场，市长李强在分会场参加会议。", None),
    ],
)
def test_the_main_venue_its_chair_sat_in(extract, body: str, location: str | None) -> None:
    assert [m["location"] for m in extract(page(body, "2025-07-06"))["meetings"]] == [location]


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        # a post alone is a person, no body (§3 organizer)
        ("行政長官今日在禮賓府舉行二○二三年授勳典禮。", None),
        # near miss: a body as the subject stays the organizer
        ("5月7日，市政府在市政府召开全市安全生产工作会议。", "市政府"),
    ],
)
def test_a_post_alone_organizes_nothing(extract, body: str, organizer: str | None) -> None:
    assert [m["organizer"] for m in extract(page(body, "2025-05-08"))["meetings"]] == [organizer]
