"""`最近` right before the place of holding (`…研讨会最近在北京举行`) is a vague day, as `最近` right before the verb and
`近日` are: `date` null, `date_text` `最近` (GUIDELINES §3 twenty-sixth round; thirty-fifth review round, 7 December
2026, fifth stop). `最近` that is not the meeting's time (`最近的调查`, `最近一次`) is not read. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import when


@pytest.mark.parametrize(
    "text",
    [
        "本报讯江城发展战略研讨会最近在北京举行。与会者就发展问题进行了研讨。",
        "本报讯『江城发展战略研讨会』最近在北京举行。与会者进行了研讨。",
        "本报讯全省水利工作会议最近在江城召开，与会者交流了经验。",
    ],
)
def test_lately_before_place_is_vague_day(extract_with_model, text: str) -> None:
    assert when(extract_with_model(text)) == [(None, "最近", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of its own wins; a later 最近 of another clause is not the meeting's
        ("本报讯江城发展战略研讨会5月6日在北京举行。最近在北京的调查显示，活动很多。", [(None, "5月6日", None)]),
        # 最近 as a stretch of time, no day of holding
        ("本报讯江城发展战略研讨会最近几年在北京举行。与会者进行了研讨。", [(None, None, None)]),
    ],
)
def test_other_days_unchanged(extract_with_model, text: str, expected: list) -> None:
    assert when(extract_with_model(text)) == expected
