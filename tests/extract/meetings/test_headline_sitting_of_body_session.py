"""A headline telling someone attending a bare opening or closing sitting (`王明出席闭幕会议并讲话`), with no day of its
own, over a body that tells the session closing, is a part of that session: no record of its own beside the body's
meeting (GUIDELINES §3 nineteenth and twenty-first rounds; fortieth review round, 8 December 2026, tenth stop).
Invented pages.
"""

from __future__ import annotations

import pytest

from tests.extract.views import names

_BODY = ("新华社江城1月22日电 江城市政协常委会第十次会议今天下午在江城闭幕。市政协主席王明出席会议并讲话。\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline's sitting is the body's session closing: one record
        ("王明出席闭幕会议并讲话\n" + _BODY, ["江城市政协常委会第十次会议"]),
        ("王明出席开幕会并讲话\n" + _BODY, ["江城市政协常委会第十次会议"]),
        # near miss that must not change: the body alone
        ("江城市政协常委会议闭幕\n" + _BODY, ["江城市政协常委会第十次会议"]),
    ],
)
def test_headline_sitting_joins_the_body_session(extract, text: str, expected: list) -> None:
    assert names(extract(text)) == expected
