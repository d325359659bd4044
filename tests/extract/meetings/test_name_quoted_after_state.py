"""A state written before a meeting's name quoted whole (`某国“全国和解会议”…举行`) holds it: the name without the marks and
without the state, never a half quote left in it, as `江城市“…论坛”` (GUIDELINES §3 eighth and thirty-fourth rounds); words
naming no one state (`邻国`, `两国`) hold nothing.  Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("丹国“全国和解会议”5月6日在首都举行。", [("全国和解会议", "2024-05-06", "丹国")]),
        ("5月6日，沙国“全国对话大会”在首都开幕。", [("全国对话大会", "2024-05-06", "沙国")]),
        # near misses: a city before the quote (read already); no one state; an edition before the quote
        ("5月6日，江城市“全民健身论坛”在体育中心举行。", [("全民健身论坛", "2024-05-06", "江城市")]),
        ("5月6日，第五届“青年学者论坛”在江城大学举行。", [("第五届“青年学者论坛”", "2024-05-06", None)]),
    ],
)
def test_state_before_quoted_name_holds_it(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
