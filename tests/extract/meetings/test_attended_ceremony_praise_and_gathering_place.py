"""A ceremony attended as held by a body, with words of praise between the attribute and its name (参加市政府举行的庄严的、
盛大的升国旗仪式), keeps that body as its organizer and the name without the praise; those attending told gathered at a place
in the clause right before the verb of attending (汇集在市人民广场，参加…) give its venue (GUIDELINES §3 organizer and location,
thirty-first and thirty-fifth review rounds, 7 December 2026, fifth stop). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("江城市的4000多名群众，今天穿上节日的服装，汇集在市人民广场，参加市政府举行的庄严的、盛大的升国旗仪式。",
         ("升国旗仪式", "市政府", "市人民广场")),
        ("今天，4000多名群众参加了市政府举行的隆重的升国旗仪式。", ("升国旗仪式", "市政府", None)),
        ("今天，群众聚集在市人民广场，参加了升国旗仪式。", ("升国旗仪式", None, "市人民广场")),
        # near misses: as before
        ("今天，4000多名群众参加了市政府举行的升国旗仪式。", ("升国旗仪式", "市政府", None)),
        ("今天，群众聚集在一起，参加了升国旗仪式。", ("升国旗仪式", None, None)),
    ],
)
def test_attended_ceremony(extract, body, expected):
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["name"], meeting["organizer"], meeting["location"]) == expected
