"""Phrasings a review of invented pages found mishandled (each confirmed, then fixed).

Invented sentences; the expected values follow corpus/GUIDELINES.md (§5 awards, §6 funding).
"""

from __future__ import annotations

import pytest

PAGE = "会议\n发布时间：2024-03-01\n{}\n"


def awards(extract, body: str) -> list[tuple[str, int, str]]:
    return [(a["honor"], a["count"], a["unit"]) for a in extract(PAGE.format(body))["awards"]]


def funding(extract, body: str) -> list[tuple[float, str]]:
    return [(f["amount"], f["currency"]) for f in extract(PAGE.format(body))["funding"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议表彰了一批先进。先进集体10个，先进个人30名。", [("先进集体", 10, "个"), ("先进个人", 30, "名")]),
        ("本次表彰先进集体（10个）、先进个人（30名）。", [("先进集体", 10, "个"), ("先进个人", 30, "名")]),
        ("我省有5个集体、8名个人分别获评“全国脱贫攻坚先进集体”和“全国脱贫攻坚先进个人”。",
         [("全国脱贫攻坚先进集体", 5, "个"), ("全国脱贫攻坚先进个人", 8, "名")]),
        ("县委决定，对在疫情防控中表现突出的8个集体和20名个人予以表彰，分别授予“疫情防控先进集体”和“疫情防控先进个人”称号。",
         [("疫情防控先进集体", 8, "个"), ("疫情防控先进个人", 20, "名")]),
        ("大会表彰了在抗洪抢险中表现突出的12名干部群众，授予其“抗洪抢险先进个人”称号。", [("抗洪抢险先进个人", 12, "名")]),
        ("受到表彰的先进集体和先进个人分别为10个和30名。", [("先进集体", 10, "个"), ("先进个人", 30, "名")]),
        ("受到表彰的先进党支部有6个，优秀共产党员有32名。", [("先进党支部", 6, "个"), ("优秀共产党员", 32, "名")]),
        ("荣获“教育工作先进单位”称号的单位共8家。", [("教育工作先进单位", 8, "家")]),
        ("大会表彰了32名劳动模范。", [("劳动模范", 32, "名")]),
        ("大会表彰了5名岗位能手。", [("岗位能手", 5, "名")]),
    ],
)
def test_counted_honours_in_more_phrasings(extract, body: str, expected: list) -> None:
    assert awards(extract, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a list sentence with no conferral before it: figures, not honours conferred
        "全县现有先进集体10个，先进个人30名。",
        "会议要求，各单位要加强学习。先进集体10个，先进个人30名。",
        # one honour for two counts without 分别 pairing two honours
        "对8个集体和20名个人予以表彰，授予“甲”和“乙”称号。",
        # representatives of a standalone honour on stage
        "5名劳动模范代表上台领奖。",
    ],
)
def test_no_award_without_a_conferral_or_a_pairing(extract, body: str) -> None:
    assert awards(extract, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("该项目总投资20亿，建设周期两年。", [(2e9, "CNY")]),
        ("县财政拨付资金200万，用于农村道路养护。", [(2e6, "CNY")]),
        ("活动共筹集善款12万余。", [(120000, "CNY")]),
    ],
)
def test_funding_amounts_with_the_yuan_left_out(extract, body: str, expected: list) -> None:
    assert funding(extract, body) == expected


@pytest.mark.parametrize(
    "body",
    ["该项目总投资20亿千瓦时。", "投资者20万人次参与。", "全县资金需求20万人。"],
)
def test_bare_numbers_that_count_other_things_are_no_money(extract, body: str) -> None:
    assert funding(extract, body) == []


def test_a_bare_amount_on_a_hong_kong_page_is_in_hong_kong_dollars(extract) -> None:
    record = extract("項目\n發佈日期：2024-05-08\n香港特區政府撥款2億，資助青年創業。\n")
    assert [(f["amount"], f["currency"]) for f in record["funding"]] == [(2e8, "HKD")]
