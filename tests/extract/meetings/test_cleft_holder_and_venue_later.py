"""This meeting said in a later cleft to be one a body held at a place (`这次会议是省教育厅在江城召开的`) names the body as
organizer and the place as venue; a cleft of where alone (`是在江城召开的`) gives the venue, and a cleft of a time or a
circumstance (`是在这样的背景下召开的`, `是在…主持下召开的`) gives neither (GUIDELINES §3 organizer and location,
thirty-seventh review round, 7 December 2026, seventh stop, from a recall read of newspaper articles). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, location, organizer) of each meeting, in order."""
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全省职业教育经验交流会今天召开。这次会议是省教育厅在江城召开的。",
         [("全省职业教育经验交流会", "江城", "省教育厅")]),
        ("全省水利工作座谈会昨天开幕。这次会议是省水利厅在滨海市召开的。与会代表交流了经验。",
         [("全省水利工作座谈会", "滨海市", "省水利厅")]),
        ("全省职业教育经验交流会今天召开。这次会议是在江城召开的。", [("全省职业教育经验交流会", "江城", None)]),
    ],
)
def test_cleft_names_holder_and_venue(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the body alone, read before
        ("全省职业教育经验交流会今天召开。这次会议是省教育厅召开的。", [("全省职业教育经验交流会", None, "省教育厅")]),
        # a circumstance, a time or a chair in the cleft is no venue
        ("全省职业教育经验交流会今天召开。这次会议是在这样的背景下召开的。", [("全省职业教育经验交流会", None, None)]),
        ("全省职业教育经验交流会今天召开。这次会议是在省委书记主持下召开的。", [("全省职业教育经验交流会", None, None)]),
        ("全省职业教育经验交流会今天召开。这次会议是省教育厅在改革的关键时刻召开的。",
         [("全省职业教育经验交流会", None, "省教育厅")]),
    ],
)
def test_cleft_of_time_names_no_venue(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected
