"""Two days joined by `和` before the verb of holding (`两国外长8日和9日在首都举行了会晤`) are the days of one meeting held
over both: `date_text` as written (`8日和9日`), as a range `18日至19日` or a list `8日、9日` is kept whole; the date is the
first day where the year is known (GUIDELINES §3 date_text; thirty-fifth review round, 7 December 2026, fifth stop).
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import when


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社某地5月20日电两国外长8日和9日在首都举行了会晤，就边境问题交换了意见。", [(None, "8日和9日", None)]),
        ("本报北京1998年5月20日讯两国外长18日和19日在首都举行了会谈。", [("1998-05-18", "18日和19日", None)]),
        # near misses: a range as before; a 和 after the meeting's clause joins nothing to its day
        ("新华社某地5月20日电两党领导人18日至19日在首都举行了会晤，就局势进行了商讨。", [(None, "18日至19日", None)]),
        ("本报北京1998年5月20日讯18日，两党领导人在首都举行了会晤，和19日相比气氛更好。", [("1998-05-18", "18日", None)]),
    ],
)
def test_two_days_joined(extract_with_model, text: str, expected: list) -> None:
    assert when(extract_with_model(text)) == expected
