"""Meeting organizers, dates and records (GUIDELINES §3) told later or by a relative day:
the organizer told in a later sentence with 组织 (此次培训由X组织, 会议由X组织召开, 由X牵头组织) or after the
referent 培训, the body's 由…主办 agent over the headline's subject, the bare word 医院 before a year or an
edition (the reporting hospital, no name), a relative day written after the subject (县政府次日召开…), and
a lecture referred to (报告会由…主持) beside a later courtesy call (会见), which no longer takes the
lecture's host and audience.
Near misses keep their earlier reading: a host's 主持, 组织 with an object (a task), 医院 opening a topic,
a named hospital, a day written as a number, a courtesy call alone.
All sentences are invented; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the agent of 组织 in a later sentence referring to the meeting or its training: the organizer (§3)
        ("5月7日上午，全县财务人员培训会在县财政局召开。此次培训由县财政局组织。",
         [("全县财务人员培训会", "2024-05-07", "县财政局")]),
        ("5月7日上午，全县财务人员培训会召开。会议由县安委会办公室组织召开，县财政局局长王刚主持。",
         [("全县财务人员培训会", "2024-05-07", "县安委会办公室")]),
        ("5月7日上午，全县财务人员培训会召开。本次会议由县财政局牵头组织。",
         [("全县财务人员培训会", "2024-05-07", "县财政局")]),
        # the training of a class referred to by 培训, its hosts listed, not the one who 承办
        ("5月7日上午，2024年乡村振兴专题培训班在县委党校开班。本次培训由县委组织部、县农业农村局主办，县委党校承办。",
         [("2024年乡村振兴专题培训班", "2024-05-07", "县委组织部、县农业农村局")]),
        # (negative: who chairs it is its host, no organizer)
        ("5月7日上午，全县财务人员培训会在县财政局召开。会议由县财政局局长王刚主持。",
         [("全县财务人员培训会", "2024-05-07", None)]),
        # (negative: 组织 with an object is a task done at the meeting, not who held it)
        ("5月7日上午，全县警示教育大会召开。会议由县纪委组织与会人员观看了警示教育片。",
         [("全县警示教育大会", "2024-05-07", None)]),
        # (negative: a task after the meeting, told without a reference to it)
        ("5月7日上午，全县财务人员培训会召开。会后，由县财政局组织开展了业务测试。",
         [("全县财务人员培训会", "2024-05-07", None)]),
        # the bare word 医院 before a year or an edition: the reporting hospital, no name (§3)
        ("3月29日下午，医院2024年度科研工作推进会在门诊楼六楼学术报告厅召开。",
         [("2024年度科研工作推进会", "2024-03-29", None)]),
        ("3月29日下午，医院第三届职工代表大会第二次会议在门诊楼六楼学术报告厅召开。",
         [("第三届职工代表大会第二次会议", "2024-03-29", None)]),
        # (negative: 医院 opening a topic, the name whole; a named hospital is the organizer)
        ("3月29日下午，医院感染防控培训会在门诊楼六楼学术报告厅召开。",
         [("医院感染防控培训会", "2024-03-29", None)]),
        ("3月29日下午，县人民医院2024年度科研工作推进会在门诊楼六楼学术报告厅召开。",
         [("2024年度科研工作推进会", "2024-03-29", "县人民医院")]),
    ],
)
def test_an_organizer_told_later_and_a_generic_hospital(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body's 由…主办 agent says who hosts it, over the headline's subject (§3)
        ("丰源县举办乡村振兴专题培训班\n2024-05-08 来源：某县\n5月7日上午，2024年乡村振兴专题培训班在县委党校开班。"
         "本次培训由县委组织部、县农业农村局主办，县委党校承办。\n",
         [("2024年乡村振兴专题培训班", "2024-05-07", "县委组织部、县农业农村局")]),
        # (negative: with no agent in the body, the headline's subject as before)
        ("丰源县举办乡村振兴专题培训班\n2024-05-08 来源：某县\n5月7日上午，2024年乡村振兴专题培训班在县委党校开班。"
         "县委常委、组织部部长刘志刚出席开班仪式并讲话。\n",
         [("2024年乡村振兴专题培训班", "2024-05-07", "丰源县")]),
    ],
)
def test_the_body_agent_over_the_headline_subject(extract, text: str, expected: list) -> None:
    assert held(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a relative day between the subject and the verb: counted from the day named before (§3 date)
        ("5月6日，县委召开常委会议。县政府次日召开全县防汛工作会议。",
         [("2024-05-06", "5月6日", None), ("2024-05-07", "次日", None)]),
        ("5月6日，县委召开常委会议。县政府于次日上午召开全县防汛工作会议。",
         [("2024-05-06", "5月6日", None), ("2024-05-07", "次日", "上午")]),
        # (negative: a day written as a number, and the relative day opening the clause, as before)
        ("5月6日，县委召开常委会议。县政府7日召开全县防汛工作会议。",
         [("2024-05-06", "5月6日", None), ("2024-05-07", "7日", None)]),
        ("5月6日，省委召开常委会议。次日，省政府召开常务会议。",
         [("2024-05-06", "5月6日", None), ("2024-05-07", "次日", None)]),
    ],
)
def test_a_relative_day_after_the_subject(extract, body: str, expected: list) -> None:
    assert when(extract(page(body))) == expected


def _lecture(record: dict) -> list[tuple]:
    """(name, date, time_of_day, location, host, attendee_count) of each meeting, in order."""
    return [(m["name"], m["date"], m["time_of_day"], m["location"], (m["host"] or {}).get("name"), m["attendee_count"])
            for m in record["meetings"]]


_TALK = ("5月7日晚，教授陈永福做客我校“求是讲坛”第126讲，在图书馆报告厅作学术报告。报告会由研究生院院长曹建平主持。"
         "近500名师生聆听报告。")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lecture referred to, then a courtesy call: the lecture is the event reported, with its host and
        # audience; the call is a record of its own (§3, 会见 held), with neither
        (_TALK + "报告会前，校长吴志军会见了陈永福一行。",
         [("报告会", "2024-05-07", "晚上", "图书馆报告厅", "曹建平", 500), ("会见", None, None, None, None, None)]),
        ("5月7日晚，教授陈永福做客我校“求是讲坛”第126讲，在图书馆报告厅作学术报告。报告会由研究生院院长曹建平主持。"
         "副校长吴启明会见了陈永福一行。200多名师生聆听了报告。",
         [("报告会", "2024-05-07", "晚上", "图书馆报告厅", "曹建平", 200), ("会见", None, None, None, None, None)]),
        # (negative: the lecture alone, as before)
        (_TALK, [("报告会", "2024-05-07", "晚上", "图书馆报告厅", "曹建平", 500)]),
    ],
)
def test_a_lecture_beside_a_courtesy_call(extract, body: str, expected: list) -> None:
    assert _lecture(extract(page(body))) == expected


def test_a_courtesy_call_alone_stays_one_record(extract) -> None:
    # (negative: no lecture told, the call alone)
    record = extract(page("5月7日，市长王刚会见了来访的宏达集团董事长李明一行。双方就深化合作进行了交流。"))
    assert [m["name"] for m in record["meetings"]] == ["会见"]
