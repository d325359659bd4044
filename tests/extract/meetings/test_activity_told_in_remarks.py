"""An activity told inside the words a verb of saying opened in its sentence (`局长致辞时表示，…深入社区及学校举办艺术活动`) is
what the speaker speaks of, not the event the words were given at: the address beside it makes no ceremony of a bare
`活动` (GUIDELINES §3 fortieth review round, tenth stop of 8 December 2026). Invented sentences; near misses (the activity
placed now, the address told at the activity held) stay."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("局长王明致辞时表示，计划推行以来，已培训逾2000名义工，深入社区及学校举办艺术活动。", []),
    ("局长王明致辞时表示，协会举办了读书活动。", []),
    ("局长王明在致辞中说：“协会每年举办读书活动。”", []),
    # near misses: the activity placed now by the words, the address told at the activity held
    ("局长王明致辞时表示，今天举办读书活动，是为了推广阅读。", ["读书活动"]),
    ("5月8日，协会举办读书活动，局长王明致辞。", ["读书活动"]),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_activity_told_in_remarks(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                  names: list[str]) -> None:
    assert [m["name"] for m in extract_with_model(text, "2024-05-10")["meetings"]] == names
