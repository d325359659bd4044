"""A meeting's joint hosts told in a sentence after it, set off by commas as well as by `、`
(`座谈会由甲、乙，丙，丁共同举办`), are its organizers, listed `甲、乙、丙、丁` (GUIDELINES §3 organizer: `由…共同举办` names the
bodies that hold it, `由甲联合乙主办` → `甲、乙`; thirtieth review round, 6 December 2026, ninth stop). Only with `联合`/`共同`
and every part a bare name: `由甲主办，乙承办` and a clause after a comma are no list. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def organized(record: dict) -> list[tuple[str, str | None]]:
    """(name, organizer) of each meeting, in order."""
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


_HELD = "本报北京5月6日讯首都各界人士今天在人民大会堂举行座谈会，纪念条例颁布十周年。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_HELD + "座谈会由省台办、市台办，江城民主促进会，江城统一促进会共同举办。",
         [("座谈会", "省台办、市台办、江城民主促进会、江城统一促进会")]),
        (_HELD + "座谈会由江城市委统战部，江城市侨联，江城市台湾同胞联谊会联合举办。",
         [("座谈会", "江城市委统战部、江城市侨联、江城市台湾同胞联谊会")]),
        (_HELD + "这次座谈会由市文联，市作协，江城书画研究会共同主办。", [("座谈会", "市文联、市作协、江城书画研究会")]),
        ("本报江城5月6日讯江城青年论坛今天在市民中心举行。论坛由团市委，市青联，市科协联合召开。",
         [("江城青年论坛", "团市委、市青联、市科协")]),
        # Traditional script
        (_HELD + "座談會由市文聯，市作協，江城書畫研究會共同主辦。", [("座谈会", "市文联、市作协、江城书画研究会")]),
        # the list with 、 only, as before
        (_HELD + "座谈会由市文联、市作协、江城书画研究会共同主办。", [("座谈会", "市文联、市作协、江城书画研究会")]),
    ],
)
def test_comma_listed_joint_hosts(extract_with_model, body: str, expected: list) -> None:
    assert organized(extract_with_model(page(body, "1998-05-07"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a host and a helper, set off by a comma: the host alone
        (_HELD + "座谈会由市文联主办，市作协承办。", [("座谈会", "市文联")]),
        # a clause after the comma, no list: the 联合/共同 verb names one body
        (_HELD + "座谈会在市领导关心下，由市文联，市作协和江城书画研究会筹备多时，今天顺利召开。", [("座谈会", None)]),
        # no 联合/共同: the commas are not read as one list
        (_HELD + "座谈会由市文联，市作协，江城书画研究会举办。", [("座谈会", None)]),
    ],
)
def test_no_comma_list(extract_with_model, body: str, expected: list) -> None:
    assert organized(extract_with_model(page(body, "1998-05-07"))) == expected
