"""A headquarters, an office or a centre joined to the post by `的` (`科考队指挥部的负责人`, `江城市救助中心的负责人`) is one title
chain as written, like `未来论坛理事会的轮值主席`; a locative description before it (`设在江城市的`, `位于江城市的`) is no part of
it, and a place come from (`来自…的`) leaves the post alone (GUIDELINES §4 thirtieth round, body joined to its post by 的;
thirty-seventh review round, 7 December 2026, seventh stop, from a recall read of newspaper articles). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4日下午，设在江城市的科考队指挥部的负责人王林在记者招待会上说，一切正常。",
         {"王林": ("科考队指挥部的负责人", ("讲话",))}),
        ("4日下午，科考队指挥部的负责人王林在记者招待会上说，一切正常。", {"王林": ("科考队指挥部的负责人", ("讲话",))}),
        ("4日下午，位于江城市的科考队指挥部的负责人王林在记者招待会上说，一切正常。",
         {"王林": ("科考队指挥部的负责人", ("讲话",))}),
        ("会上，江城市救助中心的负责人王林说，一切正常。", {"王林": ("江城市救助中心的负责人", ("讲话",))}),
        # a place come from: the post alone, as before
        ("4日下午，来自科考队指挥部的负责人王林在记者招待会上说，一切正常。", {"王林": ("负责人", ("讲话",))}),
    ],
)
def test_headquarters_chain(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
