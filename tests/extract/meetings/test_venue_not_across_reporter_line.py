"""A venue never runs across a colon: a reporter's line (`记者于明报道：`) whose name opens on `于` is no `于` before a
place, and the subject and venue are read after it (`…报道：旅外侨胞今天下午在江城侨联会馆举行座谈会` → venue
`江城侨联会馆`; GUIDELINES §11 and §3 location, fortieth review round, 8 December 2026, tenth stop, from a meeting values
audit of newspaper articles); people named by where they live (`旅外侨胞`) name no organizer. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, placed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报江城5月6日电记者于明报道：旅外侨胞今天下午在江城侨联会馆举行座谈会，纪念协会成立十周年。",
         [("座谈会", "江城侨联会馆", None)]),
        ("本报江城5月6日电记者于明报道：江城华侨总会今天下午在江城侨联会馆举行座谈会，纪念协会成立十周年。",
         [("座谈会", "江城侨联会馆", "江城华侨总会")]),
        # the body's and the passive patterns' venues stop at the colon too (no 本报记者说：在…, 记者报道：在… as venue)
        ("本报江城5月6日电江城作家协会于本报记者说：今天在江城侨联会馆举行晚会，纪念协会成立十周年。", []),
        ("本报江城5月6日电第五届江城论坛于记者报道：今天在江城侨联会馆举行。", []),
        ("本报江城5月6日电第五届江城论坛在记者于明报道：今天在江城侨联会馆举行。", []),
        # near misses, unchanged: a reporter's name not opening on 于, a venue after 于, a clock's colon
        ("本报江城5月6日电记者王明报道：江城华侨总会今天下午在江城侨联会馆举行座谈会，纪念协会成立十周年。",
         [("座谈会", "江城侨联会馆", "江城华侨总会")]),
        ("江城华侨总会于江城侨联会馆举行座谈会，纪念协会成立十周年。", [("座谈会", "江城侨联会馆", "江城华侨总会")]),
        ("江城华侨总会于下午3:00在江城侨联会馆举行座谈会，纪念协会成立十周年。", [("座谈会", "江城侨联会馆", "江城华侨总会")]),
    ],
)
def test_venue_not_across_reporter_line(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body, "1998-01-28"))) == expected
