"""A headline's teaser or column label before its subject is no part of the organizer (invented dirty pages).  Invented headlines over ordinary bodies; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held

BODY = "\n2024-03-09 来源：临江县融媒体中心\n3月8日上午，2024年招商引资大会在县会议中心召开。\n"


@pytest.mark.parametrize(
    ("headline", "organizer"),
    [
        ("定了！临江县召开2024年招商引资大会", "临江县"),
        ("聚焦两会｜临江县召开2024年招商引资大会", "临江县"),
        ("【聚焦】临江县召开2024年招商引资大会", "临江县"),
        # 我县 after the teaser names no body (GUIDELINES §3)
        ("好消息！我县召开2024年招商引资大会", None),
        # no teaser: the headline's subject as before
        ("临江县召开2024年招商引资大会", "临江县"),
    ],
)
def test_a_teaser_before_the_headline_subject(extract, headline: str, organizer: str | None) -> None:
    assert held(extract(headline + BODY)) == [("2024年招商引资大会", "2024-03-08", organizer)]
