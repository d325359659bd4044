"""Talks told in a sentence opening on 访问期间, right after the sentence of the same paragraph that tells the guest's
arrival at a place for the visit (`李明是9日抵达东京进行为期五天的访问的。访问期间，他同…进行了会谈`), are held at the
place arrived at, as talks by a guest the text places on a visit are (GUIDELINES §3 location, thirty-eighth review
round, 7 December 2026, eighth stop, from the third newspaper batch's tuning articles). Invented sentences; the near
misses (no visit told, an arrival with no visit, a paragraph between) keep no venue."""

from __future__ import annotations

import pytest

from tests.extract.views import page, venues


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("李明是9日抵达东京进行为期五天的访问的。访问期间，他同财政部长赵刚就双边关系进行了会谈。", [("会谈", "东京")]),
        ("李明是9日抵达东京进行为期五天的访问的。访问期间，他分别同财政部长赵刚和外交部长孙强就双边关系进行了会谈。",
         [("会谈", "东京"), ("会谈", "东京")]),
        ("总理李明8日飞抵开罗开始正式访问。在埃及访问期间，他同埃及总统赵刚举行了会谈。", [("会谈", "开罗")]),
        # near misses: no visit told before, an arrival told with no visit, the arrival in another paragraph
        ("访问期间，他同财政部长赵刚进行了会谈。", [("会谈", None)]),
        ("李明是9日抵达东京的。访问期间，他同财政部长赵刚进行了会谈。", [("会谈", None)]),
        ("李明是9日抵达东京进行访问的。\n访问期间，他同财政部长赵刚进行了会谈。", [("会谈", None)]),
    ],
)
def test_talks_during_visit_told_before(extract, body: str, expected: list) -> None:
    assert venues(extract(page(body))) == expected
