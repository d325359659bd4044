"""A vague time written for the meeting itself right before its place or verb of holding (`连日来在京举行的…会议上`, `…会议最近在
北京召开`) under a newspaper dateline whose day the item writes nowhere else is kept as written, date null; a time in another
clause of the sentence (`在…会议上，局长介绍，上个月…`) is none (GUIDELINES §3: vague
times kept as written like `近日`, `最近`; thirty-third round, the dateline's day is the report's; thirty-eighth review round,
7 December 2026, eighth stop). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import when

_DATELINE = "会议综述\n本报北京１月１８日讯记者王某报道："


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("连日来在京举行的全国档案工作会议上，如何深化改革成为焦点。", [(None, "连日来", None)]),
        ("全国档案工作会议连日来在北京举行。", [(None, "连日来", None)]),
        ("全国档案工作会议最近在北京召开。", [(None, "最近", None)]),
        # a day of its own stays, read against the dateline's month
        ("全国档案工作会议１６日在北京召开。", [(None, "16日", None)]),
        # no time written for the meeting: the dateline's day is the report's, none
        ("在全国档案工作会议上，如何深化改革成为焦点。", [(None, None, None)]),
    ],
)
def test_vague_time_under_dateline(extract, body: str, expected: list) -> None:
    assert when(extract(_DATELINE + body + "\n")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 连日来 opening a clause of the account, no meeting's time
        ("连日来，各地纷纷召开座谈会。", [(None, None, None)]),
    ],
)
def test_stretch_of_account_names_no_time(extract, body: str, expected: list) -> None:
    assert when(extract(_DATELINE + body + "\n")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a period in a clause after the meeting's, told by a speaker: the time of what was said
        ("在全国档案工作会议上，局长介绍，上个月全国新建档案馆12座。", [(None, None, None)]),
        # a vague time of another event told in a later clause
        ("在全国档案工作会议上，局长指出，连日来在各省举行的业务培训效果很好。", [(None, None, None)]),
    ],
)
def test_time_in_another_clause_names_none(extract, body: str, expected: list) -> None:
    assert when(extract(_DATELINE + body + "\n")) == expected
