"""A surname-and-post reference told with an adverb of manner and a joined clause of remarks (invented pages).

GUIDELINES §4, thirty-first review round (7 December 2026, first stop): after a surname-and-post reference to one named
before (`张书记` after `县委书记张建国`), an adverb of manner (`充分`, `高度`, `全面`) is no given name, and a clause assessing
the work (`充分肯定了…`, `高度评价了…`) joined by `并`/`同时` to remarks or demands (`并指出，…`, `并提出三点要求`) makes them
the reference's: 讲话, as in its own clause (`张书记强调`); a hope set before a body (`张书记希望各乡镇…`) is 讲话 too
(twentieth round).  Near miss: the reference in a narrative with no remarks gives no speaker.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_HEAD = "5月7日，县委召开经济工作会议，县委书记张建国、县长王芳出席会议。\n"


@pytest.mark.parametrize(("tail", "name", "roles"), [
    ("张书记充分肯定了过去一年的工作，并提出三点要求。", "张建国", ("讲话",)),
    ("王县长高度评价了全县的工作成效，并指出，要抓好落实。", "王芳", ("讲话",)),
    ("张书记充分肯定了全县的工作成效，同时强调，要守住安全底线。", "张建国", ("讲话",)),
    ("王縣長高度評價了全縣的工作成效，並強調要抓好落實。", "王芳", ("讲话",)),
    ("张书记在讲话中充分肯定了全县的工作。", "张建国", ("讲话",)),
    ("张书记希望各乡镇抓好落实。", "张建国", ("讲话",)),
    ("张书记全面总结了去年工作，强调要抓好落实。", "张建国", ("作报告", "讲话")),
])
def test_reference_goes_on(extract, tail, name, roles):
    found = speakers(extract(page(_HEAD + tail)))
    assert found[name][1] == roles
    assert not any(n in found for n in ("充分", "高度", "全面"))


def test_reference_in_narrative_no_speaker(extract):
    found = speakers(extract(page(_HEAD + "会前，张书记充分了解了各乡镇的情况。")))
    assert found == {}
