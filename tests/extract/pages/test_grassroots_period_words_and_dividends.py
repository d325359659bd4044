"""Grassroots governance and veterans' pages: a period word before a quoted meeting name, a village's
shareholding members paid a dividend, an allocation put off to a next step, a nomination prize after a bare 获, a
merit won in a past year's frame, remarks made while watching a drill, and 优抚金 as a fund's name. Invented sentences."""

from __future__ import annotations

import pytest


def _names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


def _funding(record: dict) -> list[tuple[float, str | None]]:
    return [(f["amount"], f["purpose"]) for f in record["funding"]]


def _awards(record: dict) -> list[tuple[str, int]]:
    return [(a["honor"], a["count"]) for a in record["awards"]]


def _roles(record: dict) -> dict[str, list[str]]:
    return {s["name"]: s["roles"] for s in record["speakers"]}


# --- a period word before the quoted part of a meeting's name: the closing mark stays -------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月3日，桂园社区党委召开本月“红色议事会”，社区党委书记周晓梅主持。", "本月“红色议事会”"),
        ("6月12日，滨河街道召开本季度“民情恳谈会”，街道党工委书记吴刚主持。", "本季度“民情恳谈会”"),
        ("7月2日，江城物业协会召开上半年“红色物业”联席会议，会长钱坤主持。", "上半年“红色物业”联席会议"),
    ],
)
def test_period_before_quoted_name_keeps_closing_mark(extract, text: str, expected: str) -> None:
    assert _names(extract(text, "2026-07-10")) == [expected]


def test_quoted_name_alone_loses_its_marks(extract) -> None:
    # near miss: marks enclosing the whole name are dropped (GUIDELINES §3)
    assert _names(extract("5月3日，桂园社区党委召开“红色议事会”，社区党委书记周晓梅主持。", "2026-05-05")) == ["红色议事会"]


# --- a village's shareholding members paid a dividend --------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1月6日，石桥村召开分红大会，向全村860名股民分红95万元。", 950000.0),
        ("当天，村集体向720名股民分红64.8万元，村党支部书记主持大会。", 648000.0),
        ("本村股份经济合作社为全体股民分红30万元。", 300000.0),
    ],
)
def test_village_shareholders_dividend_is_funding(extract, text: str, amount: float) -> None:
    assert [a for a, _ in _funding(extract(text, "2026-01-08"))] == [amount]


@pytest.mark.parametrize(
    "text",
    [
        "公司召开股东大会，决定向全体股民分红1.2亿元。",  # a company's dividend: no grant (§6)
        "该上市公司去年向股民分红3亿元。",
    ],
)
def test_company_dividend_to_shareholders_is_not(extract, text: str) -> None:
    assert _funding(extract(text, "2026-04-01")) == []


# --- a nomination prize or a title word after a bare 获 and a quoted honour ---------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8月1日，市退役军人事务局举办发布仪式，20名退役军人获“最美退役军人”提名奖。", [("最美退役军人提名奖", 20)]),
        ("8月1日，市退役军人事务局举办发布仪式，10名退役军人获评“最美退役军人”，15名退役军人获“最美退役军人”提名奖。",
         [("最美退役军人", 10), ("最美退役军人提名奖", 15)]),
        ("5月6日，街道召开表彰会，12名网格员获“金牌网格员”荣誉称号。", [("金牌网格员", 12)]),
    ],
)
def test_bare_won_before_quoted_honour_with_a_tail(extract, text: str, expected: list) -> None:
    assert _awards(extract(text, "2026-08-02")) == expected


def test_bare_won_before_quote_and_an_act_after_gives_nothing(extract) -> None:
    # near miss: the quoted part goes on into another clause's act, not a closing title word
    assert _awards(extract("8月1日，市局举办仪式，20名退役军人获“最美退役军人”提名奖后纷纷表示要再立新功。", "2026-08-02")) == []


# --- a merit won in a past year's frame: a tally, no conferral --------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "9月14日，镇里举行新兵欢送会。镇人武部部长何军介绍，去年全镇入伍的15名新兵中，有3人在部队荣立三等功。",
        "9月14日，镇里举行新兵欢送会。去年全镇入伍的20名新兵中，有4人荣立三等功。",
    ],
)
def test_merit_won_in_past_year_frame_is_a_tally(extract, text: str) -> None:
    assert _awards(extract(text, "2026-09-15")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: holders commended at the event, or a merit conferred there
        ("9月14日，大队召开表彰会，为去年荣立个人三等功的4名指战员进行了表彰。", [("个人三等功", 4)]),
        ("9月14日，支队召开总结表彰大会，18名指战员荣立个人三等功。", [("个人三等功", 18)]),
    ],
)
def test_merit_conferred_at_the_event_stays(extract, text: str, expected: list) -> None:
    assert _awards(extract(text, "2026-09-15")) == expected


# --- remarks made while or after watching a drill or a show: no role ----------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "1月8日下午，大队举行授衔仪式，副区长钱伟出席仪式。仪式结束后，指战员进行了实战演练。钱伟观看演练后表示，大队战斗力明显提升。",
        "1月8日下午，大队举行授衔仪式，副区长钱伟出席仪式。钱伟在观摩消防演习时指出，要加强实战化训练。",
        "1月8日下午，社区举行新春茶话会，副区长钱伟出席。钱伟观看文艺演出后说，节目很精彩。",
    ],
)
def test_remarks_while_watching_a_drill_or_show_give_no_role(extract, text: str) -> None:
    assert "钱伟" not in _roles(extract(text, "2026-01-09"))


def test_remarks_at_the_meeting_keep_the_role(extract) -> None:
    # near miss: a speech at the meeting after watching a film shown there
    roles = _roles(extract("1月8日下午，县里召开动员大会，副区长钱伟主持。钱伟在会上观看了宣传片后强调，要加强训练。", "2026-01-09"))
    assert roles.get("钱伟") == ["主持", "讲话"]


# --- 优抚金 names what the money is for ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("2025年全县共发放各类优抚金2860万元。", "各类优抚金"),
        ("今年一季度，区退役军人事务局发放优抚金420万元。", "优抚金"),
    ],
)
def test_pension_for_entitled_groups_is_the_purpose(extract, text: str, purpose: str) -> None:
    assert [p for _, p in _funding(extract(text, "2026-04-01"))] == [purpose]
