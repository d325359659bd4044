"""A meeting referred to again as this one with the attribute of its hosts (`这次由甲、乙、丙联合召开的研讨会，将…`,
`本次由甲主办的论坛`) names its organizers, as `研讨会由甲、乙、丙联合召开` does (GUIDELINES §3 organizer, thirtieth review
round, 6 December 2026, ninth stop); an attribute keeps `甲和乙` as written (twenty-second round). Another edition
(`下次`, `去年`) names none. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def organized(record: dict) -> list[tuple[str, str | None]]:
    """(name, organizer) of each meeting, in order."""
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


_HELD = "本报江城5月6日讯江城青年论坛今天在市民中心举行。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报重庆5月6日电“中日水利技术研讨会”5日在重庆举行。这次由省政协经济委员会、日本长江水利研究会、江城市人民政府联合"
         "召开的研讨会，将推动双方合作。", [("中日水利技术研讨会", "省政协经济委员会、日本长江水利研究会、江城市人民政府")]),
        (_HELD + "本次由团市委、市青联联合主办的论坛，吸引了300名青年参加。", [("江城青年论坛", "团市委、市青联")]),
        (_HELD + "此次由团市委举办的论坛为期两天。", [("江城青年论坛", "团市委")]),
        (_HELD + "这次由团市委和市青联共同举办的青年论坛是第三届。", [("江城青年论坛", "团市委和市青联")]),
        (_HELD + "本届由市科协召开的论坛共收到论文80篇。", [("江城青年论坛", "市科协")]),
        # Traditional script
        (_HELD + "此次由團市委舉辦的論壇為期兩天。", [("江城青年论坛", "团市委")]),
    ],
)
def test_this_meeting_hosts(extract_with_model, body: str, expected: list) -> None:
    assert organized(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_HELD + "下次由团市委举办的论坛将在明年召开。", [("江城青年论坛", None)]),
        (_HELD + "去年由团市委举办的论坛在滨海召开。", [("江城青年论坛", None)]),
        # the hosts of another event, not this meeting
        (_HELD + "这次由团市委举办的书画展同时开幕。", [("江城青年论坛", None)]),
    ],
)
def test_other_event_hosts_not_lent(extract_with_model, body: str, expected: list) -> None:
    assert organized(extract_with_model(page(body))) == expected
