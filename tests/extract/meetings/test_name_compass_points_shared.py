"""Compass points listed before the `部` they share (`东、西部非洲合作论坛`) name one region: the name is one meeting's, no
list of events, and the body's own form names the meeting over a headline's short form (`东西非合作论坛`; GUIDELINES
§3 thirty-second round; thirty-fifth review round, 7 December 2026, fifth stop). Invented sentences.
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("东西非合作论坛闭幕\n据新华社某地1月24日电（记者某）为期三天的东、西部非洲合作论坛今天在这里闭幕，与会各国代表讨论了"
         "地区贸易问题。", ["东、西部非洲合作论坛"]),
        ("据新华社某地1月24日电（记者某）南、北部美洲合作论坛今天在这里开幕。", ["南、北部美洲合作论坛"]),
        # near miss: one compass point, as before
        ("据新华社某地1月24日电（记者某）为期两天的东部非洲领导人论坛会今天在这里闭幕，与会的12国领导人商讨了发展战略。",
         ["东部非洲领导人论坛会"]),
    ],
)
def test_compass_points_shared(extract_with_model, text: str, expected: list[str]) -> None:
    assert names(extract_with_model(text)) == expected
