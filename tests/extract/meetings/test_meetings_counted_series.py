"""Meetings counted by a word of how many (`中纪委多次会议`, `省委几次工作会议`, `历次全会`, `两次经济工作会议`), not numbered, are
many meetings over time, a series: no meeting held (GUIDELINES §3 series and habitual meetings; thirty-first review round,
7 December 2026, first stop). A numbered session (`第二次全会`, `九届全国人大一次会议`, `省委二次全会`) is one meeting.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    "body",
    [
        "江泽民同志在中纪委多次会议上强调，党风问题关系党的生死存亡。",
        "市委书记在市委多次常委会上指出，要把群众利益放在首位。",
        "他在历次全会上都要求各级干部廉洁自律。",
        "王书记在省委几次工作会议上反复强调这一点。",
        "院长曾在数次座谈会上表示，要加强人才培养。",
        # the reference opening the sentence
        "在市政府多次常务会议上，市长都要求加快项目建设。",
        # Traditional script
        "江澤民同志在中紀委多次會議上強調，黨風問題關係黨的生死存亡。",
        "他在全省两次经济工作会议上都讲到这个问题。",
        "县长在县委屡次会议上要求做好防汛工作。",
    ],
)
def test_counted_meetings_give_no_record(extract_with_model, body: str) -> None:
    assert names(extract_with_model(page(body, "1998-01-15"))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("他在中纪委第二次全会上强调，党风问题关系党的生死存亡。", ["中纪委第二次全会"]),
        ("李鹏在九届全国人大一次会议上作政府工作报告。", ["九届全国人大一次会议"]),
        ("王书记在省委二次全会上强调这一点。", ["省委二次全会"]),
    ],
)
def test_numbered_session_kept(extract_with_model, body: str, expected: list) -> None:
    assert names(extract_with_model(page(body, "1998-01-15"))) == expected


def test_talks_held_several_times_on_a_trip_kept(extract_with_model) -> None:
    # talks told held with their count on one trip are one record (read on referred names only)
    body = "特使10日结束了为期4天的访问。他先后与甲国总理和乙国总统就安全合作等问题举行了数次会晤。"
    found = names(extract_with_model(page(body, "1998-01-12")))
    assert len(found) == 1 and found[0].endswith("会晤")
