"""Praise of a show written before its bare generic noun (`丰富多彩的文艺晚会`, `精彩纷呈的联欢晚会`, `精彩的晚会`) is how it
went, no part of its name: the generic noun as written (`文艺晚会`), as `盛大宴会` gives `宴会` (GUIDELINES §3 name: "Without
a proper name, use the generic noun as written"; thirty-fifth review round, 7 December 2026, fifth stop). A kind word
that is part of the noun (`文艺晚会`, `联欢晚会`) stays. Invented sentences.
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社某地5月20日电春节当晚，连队在营区举行了丰富多彩的文艺晚会，战士们表演了节目。", ["文艺晚会"]),
        ("新华社某地5月20日电除夕晚，哨所官兵举行了精彩纷呈的联欢晚会。", ["联欢晚会"]),
        ("新华社某地5月20日电除夕晚，哨所官兵举行了精彩的晚会。", ["晚会"]),
        # near misses: no praise, the noun as written
        ("新华社某地5月20日电除夕晚，哨所官兵举行了文艺晚会，官兵演出了节目。", ["文艺晚会"]),
        ("新华社某地5月20日电除夕晚，哨所官兵举行了军民联欢晚会。", ["军民联欢晚会"]),
    ],
)
def test_praise_before_show_noun(extract_with_model, text: str, expected: list[str]) -> None:
    assert names(extract_with_model(text)) == expected
