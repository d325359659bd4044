"""Two days of a meeting written in Chinese numerals (GUIDELINES §3 thirty-seventh review round, after the thirty-fifth):
``一月十七日、十八日`` and ``一月十七日和十八日`` are kept whole in ``date_text`` as ``1月17日、18日`` and ``1月17日和18日``
are, the first day being the ``date``. A single day and a range stay as they were. Invented items.
"""

from __future__ import annotations

import pytest

_SESSION = "江城自治区第九届人民代表大会第一次会议"


@pytest.mark.parametrize(("text", "date", "date_text"), [
    (_SESSION + "一月十七日、十八日选举张某为自治区主席。", "1998-01-17", "一月十七日、十八日"),
    (_SESSION + "一月十七日和十八日选举张某为自治区主席。", "1998-01-17", "一月十七日和十八日"),
    # the digit forms, read the same way
    (_SESSION + "1月17日、18日选举张某为自治区主席。", "1998-01-17", "1月17日、18日"),
    (_SESSION + "1月17日和18日选举张某为自治区主席。", "1998-01-17", "1月17日和18日"),
    # near misses: one day, a range
    (_SESSION + "一月十七日选举张某为自治区主席。", "1998-01-17", "一月十七日"),
    ("全省教育工作会议三月五日至六日在江城举行。", "1998-03-05", "三月五日至六日"),
])
def test_date_days_listed_in_numerals(extract, text: str, date: str, date_text: str) -> None:
    meetings = extract(text, published="1998-01-19")["meetings"]
    assert [(m["date"], m["date_text"]) for m in meetings] == [(date, date_text)]
