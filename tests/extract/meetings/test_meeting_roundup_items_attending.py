"""Meeting phrasings of public-security, court, school and roundup news: a
roundup item (or any sentence opening with its own day) telling an official attending a meeting referred
to by its noun (出席签约仪式) beside another item's meeting, and the bare kind of a school, court or
procuratorate (中学, 法院, 检察院) as a headline's subject, which names no body.  Invented sentences; the
expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


def _named(record: dict) -> list[tuple]:
    """(name, date, time_of_day, organizer) of each meeting, in order."""
    return [(m["name"], m["date"], m["time_of_day"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a later item of a roundup: the signing ceremony attended is its own event (§3 several events)
        ("■ 6月24日上午，县委召开常委会会议，县委书记赵峰主持会议。\n"
         "■ 6月24日下午，县人民政府与中铁十局签订战略合作协议，县长黄岩出席签约仪式。",
         [("常委会会议", "2024-06-24", "上午", "县委"), ("签约仪式", "2024-06-24", "下午", None)]),
        ("6月24日上午，县委召开常委会会议，县委书记赵峰主持会议。\n6月22日，县长黄岩出席座谈会并讲话。",
         [("常委会会议", "2024-06-24", "上午", "县委"), ("座谈会", "2024-06-22", None, None)]),
        # a marked roundup item is an item of its own, also on the day of another item's meeting
        ("●6月24日，市委召开常委会会议，市委书记刘洋主持。●6月24日，市长王立新出席签约仪式。",
         [("常委会会议", "2024-06-24", None, "市委"), ("签约仪式", "2024-06-24", None, None)]),
        # NEGATIVE: the same day with no part of it: the meeting attended is the one told before
        ("6月24日，县委召开常委会会议，县委书记赵峰主持会议。\n6月24日，县长黄岩出席座谈会并讲话。",
         [("常委会会议", "2024-06-24", None, "县委")]),
        # NEGATIVE: no day of its own: the ceremony attended is the main meeting again
        ("6月24日下午，县政府召开项目推进会。县长黄岩出席签约仪式并讲话。",
         [("项目推进会", "2024-06-24", "下午", "县政府")]),
        # NEGATIVE: attending the meeting read before under its kind (会议) adds nothing
        ("6月24日上午，县委召开常委会会议。6月25日，县长黄岩参加会议。",
         [("常委会会议", "2024-06-24", "上午", "县委")]),
    ],
)
def test_an_item_attending_a_meeting_on_its_own_day(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body, "2024-06-25"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a school's bare kind in the headline names no body (§3 organizer: a generic subject gives null)
        ("中学召开秋季运动会\n2024-10-18 来源：江口中学\n10月16日，江口中学秋季田径运动会隆重举行。校长潘明致开幕词。\n",
         [None]),
        ("法院召开执行工作推进会\n2024-03-05 来源：某网\n3月4日下午，执行工作推进会召开。院长朱炜出席会议并讲话。\n", [None]),
        # NEGATIVE: a named court or school keeps its name
        ("南安区人民法院召开执行工作推进会\n2024-03-05 来源：某网\n3月4日下午，执行工作推进会召开。院长朱炜出席会议并讲话。\n",
         ["南安区人民法院"]),
        ("江口中学召开家长会\n2024-10-18 来源：某网\n10月16日下午，高三年级家长会在学校报告厅召开。\n", ["江口中学"]),
    ],
)
def test_a_bare_school_or_court_subject(extract, text: str, expected: list) -> None:
    assert [m["organizer"] for m in extract(text)["meetings"]] == expected


def test_the_item_keeps_its_part_of_the_day(extract) -> None:
    record = extract(page("4月1日上午，市政府召开常务会议。\n4月1日下午，市长王立新出席签约仪式并致辞。", "2024-04-02"))
    assert when(record) == [("2024-04-01", "4月1日", "上午"), ("2024-04-01", "4月1日", "下午")]
