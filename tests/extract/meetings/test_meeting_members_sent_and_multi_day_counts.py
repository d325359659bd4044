"""Meeting shapes (GUIDELINES §3, meetings): a body that sent its counted
members to a place (``组织…60余名党员，赴…开展…主题党日活动``) read ``赴…`` as the organizer and gave no count,
where the body before 组织 holds the event and the members are its attendees; and the count of those taking part
in a training of several days (``本次冬训为期3天，320名党员参加培训``) given to the class's opening ceremony, which
§3 says is no attendee count of the ceremony. Invented sentences; expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _party_days(record: dict) -> list[tuple[str | None, int | None, str | None]]:
    return [(m["organizer"], m["attendee_count"], m["location"]) for m in record["meetings"] if "党日" in m["name"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨天，区税务局机关党委组织所属3个党支部50余名党员，赴青山烈士陵园开展“传承红色基因”主题党日活动。",
         ("区税务局机关党委", 50, "青山烈士陵园")),
        ("5月6日，县水利局党组组织局属2个党支部30名党员，前往红旗渠纪念馆开展主题党日活动。",
         ("县水利局党组", 30, "红旗渠纪念馆")),
        ("5月6日，市档案馆党总支组织40余名党员干部，赴县革命纪念馆开展“铭记历史”主题党日活动。",
         ("市档案馆党总支", 40, "县革命纪念馆")),
        ("5月6日，区卫健委机关党委组织下属5个党支部60多名党员，来到烈士纪念园开展主题党日活动。",
         ("区卫健委机关党委", 60, "烈士纪念园")),
    ],
)
def test_the_body_that_sent_counted_members_holds_their_party_day(extract, text: str, expected: tuple) -> None:
    assert _party_days(extract(page(text), "2024-05-08")) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (near misses: the subject in the clause of going itself, no comma: kept as today)
        ("5月6日，市图书馆党支部组织全体党员共30余人赴红色教育基地开展主题党日活动。", ("市图书馆党支部", 30, "红色教育基地")),
        ("5月6日，市图书馆党支部全体党员赴红色教育基地开展主题党日活动。", ("市图书馆党支部", None, "红色教育基地")),
        ("5月6日，县委办机关党支部组织党员干部40余人前往烈士陵园开展主题党日活动。", ("县委办机关党支部", 40, "烈士陵园")),
    ],
)
def test_a_party_day_with_its_subject_before_the_trip_keeps_its_reading(extract, text: str, expected: tuple) -> None:
    assert _party_days(extract(page(text), "2024-05-08")) == [expected]


def _opening(record: dict) -> dict:
    return next(m for m in record["meetings"] if m["name"].endswith(("仪式", "式", "典礼")))


@pytest.mark.parametrize(
    "text",
    [
        "5月6日上午，平安镇2024年度党员培训班开班仪式在镇文化中心举行。镇党委书记王强出席并讲话。本次培训为期3天，全镇200名党员参加培训。",
        "5月6日上午，平安镇农村党员冬训班开班仪式在镇党群服务中心举行。本次冬训为期两天，全镇18个村的150余名党员参加培训。",
        "5月6日，江城市青年干部研修班开班式在市委党校举行。研修班为期一周，80名青年干部参加学习。",
        "5月6日，第三届江城读书节开幕式在市图书馆举行。读书节持续5天，约800人参加。",
    ],
)
def test_the_count_of_an_event_of_several_days_is_no_count_of_its_opening(extract, text: str) -> None:
    assert _opening(extract(page(text), "2024-05-08"))["attendee_count"] is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # (near misses: no span of days, or the count names the ceremony itself: kept)
        ("5月6日上午，平安镇党员培训班开班仪式在镇文化中心举行。镇党委书记王强出席并讲话。200名党员参加开班仪式。", 200),
        ("5月6日上午，平安镇党员培训班开班仪式在镇文化中心举行。镇党委书记王强出席并讲话。全镇200名党员参加培训。", 200),
        ("5月6日，第三届江城读书节开幕式在市图书馆举行。读书节为期5天，300余名市民参加了开幕式。", 300),
    ],
)
def test_an_opening_ceremonys_own_count_stays(extract, text: str, count: int) -> None:
    assert _opening(extract(page(text), "2024-05-08"))["attendee_count"] == count


def _lectures(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["date"]) for m in record["meetings"] if m["name"].endswith(("讲座", "辅导", "报告"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a lecture told by the afternoon of the morning's ceremony is its own record that day, GUIDELINES §3)
        ("5月6日上午，平安镇党员培训班开班仪式在镇文化中心举行。镇党委书记王强出席并讲话。开班仪式后，县委党校讲师李华作了专题辅导。"
         "下午，县农业局高级农艺师张明为学员作了病虫害防治专题讲座。",
         [("专题辅导", "2024-05-06"), ("病虫害防治专题讲座", "2024-05-06")]),
        ("5月6日上午，平安镇党员培训班开班仪式在镇文化中心举行。镇党委书记王强出席并讲话。下午，县农业局高级农艺师张明为学员作了专题讲座。",
         [("专题讲座", "2024-05-06")]),
        ("5月6日上午，江城市青年干部研修班开班式在市委党校举行。下午，省委党校教授赵文为学员作了基层治理专题讲座。",
         [("基层治理专题讲座", "2024-05-06")]),
    ],
)
def test_a_lecture_on_the_afternoon_of_a_morning_ceremony_is_held(extract, text: str, expected: list) -> None:
    assert _lectures(extract(page(text), "2024-05-08")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # (near misses: no morning told for the ceremony, or a meeting of another kind before: kept as today, none)
        "平安镇党员培训班开班仪式在镇文化中心举行。下午，县农业局高级农艺师张明为学员作了病虫害防治专题讲座。",
        "5月6日上午，平安县召开党建工作会议。下午，县农业局高级农艺师张明为与会人员作了病虫害防治专题讲座。",
    ],
)
def test_an_afternoon_lecture_without_a_morning_ceremony_is_not_read(extract, text: str) -> None:
    assert _lectures(extract(page(text), "2024-05-08")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a 近日 meeting dated by a caption of its own attendees, GUIDELINES §3: the caption's day and time of day)
        ("近日，平安镇召开防汛工作推进会，镇党委书记王强出席并讲话。\n\n[图片] 图为5月6日上午，与会人员在河堤察看防汛设施。",
         ("2024-05-06", "5月6日", "上午")),
        ("日前，平安县召开秸秆禁烧工作现场会。\n\n图为5月5日下午，参会人员在田间观摩秸秆还田作业。", ("2024-05-05", "5月5日", "下午")),
        ("近日，江城区召开老旧小区改造推进会。\n\n图为5月3日，与会代表在幸福小区实地察看改造成效。", ("2024-05-03", "5月3日", None)),
    ],
)
def test_a_caption_of_the_attendees_dates_a_recent_meeting(extract, text: str, expected: tuple) -> None:
    main = extract(page(text), "2024-05-08")["meetings"][0]
    assert (main["date"], main["date_text"], main["time_of_day"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # (near misses: a caption of other people, or one inside a clause, or two meetings on the page: kept, no day)
        "近日，平安镇召开防汛工作推进会，镇党委书记王强出席并讲话。\n\n图为5月6日上午，村民在河堤清理杂物。",
        "近日，平安镇召开防汛工作推进会。镇里去年也开过类似会议，图为5月6日上午，与会人员在河堤察看防汛设施。",
        "近日，平安镇召开防汛工作推进会。近日，平安镇还召开了安全生产工作会议。\n\n图为5月6日上午，与会人员在河堤察看防汛设施。",
    ],
)
def test_a_caption_not_of_the_one_meetings_attendees_gives_no_day(extract, text: str) -> None:
    assert extract(page(text), "2024-05-08")["meetings"][0]["date"] is None
