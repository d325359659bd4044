"""A person named as the head of a group in ``以…为首的…`` (`以前外长王林为首的6名议员…表示`), the group the subject that
speaks, takes no role: the group speaks, the person is only named inside its attribute, as with ``由王林率领的考察团``
(GUIDELINES §4 thirty-eighth review round, 7 December 2026, eighth stop, after the thirty-seventh; from a recall read of
newspaper articles). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("江城议会大会今天举行。以前外长王林为首的6名议员在会上明确表示，将反对这一计划。", {}),
        ("江城议会大会今天举行。以王林为首的代表团在会上表示，将支持这一计划。", {}),
        # near misses: the person as the subject, or named as head after the remarks
        ("江城议会大会今天举行。前外长王林在会上明确表示，将反对这一计划。", {"王林": ("前外长", ("讲话",))}),
        ("江城议会大会今天举行。前外长王林在会上表示，他为首的议员将反对这一计划。", {"王林": ("前外长", ("讲话",))}),
    ],
)
def test_leader_named_with_weishou(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
