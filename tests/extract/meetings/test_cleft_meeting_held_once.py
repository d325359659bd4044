"""A cleft describing one meeting an agent held (这是…所举办的…一次…研讨会) tells a meeting that took place: one record, named
by the noun after 一次, its agent the organizer, none for a trade's community (…界) (GUIDELINES §3 base: a meeting referred to
as having taken place; thirty-ninth review round, 7 December 2026, ninth stop, a cleft describing one meeting held). A meeting
still ahead (将举办的), an edition counted (第一次) or an event that is no meeting noun (学术活动) gives none. Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("这是江城大学所举办的规模最大的一次国际学术研讨会。", [("国际学术研讨会", "江城大学")]),
        ("这是江城研究所举办的一次国际学术研讨会，与会专家交流了成果。", [("国际学术研讨会", "江城研究所")]),
        ("这是我国医学界所举办的规模较大的一次国际性学术交流大会，它将产生深远影响。", [("国际性学术交流大会", None)]),
        # near misses: ahead, no meeting noun
        ("这是江城大学将举办的一次国际学术研讨会。", []),
        ("这是江城大学举办的一次学术活动。", []),
        # near misses: an edition counted (a series, read as before)
        ("这是江城大学举办的第一次国际学术研讨会。", []),
        ("这是江城大学第十一次举办的一次国际学术研讨会。", []),
    ],
)
def test_cleft_meeting_held_once(extract, body, expected):
    assert [(m["name"], m["organizer"]) for m in extract(page(body))["meetings"]] == expected
