"""A bare `晚` of the day left between the organizer and its place or clock (`省作协6日晚在京举行…`, `市委昨晚于礼堂召开…`) is
the time of the meeting, no part of the body; a body's own name holding `晚` (`晚报`) stays (GUIDELINES §3 organizer,
thirty-seventh review round, 7 December 2026, seventh stop, from a recall read of newspaper articles). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def organized(record: dict) -> list[tuple[str, str | None]]:
    """(name, organizer) of each meeting, in order."""
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("省作协6日晚在京举行迎春座谈会，作家们出席。", [("迎春座谈会", "省作协")]),
        ("江城市体育总会6日晚在市体育馆举行表彰大会。", [("表彰大会", "江城市体育总会")]),
        ("江城市体育总会6日晚于市体育馆举行表彰大会。", [("表彰大会", "江城市体育总会")]),
        ("江城市体育总会6日晚8时在市体育馆举行表彰大会。", [("表彰大会", "江城市体育总会")]),
        ("江城市委昨晚在市委礼堂召开紧急会议。", [("紧急会议", "江城市委")]),
    ],
)
def test_bare_evening_left_out(extract_with_model, body: str, expected: list) -> None:
    assert organized(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the part of the day read before: unchanged
        ("江城市体育总会6日晚上在市体育馆举行表彰大会。", [("表彰大会", "江城市体育总会")]),
        ("江城市体育总会6日晚举行表彰大会。", [("表彰大会", "江城市体育总会")]),
        # 晚 inside the body's own name stays
        ("江城晚报社6日在报社礼堂举行创刊纪念大会。", [("创刊纪念大会", "江城晚报社")]),
    ],
)
def test_evening_in_name_kept(extract_with_model, body: str, expected: list) -> None:
    assert organized(extract_with_model(page(body))) == expected
