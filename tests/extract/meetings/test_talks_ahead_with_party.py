"""Talks told with `将` before the party they are to be held with (`将同他就…问题进行会谈`, `还将与对方举行会晤`) are
still ahead, however long the matter between the party and the verb: planned, no record (GUIDELINES §3 "Not meetings:
planned or future events"; thirty-fifth review round, 7 December 2026, fifth stop). The same talks told without `将`
are held; `将与会者…` (`与会`: the attendees) plans no talks. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    "body",
    [
        "据悉，来宾明天抵达江城，李某部长将同对方就扩大双边贸易和其他共同关心的问题进行会谈。",
        "王某明天将同对方进行会谈。",
        "李某还将与该国总理就地区局势举行会晤。",
        "代表团将分别同两国外长进行会谈。",
        "张某将跟对方就边界问题进行新一轮磋商。",
    ],
)
def test_talks_ahead_give_no_record(extract_with_model, body: str) -> None:
    assert names(extract_with_model(page(body, "1998-01-15"))) == []


@pytest.mark.parametrize(
    "body",
    [
        "李某部长今天同对方就扩大双边贸易和其他共同关心的问题进行了会谈。",
        "李某昨天与该国总理就地区局势举行会晤。",
        "王某上午同对方进行了会谈，随后将与会者分组讨论。",
    ],
)
def test_talks_held_kept(extract_with_model, body: str) -> None:
    assert len(names(extract_with_model(page(body, "1998-01-15")))) == 1
