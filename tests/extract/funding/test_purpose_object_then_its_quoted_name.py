"""An act's object, then its own name in quote marks with the same head closing the purpose (GUIDELINES §6 purpose,
thirty-eighth review round): ``援建一所希望学校『明德希望学校』`` restates the school told, an apposition, so the purpose stops
at the object (``援建一所希望学校``), the dropped marks never gluing the name onto it. A quoted name that is the object itself
(``援建“明德希望学校”``), or of another head (``设立“明德奖学金”``), is read as before, its marks dropped. Invented items.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "purpose"), [
    ("华信集团捐资五十万元在县城援建一所希望学校『明德希望学校』，并捐赠图书。", "援建一所希望学校"),
    ("华信集团捐资五十万元援建一座图书馆“明德图书馆”。", "援建一座图书馆"),
    ("华信集团捐资五十万元新建一所小学「江城实验小学」。", "新建一所小学"),
    # near misses: the quoted name is the object, another head
    ("华信集团捐资五十万元援建“明德希望学校”。", "援建明德希望学校"),
    ("华信集团捐资五十万元设立“明德奖学金”。", "设立明德奖学金"),
])
def test_purpose_object_then_its_quoted_name(extract, text: str, purpose: str) -> None:
    funding = extract(text)["funding"]
    assert [f["purpose"] for f in funding] == [purpose]
