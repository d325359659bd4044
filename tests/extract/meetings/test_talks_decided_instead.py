"""A decision told in one clause and, in the next clause opening on `而`, the talks the subject means to hold instead
(`新任首相就职后决定暂不出访，而只在地区峰会上同邻国领导人会晤`) are still ahead: no record of the talks nor of the meeting named as
where they are to be held (GUIDELINES §3 "Not meetings: planned or future events"; meetings decided on, thirty-fourth
round; thirty-fifth review round, 7 December 2026, fifth stop). With no decision before (`没有出国，而在首都同…会晤`) the
talks are held. Invented sentences.
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    "text",
    [
        "新华社某地5月6日电新任首相就职后决定暂不出访，而只在地区峰会上分别同邻国领导人会晤。",
        "新华社某地5月6日电新总理打算暂不出访，而是在首都同各国外长会谈。",
    ],
)
def test_talks_decided_instead(extract_with_model, text: str) -> None:
    assert names(extract_with_model(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "新华社某地5月6日电新任首相就职后暂不出访，而在地区峰会上分别同邻国领导人会晤。",
        "新华社某地5月6日电新总理没有出国，而在首都同各国首脑会晤。",
    ],
)
def test_talks_without_decision_kept(extract_with_model, text: str) -> None:
    assert names(extract_with_model(text)) == ["会晤"]
