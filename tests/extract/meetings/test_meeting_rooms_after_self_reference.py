"""Meetings under the rulings of the thirteenth review round (corpus/GUIDELINES.md §3), checked on invented sentences.

Found: a room after 我校 lost the school that hosted the event (`在我校学术交流中心召开` → `学术交流中心` even with
`江城理工大学承办` in the sentence); a lecture's listeners counted only after a verb of speaking (`为150余名读者带来了一场
精神盛宴` gave no count); a class opened and its bare 开班仪式 of the same day were two records; a lecture named
`关于…的专题讲座` was no record. People serving at the event after its ceremony were already no attendee count; the
rows below pin that.

The rulings quoted (§3, "Decided in the thirteenth review round"):

1. "a room after a self-reference (`在我校学术交流中心召开`) with exactly one school or body named as host or `承办` in
   the sentence is that body's room (`江城理工大学学术交流中心`)." With none or two named, the room alone as today.
2. "people who serve at the event after its ceremony (`60余名医务人员为群众提供义诊服务`, volunteers serving) are no
   attendees of the ceremony."
3. "Listeners a lecture is given to in its own sentence are its attendees whatever the object of the verb
   (`举办…讲座，为150余名读者带来了一场精神盛宴` → 150, approximate)."
4. "A class opened and its opening ceremony told the same day (`…培训班在…开班。上午举行了开班仪式`) are one record (the
   class's opening, with the ceremony's time); a class held over a stated span of days and its dated 开班仪式 stay two."
5. "A lecture named with its topic by `关于…的` keeps the whole phrase as its name (`关于地方历史的专题讲座`)."
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _meetings(extract, body: str) -> list[dict]:
    return extract(page(body))["meetings"]


@pytest.mark.parametrize(
    ("body", "location"),
    [
        # ruling 1: the one school hosting, then the room after 我校
        ("5月6日，由江城理工大学承办的全省高校科研管理研讨会在我校学术交流中心召开。", "江城理工大学学术交流中心"),
        ("5月6日，全省高校科研管理研讨会在我校学术交流中心召开，江城理工大学承办此次会议。", "江城理工大学学术交流中心"),
        ("5月6日，江城大学主办的青年学者论坛在我校图书馆报告厅举行。", "江城大学图书馆报告厅"),
        ("5月6日，由市教育局主办、江城大学承办的教师论坛在本校学术交流中心举行。", "江城大学学术交流中心"),
        ("5月6日，由江城大学马克思主义学院承办的理论研讨会在我校第一会议室召开。", "江城大学第一会议室"),
        # negative: no school named hosting, the room alone as today
        ("5月6日，全省高校科研管理研讨会在我校学术交流中心召开。", "学术交流中心"),
        # negative: two schools hosting, which one reports is not said
        ("5月6日，由江城大学和南江大学联合承办的学术年会在我校学术交流中心召开。", "学术交流中心"),
        # negative: the reporting school a host apart from the one named
        ("5月6日，由江城大学主办、我校承办的学术年会在我校学术交流中心召开。", "学术交流中心"),
        # negative: a unit alone hosting, the school unnamed
        ("5月6日，由马克思主义学院承办的理论研讨会在我校第一会议室召开。", "第一会议室"),
        # negative: a bare 在我校 keeps today's reading, the school itself
        ("5月6日，由江城大学承办的研讨会在我校召开。", "江城大学"),
        # negative: a room named without a self-reference is kept as written
        ("5月6日，由江城大学承办的研讨会在市会议中心召开。", "市会议中心"),
    ],
)
def test_a_room_after_a_self_reference(extract, body: str, location: str) -> None:
    assert [m["location"] for m in _meetings(extract, body)] == [location]


@pytest.mark.parametrize(
    ("body", "count"),
    [
        # ruling 2: people serving after the ceremony are no attendees of it
        ("5月6日，“健康进社区”义诊活动启动仪式在东湖社区广场举行。仪式结束后，60余名医务人员为群众提供义诊服务。", (None, False)),
        ("5月6日，全民健身日启动仪式在市体育中心举行，30名志愿者提供服务。", (None, False)),
        ("5月6日，“学雷锋”志愿服务活动启动仪式在人民广场举行。活动现场，40多名志愿者为市民提供了免费理发等服务。", (None, False)),
        ("5月6日，全民健身日启动仪式在市体育中心举行。仪式后，30名志愿者参与现场服务。", (None, False)),
        ("5月6日，“健康进社区”义诊活动启动仪式在东湖社区广场举行。启动仪式结束后，来自市人民医院的60余名医务人员为群众提供义诊服务。",
         (None, False)),
        # negative: those told as taking part in the ceremony still count
        ("5月6日，义诊活动启动仪式在东湖社区举行，80余名群众参加仪式。", (80, True)),
        ("5月6日，启动仪式在东湖社区举行，60余名医务人员参加仪式。", (60, True)),
        ("5月6日，全民健身日启动仪式在市体育中心举行。现场300余名干部群众深受鼓舞。", (300, True)),
    ],
)
def test_people_serving_after_a_ceremony(extract, body: str, count: tuple) -> None:
    assert [(m["attendee_count"], m["attendee_approx"]) for m in _meetings(extract, body)] == [count]


@pytest.mark.parametrize(
    ("body", "count"),
    [
        # ruling 3: the listeners of the lecture, whatever it brought them
        ("5月6日，市图书馆举办“读书与人生”讲座，为150余名读者带来了一场精神盛宴。", (150, True)),
        ("5月6日，区文化馆举办“非遗传承”专题讲座，为200多名市民送上了一堂生动的文化课。", (200, True)),
        ("5月6日，市科协举办“健康生活”科普讲座，为80名居民献上一场知识大餐。", (80, False)),
        ("5月6日，市图书馆举办“读书与人生”讲座，为150余名读者带来了一场精神盛宴。当天还为20名志愿者颁发证书。", (150, True)),
        # the verbs of speaking read before stay as they were
        ("5月6日，市图书馆举办“读书与人生”讲座，为150名读者讲解阅读方法。", (150, False)),
        # negative: a gift or an award handed after the lecture is no audience
        ("5月6日，市图书馆举办“读书与人生”讲座，为30名困难读者送去慰问金。", (None, False)),
        ("5月6日，市图书馆举办“读书与人生”讲座，并为20名优秀读者颁发证书。", (None, False)),
        # negative: people served in another sentence
        ("5月6日，市图书馆举办“读书与人生”讲座。此前，图书馆已为3000余名读者办理借阅证。", (None, False)),
    ],
)
def test_a_lectures_listeners_whatever_the_object(extract, body: str, count: tuple) -> None:
    assert [(m["attendee_count"], m["attendee_approx"]) for m in _meetings(extract, body)] == [count]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # ruling 4: one record, the class's, with the ceremony's time of day
        ("5月6日，全市统计业务培训班在市统计局开班。上午举行了开班仪式，局长王强出席并讲话。",
         [("全市统计业务培训班", "2024-05-06", "上午", "市统计局")]),
        ("5月6日，全市统计业务培训班在市统计局开班。当天上午举行了开班仪式，局长王强出席并讲话。",
         [("全市统计业务培训班", "2024-05-06", "上午", "市统计局")]),
        ("5月6日，全市统计业务培训班在市统计局开班。下午举行开班式，局长王强作动员讲话。",
         [("全市统计业务培训班", "2024-05-06", "下午", "市统计局")]),
        ("5月6日，全县新任村干部培训班在县委党校开班。开班仪式上，县委副书记李明作动员讲话。",
         [("全县新任村干部培训班", "2024-05-06", None, "县委党校")]),
        # negative: a class over a stated span of days keeps its dated ceremony apart; the ceremony takes the class's
        # venue ("a bare opening or closing ceremony dated inside the span of any meeting or class of several days"
        # takes its organizer and venue when it names none, "still two records", §3 seventeenth review round)
        ("5月6日至10日，全市统计业务培训班在市统计局举办。5月6日上午举行了开班仪式，局长王强出席并讲话。",
         [("全市统计业务培训班", "2024-05-06", None, "市统计局"), ("开班仪式", "2024-05-06", "上午", "市统计局")]),
        # negative: a ceremony of another day stays its own record
        ("5月6日，全市统计业务培训班在市统计局开班。5月8日举行了开班仪式。",
         [("全市统计业务培训班", "2024-05-06", None, "市统计局"), ("开班仪式", "2024-05-08", None, None)]),
    ],
)
def test_a_class_and_its_opening_ceremony(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["date"], m["time_of_day"], m["location"]) for m in _meetings(extract, body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # ruling 5: the whole 关于…的 phrase is the lecture's name
        ("5月6日，研究员李明在市图书馆为150余名读者作了一场关于地方历史的专题讲座。", [("关于地方历史的专题讲座", 150)]),
        ("5月6日，研究员李明为150余名读者作了一场关于地方历史的专题讲座。", [("关于地方历史的专题讲座", 150)]),
        ("5月6日，研究员李明在市图书馆作了一场关于地方历史的讲座。", [("关于地方历史的讲座", None)]),
        ("5月6日，研究员李明为80名村民作了一场关于果树种植的培训讲座。", [("关于果树种植的培训讲座", 80)]),
        # negative: a lecture without 关于 keeps today's name
        ("5月6日，研究员李明为150余名读者作了一场专题讲座。", [("专题讲座", 150)]),
        # negative: a lecture heard, not given, is no lecture held
        ("5月6日，全体党员听取了关于地方历史的专题讲座。", []),
        # negative: a lecture planned, not given
        ("5月6日，会议要求邀请专家作关于地方历史的专题讲座。", []),
    ],
)
def test_a_lecture_named_by_its_topic(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["attendee_count"]) for m in _meetings(extract, body)] == expected
