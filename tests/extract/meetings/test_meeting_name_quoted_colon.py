"""A quoted title with a colon inside stays whole in the meeting's name (`“世界经济与中国：1997”学术报告会`, not
`1997”学术报告会`), so the `由…举办的` agent before it is read as its organizer (GUIDELINES §3 name as written, organizer
`由…主办`; thirty-second review round, 7 December 2026, second stop). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def names_and_organizers(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报北京1月16日讯 由江城大学国际经济系举办的“世界经济与中国：1997”学术报告会今天在北京举行。",
         [("“世界经济与中国：1997”学术报告会", "江城大学国际经济系")]),
        ("本报讯 由江城大学经济学院主办的“中国经济：回顾与展望”研讨会今天在江城举行。",
         [("“中国经济：回顾与展望”研讨会", "江城大学经济学院")]),
        ("本报讯 “中国经济：回顾与展望”研讨会今天在江城大学举行。", [("“中国经济：回顾与展望”研讨会", None)]),
        ("本报讯 由江城大學經濟學院主辦的“中國經濟：回顧與展望”研討會今天在江城舉行。",
         [("“中国经济：回顾与展望”研讨会", "江城大学经济学院")]),
        ("本报讯 由市社科联举办的“城市发展：机遇与挑战”报告会昨天在市图书馆举行。",
         [("“城市发展：机遇与挑战”报告会", "市社科联")]),
        ("本报讯 昨天，由市社科联主办的“城市发展：机遇与挑战”座谈会在市图书馆召开。",
         [("“城市发展：机遇与挑战”座谈会", "市社科联")]),
        ("本报讯 “亚洲经济：1998”国际研讨会今天在北京开幕。", [("“亚洲经济：1998”国际研讨会", None)]),
        ("本报讯 江城大学今天举办“人工智能：现在与未来”学术报告会。", [("“人工智能：现在与未来”学术报告会", "江城大学")]),
        # (a half-width colon is normalized to the full-width one)
        ("本报讯 由江城大学主办的“人工智能:现在与未来”论坛今天在江城举行。", [("“人工智能：现在与未来”论坛", "江城大学")]),
        ("本报讯 由市作协主办的“文学：新的一年”座谈会，昨天在市文化宫举行。", [("“文学：新的一年”座谈会", "市作协")]),
        # a colon outside quotes still ends what goes before it (a label)
        ("本报讯 会议名称：青年学者论坛。青年学者论坛今天在江城大学举行。", [("青年学者论坛", None)]),
        # a quoted title with no colon (as before)
        ("本报讯 由市科协举办的“科技与未来”报告会昨天在市科技馆举行。", [("“科技与未来”报告会", "市科协")]),
    ],
)
def test_quoted_title_with_colon_whole(extract_with_model, body: str, expected: list) -> None:
    assert names_and_organizers(extract_with_model(page(body, "1998-01-26"))) == expected
