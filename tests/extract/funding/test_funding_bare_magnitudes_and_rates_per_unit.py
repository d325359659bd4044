"""Funding phrasings of invented texts: amounts of a bare magnitude after 上
(上千万元, 上亿元) beside the vague multiples that state none (数百万元, 几十万元) and a cost a case would need
(据测算，…就需投资上亿元); rates per unit of land, livestock or
goods (按每亩100元标准) beside shares per recipient; money still to be sought (将争取…); whom a reward fund rewards and
whom a prize is given to (…，奖励先进集体和个人; 给予该村奖金); amounts cut by a space or a wrapped line.  All sentences
are invented; the expected values follow corpus/GUIDELINES.md §6 (a case's comment says which rule)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def _amounts(record: dict) -> list[tuple[float, float | None, bool]]:
    """(amount, amount_high, approximate) of each funding record, in order."""
    return [(f["amount"], f["amount_high"], f["approximate"]) for f in record["funding"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 上 before a bare magnitude is "upwards of": the magnitude, approximate, no amount_high (not a range, no 多)
        ("县财政今年投入上千万元用于农村道路建设。", [(10000000, None, True)]),
        ("该企业累计捐款上亿元，支持家乡教育事业。", [(100000000, None, True)]),
        ("县财政投入上百万元用于修建文化广场。", [(1000000, None, True)]),
        ("市政府拨付近千万元资金用于灾后重建。", [(10000000, None, True)]),
        # vague multiples state no amount (§6)
        ("县里拨付数百万元资金用于修缮学校。", []),
        ("社会各界捐款几十万元帮助受灾群众。", []),
        ("县财政拨付专项资金数千万元用于治污。", []),
        # a size class of projects counted, not money invested
        ("今年，县里新开工投资上亿元项目8个。", []),
        ("投资上亿元的项目有12个。", []),
        # money a case would need, by an estimate, is a hypothetical cost; a body's plain need stays as stated
        ("据测算，像这样的城市电话用户上百万，就需投资上亿元。", []),
        ("据测算，该项目共需投资5亿元。", []),
        ("全年需资金1152万元。", [(11520000, None, False)]),
        # 加上 is no approximation: the bare 千万元 it adds
        ("县财政投入资金500万元，再加上千万元社会资本，共同建设产业园。", [(5000000, None, False), (10000000, None, False)]),
    ],
)
def test_bare_magnitudes_after_shang_and_vague_multiples(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body))) == expected


def test_a_headline_rounding_up_to_shang_restates_the_body(extract) -> None:
    text = "县财政投入上亿元建设新校区\n2024-05-08 来源：某网\n县财政投入1.2亿元用于建设新校区。\n"
    assert _amounts(extract(text)) == [(120000000, None, False)]


def test_a_headline_of_a_prize_in_kind_is_no_grant(extract) -> None:
    # the body tells the reward is a suit worth 上千元, a prize in kind (§6): the headline's 上千元 restates it
    text = ("送还失物获奖励上千元\n2024-05-08 来源：某网\n市政府召开表彰大会，授予出租车司机王某“文明使者”称号，"
            "并奖励价值上千元的西服一套。\n")
    assert grants(extract(text)) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a rate per unit of land, livestock or goods is no amount granted; the total beside it is
        ("按每亩100元标准发放耕地地力保护补贴。", []),
        ("按每亩100元标准发放耕地地力保护补贴，共计发放补贴资金1200万元。", [12000000]),
        ("对能繁母猪每头补贴100元。", []),
        ("为每台农机补贴3000元。", []),
        ("该镇亩均投入资金2000元。", []),
        # a monthly allowance per person is pay-like; the year's total beside it is money granted
        ("县里对困难群众每人每月补助500元。", []),
        ("对困难群众每人每月补助500元，全年共发放补助资金360万元。", [3600000]),
        # a share per recipient is an 各 amount, one record (§6), per year too when no standard is set or raised
        ("对家庭经济困难学生每名学生每年资助2000元。", [2000]),
        ("给予每户建房补助2万元。", [20000]),
        ("公司拿出奖励资金26万元，“技术能手”每人奖励2000元。", [260000, 2000]),
    ],
)
def test_rates_per_unit_and_shares_per_recipient(extract, body: str, expected: list) -> None:
    assert [f["amount"] for f in extract(page(body))["funding"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # money still to be sought or a target is nothing granted
        ("将争取上级资金5000万元。", []),
        ("明年将积极争取上级资金5000万元，用于水利建设。", []),
        ("力争引资10亿元。", []),
        ("计划投资2亿元建设污水处理厂。", []),
        ("该公司拟投资50亿元建设新能源基地，目前项目正在洽谈中。", []),
        # money obtained or allocated, told as done
        ("今年共争取上级资金5000万元，用于水利建设。", [50000000]),
        ("争取到上级补助资金3000万元。", [30000000]),
        ("县财政已安排资金300万元用于农村道路建设。", [3000000]),
        # a giver's own allocation announced: kept (§6: a decision reported); one only proposed with 拟 is money
        # only intended (§6, like 拟投资: no record)
        ("拟安排资金300万元用于农村道路建设。", []),
        ("县财政今年将安排资金800万元，用于教育。", [8000000]),
    ],
)
def test_money_sought_planned_or_allocated(extract, body: str, expected: list) -> None:
    assert [f["amount"] for f in extract(page(body))["funding"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # whom a reward fund rewards is what it is for
        ("发放奖励资金20万元，用于奖励先进集体和个人。", [(200000, "CNY", "奖励先进集体和个人")]),
        ("县财政拨付奖励资金20万元，奖励先进集体和个人。", [(200000, "CNY", "奖励先进集体和个人")]),
        ("县财政拨付奖励资金20万元，表彰奖励先进集体和个人。", [(200000, "CNY", "表彰奖励先进集体和个人")]),
        # a prize: the prize money, not the one given it
        ("大会给予奖金5万元。", [(50000, "CNY", "奖金")]),
        ("县委县政府给予该村奖金5万元。", [(50000, "CNY", "奖金")]),
        ("县委县政府给予他们奖金5万元。", [(50000, "CNY", "奖金")]),
        ("市政府发放科技进步奖奖金100万元。", [(1000000, "CNY", "科技进步奖奖金")]),
        # a named reward fund keeps its name; the fund's noun or its terms after the comma are no use
        ("县政府拨付目标任务奖励资金200万元，奖励先进乡镇。", [(2000000, "CNY", "目标任务奖励资金")]),
        ("县财政拨付奖励资金20万元，奖励资金已全部发放到位。", [(200000, "CNY", None)]),
        ("该村扶贫资金200万元已到位。", [(2000000, "CNY", "扶贫资金")]),
    ],
)
def test_purposes_of_rewards_and_prizes(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a thin, no-break, narrow or plain space as the thousands separator
        "县财政共投入资金1\u2009200万元，用于农村道路建设。",
        "县财政共投入资金1\u00a0200万元，用于农村道路建设。",
        "县财政共投入资金1\u202f200万元，用于农村道路建设。",
        "县财政共投入资金1 200万元，用于农村道路建设。",
        # a hard wrap inside the amount: the short lines of one sentence
        "县财政今年共投入资金12\n00万元，用于农村道路建设。",
        "县财政今年共投入资金1200\n万元，用于农村道路建设。",
        "县财政今年共投入资金120\n0万元，用于农村道路建设，\n新建改建农村公路86公里。",
        "5月6日，县里召开会议。县财政拨付专项资金1\n200万元，用于农村道路建设。",
    ],
)
def test_amounts_cut_by_a_space_or_a_wrap(extract, body: str) -> None:
    assert grants(extract(page(body))) == [(12000000, "CNY", "农村道路建设")]


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # a space that is no thousands separator joins nothing
        ("县财政共投入资金12 00万元，用于农村道路建设。", "12 00万元"),
        # two rows of a table stay apart
        ("各镇补助资金如下\n甲镇 12\n乙镇 30万元。", "甲镇 12\n乙镇"),
        ("各镇补助资金\n甲镇12\n00万元\n乙镇30万元", "甲镇12\n00万元"),
    ],
)
def test_no_join_outside_an_amount(extract, body: str, kept: str) -> None:
    record = extract(page(body))
    assert kept in record["_doc"].clean_text
    assert all(f["amount"] not in (12000000, 1230000, 120000) for f in record["funding"])
