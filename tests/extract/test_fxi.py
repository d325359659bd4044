"""Fixer fxi: a year opening a work report's sentence frames a later clause of prizes won in it (2024年，公司坚持创新驱动，
全年获得省级以上科技进步奖9项: a past period's tally, no award) unless the sentence says they were honoured at this event;
the rows of a list led by a proposal (以下单位和个人为表彰候选对象。 / 先进集体（3个）) are candidates, no award; a
one-character level before a whole quoted honour is dropped also when a holder word follows the closing mark
(表彰区“三八红旗手”标兵5名 → 三八红旗手标兵). Invented sentences; expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


def _named(record: dict) -> list[tuple[str, int]]:
    return [(h, n) for h, n, _, _ in honours(record)]


@pytest.mark.parametrize(
    "body",
    [
        "2024年，公司坚持创新驱动，全年获得省级以上科技进步奖9项，授权发明专利35件。",
        "2024年，集团上下凝心聚力，技术创新成果丰硕，荣获国家级科技奖励3项、省级科技进步奖12项。",
        "2023年，学院坚持内涵发展，教学质量稳步提升，教师获得省级教学成果奖6项。",
    ],
)
def test_year_framed_prizes_won_are_a_tally(extract, body: str) -> None:
    assert _named(extract(page(body, "2025-01-10"))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: honoured at this event, said later in the sentence (GUIDELINES §5)
        ("2024年，公司坚持创新驱动，全年获得省级以上科技进步奖9项，会上对这些项目进行了表彰。", [("省级以上科技进步奖", 9)]),
        # NEGATIVE: a verb of conferring after the year (this meeting commends)
        ("2024年，集团上下团结奋进，大会表彰了先进集体10个、先进个人30名。", [("先进集体", 10), ("先进个人", 30)]),
        # NEGATIVE: the article's own year
        ("2025年，公司坚持创新驱动，今年已获得省级科技进步奖9项。", [("省级科技进步奖", 9)]),
    ],
)
def test_year_framed_conferral_kept(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body, "2025-01-10"))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "经研究，以下单位和个人为2023年度表彰候选对象。\n先进集体（3个）\n先进个人（5名）",
        "经研究，以下同志为2023年度表彰推荐对象。\n优秀教师（12名）\n优秀班主任（8名）",
        "现将2023年度拟表彰的先进集体和先进个人公示如下。\n先进集体（4个）\n先进个人（10名）",
    ],
)
def test_proposed_list_rows_are_no_award(extract, body: str) -> None:
    assert _named(extract(page(body, "2024-01-05"))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a list under a conferral
        ("经研究，决定对以下单位和个人予以表彰。\n先进集体（3个）\n先进个人（5名）", [("先进集体", 3), ("先进个人", 5)]),
        ("大会表彰了以下先进集体和先进个人。\n先进集体（6个）\n先进个人（20名）", [("先进集体", 6), ("先进个人", 20)]),
    ],
)
def test_conferred_list_rows_kept(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body, "2024-01-05"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("区妇联召开表彰大会，表彰区“三八红旗手”标兵5名、区“三八红旗手”20名。",
         [("三八红旗手标兵", 5), ("三八红旗手", 20)]),
        ("会上，表彰了县“优秀共产党员”标兵8名。", [("优秀共产党员标兵", 8)]),
        ("大会表彰市“青年岗位能手”标兵10名。", [("青年岗位能手标兵", 10)]),
        # NEGATIVE: a level before an honour quoted only in part stays
        ("会议授予十二个机关党支部县级“四强”党支部称号。", [("县级四强党支部", 12)]),
    ],
)
def test_one_char_level_before_whole_quote_dropped(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body))) == expected
