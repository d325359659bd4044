"""A meeting told by its end on a day, then referred to again by the attribute of its hosts with its first day
(GUIDELINES §3 date, thirty-eighth review round: a meeting of several days has its first day as ``date``; only one told by
its end with no first day written is dated by that end): ``培训班20日在江城结束。…由甲和乙于本月12日开始在江城联合举办的这个
培训班…`` is dated by ``本月12日``. An attribute of another event, one with no first day, or one two paragraphs on leaves the
end's day. Invented items.
"""

from __future__ import annotations

import pytest

_ENDED = "全省乡镇干部培训班3月20日在江城结束。学员们表示收获很大。"


@pytest.mark.parametrize(("text", "date", "date_text"), [
    (_ENDED + "\n由省委组织部和省农业厅于本月12日开始在江城联合举办的这个培训班，共有学员80人。",
     "2024-03-12", "本月12日"),
    (_ENDED + "由省委组织部于3月12日起举办的这期培训班，共有学员80人。", "2024-03-12", "3月12日"),
    # near misses: another event's attribute, no first day, a paragraph too far
    (_ENDED + "\n由省委组织部于本月12日开始举办的这次展览，共有观众800人。", "2024-03-20", "3月20日"),
    (_ENDED + "\n由省委组织部和省农业厅联合举办的这个培训班，共有学员80人。", "2024-03-20", "3月20日"),
    (_ENDED + "\n学员来自各县。\n由省委组织部于本月12日开始举办的这个培训班，共有学员80人。", "2024-03-20", "3月20日"),
])
def test_date_first_day_after_ending(extract, text: str, date: str, date_text: str) -> None:
    meetings = extract(text, published="2024-03-22")["meetings"]
    assert [(m["date"], m["date_text"]) for m in meetings][:1] == [(date, date_text)]
