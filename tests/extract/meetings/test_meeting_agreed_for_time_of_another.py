"""A meeting agreed or decided on for the time of another event (外长们一致同意在下月举行年会时，与邻国举行双边会谈) is
still ahead, as one agreed on after another event (同意在…后，…举行会谈, ninth round): no record; talks held at the time
of another event, with no agreement before them, stay held (GUIDELINES §3 records, thirty-sixth review round,
7 December 2026, sixth stop). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("外长们一致同意在四月份举行亚欧会议时，与邻国举行双边首脑会议。", []),
        ("双方同意在下月举行年会时，再就此举行会谈。", []),
        ("理事会决定在明年举行年会时，同时举办展览会。", []),
        # near miss: held at the time of another event, no agreement: held
        ("5月6日，双方在举行年会时，就此举行了会谈。", ["会谈"]),
    ],
)
def test_meeting_agreed_for_time_of_another(extract, body, expected):
    assert [m["name"] for m in extract(page(body))["meetings"]] == expected
