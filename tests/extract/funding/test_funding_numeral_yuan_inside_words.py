"""Funding classes of numerals before 元 inside words, purposes beside total labels and intended money, with near misses the rules must not fire on.

Phrasings covered: a one-figure Chinese numeral before 元 that runs on into a word (三元前驱体, 二元结构, 三元里, 三元区,
一元二次方程) is a term or a place, no sum; a purpose written in the clause before a bare total label (发放现金救助，总经费…;
资助45个科研项目，资助总额…); a purpose after the amount by 进行 (获资助约800万元进行翻新); a plan's bare total told after
根据计划/按照规划 … 将 (only intended, §6); capital leveraged (带动企业投入研发经费…, 撬动社会资本…: a statistic, §6);
a purpose that is the next amount's clause with 余/多 before its magnitude (发放救助金8600余万元) is no purpose.

All sentences are invented; the expected values follow corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a numeral before 元 inside a word: no 3 yuan
        ("3月1日，某锂电池项目签约。该项目总投资30亿元，主要生产三元前驱体材料。", [(3_000_000_000.0, "CNY", "某锂电池项目")]),
        ("某公司向大学捐赠资金200万元，用于三元正极材料研究。", [(2_000_000.0, "CNY", "三元正极材料研究")]),
        ("该课题获省级资助经费50万元，研究城乡二元结构问题。", [(500_000.0, "CNY", "省级资助经费")]),
        ("三元里街道今年发放慰问金12万元。", [(120_000.0, "CNY", "慰问金")]),
        ("三元区教育局向困难学生发放助学金30万元。", [(300_000.0, "CNY", "助学金")]),
        ("学校投入经费8万元购置一元二次方程教学软件。", [(80_000.0, "CNY", "购置一元二次方程教学软件")]),
    ],
)
def test_numeral_yuan_inside_a_word(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a small sum in Chinese numerals stays one before money words, a price, a range or a punctuation mark
        ("爱心人士当场捐出五元钱。", [(5.0, "CNY", None)]),
        ("活动中，每位捐款者捐款三元，共募集善款3000元。", [(3.0, "CNY", None), (3000.0, "CNY", None)]),
        ("小明向灾区捐出三元爱心款。", [(3.0, "CNY", None)]),
        ("公司为每名员工发放五元生活补贴。", [(5.0, "CNY", "生活补贴")]),
    ],
)
def test_small_sums_in_numerals_kept(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the purpose in the clause before a bare total label
        ("农业部今（5）日宣布，针对豪雨造成的农业损失发放现金救助，总经费新台币5亿元。", [(500_000_000.0, "TWD", "现金救助")]),
        ("市民政局为受灾群众发放临时生活补助，总金额约300万元。", [(3_000_000.0, "CNY", "临时生活补助")]),
        ("基金会审议并通过资助45个科研项目，资助总额约5,000万澳门元。", [(50_000_000.0, "MOP", "科研项目")]),
        ("基金会今年资助120名贫困大学生，资助总额达240万元。", [(2_400_000.0, "CNY", "贫困大学生")]),
        # the count after the kind keeps the existing reading (资助<what>N项)
        ("本年度共资助社区文化活动60项，资助总额约800万元。", [(8_000_000.0, "CNY", "资助社区文化活动")]),
        # a purpose after the amount by 进行
        ("该校旧礼堂获政府资助约800万元进行翻新。", [(8_000_000.0, "CNY", "翻新")]),
        ("村委会筹集资金30万元进行了道路硬化。", [(300_000.0, "CNY", "道路硬化")]),
    ],
)
def test_purpose_beside_a_total_label_or_after_jinxing(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a bare total label after a clause naming no handing out stays without a purpose
        ("会议通报了专项资金审核结果，总金额约300万元。", [(3_000_000.0, "CNY", None)]),
        # NEGATIVE: a count closing the clause before is no object handed out
        ("为受灾群众发放物资2000件，总金额约30万元。", [(300_000.0, "CNY", None)]),
    ],
)
def test_bare_total_labels_without_a_purpose(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a plan's bare total, the works still ahead: only intended (§6)
        ("根据计划，今年全市将新造林5万亩，总投资约3亿元。", []),
        ("按照规划，该区明年将新建污水管网120公里，总投资6亿元。", []),
        # capital leveraged: a statistic (§6)
        ("去年，该区带动企业投入研发经费逾10亿元。", []),
        ("该基金撬动社会资本20亿元参与乡村振兴。", []),
    ],
)
def test_intended_or_leveraged_money_gives_no_record(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: works under the plan already begun or finished keep their total
        ("根据计划，该项目将于年底竣工，总投资5亿元，目前已开工建设。", [(500_000_000.0, "CNY", None)]),
        ("按照计划，今年已完成造林5万亩，总投资3亿元。", [(300_000_000.0, "CNY", None)]),
        # NEGATIVE: the money that leverages stays funding, the leveraged one does not
        ("县财政安排资金2000万元，带动社会资本投入1亿元。", [(20_000_000.0, "CNY", None)]),
        # NEGATIVE: a year's allocation with a plain 将 is a decision reported (§6)
        ("县财政今年将安排资金800万元，用于教育。", [(8_000_000.0, "CNY", "教育")]),
        # a since-founding total is stated as money raised; its purpose is not the next amount's clause
        ("该会成立以来，累计募集善款1.2亿元，发放救助金8600余万元。",
         [(120_000_000.0, "CNY", None), (86_000_000.0, "CNY", "救助金")]),
    ],
)
def test_money_granted_kept(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
