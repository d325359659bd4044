"""An event referred to with its venue written right before its name (`…参加了江城广场升国旗仪式`) and an event of that
name told held at another venue (`江城县在县政府广场举行升国旗仪式`) are two records, each held where it is told, when
neither venue is written inside the other (GUIDELINES §3, fortieth review round, 8 December 2026, tenth stop: each event
held is its own record). The same venue told again, or a mention naming no venue, stays one record. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import venues

_HEAD = "标题\n1998-01-01 来源：某网\n"
_HELD = "今日清晨，江城县在县政府广场隆重举行升国旗仪式。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two venues: two records
        ("清晨，来自各地的4万多人聚集到江城广场，参加了庄严的江城广场升国旗仪式。" + _HELD,
         [("升国旗仪式", "县政府广场"), ("江城广场升国旗仪式", None)]),
        # near misses that must not change: one venue, or none named, one record
        (_HELD + "4万多人参加了庄严的县政府广场升国旗仪式。", [("升国旗仪式", "县政府广场")]),
        (_HELD + "升国旗仪式在县政府广场举行。", [("升国旗仪式", "县政府广场")]),
        (_HELD + "县中学师生参加了升国旗仪式。", [("升国旗仪式", "县政府广场")]),
    ],
)
def test_same_name_at_other_venue_is_another_record(extract, body: str, expected: list) -> None:
    assert venues(extract(_HEAD + body + "\n")) == expected
