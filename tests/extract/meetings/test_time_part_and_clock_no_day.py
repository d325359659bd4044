"""The part of the day and a clock time opening a meeting's clause right before the verb of holding, with no day told
(`游客早早赶来，下午2时就举行了开幕式`), state its part of the day: `time_of_day` `下午`, `date` and `date_text` null
(GUIDELINES §3 time_of_day "when stated"; thirty-fifth review round, 7 December 2026, fifth stop). A clock time alone
(`1时30分举行`) gives none. Invented sentences.
"""

from __future__ import annotations

import pytest


def parts(record: dict) -> list[tuple[str | None, str | None]]:
    return [(m["date_text"], m["time_of_day"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报讯游客早早赶来，下午2时就举行了开幕式。", [(None, "下午")]),
        ("本报讯灯会如期开幕，晚上7时举行了开幕式。", [(None, "晚上")]),
        ("本报讯灯会如期开幕，上午9时30分举行了开幕式。", [(None, "上午")]),
        # near miss: a clock time alone
        ("本报讯灯会如期开幕，1时30分举行了开幕式。", [(None, None)]),
    ],
)
def test_part_and_clock_with_no_day(extract_with_model, text: str, expected: list) -> None:
    assert parts(extract_with_model(text)) == expected
