"""A meeting read only as this one (`这次会议于昨天在江城开幕`) right after a meeting of its kind named as the one a speech was
given at (`市长王林是在全市防汛工作会议的讲话中谈到…的`) is that meeting again, named as written there, with no demonstrative
(GUIDELINES §3 thirtieth round; thirty-seventh review round, 7 December 2026, seventh stop, from a recall read of newspaper
articles). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, date_text, location) of each meeting, in order."""
    return [(m["name"], m["date_text"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市长王林是在全市防汛工作会议的讲话中谈到这一措施的。这次会议于昨天在江城开幕。",
         [("全市防汛工作会议", "昨天", "江城")]),
        ("厅长赵刚是在全省教育工作会议的报告中提出这一目标的。这次会议于5月6日在滨海市召开。",
         [("全省教育工作会议", "5月6日", "滨海市")]),
    ],
)
def test_this_meeting_takes_name(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a meeting of another kind named before: not this one (大会 is no 会议)
        "市长王林是在全市防汛工作会议的讲话中谈到这一措施的。这次大会于昨天在江城开幕。",
        # named as the place of remarks without a speech of it (在…会议上谈到: read as before, by the held reading)
        "市长王林谈到这一措施。这次会议于昨天在江城开幕。",
    ],
)
def test_no_name_taken(extract_with_model, body: str) -> None:
    assert all(m["name"] != "全市防汛工作会议" for m in extract_with_model(page(body))["meetings"])
