"""A meeting referred back to, then its 由 agent, 在 and a place before the verb of holding (GUIDELINES §3 organizer and
location, thirty-seventh review round, like the cleft ``是省教育厅在江城召开的``): ``会议由省教育厅在江城召开`` names the
organizer ``省教育厅``, the place after 在 no part of it, and the venue ``江城``. A time after 在 is no venue; an agent with
no place stays as it was. Invented items.
"""

from __future__ import annotations

import pytest

_TOLD = "上月全省高校工作会议召开。"


@pytest.mark.parametrize(("text", "organizer", "location"), [
    (_TOLD + "会议由省教育厅在江城召开，研究了明年的工作。", "省教育厅", "江城"),
    (_TOLD + "会议由省教育厅在江城宾馆举办，研究了明年的工作。", "省教育厅", "江城宾馆"),
    (_TOLD + "会议由省教育厅和省财政厅在江城联合举办。", "省教育厅、省财政厅", "江城"),
    # near misses: no place, a time after 在
    (_TOLD + "会议由省教育厅召开，研究了明年的工作。", "省教育厅", None),
    (_TOLD + "会议由省教育厅在新年前夕召开，研究了明年的工作。", "省教育厅", None),
])
def test_organizer_agent_at_place_after_reference(extract, text: str, organizer: str, location: str | None) -> None:
    meetings = extract(text)["meetings"]
    assert [(m["organizer"], m["location"]) for m in meetings] == [(organizer, location)]
