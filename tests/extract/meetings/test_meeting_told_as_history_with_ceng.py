"""An event of a past year told as history (GUIDELINES §3 thirty-eighth review round): a year opening the sentence, at
least two years before the publication's, then 曾/曾经 right before the verb of holding (``1950年，驻军曾在这里举行隆重仪式``)
tells a piece of a place's history, no meeting of the article's story: no record. The same event this year, last year,
with a day and no year, or with no 曾 stays. Invented items.
"""

from __future__ import annotations

import pytest

_PUBLISHED = "2024-05-08"


@pytest.mark.parametrize(("text", "names"), [
    ("1950年，驻军曾在这里举行隆重仪式，纪念牺牲的战友。", []),
    ("1950年3月，驻军曾经在这里举行隆重仪式。", []),
    ("早在1950年，省委曾在这里召开会议，研究剿匪工作。", []),
    # near misses: this year, last year, a day with no year, no 曾
    ("2024年4月，驻军曾在这里举行隆重仪式。", ["仪式"]),
    ("2023年，驻军曾在这里举行隆重仪式。", ["仪式"]),
    ("5月6日，驻军曾经在这里举行隆重仪式。", ["仪式"]),
    ("2024年5月6日，驻军在这里举行隆重仪式。", ["仪式"]),
])
def test_meeting_told_as_history_with_ceng(extract, text: str, names: list[str]) -> None:
    assert [m["name"] for m in extract(text, published=_PUBLISHED)["meetings"]] == names
