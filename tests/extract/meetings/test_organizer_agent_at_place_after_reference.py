"""A meeting referred back to in a later sentence, then its 由 agent, 在 and a place before the verb of holding (GUIDELINES
§3 organizer and location, thirty-eighth review round, like the cleft ``是省教育厅在江城召开的``): ``会议由省教育厅在江城召开``
names the organizer ``省教育厅``, the place after 在 no part of it, and the venue ``江城``. A time after 在 is no venue; an
agent with no place, a chair (``由…主持召开``) and an attributive ``由…主办的…在…举办`` stay as they were. Invented items.
"""

from __future__ import annotations

import pytest

_TOLD = "全省林业工作会议上月召开。"


@pytest.mark.parametrize(("text", "organizer", "location"), [
    (_TOLD + "会议由省林业厅在江城召开，部署了明年的工作。", "省林业厅", "江城"),
    (_TOLD + "本次会议由省林业厅在江城宾馆举行。", "省林业厅", "江城宾馆"),
    (_TOLD + "这次会议由省林业厅在山城举办。", "省林业厅", "山城"),
    (_TOLD + "会议由省林业厅和省财政厅在江城联合举办。", "省林业厅、省财政厅", "江城"),
    # near misses: a time after 在, no place, a chair, an attributive hosted shape
    (_TOLD + "会议由省林业厅在新年前夕召开，部署了明年的工作。", "省林业厅", None),
    (_TOLD + "会议由省林业厅主办，部署了明年的工作。", "省林业厅", None),
    (_TOLD + "会议由副省长王林在江城主持召开。", None, None),
])
def test_organizer_agent_at_place_after_reference(extract, text: str, organizer: str | None,
                                                  location: str | None) -> None:
    meetings = extract(text)["meetings"]
    assert [(m["organizer"], m["location"]) for m in meetings] == [(organizer, location)]
