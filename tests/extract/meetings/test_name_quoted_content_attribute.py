"""The content of a meeting written before its name with `为主要内容的` (`…研究“两个转变”、“三项改革”为主要内容的全省建材
工作会议`) is no part of the name, also with short quoted words inside it and its clause cut at a comma before
(GUIDELINES §3 twelfth and twenty-sixth rounds; thirty-fifth review round, 7 December 2026, fifth stop). Invented
sentences.
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报讯以贯彻全会精神，重点研究“两个转变”、“三项改革”为主要内容的全省建材工作会议，5月12日在江城召开。",
         ["全省建材工作会议"]),
        ("本报讯以落实“三个到位”为重点的全市安全生产会议5月12日在江城召开。", ["全市安全生产会议"]),
        # near misses: no quoted words, as before; a quoted name kept
        ("本报讯以贯彻全会精神，重点研究两个转变为主要内容的全省建材工作会议，5月12日在江城召开。", ["全省建材工作会议"]),
        ("本报讯全省“三项改革”工作会议5月12日在江城召开。", ["全省“三项改革”工作会议"]),
        # a body before 以 holds the meeting: only the theme goes
        ("本报讯近日，江城集团以“智慧城市”为主题的合作伙伴大会在杭州召开。", ["合作伙伴大会"]),
    ],
)
def test_quoted_content_attribute(extract_with_model, text: str, expected: list[str]) -> None:
    assert names(extract_with_model(text)) == expected
