"""A founding congress or rite referred to with no day of its own (`“新党和平”在成立大会上选举…`) is held on the day the body is
told founded before it in the same item (`…今天正式成立`), at the place told with that founding (GUIDELINES §3 thirty-second
review round, 7 December 2026, second stop; a referred meeting takes the day of the account that introduced it, fifteenth
round). A founding ahead or told with a vague day lends nothing; a congress with a day of its own keeps it. Invented sentences,
pages with no publication date.
"""

from __future__ import annotations

import pytest


def told(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, date_text, location) of each meeting, in order."""
    return [(m["name"], m["date_text"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新华社东京1月4日电日本新政党“新党和平”今天正式成立。“新党和平”在成立大会上选举神崎为代表。", [("成立大会", "今天", None)]),
        ("江城市青年企业家协会5月6日在江城宾馆成立。协会在成立大会上选举王强为会长。", [("成立大会", "5月6日", "江城宾馆")]),
        ("江城市青年企業家協會今天宣告成立。成立大會上，王強當選為會長。", [("成立大会", "今天", None)]),
        ("江城市青年企业家协会今天宣告成立。成立大会上，王强当选为会长。", [("成立大会", "今天", None)]),
        # its own day
        ("江城市青年企业家协会5月6日成立。5月8日，协会在江城宾馆召开成立大会。", [("成立大会", "5月8日", "江城宾馆")]),
        # no day for the founding: none
        ("江城市青年企业家协会近日成立。协会在成立大会上选举王强为会长。", [("成立大会", None, None)]),
    ],
)
def test_founding_congress_takes_founding_day(extract_with_model, body: str, expected: list) -> None:
    assert told(extract_with_model(body)) == expected


def test_founding_ahead_gives_no_congress(extract_with_model) -> None:
    assert told(extract_with_model("江城市青年企业家协会将于下月成立。王强将在成立大会上致辞。")) == []
