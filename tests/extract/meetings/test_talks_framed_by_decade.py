"""Talks or a call framed by a decade opening the sentence (`80年代初，某某在一次会见外宾时说`, `九十年代末，…会见了…`) are
remarks or deeds of another time relayed by a feature, no meeting named (GUIDELINES §4 thirty-first round, §3 thirty-fourth
round).  Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("80年代初，王市长在一次会见外宾时深有感触地说：“我们欢迎投资。”", []),
        ("90年代末，李省长在会见投资者时表示欢迎外商来访。", []),
        ("八十年代中期，赵部长会见了某国代表团。", []),
        ("70年代末期，钱总理在会见外国记者时指出，改革势在必行。", []),
        # near misses: a day of the page's time; a decade in an earlier sentence
        ("今天，王市长在会见外宾时说：“我们欢迎投资。”", [("会见", "2024-05-08", None)]),
        ("他回忆起80年代的情景。今天上午，市长会见了某国客人。", [("会见", "2024-05-08", None)]),
    ],
)
def test_talks_framed_by_decade_are_no_records(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
