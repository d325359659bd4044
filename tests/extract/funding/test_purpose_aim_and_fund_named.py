"""Funding purposes read from an aim after the amount, a fund named in quote marks or by its own noun, goods counted
before a gift's value, and a purpose tidied of 用于 and a total's word (GUIDELINES §6, twenty-ninth review round,
eighth stop of 6 December 2026). Invented sentences."""

from __future__ import annotations

import pytest


def _purposes(extract, text: str) -> list[str | None]:
    return [f["purpose"] for f in extract(text)["funding"]]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        # a verb of relief after a comma, with those it reaches (§6 ninth-round aim after a comma, twenty-ninth round)
        ("县民政局筹资50万元，慰问困难群众和老党员。", "慰问困难群众和老党员"),
        ("区总工会拿出30万元，走访慰问一线环卫工人。", "走访慰问一线环卫工人"),
        ("镇政府筹集资金8万元，救助因病致贫家庭。", "救助因病致贫家庭"),
    ],
)
def test_relief_act_after_the_amount_is_the_purpose(extract, text: str, purpose: str) -> None:
    assert _purposes(extract, text) == [purpose]


def test_relief_tallied_in_person_times_is_no_purpose(extract) -> None:
    # §6 eighth round: a running total raised keeps no purpose; a tally of those relieved is an outcome
    assert _purposes(extract, "据介绍，县慈善会成立以来累计募集善款3000万元，救助困难群众2万人次。") == [None]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("政府宣布投入5000亿日元公共资金，以维护银行体系的稳定。", "维护银行体系的稳定"),
        ("省总工会筹集3000万元资金，以救助全省困难职工。", "救助全省困难职工"),
        ("国际社会提供2亿美元援助，以支持该国的经济改革计划。", "支持该国的经济改革计划"),
    ],
)
def test_aim_of_support_with_yi_after_the_amount(extract, text: str, purpose: str) -> None:
    assert _purposes(extract, text) == [purpose]


def test_a_feeling_shown_with_yi_is_no_purpose(extract) -> None:
    assert _purposes(extract, "该企业家捐出10万元，以表达对家乡教育的关心。") == [None]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("县医保局从医疗救助基金中调剂80万元予以救助。", "救助"),
        ("对全县300户受灾农户，县财政安排资金120万元予以补助。", "补助全县300户受灾农户"),
    ],
)
def test_aid_given_with_yuyi_after_the_amount(extract, text: str, purpose: str) -> None:
    assert _purposes(extract, text) == [purpose]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("一位企业家拿出2000元作为她读大学的学费。", "她读大学的学费"),
        ("校友会捐出5万元作为贫困学生的生活费。", "贫困学生的生活费"),
    ],
)
def test_cost_it_pays_after_zuowei(extract, text: str, purpose: str) -> None:
    assert _purposes(extract, text) == [purpose]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("县财政下拨80万元“乡村教师关爱资金”进行慰问。", "乡村教师关爱资金"),
        ("市财政核发300万元“困难企业帮扶资金”。", "困难企业帮扶资金"),
    ],
)
def test_fund_quoted_after_the_amount(extract, text: str, purpose: str) -> None:
    assert _purposes(extract, text) == [purpose]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("已发放保障金近50万元。", "保障金"),
        ("街道今年已发放低保金36万元。", "低保金"),
    ],
)
def test_fund_named_by_its_own_noun_before_the_amount(extract, text: str, purpose: str) -> None:
    assert _purposes(extract, text) == [purpose]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("某集团向灾区捐赠大米200吨，价值60万元。", "大米"),
        ("该公司向贫困山区赠送冬衣2000件，价值40万元。", "冬衣"),
        ("该校友为家乡学校赠送电脑一点二万台，价值600万元。", "电脑"),
    ],
)
def test_goods_counted_before_the_value_of_a_gift(extract, text: str, purpose: str) -> None:
    assert _purposes(extract, text) == [purpose]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("市慈善会资助养老院、福利院共30所，资助总金额达200万元。", "资助养老院、福利院"),
        ("去年用于农田水利建设资金3亿元。", "农田水利建设"),
        ("2025年用于老旧小区改造的资金1.5亿元。", "老旧小区改造"),
    ],
)
def test_purpose_without_yongyu_nor_a_total_word(extract, text: str, purpose: str) -> None:
    assert _purposes(extract, text) == [purpose]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("多国提供的50亿美元左右的紧急援助贷款（其中日本提供了5亿美元），帮助该国渡过难关。", "紧急援助"),
        ("银行团提供的80亿美元左右的一揽子援助贷款（其中A国出资8亿美元）。", "一揽子援助"),
    ],
)
def test_a_part_purpose_drops_the_totals_word_of_approximation(extract, text: str, purpose: str) -> None:
    assert _purposes(extract, text)[-1] == purpose


def test_a_public_purpose_keeps_its_last_character(extract) -> None:
    assert _purposes(extract, "市财政拨付资金200万元用于城市公共设施建设。") == ["城市公共设施建设"]
