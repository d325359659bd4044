"""Dates: an English stamp line opened by a weekday, followed by an English page
label or set after a byline (Wednesday, May 8, 2024; Posted: May 8, 2024  Source: …; By … | May 8, 2024);
a festival's day shifted by one (中秋节前一天上午, 春节的前一天); and 隔天, the day after the one just named.
Near misses that must not change: an English date inside a sentence, a bare weekday, a festival's eve
(前夕) or period (期间), 前两天.  Invented sentences; the expected values follow corpus/GUIDELINES.md
(§2 published, §3 date, date_text, time_of_day)."""

from __future__ import annotations

import pytest

from tests.extract.views import page, when

_BODY = "5月7日下午，县文联召开全县文艺工作座谈会，县文联主席李明出席并讲话。\n"


def _stamped(stamp: str) -> str:
    return f"县文联召开文艺工作座谈会\n{stamp}\n{_BODY}责任编辑：王敏\n"


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        # an English weekday opening the stamp (§2: a date under the headline)
        ("Wednesday, May 8, 2024", "2024-05-08"),
        ("Wednesday, 8 May 2024", "2024-05-08"),
        ("Wed, May 8, 2024", "2024-05-08"),
        ("Thu, 09 May 2024 10:21", "2024-05-09"),
        # an English page label after the date
        ("Posted: May 8, 2024   Source: Office of International Affairs", "2024-05-08"),
        ("May 8, 2024  Source: News Office", "2024-05-08"),
        ("Posted: May 8, 2024 Views: 1024", "2024-05-08"),
        # a byline set off by a bar before it
        ("By News Office | May 8, 2024", "2024-05-08"),
        # unchanged: the forms read before
        ("Posted: May 8, 2024", "2024-05-08"),
        ("Date: 08 May 2024", "2024-05-08"),
        ("发布时间：2024年5月8日 星期三", "2024-05-08"),
        # near misses: no year, a weekday alone, a sentence holding a date
        ("Wednesday, May 8", None),
        ("Wednesday", None),
        ("The forum was held on May 8, 2024 in the county.", None),
    ],
)
def test_english_stamp_lines(extract, stamp: str, published: str | None) -> None:
    record = extract(_stamped(stamp))
    assert (record["published"] or "")[:10] == (published or "")
    meeting_date = "2024-05-07" if published else None
    assert when(record) == [(meeting_date, "5月7日", "下午")]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # 中秋 2024 is 9月17日: the day before it (§3: a festival converted with the year known)
        ("中秋节前一天上午，县政协召开中秋茶话会，县政协主席赵华出席并讲话。", "2024-09-20",
         [("2024-09-16", "中秋节前一天", "上午")]),
        # 春节 2024 is 2月10日
        ("春节的前一天，县政协召开迎春茶话会，县政协主席赵华出席并讲话。", "2024-02-20",
         [("2024-02-09", "春节的前一天", None)]),
        # 国庆节 is 10月1日
        ("国庆节后一天，县政协召开座谈会，县政协主席赵华出席并讲话。", "2024-10-08",
         [("2024-10-02", "国庆节后一天", None)]),
        # a shifted day after the publication date: the year before
        ("中秋节前一天，县政协召开中秋茶话会，县政协主席赵华出席并讲话。", "2024-09-15",
         [("2023-09-28", "中秋节前一天", None)]),
        # unchanged: the festival's own day
        ("元宵节当天上午，县政协召开元宵茶话会，县政协主席赵华出席并讲话。", "2024-02-25",
         [("2024-02-24", "元宵节当天", "上午")]),
        # near misses: an eve or a period names no day
        ("中秋节前夕，县政协召开中秋座谈会，县政协主席赵华出席并讲话。", "2024-09-20",
         [(None, "中秋节前夕", None)]),
        ("春节期间，县政协召开座谈会，县政协主席赵华出席并讲话。", "2024-02-20", [(None, None, None)]),
    ],
)
def test_a_festival_shifted_by_a_day(extract, body: str, published: str, expected: list) -> None:
    assert when(extract(page(body, published))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 隔天 after a dated meeting: the day after (§3: relative days resolved)
        ("5月6日，县文联召开全县文艺工作座谈会。隔天，县作协召开理事会议。",
         [("2024-05-06", "5月6日", None), ("2024-05-07", "隔天", None)]),
        ("5月6日，县文联召开全县文艺工作座谈会。隔天上午，县作协召开理事会议，县作协主席张华主持。",
         [("2024-05-06", "5月6日", None), ("2024-05-07", "隔天", "上午")]),
        # unchanged: 第二天; and 前两天 stays vague
        ("5月6日，县文联召开全县文艺工作座谈会。第二天，县作协召开理事会议。",
         [("2024-05-06", "5月6日", None), ("2024-05-07", "第二天", None)]),
    ],
)
def test_the_day_after(extract, body: str, expected: list) -> None:
    assert when(extract(page(body))) == expected
