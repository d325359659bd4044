"""Tests for :mod:`pipeline.values`: numbers, money, counts, percentages, times, dates and date resolution.

Every expectation is read off the Chinese by hand (``1亿6,055万`` is 100,000,000 + 60,550,000).
Each table row is one case; its id is the input string.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.values import (
    GREGORIAN_STAMP,
    Amount,
    Count,
    DateValue,
    parse_count,
    parse_date,
    parse_money,
    parse_number,
    parse_percent,
    parse_time,
    resolve_date,
)


def _ids(rows: list[tuple]) -> list[str]:
    """One test id per row: the input string in the first column."""
    return [row[0] for row in rows]


# ---------------------------------------------------------------------------- numbers

NUMBER_CASES = [
    ("12", 12.0),
    ("1,200", 1200.0),
    ("1,234,567", 1234567.0),
    ("3.5", 3.5),
    ("十", 10.0),
    ("十二", 12.0),
    ("二十五", 25.0),
    ("两", 2.0),
    ("一百零五", 105.0),
    ("三千五百", 3500.0),
    ("二○一六", 2016.0),
    ("二〇二四", 2024.0),
    ("1.2万", 12000.0),
    ("2,000万", 20_000_000.0),
    ("1亿6,055万", 160_550_000.0),
    ("3千5", 3500.0),
    ("3千5百", 3500.0),
    ("一万二", 12000.0),
    ("二十八点八", 28.8),
    ("二十八点八亿", 2_880_000_000.0),
    ("１２", 12.0),
    (" 42 ", 42.0),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_CASES, ids=_ids(NUMBER_CASES))
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "100多", "三点", "1.2.3", "百", "12名"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


# ---------------------------------------------------------------------------- money

# (text, default currency, low, high, currency, approximate, currency_explicit)
MONEY_CASES = [
    ("6万元", "CNY", 60_000.0, None, "CNY", False, False),
    ("1.2亿元", "CNY", 120_000_000.0, None, "CNY", False, False),
    ("100多万元", "CNY", 1_000_000.0, 2_000_000.0, "CNY", True, False),
    ("10多万元", "CNY", 100_000.0, 200_000.0, "CNY", True, False),
    ("10万多元", "CNY", 100_000.0, 110_000.0, "CNY", True, False),
    ("100 万多元", "CNY", 1_000_000.0, 1_010_000.0, "CNY", True, False),
    ("150万余元", "CNY", 1_500_000.0, 1_510_000.0, "CNY", True, False),
    # 余/多 after a decimal and a magnitude adds one of the last written digit's place
    ("3.6万余元", "CNY", 36_000.0, 37_000.0, "CNY", True, False),
    ("1.5亿多元", "CNY", 150_000_000.0, 160_000_000.0, "CNY", True, False),
    # a bare 百/千 before 余/多 and a magnitude
    ("百余万元", "CNY", 1_000_000.0, 2_000_000.0, "CNY", True, False),
    ("千余万元", "CNY", 10_000_000.0, 20_000_000.0, "CNY", True, False),
    ("1万多元", "CNY", 10_000.0, 20_000.0, "CNY", True, False),
    ("3千多元", "CNY", 3000.0, 4000.0, "CNY", True, False),
    ("三十多元", "CNY", 30.0, 40.0, "CNY", True, False),
    ("3至10万多元", "CNY", 30_000.0, 110_000.0, "CNY", True, False),
    ("1亿6,055万元", "CNY", 160_550_000.0, None, "CNY", False, False),
    ("5角", "CNY", 0.5, None, "CNY", False, False),
    ("HK$500", "CNY", 500.0, None, "HKD", False, True),
    ("超过1亿元", "CNY", 100_000_000.0, None, "CNY", True, False),
    ("30万元以上", "CNY", 300_000.0, None, "CNY", True, False),
    ("3至5亿元", "CNY", 300_000_000.0, 500_000_000.0, "CNY", False, False),
    ("3万至5万元", "CNY", 30_000.0, 50_000.0, "CNY", False, False),
    ("8000-1万元", "CNY", 8000.0, 10_000.0, "CNY", False, False),
    ("人民币1.5亿元", "CNY", 150_000_000.0, None, "CNY", False, True),
    ("新台币20万元", "CNY", 200_000.0, None, "TWD", False, True),
    ("新台币 20 万元", "CNY", 200_000.0, None, "TWD", False, True),
    ("500万港元", "CNY", 5_000_000.0, None, "HKD", False, True),
    ("港币500万元", "CNY", 5_000_000.0, None, "HKD", False, True),
    ("3000澳门元", "CNY", 3000.0, None, "MOP", False, True),
    ("100万美元", "CNY", 1_000_000.0, None, "USD", False, True),
    ("200元", "TWD", 200.0, None, "TWD", False, False),
    ("20万元", "TWD", 200_000.0, None, "TWD", False, False),
    ("约300万元", "CNY", 3_000_000.0, None, "CNY", True, False),
    ("50万元左右", "CNY", 500_000.0, None, "CNY", True, False),
    ("1毛钱", "CNY", 0.1, None, "CNY", False, False),
    ("二十八点八亿元", "CNY", 2_880_000_000.0, None, "CNY", False, False),
]


@pytest.mark.parametrize(
    ("text", "default_currency", "low", "high", "currency", "approximate", "explicit"),
    MONEY_CASES,
    ids=_ids(MONEY_CASES),
)
def test_parse_money(
    text: str, default_currency: str, low: float, high: float | None, currency: str, approximate: bool, explicit: bool
) -> None:
    expected = Amount(low, high, currency, approximate, text, explicit)
    assert parse_money(text, default_currency=default_currency) == expected


def test_parse_money_bare_magnitude_after_approximation() -> None:
    assert parse_money("近千万元") == Amount(10_000_000.0, None, "CNY", True, "近千万元", False)


@pytest.mark.parametrize("text", ["2024", "13812345678", "元", "5万至3万元", "百分之十", "12名"])
def test_parse_money_rejects(text: str) -> None:
    assert parse_money(text) is None


# ---------------------------------------------------------------------------- counts

# (text, value, approximate, unit)
COUNT_CASES = [
    ("12名", 12, False, "名"),
    ("700多个", 700, True, "个"),
    ("50余名", 50, True, "名"),
    ("两个", 2, False, "个"),
    ("9家", 9, False, "家"),
    ("9家单位", 9, False, "家单位"),
    ("三百余人", 300, True, "人"),
    ("近百名", 100, True, "名"),
    ("数十人", 10, True, "人"),
    ("一万多名", 10_000, True, "名"),
    ("5000人左右", 5000, True, "人"),
    ("1,200户", 1200, False, "户"),
]


@pytest.mark.parametrize(("text", "value", "approximate", "unit"), COUNT_CASES, ids=_ids(COUNT_CASES))
def test_parse_count(text: str, value: int, approximate: bool, unit: str) -> None:
    assert parse_count(text) == Count(value, approximate, unit, text)


@pytest.mark.parametrize("text", ["12", "1.5个", "百人", "名"])
def test_parse_count_rejects(text: str) -> None:
    assert parse_count(text) is None


# ---------------------------------------------------------------------------- percent

PERCENT_CASES = [
    ("15%", 15.0),
    ("15.5 %", 15.5),
    ("3％", 3.0),
    ("百分之十五", 15.0),
    ("百分之15", 15.0),
    ("百分之百", 100.0),
]


@pytest.mark.parametrize(("text", "value"), PERCENT_CASES, ids=_ids(PERCENT_CASES))
def test_parse_percent(text: str, value: float) -> None:
    result = parse_percent(text)
    assert result is not None
    assert result.value == value


@pytest.mark.parametrize("text", ["15", "百分之", "%"])
def test_parse_percent_rejects(text: str) -> None:
    assert parse_percent(text) is None


# ---------------------------------------------------------------------------- times

# (text, hour, minute, part_of_day)
TIME_CASES = [
    ("下午", None, None, "afternoon"),
    ("下午3时", 15, 0, "afternoon"),
    ("14:30", 14, 30, None),
    ("9点半", 9, 30, None),
    ("14时30分", 14, 30, None),
    ("晚上八点", 20, 0, "evening"),
    ("凌晨2时", 2, 0, "early_morning"),
    ("中午12时", 12, 0, "noon"),
    ("中午1时", 13, 0, "noon"),
    ("上午9点30分", 9, 30, "morning"),
]


@pytest.mark.parametrize(("text", "hour", "minute", "part_of_day"), TIME_CASES, ids=_ids(TIME_CASES))
def test_parse_time(text: str, hour: int | None, minute: int | None, part_of_day: str | None) -> None:
    result = parse_time(text)
    assert result is not None
    assert (result.hour, result.minute, result.part_of_day) == (hour, minute, part_of_day)


@pytest.mark.parametrize("text", ["3点", "晚", "25:00", "下午25时"])
def test_parse_time_rejects(text: str) -> None:
    assert parse_time(text) is None


# ---------------------------------------------------------------------------- dates

# (text, the fields that must have these values)
DATE_CASES = [
    ("1月25日", {"year": None, "month": 1, "day": 25}),
    ("1月25日下午", {"month": 1, "day": 25, "part_of_day": "afternoon", "hour": None}),
    ("1月25日下午3时", {"month": 1, "day": 25, "part_of_day": "afternoon", "hour": 15, "minute": 0}),
    ("25日晚", {"month": None, "day": 25, "part_of_day": "evening"}),
    ("2021-01-26 17:23", {"year": 2021, "month": 1, "day": 26, "hour": 17, "minute": 23}),
    ("2021/1/26", {"year": 2021, "month": 1, "day": 26}),
    ("2021年1月26日", {"year": 2021, "month": 1, "day": 26}),
    ("2021年", {"year": 2021, "month": None, "day": None}),
    ("3月", {"year": None, "month": 3, "day": None}),
    ("二○一六年五月一日", {"year": 2016, "month": 5, "day": 1}),
    ("十二月三十一日", {"month": 12, "day": 31}),
    ("民国113年3月5日", {"year": 2024, "month": 3, "day": 5, "era": "minguo"}),
    ("民国113年", {"year": 2024, "month": None, "era": "minguo"}),
    ("民國113年", {"year": 2024, "era": "minguo"}),
    ("中华民国一百一十三年", {"year": 2024, "era": "minguo"}),
    ("昨日", {"day": None, "relative_days": -1}),
    ("今天", {"day": None, "relative_days": 0}),
    ("前天", {"relative_days": -2}),
    ("明日", {"relative_days": 1}),
    ("15日", {"year": None, "month": None, "day": 15, "relative_days": None}),
    ("今(5)日", {"day": 5, "relative_days": 0}),
]


@pytest.mark.parametrize(("text", "fields"), DATE_CASES, ids=_ids(DATE_CASES))
def test_parse_date(text: str, fields: dict[str, object]) -> None:
    result = parse_date(text)
    assert result is not None
    assert {name: getattr(result, name) for name in fields} == fields


@pytest.mark.parametrize("text", ["", "2021年2月30日", "13月5日", "2021-13-01", "32日", "1月25日25时", "明年"])
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


# ---------------------------------------------------------------------------- resolving dates

# (text, reference date, expected calendar date)
RESOLVE_CASES = [
    ("12月30日", dt.date(2024, 1, 2), dt.date(2023, 12, 30)),
    ("1月25日", dt.date(2024, 3, 1), dt.date(2024, 1, 25)),
    ("3月20日", dt.date(2024, 3, 10), dt.date(2024, 3, 20)),
    ("15日", dt.date(2024, 3, 10), dt.date(2024, 2, 15)),
    ("5日", dt.date(2024, 3, 10), dt.date(2024, 3, 5)),
    ("15日", dt.date(2024, 1, 10), dt.date(2023, 12, 15)),
    ("昨日", dt.date(2024, 3, 1), dt.date(2024, 2, 29)),
    ("前天", dt.date(2024, 1, 1), dt.date(2023, 12, 30)),
    ("今天", dt.date(2024, 5, 6), dt.date(2024, 5, 6)),
    ("今(5)日", dt.date(2024, 3, 5), dt.date(2024, 3, 5)),
    ("2021-01-26 17:23", None, dt.date(2021, 1, 26)),
    ("2021-01-26", dt.date(2024, 1, 1), dt.date(2021, 1, 26)),
    ("民国113年3月5日", dt.date(2000, 1, 1), dt.date(2024, 3, 5)),
    ("1月25日", None, None),
    ("昨日", None, None),
    ("2021年", dt.date(2024, 1, 1), None),
    ("3月", dt.date(2024, 5, 1), None),
    ("31日", dt.date(2024, 3, 10), None),
    ("2月29日", dt.date(2023, 3, 1), None),
]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    RESOLVE_CASES,
    ids=[f"{text}@{ref}" for text, ref, _ in RESOLVE_CASES],
)
def test_resolve_date(text: str, reference: dt.date | None, expected: dt.date | None) -> None:
    value = parse_date(text)
    assert isinstance(value, DateValue)
    assert resolve_date(value, reference) == expected


@pytest.mark.parametrize(("text", "low"), [("人民币陆佰捌拾陆万伍仟元", 6_865_000), ("壹仟贰佰万元", 12_000_000), ("叁拾万元", 300_000)])
def test_parse_money_financial_capital_numerals(text: str, low: float) -> None:
    amount = parse_money(text)
    assert amount is not None and amount.low == low and amount.currency == "CNY"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发布时间：2024-05-07 09:30", ("2024", "05", "07", "09", "30")),
        ("2024年5月7日 星期二 14:05", ("2024", "5", "7", "14", "05")),
        ("2024-05-07T09:30:00+08:00", ("2024", "05", "07", "09", "30")),
        ("2024/5/7", ("2024", "5", "7", None, None)),
        ("日期：2024.05.07 周六", ("2024", "05", "07", None, None)),
        # a longer run of digits after the day is no date
        ("编号2024-05-071", None),
    ],
)
def test_gregorian_stamp(text: str, expected: tuple[str | None, ...] | None) -> None:
    m = GREGORIAN_STAMP.search(text)
    assert (m and (m["y"], m["m"], m["d"], m["H"], m["M"])) == expected
