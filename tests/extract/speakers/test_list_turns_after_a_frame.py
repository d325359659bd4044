"""A 、-list of people, then a frame of what their turns draw on (结合工作实际, 围绕…主题, 立足本职, 联系思想实际), then the
word of turns and the act (先后作交流发言, 依次发言, 分别作表态发言): the list acts in turn, every person listed takes the act,
as with the word of turns right after the list (GUIDELINES §4, thirty-third review round, third stop of 7 December 2026;
every person named before one speech verb takes part). Invented sentences; near misses where the items are places or
bodies."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

HEAD = "6月28日，第二党支部开展主题党日活动。"


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("党员邝志海、宁小雨结合工作实际先后作交流发言。", ("邝志海", "宁小雨")),
        ("党员邝志海、宁小雨、左丘明结合自身岗位先后作交流发言。", ("邝志海", "宁小雨", "左丘明")),
        ("党员代表邝志海、宁小雨围绕“学思想”主题依次发言。", ("邝志海", "宁小雨")),
        ("邝志海、宁小雨联系思想实际先后发言。", ("邝志海", "宁小雨")),
        ("黨員鄺志海、寧小雨結合工作實際先後作交流發言。", ("邝志海", "宁小雨")),
        ("村党支部书记邝志海、致富带头人宁小雨立足本职分别作表态发言。", ("邝志海", "宁小雨")),
        ("党员邝志海、宁小雨先后作交流发言。", ("邝志海", "宁小雨")),
    ],
)
def test_a_list_with_a_frame_before_its_turns_acts_in_turn(extract_with_model, body: str, names: tuple[str, ...]) -> None:
    found = speakers(extract_with_model(page(HEAD + body)))
    for name in names:
        assert found[name][1] == ("发言",)


@pytest.mark.parametrize(
    "body",
    [
        "江苏、安徽结合工作实际先后作交流发言。",
        "各支部、各科室结合工作实际先后作交流发言。",
        "城关镇、宁海镇结合工作实际先后作交流发言。",
    ],
)
def test_places_or_bodies_listed_before_a_frame_are_no_speakers(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(HEAD + body))) == {}
