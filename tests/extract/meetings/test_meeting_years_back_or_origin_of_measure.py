"""A meeting named only as a point years back or as the origin of a measure is no event reported (GUIDELINES §3 "Not
meetings"; thirty-third round: the origin of a plan, whatever the verb of making it, or how far back it goes; thirty-
fifth review round, 7 December 2026, fifth stop): a cleft `是在` before a time years back (`我头一回唱起这支曲子，是在八年前的
一场迎春联欢会上`), and one meeting of a year long past picked out by `一次` where a measure was put forward (`1985年的一次
警民座谈会上，派出所所长提出了…措施`): no record. A meeting of last year told so, or a past meeting with its day, stays.
Invented sentences.
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    "text",
    [
        "本报讯我头一回唱起这支曲子，是在八年前的一场迎春联欢会上。那年我刚进厂。",
        "本报讯我第一次见到他，是在十多年前的一次座谈会上。",
        "本报讯这项服务已坚持了十多年。1985年的一次警民座谈会上，派出所所长提出了“民警进社区”的便民措施。此后，民警天天进社区。",
    ],
)
def test_point_years_back_or_origin(extract_with_model, text: str) -> None:
    assert names(extract_with_model(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报讯我第一次见到他，是在5月6日的全省劳模表彰大会上。", ["全省劳模表彰大会"]),
        ("本报讯1997年的一次军民座谈会上，车站领导讲了话。", ["军民座谈会"]),
        ("本报讯1997年5月6日的军民座谈会上，车站领导提出了拥军举措。", ["军民座谈会"]),
    ],
)
def test_other_past_meetings_kept(extract_with_model, text: str, expected: list[str]) -> None:
    assert names(extract_with_model(text)) == expected
