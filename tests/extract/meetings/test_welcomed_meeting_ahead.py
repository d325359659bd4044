"""A meeting welcomed (`迎接`/`喜迎` … `召开` closing the clause: `全省上下迎接省第九次党代会胜利召开`) is still ahead,
no meeting held, so no record (GUIDELINES §3 planned meetings, fortieth review round, 8 December 2026, tenth stop).
A meeting held to welcome another, told in a clause of its own, stays. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import names, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # welcomed, ahead: none
        ("全省上下都在以实际行动迎接省第九次党代会胜利召开。", []),
        ("各地干部群众喜迎全国农业会议召开。", []),
        ("各地干部群众以优异成绩迎接全国农业会议的召开。", []),
        # near misses that must not change: a meeting held for it, or one held
        ("为迎接市第九次党代会胜利召开，县委召开了动员大会。", ["动员大会"]),
        ("江城农业会议今天在市里胜利召开。", ["江城农业会议"]),
    ],
)
def test_welcomed_meeting_is_no_record(extract, body: str, expected: list) -> None:
    assert names(extract(page(body))) == expected
