"""One who convenes others to meet (`总统…召集正在休假的议会两院于21日提前举行特别联席会议`): `正在`/`仍在` there says what those
convened are doing (`正在休假的…`), a description, no venue; and a bare `召集` left of the clause is a verb, no organizer,
while the body before `召集` stays the organizer (`县委召集各乡镇负责人举行座谈会` → `县委`) (GUIDELINES §3 location and
organizer: a clause fragment is none; thirty-first review round, 7 December 2026, first stop). Invented sentences.
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
        ("接着，总统根据宪法授予的权利，召集正在休假的议会两院于21日提前举行特别联席会议，审议政府制定的法案。",
         [("特别联席会议", None, None)]),
        ("5月6日，市长召集正在休假的各部门负责人于当天下午举行紧急会议。", [("紧急会议", None, None)]),
        ("新华社北京5月6日电 市长召集仍在度假的部长们于当天举行紧急会议。", [("紧急会议", None, None)]),
        ("5月6日，县委召集各乡镇负责人举行座谈会。", [("座谈会", None, "县委")]),
    ],
)
def test_convened_fragments_dropped(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body, "1998-01-17"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 正在 before a venue that is told (no description with 的)
        ("5月6日，全省经济工作会议正在江城宾馆举行。", [("全省经济工作会议", "江城宾馆", None)]),
        # a guest placed on a visit (twenty-second round)
        ("5月6日，正在北京访问的总统同总理举行会谈。", [("会谈", "北京", None)]),
    ],
)
def test_venues_after_zhengzai_kept(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body, "1998-01-17"))) == expected


def test_visit_before_venue_kept(extract_with_model) -> None:
    # 正在…访问的 is a visit, the venue told after it with its own 在 (twenty-second round)
    body = "正在江城访问的邻国外长13日在滨海举行的记者招待会上说，两国将加强合作。"
    assert [m["location"] for m in extract_with_model(page(body, "1998-01-14"))["meetings"]] == ["滨海"]
