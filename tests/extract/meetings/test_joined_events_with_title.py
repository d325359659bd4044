"""Two events joined by one `和` that stands outside every book title and quote (`许某诞辰100周年纪念会和《许某文集》（三卷本）
首发式`) are two records, as when no title is written (`新品发布会和战略合作签约仪式`); a `和` inside a title or a quote
(`《论和平与发展》研讨会`, `“王林和他的时代”研讨会`) joins nothing. A commemorative meeting (`纪念会`) is a meeting noun of its
own, like `表彰会` (GUIDELINES §3 twelfth round: two events joined by 和; thirty-first review round, 7 December 2026,
first stop). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市作协和市文联近日共同举办王林诞辰100周年纪念会和《王林文集》（三卷本）首发式。",
         ["王林诞辰100周年纪念会", "《王林文集》（三卷本）首发式"]),
        ("5月6日，市文联举办王林作品研讨会和《王林文集》首发式。", ["王林作品研讨会", "《王林文集》首发式"]),
        ("5月6日，市文联举办王林诞辰100周年纪念会和《王林文集》首发式。", ["王林诞辰100周年纪念会", "《王林文集》首发式"]),
        ("5月6日，市妇联举办“和谐家庭”座谈会和新书首发式。", ["“和谐家庭”座谈会", "新书首发式"]),
        # Traditional script
        ("5月6日，市文联举办王林诞辰100周年纪念會和《王林文集》首發式。", ["王林诞辰100周年纪念会", "《王林文集》首发式"]),
        # no title (as before)
        ("5月6日，市文联举办王林作品研讨会和新书首发式。", ["王林作品研讨会", "新书首发式"]),
    ],
)
def test_two_events_joined_outside_titles(extract_with_model, body: str, expected: list) -> None:
    assert names(extract_with_model(page(body, "1998-01-17"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市文联举办《论和平与发展》研讨会。", ["《论和平与发展》研讨会"]),
        ("5月6日，市文联举办“王林和他的时代”研讨会。", ["“王林和他的时代”研讨会"]),
    ],
)
def test_and_inside_title_joins_nothing(extract_with_model, body: str, expected: list) -> None:
    assert names(extract_with_model(page(body, "1998-01-17"))) == expected
