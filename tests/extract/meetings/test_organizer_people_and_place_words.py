"""Two readings of what stands where the organizer is read (GUIDELINES §3 organizer, thirtieth review round,
6 December 2026, ninth stop). Invented sentences.

- People named by where they come from (`来自欧洲七个国家的警察部门负责人`, `来自全国各地的二百多名专家`) are a group of
  people, no body: no organizer, and the meeting they hold is still held (twenty-seventh round: a person or a group gives
  no organizer; `首都各界今天召开大会`). A body's own name after `来自…的` stays the organizer.
- A place pointed to after the hosts of a `由…举办` attribute (`由甲和乙在这里举办的`, `在此`, `在当地`) is no part of them.
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
        ("据新华社罗马5月8日电来自欧洲七个国家的警察部门负责人8日在罗马举行会议，商讨合作。", [("会议", None)]),
        ("来自十个国家的外交官员5月6日在日内瓦召开会议。", [("会议", None)]),
        ("本报江城5月6日讯来自全国各地的二百多名专家学者今天在江城举行研讨会，交流经验。", [("研讨会", None)]),
        ("5月6日，来自各县区的农技人员在江城举办座谈会。", [("座谈会", None)]),
        ("来自海峡两岸的青年代表5月6日在厦门举行联欢会。", [("联欢会", None)]),
        # Traditional script
        ("來自十個國家的外交官員5月6日在日內瓦召開會議。", [("会议", None)]),
    ],
)
def test_people_from_somewhere_hold_no_organizer(extract_with_model, body: str, expected: list) -> None:
    assert organized(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a body named after 来自…的 holds it
        ("来自江城市的江城市科协5月6日在滨海召开年会。", [("年会", "江城市科协")]),
        # no 来自: a body is the organizer as before
        ("江城市警察局5月6日在罗马举行会议。", [("会议", "江城市警察局")]),
    ],
)
def test_body_subject_kept(extract_with_model, body: str, expected: list) -> None:
    assert organized(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日晚，1000多名留学生欢聚江城大学礼堂，参加由江城学联和滨海学联在这里举办的春节联欢晚会。",
         [("春节联欢晚会", "江城学联和滨海学联")]),
        ("5月6日，由省作协与省文联在当地联合举办的文学座谈会在滨海县召开。", [("文学座谈会", "省作协与省文联")]),
        ("5月6日，由市总工会在此举办的劳模座谈会在职工之家召开。", [("劳模座谈会", "市总工会")]),
        ("5月6日，由江城商会在这里召开的新春茶话会在会展中心举行。", [("新春茶话会", "江城商会")]),
        # Traditional script
        ("5月6日，由市總工會在這裡舉辦的勞模座談會在職工之家召開。", [("劳模座谈会", "市总工会")]),
        # a named venue after the hosts: not this reading (the hosts as before)
        ("5月6日，由市总工会主办的劳模座谈会在职工之家召开。", [("劳模座谈会", "市总工会")]),
    ],
)
def test_place_word_after_hosts_dropped(extract_with_model, body: str, expected: list) -> None:
    assert organized(extract_with_model(page(body))) == expected
