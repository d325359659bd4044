"""Words framed at a wider meeting (`在全市会议上强调`) whose spirit the page has told as relayed (`会议传达了全市统战部长会议
精神`) were spoken there, not at this meeting: remarks relayed, no speaker (GUIDELINES §4 thirty-second review round, second
stop of 7 December 2026, as the relayed address quoted on reads). Invented sentences; near misses keep the speaker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

H = "座谈会8日召开。"

RELAYED = [
    (H + "会议传达了全市统战部长会议精神。市委常委、统战部长孔立辉在全市会议上强调，要把队伍建设作为基础性工作来抓。", "孔立辉"),
    (H + "会议传达了全省教育工作会议精神。省教育厅厅长王明在全省会议上指出，要办好人民满意的教育。", "王明"),
    (H + "会议传达学习了全国安全生产电视电话会议精神。应急管理部部长李强在全国会议上要求，要压实安全责任。", "李强"),
    (H + "會議傳達了全市統戰部長會議精神。市委常委、統戰部長孔立輝在全市會議上強調，要抓好隊伍建設。", "孔立辉"),
    (H + "会议传达了全县经济工作会议精神。县委书记赵刚此前在全县大会上强调，要稳增长。", "赵刚"),
]

KEPT = [
    # nothing relayed: the wider meeting is the one told
    ("全市统战部长会议8日召开。市委常委、统战部长孔立辉在全市会议上强调，要抓好队伍建设。", "孔立辉", ["讲话"]),
    # relayed, but the words are framed at this meeting
    (H + "会议传达了全市统战部长会议精神。区委书记周平在会上强调，要抓好贯彻落实。", "周平", ["讲话"]),
    # another level relayed than the one framed
    (H + "会议传达了全省统战工作会议精神。市委常委、统战部长孔立辉在全市会议上强调，要抓好队伍建设。", "孔立辉", ["讲话"]),
]


@pytest.mark.parametrize(("text", "name"), RELAYED)
def test_relayed_wider_meeting_gives_no_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                name: str) -> None:
    names = {s["name"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert name not in names


@pytest.mark.parametrize(("text", "name", "roles"), KEPT)
def test_speaker_kept(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str, roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers.get(name) == roles
