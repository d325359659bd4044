"""Meeting-date phrasings: two days of one month listed under one
日 (3月6、7日, 15、16日), the colloquial lunar day 大年初八, a recent stretch with no day (前不久, 上周, 年初)
kept as date_text, and a vague day (近日, 日前) right after the reporter's learning clause (记者…获悉，近日，…).
Near misses: an item number before a day (1、12日), a weekday that is a day (上周五), a stretch that starts
something (年初以来), 最近 as an adjective (最近几年).  Invented sentences; the expected values follow
corpus/GUIDELINES.md §3 (date, date_text as written, null when no day is stated)."""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # two days of one month sharing one 日: the first day, the span kept as written (like 6月17日至18日)
        ("3月6、7日，第十二届全国中青年学者论坛在杭州举行。", "2024-03-09", [("2024-03-06", "3月6、7日", None)]),
        ("15、16日，学校召开2024年度教学工作会议。", "2025-01-17", [("2025-01-15", "15、16日", None)]),
        ("2023年12月30、31日，县委召开全县经济工作会议。", "2024-01-03", [("2023-12-30", "2023年12月30、31日", None)]),
        # listed days of meetings held in turn: each its own day
        ("8月1、2日，区卫健委分别召开全区安全生产工作会议和医疗质量管理工作会议。", "2024-08-05",
         [("2024-08-01", "8月1日", None), ("2024-08-02", "2日", None)]),
        # near misses: an item number before a day, a day range, a listed day with its own 日
        ("1、12日上午，县委召开全县安全生产工作会议。", "2024-05-14", [("2024-05-12", "12日", "上午")]),
        ("5月6日至7日，县委召开全县安全生产工作会议。", "2024-05-08", [("2024-05-06", "5月6日至7日", None)]),
        ("5月6日、7日，县委召开全县安全生产工作会议。", "2024-05-08", [("2024-05-06", "5月6日、7日", None)]),
    ],
)
def test_days_listed_under_one_day_sign(extract, body: str, published: str, expected: list) -> None:
    assert when(extract(page(body, published))) == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # 大年初八 is 正月初八 of the publication's year (§3: a lunar day converted with the year known)
        ("大年初八，县委、县政府召开全县高质量发展大会。", "2024-02-18", [("2024-02-17", "大年初八", None)]),
        ("大年初八上午，区委召开全区高质量发展大会。", "2024-02-18", [("2024-02-17", "大年初八", "上午")]),
        # (the written 正月初八 as before)
        ("正月初八，县委召开全县高质量发展大会。", "2024-02-18", [("2024-02-17", "正月初八", None)]),
    ],
)
def test_colloquial_lunar_new_year_days(extract, body: str, published: str, expected: list) -> None:
    assert when(extract(page(body, published))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a recent stretch with no day: date null, date_text as written
        ("前不久，区总工会召开劳模工匠座谈会。", [(None, "前不久", None)]),
        ("不久前，区总工会召开劳模工匠座谈会。", [(None, "不久前", None)]),
        ("最近，区总工会召开劳模工匠座谈会。", [(None, "最近", None)]),
        ("上周，县老促会召开三届五次理事会议。", [(None, "上周", None)]),
        ("上周末，区政协召开民主监督座谈会。", [(None, "上周末", None)]),
        ("县委上个月召开全县安全生产工作会议。", [(None, "上个月", None)]),
        ("年初，县委召开全县安全生产工作会议。", [(None, "年初", None)]),
        # near misses: a weekday is a day, a month day of the month before is a day
        ("上周五，县委召开全县安全生产工作会议。", [("2024-05-03", "上周五", None)]),
        ("上月28日，县委召开全县安全生产工作会议。", [("2024-04-28", "上月28日", None)]),
        # (最近 as an adjective opening the sentence, 年初以来 the start of a stretch: nothing as the date_text)
        ("最近几年，区总工会召开劳模工匠座谈会。", [(None, None, None)]),
    ],
)
def test_recent_stretches_kept_as_written(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-05-08"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the vague day right after the reporter's clause is the meeting's date_text (no day: date null)
        ("记者6月11日从市工商联获悉，近日，市委、市政府召开民营企业座谈会。", [(None, "近日", None)]),
        ("记者9月25日从国家粮食和物资储备局获悉，日前，国家粮食和物资储备局召开秋粮收购工作会议。", [(None, "日前", None)]),
        # near misses: the account's own day after the clause, and the reporter's day alone (§3: null)
        ("记者6月11日从市工商联获悉，6月8日，市委召开民营企业座谈会。", [("2024-06-08", "6月8日", None)]),
        ("记者6月11日从市工商联获悉，市委、市政府召开民营企业座谈会。", [(None, None, None)]),
    ],
)
def test_vague_day_after_the_reporters_clause(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-06-12"))) == expected


def test_meeting_named_after_the_reporters_clause(extract) -> None:
    # the headline names the meeting; the body's 日前召开的… right after the reporter's clause is its date_text
    text = ("全省冬春农田水利建设现场会召开\n2024-11-20 来源：某网\n"
            "记者日前从省水利厅了解到，日前召开的全省冬春农田水利建设现场会要求，今冬完成投资80亿元。\n")
    assert when(extract(text)) == [(None, "日前", None)]
