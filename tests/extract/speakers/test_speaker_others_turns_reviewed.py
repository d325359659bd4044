"""Others' turns reviewed one by one with a bare adverb and verb (invented pages).

GUIDELINES §4, twenty-first review round (`董事长甲对乙、丙的述职进行了点评`: the reviewer takes 点评 only) and thirty-first
review round (7 December 2026, first stop): the 发言 or 述职 named as the object of `对` before a bare review verb after an
adverb of going through them (`对各村发言一一点评`, `对各支部书记述职逐一讲评`, `分别点评`) are others' turns, no 发言 or
述职 of the reviewer's.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize("body", [
    "5月7日，镇党委召开党建交流会，镇党委书记马骏对各村发言一一点评。",
    "5月7日，镇党委召开党建交流会，镇党委书记马骏对各支部书记发言逐一点评。",
    "5月7日，镇党委召开述职评议会，镇党委书记马骏对各村书记述职情况一一点评。",
    "5月7日，镇党委召开述职评议会，镇党委书记马骏对各支部书记述职逐一讲评。",
    "5月7日，镇党委召开党建交流会，镇党委书记马骏对各村发言分别点评。",
    "5月7日，鎮黨委召開黨建交流會，鎮黨委書記馬駿對各村發言一一點評。",
    "5月7日，镇党委召开党建交流会，镇党委书记马骏对各村发言逐一作了点评。",
])
def test_reviewer_takes_review_only(extract, body):
    assert speakers(extract(page(body)))["马骏"] == ("镇党委书记", ("点评",))


def test_those_reviewed_keep_their_turns(extract):
    body = "5月7日，镇党委召开党建交流会，城关村党支部书记李明、河口村党支部书记王芳先后发言，镇党委书记马骏对各村发言一一点评。"
    found = speakers(extract(page(body)))
    assert found["李明"][1] == ("发言",)
    assert found["王芳"][1] == ("发言",)
    assert found["马骏"] == ("镇党委书记", ("点评",))
