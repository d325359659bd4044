"""The place of an act with its object done before the meeting held after it (`在P签署…后举行`, GUIDELINES §3 location,
twenty-ninth review round) stays the venue when a joint or order word stands between the act and the verb of holding
(`…后联合举行`, `…后共同举行`, `…后随即举行`): the word is no part of the venue, and the act's clause is cut as before
(thirtieth review round, 6 December 2026, ninth stop; the venue was the whole clause, `江城宾馆签署合作协议后`). Under a
dateline `这里` is the dateline's city (§11). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("两国外长30日在江城宾馆签署合作协议后联合举行了记者招待会。", [("记者招待会", "江城宾馆")]),
        ("两国外长30日在江城宾馆签署合作协议后共同举行记者招待会。", [("记者招待会", "江城宾馆")]),
        ("部长6日在北京签订协议后随即举行了新闻发布会。", [("新闻发布会", "北京")]),
        ("双方今天在市政府大楼签署备忘录后随后举行了工作会谈。", [("工作会谈", "市政府大楼")]),
        ("兩國外長30日在江城賓館簽署合作協議後聯合舉行了記者招待會。", [("记者招待会", "江城宾馆")]),
        # as before, with nothing or a comma between
        ("两国外长30日在江城宾馆签署合作协议后举行了记者招待会。", [("记者招待会", "江城宾馆")]),
        ("两国外长30日在江城宾馆签署合作协议后，联合举行了记者招待会。", [("记者招待会", "江城宾馆")]),
    ],
)
def test_venue_of_earlier_act_through_a_joint_or_order_word(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected


def test_here_under_a_dateline(extract_with_model) -> None:
    text = "标题\n本报江州５月６日电记者李明报道：两国外长今天在这里签署协定后联合举行了记者招待会。\n"
    assert placed(extract_with_model(text)) == [("记者招待会", "江州")]


def test_time_frame_still_names_no_place(extract_with_model) -> None:
    # an event told as a time frame (在两国总理会谈之后) names no place, a joint word after it or not
    venues = placed(extract_with_model(page("6日，在两国总理会谈之后，双方联合举行了记者招待会。")))
    assert ("记者招待会", None) in venues
