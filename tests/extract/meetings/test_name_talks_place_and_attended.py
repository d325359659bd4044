"""Names as written (GUIDELINES §3 name row; thirty-third review round, 7 December 2026, third stop):
- talks written as a verb after their place (`两国外长28日在巴黎会晤时`, `在北京会谈时`) are named by the talks' noun, the
  place no part of the name and its venue (twenty-third round: talks named without the parties, the place or 举行);
- a meeting attended and then an act after it (`参加了政府会议之后对新闻界…`, `出席了内阁会议后对记者说`) keeps its words
  before the head (`政府会议`, `内阁会议`), also beside talks told before it.
Near-misses: talks of their own kind (`在非正式会晤时`: no place) and a bare `会议` after 在 keep their names. Invented
sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def named_at(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("法俄反对动武，两国外长28日在巴黎会晤时已表示倾向于通过外交途径解决危机。", [("会晤", "巴黎")]),
        ("两国外长昨天在北京会谈时表示，愿意加强合作。", [("会谈", "北京")]),
        ("兩國外長28日在巴黎會晤時表示，將繼續磋商。", [("会晤", "巴黎")]),
        ("中美外长28日在日内瓦会晤后表示，双方立场接近。", [("会晤", "日内瓦")]),
        ("两国元首28日在克里姆林宫会晤时表示愿加强合作。", [("会晤", "克里姆林宫")]),
        # near-miss: a kind of talks, no place
        ("双方28日在非正式会晤时表示同意。", [("非正式会晤", None)]),
    ],
)
def test_talks_place_not_in_name(extract_with_model, body: str, expected: list) -> None:
    assert named_at(extract_with_model(page(body, "1998-01-29"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("韦德里纳28日参加了政府会议之后对新闻界公开批评了这番谈话。", ["政府会议"]),
        ("部长昨天出席了内阁会议后对记者说，政府将增加投入。", ["内阁会议"]),
        ("两国外长28日在巴黎举行会谈。韦德里纳28日参加了政府会议之后对新闻界公开批评了这番谈话。", ["会谈", "政府会议"]),
        ("两国外长28日在巴黎举行会谈。部长出席内阁会议后对记者说，政府将增加投入。", ["会谈", "内阁会议"]),
        ("总理28日主持了政府会议，讨论预算问题。", ["政府会议"]),
        # near-miss: a bare 会议 referred to after 在
        ("两国外长28日在巴黎举行会谈。部长在会议后对记者说，政府将增加投入。", ["会谈", "会议"]),
    ],
)
def test_attended_meeting_named_as_written(extract_with_model, body: str, expected: list) -> None:
    assert [m["name"] for m in extract_with_model(page(body, "1998-01-29"))["meetings"]] == expected
