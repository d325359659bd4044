"""Bodies that chair a meeting jointly (由甲组织和乙国政府共同主持召开…, 甲大学与乙学会联合主持召开…) hold it: the
organizer is the bodies as written; a person who chairs it, alone or with another, is its host, and one body's bare
主持召开 stays as before (GUIDELINES §3 organizer, thirty-sixth review round, 7 December 2026, sixth stop). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，由世界卫生组织和江国政府共同主持召开国际会议，决定向邻国提供援助。", "世界卫生组织和江国政府"),
        ("5月6日，由WTO和江国政府共同主持召开国际会议，讨论贸易问题。", "WTO和江国政府"),
        ("5月6日，江城大学与江城市科协联合主持召开学术研讨会，专家们发了言。", "江城大学与江城市科协"),
        # near misses: persons chairing, or one body without a joint word: no organizer
        ("5月6日，市长李明与书记王强共同主持召开座谈会，专家们发了言。", None),
        ("5月6日，由市委书记王强主持召开座谈会，专家们发了言。", None),
        ("5月6日，江城大学主持召开学术研讨会，专家们发了言。", None),
    ],
)
def test_bodies_chairing_jointly(extract, body, expected):
    meetings = extract(page(body))["meetings"]
    assert meetings[0]["organizer"] == expected
