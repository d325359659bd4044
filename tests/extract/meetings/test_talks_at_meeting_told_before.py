"""Talks on a matter told in the clause right after a meeting with its place, by the same subject (五国警方首脑在江城开会，
就难民问题进行了会谈), are held at that meeting, so at its place (GUIDELINES §3 location, thirty-fifth review round,
7 December 2026, fifth stop). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，五国警方首脑在江城开会，就难民问题进行了会谈。", ("会谈", "江城")),
        ("5月8日，三国外长在江城举行会议，就边境问题举行了会谈。", ("会谈", "江城")),
        # near misses: a body's seat is no place (34th round), and another party joined later holds talks of their own
        ("5月8日，五国警方首脑在市政府开会，就难民问题进行了会谈。", ("会谈", None)),
        ("5月8日，五国警方首脑在江城开会，随后与乙国就难民问题进行了会谈。", ("会谈", None)),
    ],
)
def test_talks_placed_at_meeting_before(extract, body, expected):
    meeting = extract(page(body))["meetings"][-1]
    assert (meeting["name"], meeting["location"]) == expected
