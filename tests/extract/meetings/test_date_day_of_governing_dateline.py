"""A day alone that is the governing dateline's own day (`新华社某地1月3日电 … 3日在总统府举行记者招待会`) is that day, not
one in the month of a piece of history told between (`前国王1997年12月30日确定了继承人`); its year only as the text makes
it certain (GUIDELINES §11, §3 date; thirty-sixth review round, 7 December 2026, sixth stop). Another day keeps the
month of the full date told before it. Invented sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城1月3日电（记者王某）甲国总统李某3日晚发表声明。前国王1997年12月30日确定了继承人。这一声明引起反响。"
        "为此，李某3日在总统府举行记者招待会。",
        "新华社江城1月3日电（记者王某）前国王1997年12月30日确定了继承人。李某3日在总统府举行记者招待会。",
    ],
)
def test_dateline_day_not_history_month(extract_with_model: Callable[..., dict[str, Any]], text: str) -> None:
    meetings = extract_with_model(text)["meetings"]
    assert [m["date_text"] for m in meetings] == ["3日"]
    assert meetings[0]["date"] in (None, "1998-01-03")


def test_day_after_full_date_keeps_its_month(extract_with_model: Callable[..., dict[str, Any]]) -> None:
    text = "本报讯1997年12月28日，代表团抵达江城。30日上午，双方在江城宾馆举行会谈。"
    meetings = extract_with_model(text)["meetings"]
    assert [(m["date"], m["date_text"]) for m in meetings] == [("1997-12-30", "30日")]
