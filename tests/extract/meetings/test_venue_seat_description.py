"""Where a body sits, told before a place's name (`贝宁政府所在地科托努`, `县政府所在地城关镇`, `公司总部所在地滨海市`), describes
the place and is no part of the venue, as `省会` before `长沙` (GUIDELINES §3 location, twenty-first round second part;
thirty-first review round, 7 December 2026, first stop). With no name after it the phrase stays as written.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None]]:
    """(name, location) of each meeting, in order."""
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新华社洛美1月17日电 地区性反腐败会议近日在贝宁政府所在地科托努举行。", [("地区性反腐败会议", "科托努")]),
        ("5月6日，江城公司在公司总部所在地滨海市召开董事会。", [("董事会", "滨海市")]),
        ("5月6日，座谈会在市委所在地江城镇召开。", [("座谈会", "江城镇")]),
        ("5月6日，全省农业工作会议在省政府所在地江城市举行，会期两天。", [("全省农业工作会议", "江城市")]),
        # Traditional script
        ("5月6日，座谈会在縣政府所在地城關鎮召開。", [("座谈会", "城关镇")]),
    ],
)
def test_seat_description_dropped(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body, "1998-01-17"))) == expected


def test_seat_without_name_kept(extract_with_model) -> None:
    body = "5月6日，纪念大会在原研究中心所在地举行。"
    assert placed(extract_with_model(page(body, "1998-01-17"))) == [("纪念大会", "原研究中心所在地")]
