"""A meeting named as the start of a period with ``自…召开之后`` (GUIDELINES §3 ninth review round: a meeting named as the
start of a period is recorded with no date of the clause; fortieth review round, from a fourth recall read of newspaper
articles).

``自`` opening the time phrase and ``之后``/``以后``/``后`` closing it after the verb of holding tell a period since the
meeting, as ``…召开以来`` does: the meeting is recorded, its name without ``自``; a day written inside the phrase before the
name or the verb is the meeting's own (``date_text``), no other day of the clause is. ``召开之后``/``召开以后`` read like
``召开后``. Near misses: ``以来`` and a plain ``…召开后`` keep their readings, and ``自治区`` opens a place's name, no time
phrase (nor do ``自然``, ``自贸``, ``自主``: words opening a name). Invented sentences only; the pages have no publication
date (§11).
"""

from __future__ import annotations

import pytest

_HEADLINE = "各地落实会议精神"


def _told(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["date_text"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the passive shape: 自 before the name, 之后/以后 after the verb
    ("本报讯 关于乡村文化的讨论，自全国乡村文化研讨会召开之后，有关讨论更加热烈。", [("全国乡村文化研讨会", None, None)]),
    ("本报讯 据了解，自2003年全国乡村文化研讨会召开以后，各地的研究持续升温。", [("2003年全国乡村文化研讨会", None, None)]),
    ("本报讯 据了解，自5月6日全省防汛工作会议召开之后，各地加固堤坝一千多处。", [("全省防汛工作会议", "5月6日", None)]),
    # the active shape: the day between 自 and the verb is the meeting's own; 自 is no part of the holder
    ("新华社北京3月8日电 记者了解到，自去年5月6日召开全省防汛工作电视电话会议之后，各地加固堤坝一千多处。",
     [("全省防汛工作电视电话会议", "去年5月6日", None)]),
    ("本报讯 据悉，自5月6日县委召开全县经济工作会议之后，各乡镇迅速行动。", [("全县经济工作会议", "5月6日", "县委")]),
    # near misses: 以来 and a plain 召开后 keep their readings
    ("本报讯 据了解，自5月6日全省防汛工作会议召开以来，各地加固堤坝一千多处。", [("全省防汛工作会议", "5月6日", None)]),
    ("本报讯 5月6日，全县经济工作会议召开后，各乡镇迅速行动。", [("全县经济工作会议", "5月6日", None)]),
    ("本报讯 5月6日，全县经济工作会议召开之后，各乡镇迅速行动。", [("全县经济工作会议", "5月6日", None)]),
    # 之后/以后 after an active name with no 自 before it: no period read, as before
    ("本报讯 首相塔帕在同外长马文举行会谈以后说，会谈富有成果。", []),
    # 自治区 opens a place's name: no time phrase, the clause's day stays
    ("本报讯 5月6日，自治区经济工作会议召开之后，各地迅速行动。", [("经济工作会议", "5月6日", "自治区")]),
    ("本报讯 5月6日，自治区经济工作会议召开以来，各地迅速行动。", [("经济工作会议", None, "自治区")]),
    # 自然, 自贸, 自主 open words of the name: no time phrase, the name keeps 自 and the clause's day
    ("本报讯 5月6日，自然资源工作会议召开后，各地迅速行动。", [("自然资源工作会议", "5月6日", None)]),
    ("本报讯 5月6日，自贸区建设推进大会召开之后，各地迅速行动。", [("自贸区建设推进大会", "5月6日", None)]),
    ("本报讯 5月6日，自主创新工作会议召开后，各地迅速行动。", [("自主创新工作会议", "5月6日", None)]),
    # (but 自 before 动员大会 opens the phrase)
    ("本报讯 据了解，自动员大会召开以来，各地迅速行动。", [("动员大会", None, None)]),
])
def test_meeting_since_held_after(extract, body, expected):
    assert _told(extract(f"{_HEADLINE}\n{body}\n")) == expected


@pytest.mark.parametrize(("body", "speakers"), [
    # the page's only meeting starts a period: views told on the page are made at none
    ("本报讯 自全国乡村文化研讨会召开之后，有关讨论更加热烈。江城大学教授王建国认为，乡村文化建设要重视传承。", []),
    ("本报讯 自全国乡村文化研讨会召开以来，有关讨论更加热烈。江城大学教授王建国认为，乡村文化建设要重视传承。", []),
    # near miss: a meeting the page reports held keeps its speaker
    ("本报讯 全国乡村文化研讨会5月6日在江城召开。江城大学教授王建国在会上说，乡村文化建设要重视传承。", ["王建国"]),
])
def test_no_speaker_at_period_start_only(extract, body, speakers):
    assert [s["name"] for s in extract(f"{_HEADLINE}\n{body}\n")["speakers"]] == speakers
