"""Meetings named only as the source of a decision or of earlier words, or as a memory years back, and editions counted
after a scope, are no event reported (GUIDELINES §3 "Not meetings", eighth and thirty-third rounds; thirty-sixth review
round, 7 December 2026, sixth stop): a session as the agent in a cleft `是由…决定的` (`这次灯会是由市政府常务会议决定的`);
a session where the writer `曾经讲过` something; a time years back as the clause before one meeting picked out by
`一个`/`一次` (`记得几年前，在一个座谈会上，…`); a count of editions between a scope and the noun (`参加了全国三届票友会`).
A session deciding as the subject, a meeting with its day, one edition and a term before its body stay. Invented
sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def names(record: dict[str, Any]) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    "text",
    [
        "本报讯这次灯会是由江城市政府常务会议决定的，经费由企业赞助。",
        "本报讯这次灯会是由江城市政府常务会议研究决定的，群众可以就近观看。",
        "本报讯同志们！我在第一次常委会议上曾经讲过，我们是为了共同目标走到一起的。",
        "本报讯同志们！我在县政协常委会议上曾讲过，团结就是力量。",
        "本报讯有几件事情能说明问题。记得几年前，在一个座谈会上，讨论工业为什么发展不起来。有位同志说了一句话。",
        "本报讯有几件事能说明问题。十多年前，在一次研讨会上，大家争论农业的出路。",
        "本报讯老人组织了业余剧团。他们的代表参加了全国三届票友会。",
        "本报讯剧团还参加了全省五届戏曲汇演，他们的代表参加了全国两届票友会。",
    ],
)
def test_source_memory_or_series_no_record(extract_with_model: Callable[..., dict[str, Any]], text: str) -> None:
    assert names(extract_with_model(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报讯市政府常务会议决定，今年举办灯会。", ["市政府常务会议"]),
        ("本报讯有几件事情能说明问题。5月6日，在一个座谈会上，王某说了一句话。", ["座谈会"]),
        ("本报讯他们的代表参加了全国第三届票友会。", ["全国第三届票友会"]),
        ("本报讯代表们出席了九届全国人大一次会议。", ["九届全国人大一次会议"]),
    ],
)
def test_meetings_held_kept(extract_with_model: Callable[..., dict[str, Any]], text: str, expected: list[str]) -> None:
    assert names(extract_with_model(text)) == expected
