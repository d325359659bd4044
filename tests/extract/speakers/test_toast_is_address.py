"""A toast at a banquet or reception is an address of wishes: 致辞, not 讲话 — raising the glass (举杯, 祝酒) and words
that only propose a toast (“为…干杯！”) (GUIDELINES §4 thirty-first review round, as 在祝酒时说 in the thirtieth).
Other remarks at the banquet stay 讲话."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("当晚，市长王强为代表团举行酒会，李明站起来提议：“为两国友谊干杯！”", "李明", ["致辞"]),
    ("市长王强在欢迎宴会上举杯说：“为我们的合作干杯！”", "王强", ["致辞"]),
    ("宴会上，市长王强举杯祝愿两国友谊万古长青。", "王强", ["致辞"]),
    ("宴会上，市长王强笑着对客人说：“我们共同为友谊干杯！”", "王强", ["致辞"]),
    ("招待会上，大使王强举杯祝酒，祝愿祖国繁荣昌盛。", "王强", ["致辞"]),
    ("酒会上，市長王強舉杯說：“為我們的合作乾杯！”", "王强", ["致辞"]),
    # near-miss: remarks at the banquet that propose no toast
    ("宴会上，市长王强说，两国合作前景广阔，要加强交流。", "王强", ["讲话"]),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_toast_is_an_address_of_wishes(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                       roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert speakers.get(name) == roles
