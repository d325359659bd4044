"""Meeting dates and publication dates of invented articles (GUIDELINES §2, §3): the part of
the day after 当/当天/当日 (6月4日当晚, 6月4日当天下午), and the days of a person's life (生于1914年3月10日,
李某（1924年6月8日—2010年3月4日）), which are neither the page's date nor a year the report speaks in,
while a bracketed life span still gives the birth year an anniversary (诞辰一百周年) counts from.
Every sentence is invented; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from pipeline.values import life_dated
from tests.extract.views import page, when

_CHAIRED = "县委召开常委会会议，县委书记王某主持会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the part of the day after 当/当天/当日 is the meeting's (§3 time_of_day)
        ("5月6日当晚，" + _CHAIRED, [("2024-05-06", "5月6日", "晚上")]),
        ("5月6日当天下午，" + _CHAIRED, [("2024-05-06", "5月6日", "下午")]),
        ("5月6日当日上午，" + _CHAIRED, [("2024-05-06", "5月6日", "上午")]),
        # near misses that do not change: no part of the day, or one already read
        ("5月6日当天，" + _CHAIRED, [("2024-05-06", "5月6日", None)]),
        ("5月6日晚，" + _CHAIRED, [("2024-05-06", "5月6日", "晚上")]),
        ("5月6日中午，" + _CHAIRED, [("2024-05-06", "5月6日", None)]),
        ("5月6日，县委召开常委会会议。当晚，县政府召开防汛调度会，县长李某主持。",
         [("2024-05-06", "5月6日", None), ("2024-05-06", "当晚", "晚上")]),
    ],
)
def test_the_part_of_the_day_after_dang(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-05-08"))) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a short first sentence with a birth date is no dateline (§2): no publication date, and the year of the
        # meeting comes from the anniversary counted from that birth (§3)
        ("学院召开纪念大会\n陈光明生于1914年3月10日，卒于1999年。\n3月10日上午，学院召开纪念陈光明诞辰110周年大会，院长刘强主持。\n",
         None, [("2024-03-10", "3月10日", "上午")]),
        # a bracketed life span: its years are no year of the report; its first year is the birth
        ("纪念李明教授诞辰一百周年座谈会举行\n李明教授（1924年6月8日—2010年3月4日）是我国著名物理学家。\n"
         "6月8日上午，学校举行纪念李明教授诞辰一百周年座谈会。校党委书记王勇出席并讲话。\n",
         None, [("2024-06-08", "6月8日", "上午")]),
        ("纪念会举行\n王某（1931—2001），著名作家。\n5月12日上午，纪念王某诞辰九十周年座谈会在京召开。\n",
         None, [("2021-05-12", "5月12日", "上午")]),
        # no anniversary: the life span gives no year, so the date stays null (not 2001)
        ("研讨会举行\n王某（1931年5月2日—2001年3月4日），著名作家。\n5月12日上午，市作协召开王某作品研讨会。\n",
         None, [(None, "5月12日", "上午")]),
        # near misses: the page's own date lines are still read
        ("县委召开常委会会议\n2024年3月8日\n3月7日上午，" + _CHAIRED + "\n", "2024-03-08", [("2024-03-07", "3月7日", "上午")]),
        ("县委召开常委会会议\n3月7日上午，" + _CHAIRED + "\n（来源：县委办 2024年3月8日）\n",
         "2024-03-08", [("2024-03-07", "3月7日", "上午")]),
        # a meeting's year written in the text is still read
        ("县委召开常委会会议\n2024年3月7日上午，" + _CHAIRED + "\n", None, [("2024-03-07", "2024年3月7日", "上午")]),
    ],
)
def test_days_of_a_life_are_no_dates_of_the_report(extract, text: str, published: str | None, expected: list) -> None:
    record = extract(text)
    assert record["published"] == published
    assert when(record) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("陈光明生于1914年3月10日，卒于1999年。", "1914年3月10日", True),
        ("陈光明生于1914年3月10日，卒于1999年。", "1999年", True),
        ("张某1931年5月12日在北京逝世。", "1931年5月12日", True),
        ("李明教授（1924年6月8日—2010年3月4日）是物理学家。", "1924年6月8日", True),
        ("李明教授（1924年6月8日—2010年3月4日）是物理学家。", "2010年3月4日", True),
        ("王某（1931年—2001年），著名作家。", "1931年", True),
        # not a life: a sign-off in brackets, a page's date, a period of a plan, a meeting's day
        ("（来源：县委办 2024年3月8日）", "2024年3月8日", False),
        ("发布时间：2024年3月8日", "2024年3月8日", False),
        ("2024年3月8日，县委召开常委会会议。", "2024年3月8日", False),
        ("（2024年3月8日）", "2024年3月8日", False),
        ("出生日期：2024年3月8日后的新生儿", "2024年3月8日", False),
    ],
)
def test_life_dated(text: str, date: str, expected: bool) -> None:
    start = text.index(date)
    assert life_dated(text, start, start + len(date)) is expected
