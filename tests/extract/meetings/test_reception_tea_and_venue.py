"""A tea reception given after a ceremony, its venue after 于 and the body giving it (invented sentences).

GUIDELINES §3, thirty-third review round (7 December 2026, third stop): `茶会` is a reception like `酒会` (a reception
held is a meeting, named by its bare noun); the place after `于` before the verb is its venue as after `在` (a time
after `于` is none); a body opening the clause gives it as the subject of `举行` does, a bare generic noun standing for
the one body of that kind the page names (fourteenth round: `大学` → `江城大学`, `公所` → `青山乡公所`; `学校` stays
`null`), a person none.  Near misses: a reception ahead, and `品茶会友`.
"""

from __future__ import annotations

import pytest

CEREMONY = "5月6日上午，江城大学于大学礼堂举行毕业典礼。"


@pytest.mark.parametrize(("text", "expected"), [
    (CEREMONY + "礼成后，大学于图书馆前广场举行茶会，招待校友。", [("茶会", "图书馆前广场", "江城大学")]),
    ("5月6日上午，江城大學於大學禮堂舉行畢業典禮。典禮後，大學於校園草坪舉行茶會，招待校友。",
     [("茶会", "校园草坪", "江城大学")]),
    (CEREMONY + "礼成后，大学于校园草坪设茶会招待嘉宾。", [("茶会", "校园草坪", "江城大学")]),
    (CEREMONY + "典礼后，大学于校园草坪举行酒会。", [("酒会", "校园草坪", "江城大学")]),
    ("5月6日上午，青山乡公所在乡立活动中心举行模范母亲表扬大会。会后，公所在活动中心二楼举办茶会，招待模范母亲。",
     [("茶会", "活动中心二楼", "青山乡公所")]),
    (CEREMONY + "典礼结束后，学校在草坪举行茶会。", [("茶会", "草坪", None)]),
    (CEREMONY + "典礼后，大学于当晚举行酒会。", [("酒会", None, "江城大学")]),
])
def test_reception_after_ceremony(extract, text, expected):
    meetings = extract(text, published="2024-05-07")["meetings"]
    assert [(m["name"], m["location"], m["organizer"]) for m in meetings[1:]] == expected


@pytest.mark.parametrize("text", [
    "江城大学将于下月举行茶会，欢迎新生。",
    "他习惯每天下午在家中品茶会友。",
])
def test_no_reception(extract, text):
    assert extract(text, published="2024-05-07")["meetings"] == []


def test_person_giving_a_reception_is_no_organizer(extract):
    meetings = extract("5月6日晚，行政长官在礼宾府设酒会款待授勋人士。", published="2024-05-07")["meetings"]
    assert [(m["name"], m["location"], m["organizer"]) for m in meetings] == [("酒会", "礼宾府", None)]


def test_special_region_government_short_form(extract):
    page = ("5月6日下午，澳门特别行政区政府在澳门文化中心举行勋章颁授典礼。典礼结束后，特区政府设酒会招待获颁授人士。\n")
    meetings = extract(page, published="2024-05-07")["meetings"]
    assert [(m["name"], m["organizer"]) for m in meetings] == [
        ("勋章颁授典礼", "澳门特别行政区政府"), ("酒会", "澳门特别行政区政府")]


def test_clause_before_reception_is_no_organizer(extract):
    meetings = extract("那年冬天的一个傍晚，当时王某正为代表团举行酒会，李某起身祝酒。", published="2024-05-07")["meetings"]
    assert all(m["organizer"] is None for m in meetings)
