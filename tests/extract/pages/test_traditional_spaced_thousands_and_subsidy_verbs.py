"""Funding and meeting phrasings: an amount's thousands set off by a space in Traditional
text (新台幣8 600萬元, the unit read before the Traditional text is converted), a subsidy verb opening the
clause after an amount (，補助轄內社區營造計畫), and a signing ceremony referred to after the sentence
that tells the signing act with its day and place (…19日在郑州签署…协议。…出席签约仪式并致辞).  Invented
sentences; the expected values follow corpus/GUIDELINES.md §3 (a meeting only referred to is one record,
dated by the account) and §6 (each stated amount is one record; purpose: what the money is for)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a plain, a full-width and a no-break space between the thousands of a Taiwan amount
        ("縣政府今年編列新台幣8 600萬元，補助轄內社區營造計畫。", [(86_000_000.0, "TWD", "补助辖内社区营造计划")]),
        ("縣政府今年編列新台幣8\u3000600萬元，補助轄內社區營造計畫。", [(86_000_000.0, "TWD", "补助辖内社区营造计划")]),
        ("縣政府今年編列新台幣8\u00a0600萬元，補助轄內社區營造計畫。", [(86_000_000.0, "TWD", "补助辖内社区营造计划")]),
        # several groups, and 億
        ("縣政府今年撥款新台幣1 250 000元，補助社區營造計畫。", [(1_250_000.0, "TWD", "补助社区营造计划")]),
        ("市政府今年編列新台幣1 200億元。", [(120_000_000_000.0, "TWD", None)]),
        # the Simplified spelling, as before
        ("县政府今年安排资金8 600万元，补助辖内社区营造计划。", [(86_000_000.0, "CNY", "补助辖内社区营造计划")]),
    ],
)
def test_thousands_set_off_by_a_space_in_traditional_text(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two numbers written apart: a year, an ordinal, a group of four digits
        ("县财政下达2024年 300万元补助资金，补助困难群众。", [(3_000_000.0, "CNY", "补助困难群众")]),
        ("县财政下达的第3 500万元补助资金已全部拨付。", [(5_000_000.0, "CNY", None)]),
        ("县财政今年拨付资金8 6000万元。", [(60_000_000.0, "CNY", None)]),
    ],
)
def test_separate_numbers_are_not_joined(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 补助/补贴 as the verb opening the clause after the amount: what the money subsidises
        ("县财政拨付资金500万元，补助困难群众。", [(5_000_000.0, "CNY", "补助困难群众")]),
        ("县财政拨付资金500万元，补贴农户购置农机。", [(5_000_000.0, "CNY", "补贴农户购置农机")]),
        # the fund's noun opening the clause is no use of the money
        ("县财政拨付资金500万元，补助资金已全部到位。", [(5_000_000.0, "CNY", None)]),
    ],
)
def test_a_subsidy_verb_after_the_amount_is_the_purpose(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def ceremony(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, date, location) of each meeting, in order."""
    return [(m["name"], m["date"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a day under a dated dateline, the place of the signing act
        ("新华社郑州3月19日电（记者张某）河南省人民政府与湖北省人民政府19日在郑州签署战略合作框架协议。"
         "河南省省长王凯、湖北省省长王忠林出席签约仪式并致辞。",
         [("签约仪式", "2024-03-19", "郑州")]),
        # no dateline; the act and the reference in one sentence
        ("本报讯 3月19日，甲公司与乙公司在杭州签署战略合作协议。甲公司董事长李明、乙公司总经理王强出席签约仪式并致辞。",
         [("签约仪式", "2024-03-19", "杭州")]),
        ("3月19日，甲公司与乙公司在杭州签署战略合作协议，甲公司董事长李明、乙公司总经理王强出席签约仪式并致辞。",
         [("签约仪式", "2024-03-19", "杭州")]),
        ("3月19日，甲公司与乙公司在杭州签署战略合作协议。签约仪式由甲公司副总经理赵刚主持。",
         [("签约仪式", "2024-03-19", "杭州")]),
        # the ceremony named first with its own day and place, as before
        ("新华社郑州3月19日电（记者张某）河南省人民政府与湖北省人民政府战略合作框架协议签约仪式19日在郑州举行。"
         "河南省省长王凯、湖北省省长王忠林出席签约仪式并致辞。",
         [("河南省人民政府与湖北省人民政府战略合作框架协议签约仪式", "2024-03-19", "郑州")]),
    ],
)
def test_a_signing_ceremony_referred_to_takes_the_day_and_place_of_the_act_before(
    extract, body: str, expected: list
) -> None:
    assert ceremony(extract(page(body, "2024-03-20"))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # an earlier signing recalled as background: neither its year nor its day nor its place
        "本报讯 甲公司与乙公司曾于2022年3月5日在杭州签署合作协议。此次，甲公司董事长李明、乙公司总经理王强出席签约仪式并致辞。",
        "本报讯 双方曾于2022年在杭州签署合作协议，此次甲公司董事长李明、乙公司总经理王强出席签约仪式并致辞。",
        "本报讯 甲公司与乙公司2022年在杭州签署合作协议。此次甲公司董事长李明、乙公司总经理王强出席签约仪式并致辞。",
        # a circumstance after 在 is no place
        "本报讯 甲公司与乙公司在两市市长的见证下签署合作协议。甲公司董事长李明出席签约仪式并致辞。",
    ],
)
def test_a_recalled_signing_gives_the_ceremony_nothing(extract, body: str) -> None:
    assert ceremony(extract(page(body, "2024-03-20"))) == [("签约仪式", None, None)]
