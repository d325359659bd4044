"""An adoption note in brackets under a list's headline that opens on how many the list names (`（共120人2007年6月29日…
常务委员会第23次会议通过）`) tells the session held on its day (GUIDELINES §3 twenty-eighth round); the count, like the
date, is no part of the session's name (twenty-sixth round: a name holds no clause around it; thirty-fifth review
round, 7 December 2026, fifth stop). Invented lists.
"""

from __future__ import annotations

import pytest

_NAMES = "、".join("王" + c + "某" for c in "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥")


def _list(note: str) -> str:
    return f"江城市政协第九届委员会委员名单\n{note}\n中国共产党（32人）\n{_NAMES}\n"


@pytest.mark.parametrize(
    "note",
    [
        "（共120人2007年6月29日政协第八届江城市委员会常务委员会第23次会议通过）",
        "（共86名2007年6月29日政协第八届江城市委员会常务委员会第23次会议通过）",
        # near miss: no count, as before
        "（2007年6月29日政协第八届江城市委员会常务委员会第23次会议通过）",
    ],
)
def test_count_before_adoption_date(extract_with_model, note: str) -> None:
    meetings = extract_with_model(_list(note))["meetings"]
    assert [(m["name"], m["date"]) for m in meetings] == [("政协第八届江城市委员会常务委员会第23次会议", "2007-06-29")]
