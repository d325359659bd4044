"""Meetings told only as a career note or as a series done before: `开幕闭幕式` (and `开幕、闭幕式`) names the opening and
closing ceremonies together, a noun, so `…执导过某运动会开幕闭幕式等演出` holds no meeting; `召开过三次…会` with a tally
word (`先后`, `已`, `共`, `以来`) counts times a meeting was held, a series (GUIDELINES §3 eighth round, thirty-fourth
round).  Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a director's or host's career: the ceremonies a noun, no verb of holding
        ("他开创了省台元宵晚会的先河，又执导过江城运动会开幕闭幕式等大型演出，却很少有人知道他的身世。", []),
        ("她曾执导过全国农民运动会开幕、闭幕式等演出。", []),
        ("李某先后执导过三届艺术节开幕和闭幕式。", []),
        # past times counted with 过 after a tally word: a series
        ("自2019年以来，省政府先后在甲市、乙市和丙市召开过三次全省住房工作会。", []),
        ("市教育局已举办过两届中小学校长论坛。", []),
        ("省科协共召开过四次青年科学家座谈会。", []),
        # near misses: one meeting held, told opened
        ("5月6日，第五届江城文化论坛在市文化中心开幕。", [("第五届江城文化论坛", "2024-05-06", None)]),
        ("5月6日，市教育局召开全市中小学校长座谈会。", [("全市中小学校长座谈会", "2024-05-06", "市教育局")]),
    ],
)
def test_career_notes_and_past_series_are_no_records(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
