"""A meeting the reporter learnt the news at, named after `从` with `上` and no verb of holding (`记者王某从全省林业工作会议上
获悉：…`), is held, and a day inside the news learnt (`…日前通过验收`) is none of its own; a press conference named before a
reporter's question quoted (`在今天下午的记者招待会上，有记者问：“…是什么？…”`) is held, the question asking nothing of the
narration (GUIDELINES §3 learnt-at rounds, base probes 记者招待会; thirty-sixth review round, 7 December 2026, sixth stop).
A body learnt from and a sentence that is itself a question give no record. Invented sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def brief(record: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["date"], m["date_text"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报北京1月13日讯记者王某从全省林业工作会议上获悉：我省造林工程日前通过验收。",
         [("全省林业工作会议", None, None)]),
        ("本报北京1月13日讯记者王某从全省林业工作会议上获悉：我省去年造林100万亩。",
         [("全省林业工作会议", None, None)]),
        ("本报北京1月13日讯记者王某从今天召开的全省林业工作会议上获悉：我省造林工程日前通过验收。",
         [("全省林业工作会议", None, "今天")]),
        ("本报北京1月13日讯记者王某从省林业厅获悉：我省去年造林100万亩。", []),
        ("本报北京1月13日讯记者王某从会议文件中获悉：我省去年造林100万亩。", []),
    ],
)
def test_learnt_at_meeting(extract_with_model: Callable[..., dict[str, Any]], text: str,
                           expected: list[tuple[str, str | None, str | None]]) -> None:
    assert brief(extract_with_model(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("外交部发言人谈外交工作重点\n新华社北京12月30日电外交部发言人王某今天下午在这里就外交工作的重点回答了记者的提问。\n"
         "在今天下午的记者招待会上，有记者问：“明年工作的重点是什么？将会有哪些举措？”\n王某回答：“我们将继续推行和平外交政策。”",
         ["记者招待会"]),
        ("本报讯在座谈会上，你有什么看法？", []),
    ],
)
def test_question_quoted_after_reference(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                         expected: list[str]) -> None:
    assert [m["name"] for m in extract_with_model(text)["meetings"]] == expected
