"""Award counts on party-building pages: a running year's total of a medal or honour told after this event's own count.

A commemorative-medal ceremony conferred 二十三名 medals, and a later sentence gave the street's year total
(今年全街道共有47名党员获得“光荣在党50年”纪念章), part still to be delivered: the total was kept as a second award.
GUIDELINES §5 (sixteenth review round) reads `全局今年共有300名民警获得嘉奖` as a tally, no award; the year word opening the
clause with the body right after it (今年全街道共有…) is the same shape, and this event's own count of the same honour,
told before with another number, means the page's conferral does not make the total this event's count.
A college's meeting heard its secretary review achievements in a colon list (回顾了…取得的成绩：2021年以来，…，2023年…获评…，
5名教师获评校级“优秀共产党员”): the last item, dated by the items before it, was kept as this event's award. §5 (ninth and
eleventh review rounds) reads a speaker's span of years and a colon list after a review of a past period as that period's
tally.
Invented sentences; the expected values follow corpus/GUIDELINES.md §5.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the year total after this event's own count of the same honour: a tally
        ("七一前夕，街道党工委举行纪念章颁发仪式，为二十三名老党员颁发“光荣在党50年”纪念章。据了解，今年全街道共有47名党员"
         "获得“光荣在党50年”纪念章。",
         [("光荣在党50年纪念章", 23, "名", "person")]),
        ("5月6日，区委召开大会，为12名老党员颁发“光荣在党50年”纪念章。今年本区共有30名老党员获颁“光荣在党50年”纪念章，"
         "其余将由社区送达。",
         [("光荣在党50年纪念章", 12, "名", "person")]),
        ("5月6日，县委召开表彰大会，表彰了20名优秀共产党员。今年全县共有35名党员获评“优秀共产党员”。",
         [("优秀共产党员", 20, "名", "person")]),
        ("5月6日，镇党委召开大会，表彰了8个先进基层党组织。今年全镇共有15个党组织获评“先进基层党组织”。",
         [("先进基层党组织", 8, "个", "organization")]),
        # the year word with a body right after it, another honour: a tally too (§5 sixteenth round)
        ("5月6日，区委召开大会，为12名老党员颁发“光荣在党50年”纪念章。今年全区共有30名教师获评“优秀教师”。",
         [("光荣在党50年纪念章", 12, "名", "person")]),
    ],
)
def test_year_total_beside_this_events_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a bare 今年共有 with no body reports this year's list, the conferral itself (patterns._RUNNING_TALLY)
        ("七一前夕，街道党工委举行纪念章颁发仪式，为二十三名老党员颁发“光荣在党50年”纪念章。今年共有47名党员获得“光荣在党50年”"
         "纪念章。",
         [("光荣在党50年纪念章", 23, "名", "person"), ("光荣在党50年纪念章", 47, "名", "person")]),
        # NEGATIVE: the same number restates this event's count: one fact
        ("5月6日，县委召开表彰大会，表彰了20名优秀共产党员。今年全县共有20名党员获评“优秀共产党员”。",
         [("优秀共产党员", 20, "名", "person")]),
        # NEGATIVE: no earlier award on the page, the count is this event's
        ("5月6日，区委召开纪念章颁发仪式。区委书记李明为老党员佩戴纪念章。全区共有30名老党员获颁“光荣在党50年”纪念章。",
         [("光荣在党50年纪念章", 30, "名", "person")]),
        # NEGATIVE: 今年 naming an honour's year, no body after it
        ("5月6日，县委召开表彰大会，表彰了20名优秀共产党员、今年新评选的5名优秀党务工作者。",
         [("优秀共产党员", 20, "名", "person"), ("优秀党务工作者", 5, "名", "person")]),
    ],
)
def test_not_a_year_total(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，学院召开推进会。林某回顾了学院党建工作取得的成绩：2021年以来，学院先后有3个党支部入选样板支部，2023年学院"
         "党委获评“全省先进基层党组织”，5名教师获评校级“优秀共产党员”。", []),
        ("5月6日，学院召开推进会。林某回顾了学院党建工作取得的成绩：2023年学院党委获评“全省先进基层党组织”，5名教师获评"
         "校级“优秀共产党员”。", []),
        ("5月6日，镇党委召开党建工作会议。书记王某总结了一年来取得的成效：2023年全镇新发展党员12名，4个村党支部被评为"
         "“五星支部”。", []),
        ("5月6日，公司党委召开座谈会。张某盘点了公司党建工作取得的成果：2022年以来，公司3个党支部获评“标杆党支部”，"
         "12名党员获评“岗位能手”。", []),
    ],
)
def test_dated_items_of_an_achievements_review(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: no past year leads an item: the list may tell this event's own
        ("5月6日，学院召开推进会。林某回顾了学院党建工作取得的成绩：5名教师获评“优秀共产党员”。",
         [("优秀共产党员", 5, "名", "person")]),
        # NEGATIVE: this event's conferral in the count's clause after the dated item
        ("5月6日，县委召开表彰大会。李某回顾了工作成绩：2023年全县发展党员200名；会上表彰了20名优秀共产党员。",
         [("优秀共产党员", 20, "名", "person")]),
        # NEGATIVE: the conferral in a sentence of its own after the review
        ("5月6日，学院召开表彰会。林某回顾了学院党建工作取得的成绩：2023年学院获评先进单位。会议表彰了5名优秀教师。",
         [("优秀教师", 5, "名", "person")]),
        # NEGATIVE: a year of this page's own leading the item is no past
        ("5月6日，县委召开表彰大会。李某回顾了党建工作成绩：2024年，县委表彰了30名优秀党务工作者。",
         [("优秀党务工作者", 30, "名", "person")]),
    ],
)
def test_not_a_dated_review_item(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
