"""Ecology, environment and water pages (生态环境局, 水利局, 林业局, 河长办): a name before 和/与/及 and a group
counted in digits (局长田雨和3个街道负责人作了交流发言) ends before the conjunction; a fund a body will set up at a
next step, its size told in the clause after it (下一步还将设立…基金，计划规模1亿元), is money only intended.
Invented sentences; the expected values follow corpus/GUIDELINES.md (§4 name: the personal name only; §6: a fund to
be set up next is only intended, no record)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers

LEAD = "2月26日，海宁区召开生态环境保护工作会议。会议由副区长贺敏主持。"


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("会上，区生态环境分局局长田雨和3个街道负责人作了交流发言。", "田雨", ("发言",)),
        ("会上，县水利局局长马国华与12名村级河长代表作了交流发言。", "马国华", ("发言",)),
        ("会上，市林业局局长卢振华及５个乡镇负责人先后发言。", "卢振华", ("发言",)),
        ("会上，区生态环境分局局长田雨和2位企业代表作了交流发言。", "田雨", ("发言",)),
        # unchanged: a Chinese numeral count, as before
        ("会上，区生态环境分局局长田雨和两名村干部代表作了交流发言。", "田雨", ("发言",)),
    ],
)
def test_a_name_before_a_conjunction_and_a_digit_count(extract, body: str, name: str, roles: tuple) -> None:
    found = speakers(extract(page(LEAD + body)))
    assert found[name][1] == roles
    assert not any(n.endswith(("和", "与", "及")) for n in found)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # negatives: 和 of the name itself before a verb or a title, as before
        ("会上，区生态环境分局局长孟庆和作了交流发言。", "孟庆和"),
        ("会上，区生态环境分局局长孟庆和主持讨论并发言。", "孟庆和"),
    ],
)
def test_a_name_ending_in_a_conjunction_character_is_kept(extract, body: str, name: str) -> None:
    assert name in speakers(extract(page(LEAD + body)))


MEETING = "5月14日，市水利局召开流域生态补偿工作会议。"


@pytest.mark.parametrize(
    "body",
    [
        "据了解，下一步还将设立流域生态保护基金，计划规模1亿元。",
        "下一步将设立流域生态保护基金，规模1亿元。",
        "今后还将设立生态保护基金，首期规模5000万元。",
        "接下来，市里将设立湿地保护基金，总规模2亿元。",
    ],
)
def test_a_fund_set_up_next_with_its_size_after_a_comma(extract, body: str) -> None:
    assert grants(extract(page(MEETING + body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # negatives: a fund set up at the meeting, or money paid there, stays
        ("会上，市政府宣布设立流域生态保护基金，规模1亿元。", [(100000000.0, "CNY", None)]),
        ("会议兑现生态补偿资金860万元。下一步还将设立流域生态保护基金。", [(8600000.0, "CNY", "生态补偿资金")]),
    ],
)
def test_a_fund_set_up_now_stays(extract, body: str, expected: list) -> None:
    assert grants(extract(page(MEETING + body))) == expected
