"""The holder of the occasion named inside the subject's frame (…在中国驻南非研究中心主任王建华举行的招待会上发表讲话, 在由市委
书记李强举办的欢迎宴会上先后致辞) holds the reception and is no speaker by it; the act after the frame is the subject's
(GUIDELINES §4 not speakers: people merely mentioned; thirty-third review round). One who chairs it (在…王芳主持召开的座谈会上)
takes 主持 only; the holder's own words later keep their role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("本报约翰内斯堡12月30日电 国务院副总理李明和南非外交部长恩科西30日在中国驻南非研究中心主任王建华举行的招待会上发表讲话，"
     "高度评价两国建交的意义。", {"李明": ["讲话"], "恩科西": ["讲话"]}),
    ("本报北京1月5日讯 外交部长陈刚5日在日本驻华大使田中一郎举行的新年招待会上致辞。", {"陈刚": ["致辞"]}),
    ("本报北京1月5日讯 市长陈刚在市政协主席王芳主持召开的座谈会上讲话。", {"陈刚": ["讲话"], "王芳": ["主持"]}),
    ("本报北京1月5日讯 市长陈刚和副市长王芳在由市委书记李强举办的欢迎宴会上先后致辞。", {"陈刚": ["致辞"], "王芳": ["致辞"]}),
    # the holder's own act told in a sentence of its own keeps its role
    ("本报北京1月5日讯 校长陈刚在董事长王芳举行的招待会上讲话。王芳向来宾表示欢迎。", {"陈刚": ["讲话"], "王芳": ["致辞"]}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_occasion_holder_in_frame(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                  expected: dict[str, list[str]]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-06")["speakers"]}
    assert speakers == expected
