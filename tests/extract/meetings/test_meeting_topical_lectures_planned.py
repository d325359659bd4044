"""Meeting shapes: a topical lecture only asked for, planned or to come (会议要求邀请专家…作专题讲座, 将作…
专题讲座, 计划邀请专家作…) is no lecture held, and a meeting held told before a topical lecture in the same sentence is
not replaced by it; programme parts joined by 和 (峰会开幕式和专题分论坛) stay one name; a city's body named 民族…
(民族歌舞团) holds its own event, the city no organizer cut off it; a lecture given at a 课程/课题 meeting is its own
record (only the lecture nouns, 党课/团课/…, make a meeting one a party lecture belongs to). Invented sentences; the
expected values follow corpus/GUIDELINES.md §3 (planned events, lectures, several events, organizers; twelfth round)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _lectures(record: dict) -> list[tuple[str, str | None, int | None]]:
    """(name, date, attendee_count) of each meeting, in order."""
    return [(m["name"], m["date"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lecture asked for or planned: the meeting told before it is the record, with no count of the audience
        ("4月9日，市科技局召开专题会议，会议要求组织专家为150名企业技术人员作知识产权保护专题讲座。",
         [("专题会议", "2024-04-09", None)]),
        ("4月9日，镇政府召开会议，市农科所研究员郑海波将为种植户作果树修剪技术专题讲座。",
         [("会议", "2024-04-09", None)]),
        # a lecture asked for or planned, no meeting told: nothing held
        ("4月9日，县卫健委下发通知，要求各乡镇卫生院邀请专家作慢病防治专题讲座。", []),
        ("4月9日，县妇联计划邀请心理专家作家庭教育专题讲座。", []),
        ("4月9日，县长韩玉梅在调研时提出，要请专家作安全生产专题讲座。", []),
        ("4月9日，县司法局准备邀请律师为村干部作法治专题讲座。", []),
        # a meeting held told before a lecture given: the meeting stays
        ("4月9日，县农业农村局召开会议，市农科所研究员郑海波为种植户作了果树修剪技术专题讲座。",
         [("会议", "2024-04-09", None)]),
        # NEGATIVE: a lecture given (作了…, 邀请…作…) is a lecture held, its audience counted
        ("4月9日，县妇联邀请心理专家罗文清为60名家长作了家庭教育专题讲座。",
         [("家庭教育专题讲座", "2024-04-09", 60)]),
        ("4月9日，市农科所研究员郑海波为40余名种植户作果树修剪技术专题讲座。",
         [("果树修剪技术专题讲座", "2024-04-09", 40)]),
        ("4月9日，县司法局邀请律师曹立新为村干部作法治专题讲座。", [("法治专题讲座", "2024-04-09", None)]),
    ],
)
def test_topical_lecture_asked_for_or_planned(extract, body: str, expected: list) -> None:
    assert _lectures(extract(page(body, "2024-04-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月9日，2024滨海智能制造峰会开幕式和专题分论坛在市会展中心举行。",
         [("2024滨海智能制造峰会开幕式和专题分论坛", "2024-04-09", None)]),
        ("4月9日，第三届江城文旅发展大会开幕式和主论坛在市会堂举行。",
         [("第三届江城文旅发展大会开幕式和主论坛", "2024-04-09", None)]),
        # NEGATIVE: two events each with a topic word of its own are two records
        ("4月9日，全市农村工作会议和项目推介会在市会堂召开。",
         [("全市农村工作会议", "2024-04-09", None), ("项目推介会", "2024-04-09", None)]),
        ("4月9日，新品发布会和战略合作签约仪式在公司总部举行。",
         [("新品发布会", "2024-04-09", None), ("战略合作签约仪式", "2024-04-09", None)]),
    ],
)
def test_programme_parts_joined_stay_whole(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-04-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月9日，滨海市民族歌舞团建团50周年纪念大会在市会堂举行。",
         [("滨海市民族歌舞团建团50周年纪念大会", "2024-04-09", None)]),
        ("4月9日，江城市民族医院建院30周年庆祝大会在医院礼堂举行。",
         [("建院30周年庆祝大会", "2024-04-09", "江城市民族医院")]),
        # NEGATIVE: 民族 with a topic after the city is the city's event about it
        ("4月9日，滨海市民族团结进步表彰大会在市会堂举行。", [("民族团结进步表彰大会", "2024-04-09", "滨海市")]),
        ("4月9日，江城市民族宗教工作会议在市委党校召开。", [("民族宗教工作会议", "2024-04-09", "江城市")]),
    ],
)
def test_city_body_named_after_minzu(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-04-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月9日，市教育局召开全市课程建设推进会。会上，市委教育工委书记韩玉梅为与会党员讲授专题党课。",
         ["全市课程建设推进会", "专题党课"]),
        ("4月9日，县科协召开课题立项评审会。会上，县科协党组书记曹立新为与会党员讲授专题党课。",
         ["课题立项评审会", "专题党课"]),
        # NEGATIVE: a meeting whose name holds the lecture, or a branch's own regular life, keeps it inside
        ("4月9日，县委组织部举行“七一”表彰暨示范党课活动。会上，县委书记韩玉梅为与会党员讲授专题党课。",
         ["“七一”表彰暨示范党课"]),
        ("4月9日，某村党支部召开组织生活会。会上，党支部书记曹立新为党员讲授专题党课。", ["组织生活会"]),
    ],
)
def test_party_lecture_at_course_or_project_meeting(extract, body: str, expected: list) -> None:
    assert [m["name"] for m in extract(page(body, "2024-04-10"))["meetings"]] == expected
