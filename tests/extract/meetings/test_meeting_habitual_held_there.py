"""A kind of event held the same way time after time (GUIDELINES §3: habitual ones; fortieth review round, tenth stop of
8 December 2026): a span opening the sentence (`从那时起`, `此后`, `从此`) or an every-word in the name (`每年的`, `历届`), then
`都`/`均`/`一直` before the place of holding (`从那时起，外国元首访华的欢迎仪式，都在广场举行`), is no meeting reported: no record.
Invented sentences; near misses (a day of its own, no 都, this year's event) stay."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(("text", "names"), [
    ("从那时起，外国元首访华的欢迎仪式，都在广场举行。", []),
    ("此后，每年的表彰大会都在县礼堂举行。", []),
    ("从此，村里的议事会都在祠堂召开。", []),
    ("历届理事会均在江城召开。", []),
    # near misses: a day of its own, no 都, this year's event
    ("5月8日，欢迎仪式在广场举行。", ["欢迎仪式"]),
    ("此后，表彰大会在县礼堂举行。", ["表彰大会"]),
    ("5月8日，今年的表彰大会都在县礼堂举行。", ["表彰大会"]),
])
def test_meeting_habitual_held_there(extract: Callable[..., dict[str, Any]], text: str, names: list[str]) -> None:
    assert [m["name"] for m in extract(text, published="2024-05-10")["meetings"]] == names
