"""Venues of talks and galas told in other forms than 在X举行 (GUIDELINES §3 location and name, thirty-third review round,
7 December 2026, third stop):
- a place before the bare verb of talks in a reference (`两国外长28日在巴黎会晤时表示`, `在爱丽舍宫举行会谈时`) is where they
  are held, and no part of their name (`会晤` / `巴黎`; twenty-third round: talks are named by their noun without the place);
- a meeting referred to where a venue stands (`在这次会上进行了非正式会谈`, `在此次峰会上举行了双边会晤`) is no place: the talks
  are held within it and take its venue, as one told `会上` does (fifteenth and twenty-third rounds); one told `会议期间` takes
  no venue (sixteenth round);
- `这里` in `…在这里举行` right after a sentence that tells the people gathered at a venue (`欢聚在伍顿高中礼堂`) points to that
  venue, as it points to a hall told as the scene (thirty-first round); `欢聚在一起` names none, nor does a sentence of the
  paragraph before (the sentence right before in its paragraph only, as for the scene).
Invented sentences on undated newspaper-style pages.
"""

from __future__ import annotations

import pytest


def placed(record: dict) -> list[tuple[str, str | None]]:
    """(name, location) of each meeting, in order."""
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("法国和俄罗斯反对动武，两国外长28日在巴黎会晤时已表示他们倾向于通过外交途径解决危机。", [("会晤", "巴黎")]),
        ("两国外长28日在巴黎举行会晤时表示倾向于通过外交途径解决危机。", [("会晤", "巴黎")]),
        ("两国外长28日在巴黎会谈时表示，倾向于通过外交途径解决危机。", [("会谈", "巴黎")]),
        ("兩國外長28日在巴黎會晤時表示，傾向於通過外交途徑解決危機。", [("会晤", "巴黎")]),
        ("两国外长28日在爱丽舍宫会晤时表示，倾向于通过外交途径解决危机。", [("会晤", "爱丽舍宫")]),
        ("两国外长在巴黎会晤时曾多次表示，倾向于通过外交途径解决危机。", [("会晤", "巴黎")]),
    ],
)
def test_place_before_talks_verb(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(f"法俄反对动武\n{body}\n")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("三国经济贸易首脑会议昨天在达卡举行。三位总理分别在会上致词。两国外交秘书在这次会上进行了非正式会谈，决定恢复会谈。",
         [("三国经济贸易首脑会议", "达卡"), ("非正式会谈", "达卡")]),
        ("三国经济贸易首脑会议昨天在达卡举行。两国外长在此次峰会上举行了双边会晤。",
         [("三国经济贸易首脑会议", "达卡"), ("双边会晤", "达卡")]),
        ("三国经济贸易首脑会议昨天在达卡举行。兩國外長在這次會上進行了非正式會談。",
         [("三国经济贸易首脑会议", "达卡"), ("非正式会谈", "达卡")]),
        # as before: 会上 lends the venue, 会议期间 does not, a place of their own stays
        ("三国经济贸易首脑会议昨天在达卡举行。两国外长在会上举行了会谈。", [("三国经济贸易首脑会议", "达卡"), ("会谈", "达卡")]),
        ("三国经济贸易首脑会议昨天在达卡举行。两国外长在会议期间举行了会谈。", [("三国经济贸易首脑会议", "达卡"), ("会谈", None)]),
        ("三国经济贸易首脑会议昨天在达卡举行。两国外长在宾馆进行了非正式会谈。", [("三国经济贸易首脑会议", "达卡"), ("非正式会谈", "宾馆")]),
    ],
)
def test_meeting_referred_to_is_no_venue(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(f"三国首脑会议举行\n{body}\n")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月24日晚，500多名侨胞欢聚在江城宾馆大礼堂，共迎新春。春节联欢晚会在这里举行。", [("春节联欢晚会", "江城宾馆大礼堂")]),
        ("1月24日晚，500多名侨胞聚集在市民中心，共迎新春。由侨联主办的新春团拜会在这里举行。", [("新春团拜会", "市民中心")]),
        # the scene's hall in the same sentence, as before
        ("1月24日晚，江城宾馆大礼堂座无虚席，春节联欢晚会在这里举行。", [("春节联欢晚会", "江城宾馆大礼堂")]),
        # gathered with no venue: none
        ("1月24日晚，500多名侨胞欢聚在一起，共迎新春。春节联欢晚会在这里举行。", [("春节联欢晚会", None)]),
        # gathered at a venue in the paragraph before: none (the sentence right before in its paragraph only)
        ("1月24日晚，500多名侨胞欢聚在江城宾馆大礼堂，共迎新春。\n春节联欢晚会在这里举行。", [("春节联欢晚会", None)]),
    ],
)
def test_here_after_people_gathered_at_venue(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(f"欢乐祥和\n{body}\n")) == expected
