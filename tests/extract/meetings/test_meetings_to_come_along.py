"""The holding of meetings as a noun after `随着` whose main clause is still ahead (`随着各级人大会议的召开，各级政府的领导
机构也将进行换届`) tells meetings to come: planned, no record (GUIDELINES §3 "Not meetings: planned or future events";
thirty-fifth review round, 7 December 2026, fifth stop). With the main clause told done (`…进行了换届`) the meeting is
held, as the nominal reading has it. Invented sentences.
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京5月6日电调整工作全面展开。随着年底各区政协会议的召开，各区的委员也将陆续调整。",
        "新华社北京5月6日电随着全省人大会议的召开，各级政府的领导机构也将进行换届。",
        "新华社北京5月6日电随着全市党代会的召开，新一届领导班子即将产生。",
    ],
)
def test_meetings_to_come_along(extract_with_model, text: str) -> None:
    assert names(extract_with_model(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社北京5月6日电随着全省人大会议的召开，各级政府的领导机构进行了换届。", ["全省人大会议"]),
        ("新华社北京5月6日电为全省人大会议的召开，各级政府做好了准备，还将继续努力。", ["全省人大会议"]),
    ],
)
def test_meetings_held_along_kept(extract_with_model, text: str, expected: list[str]) -> None:
    assert names(extract_with_model(text)) == expected
