"""A standing body or federation written short by its level word is the body the page writes in full (invented pages).

GUIDELINES §3, thirty-third review round (7 December 2026, third stop), following the twenty-third and thirty-first
rounds (a body written short by its level word, `县教育局`, is the one the page writes in full with its one place of that
level, the source line included): the same holds for a standing body or a federation (`市人大常委会`, `县政协`, `县妇联`,
`区总工会`).  Clause words alone before the level word (`并对市政府…`) name no place, so they make no second city;
a place's own name holding such a character (`即墨区`) still counts.  Near misses: no full form on the page, two
places of the level named, and a unit of the body (`市人大常委会党组`) never written in full stay as written.
"""

from __future__ import annotations

import pytest


def _page(source: str, body: str) -> str:
    return f"常委会会议开幕\n来源：{source}\n{body}\n"


def _organizers(record: dict) -> list[str | None]:
    return [m["organizer"] for m in record["meetings"]]


SESSION = "市十五届人大常委会第五次会议6月28日上午在市人大常委会会议室开幕。市人大常委会主任王强主持会议。"


@pytest.mark.parametrize(("source", "body", "expected"), [
    ("青岚市人大常委会办公室", SESSION, ["青岚市人大常委会"]),
    ("青岚市人大常委会", SESSION, ["青岚市人大常委会"]),
    # (a clause's 并对市政府… is no second city)
    ("青岚市人大常委会办公室", SESSION + "会议期间，常委会组成人员将分组审议，并对市政府有关部门进行专题询问。", ["青岚市人大常委会"]),
    ("青岚市人大常委会办公室", SESSION + "会议还将对市政府有关部门开展询问，又向市中级人民法院了解情况。", ["青岚市人大常委会"]),
    # (a district whose own name holds 即 is a district)
    ("即墨区政协", "5月8日上午，区政协在区政协会议室召开民主协商会。", ["即墨区政协"]),
    ("青河县妇联", "3月8日上午，县妇联在县会议中心召开庆祝“三八”国际妇女节表彰大会。", ["青河县妇联"]),
    ("青河县政协办公室", "5月8日上午，县政协在县政协会议室召开民主协商会。", ["青河县政协"]),
    # near misses: no full form of the body on the page
    ("青河融媒体中心", "3月8日上午，县妇联在县会议中心召开庆祝“三八”国际妇女节表彰大会。", ["县妇联"]),
    # two cities named: the short form may stand for either
    ("青岚市人大常委会办公室", SESSION + "河阳市人大常委会代表团列席会议。", ["市人大常委会"]),
])
def test_standing_body_written_short_is_the_body_in_full(extract, source, body, expected):
    assert _organizers(extract(_page(source, body)))[: len(expected)] == expected


def test_unit_of_the_body_never_written_in_full_stays_short(extract):
    record = extract(_page("青岚市人大常委会办公室", SESSION + "会前，市人大常委会党组召开扩大会议，研究会议有关事项。"))
    assert _organizers(record) == ["青岚市人大常委会", "市人大常委会党组"]


@pytest.mark.parametrize("body", [
    "5月8日，县政协召开筹备工作会议，确保县政协全会顺利召开。",
    "5月8日，县人社局召开工作会议。会上，局长为获奖单位颁奖，随后县总工会举行了授牌仪式。",
])
def test_verb_or_adverb_before_a_level_word_is_no_place(extract, body):
    # (确保县政协, 随后县总工会: the clause's words before the level word name no county to complete the body with)
    organizers = _organizers(extract(_page("青河融媒体中心", body)))
    assert not any(o and (o.startswith("确保") or o.startswith("随后")) for o in organizers)
