"""A CPPCC committee's numbered session written with its place and its term (`政协山西省第八届委员会第一次全体会议`,
`中国人民政治协商会议江城市第十届委员会第三次会议`): the name opens with the body's own name (`政协`), so the committee without
the term organizes it (`政协山西省委员会`), as `民盟第六届江城市委员会` → `民盟江城市委员会` (GUIDELINES §3 twentieth and
twenty-third review rounds; thirty-first review round, 7 December 2026, first stop). A congress spelt from its place and a
plenary of 中共's committee keep organizer null (tenth round). Invented sentences.
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
        ("政协江城市第九届委员会第二次全体会议3月5日在市会议中心开幕。",
         [("政协江城市第九届委员会第二次全体会议", "政协江城市委员会")]),
        # the session acting by electing, under a dateline
        ("新华社兰州2月3日电 政协平川省第八届委员会第一次全体会议2月3日选举王某为省政协主席。",
         [("政协平川省第八届委员会第一次全体会议", "政协平川省委员会")]),
        # an autonomous region's committee, the session closing today
        ("政协广西壮族自治区第八届委员会第一次全体会议今天闭幕。",
         [("政协广西壮族自治区第八届委员会第一次全体会议", "政协广西壮族自治区委员会")]),
        # the body's full name
        ("中国人民政治协商会议江城市第十届委员会第三次会议今天上午在市人民会堂开幕。",
         [("中国人民政治协商会议江城市第十届委员会第三次会议", "中国人民政治协商会议江城市委员会")]),
        # a county's committee, no 全体, a span of days
        ("政协河阳县第十一届委员会第四次会议于3月2日至5日召开。",
         [("政协河阳县第十一届委员会第四次会议", "政协河阳县委员会")]),
        # referred to as the one that closed today
        ("在今天闭幕的政协江城市第九届委员会第一次会议上，李某当选为市政协主席。",
         [("政协江城市第九届委员会第一次会议", "政协江城市委员会")]),
        # Traditional script
        ("政協江城市第九屆委員會第二次全體會議3月5日在市會議中心開幕。",
         [("政协江城市第九届委员会第二次全体会议", "政协江城市委员会")]),
        # an enlarged plenary
        ("政协江城市第九届委员会第二次全体（扩大）会议今天召开。",
         [("政协江城市第九届委员会第二次全体（扩大）会议", "政协江城市委员会")]),
    ],
)
def test_cppcc_committee_session_organized_by_committee(extract_with_model, body: str, expected: list) -> None:
    assert organized(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a people's congress spelt from its place: the body meeting as a whole (tenth round)
        ("江城县第十八届人民代表大会第五次会议3月5日开幕。", [("江城县第十八届人民代表大会第五次会议", None)]),
        # 中共's committee with the place before the term (earlier reviews)
        ("中共江城市第十届纪律检查委员会第六次全体会议3月5日召开。", [("中共江城市第十届纪律检查委员会第六次全体会议", None)]),
        # the twentieth round's own reading stays
        ("民盟第六届江城市委员会第一次全体会议3月5日召开。", [("民盟第六届江城市委员会第一次全体会议", "民盟江城市委员会")]),
    ],
)
def test_other_term_sessions_unchanged(extract_with_model, body: str, expected: list) -> None:
    assert organized(extract_with_model(page(body))) == expected
