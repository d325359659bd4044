"""A body written in full before an event's name that opens on the body's Latin short form (`某国国家卫生研究院NHI听证会在…
召开`) holds it, the name without it (`NHI听证会`), as a body before an edition or a year is split off (GUIDELINES §3 eighth
and thirty-fourth rounds).  Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，某国国家卫生研究院NHI听证会在某州某市召开。", [("NHI听证会", "2024-05-06", "某国国家卫生研究院")]),
        ("5月6日，省科学院ABC研讨会在某市召开。", [("ABC研讨会", "2024-05-06", "省科学院")]),
        ("5月6日，江城大学MBA教育论坛在学校礼堂举行。", [("MBA教育论坛", "2024-05-06", "江城大学")]),
        # near misses: no Latin letters (the name kept whole); a Latin name with no body before it
        ("5月6日，江城大学教育论坛在学校礼堂举行。", [("江城大学教育论坛", "2024-05-06", None)]),
        ("5月6日，APEC青年论坛在江城举行。", [("APEC青年论坛", "2024-05-06", None)]),
    ],
)
def test_body_before_latin_short_form_holds_event(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
