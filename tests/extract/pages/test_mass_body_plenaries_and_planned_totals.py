"""Mass organisations (unions, youth league, women's federations, science, overseas-Chinese, disabled persons' and literary federations, federations of industry and commerce).

- A mass organisation's plenary of its full committee numbered by term and round (县科协九届三次全委（扩大）会议在…召开,
  市妇联十三届五次全委会议召开) is its own numbered session: the body stays in the name and holds it (GUIDELINES §3
  eleventh review round), as its 执委会议 already was. The active form (县科协召开九届三次全委会议) and a party committee's
  全委会 keep their readings.
- A project named in full before its own total, its start still ahead (县科技馆项目计划总投资1200万元，拟于明年开工建设),
  is only planned: no funding (§6: a project only studied or planned, with no signing, start or works told), as
  该项目总投资…，计划明年开工 already was.
- The investment total of the projects a place attracted over several years (五年来…共引进侨资项目86个，投资总额逾百亿元) is
  capital drawn in, a statistic (§6 seventeenth round: 累计引进项目26个，到位资金18.6亿元); a signing or a start told keeps it.
Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page


@pytest.mark.parametrize(
    ("body", "name", "organizer"),
    [
        ("15日上午，县科协九届三次全委（扩大）会议在县行政中心召开，全体委员37人出席会议。",
         "县科协九届三次全委（扩大）会议", "县科协"),
        ("5月6日，市妇联十三届五次全委会议在市妇女儿童活动中心举行。", "市妇联十三届五次全委会议", "市妇联"),
        ("昨天下午，区残联六届二次全委扩大会议召开，会议由区残联理事长主持。", "区残联六届二次全委扩大会议", "区残联"),
        ("5月6日，市侨联八届四次全委会议在市会议中心召开。", "市侨联八届四次全委会议", "市侨联"),
        # (the executive's session, read before this hunt, keeps its reading)
        ("5月6日，县科协十届三次执委会议在县行政中心召开。", "县科协十届三次执委会议", "县科协"),
    ],
)
def test_mass_body_plenary_is_its_own_session(extract, body: str, name: str, organizer: str) -> None:
    got = held(extract(page(body)))
    assert got and got[0][0] == name and got[0][2] == organizer, got


@pytest.mark.parametrize(
    ("body", "name", "organizer"),
    [
        # NEGATIVE: a place's congress named in full stays without organizer (§3 tenth round)
        ("5月6日上午，县第十八届人民代表大会第五次会议在县行政中心召开。", "县第十八届人民代表大会第五次会议", None),
        # NEGATIVE: a body told as the subject keeps the name as written (the active form is not rewritten)
        ("5月6日，县科协召开九届三次全委（扩大）会议。", "九届三次全委（扩大）会议", "县科协"),
        # NEGATIVE: a party committee told as the subject keeps its reading (name without the committee)
        ("5月6日，县委召开十四届五次全委（扩大）会议。", "十四届五次全委（扩大）会议", "县委"),
    ],
)
def test_other_term_sessions_unchanged(extract, body: str, name: str, organizer: str | None) -> None:
    got = held(extract(page(body)))
    assert got and got[0][0] == name and got[0][2] == organizer, got


@pytest.mark.parametrize(
    "body",
    [
        "据了解，县科技馆项目计划总投资1200万元，拟于明年开工建设。",
        "江城大桥工程总投资12亿元，预计年内动工。",
        "会议通报，市妇女儿童活动中心项目总投资8000万元，计划于今年下半年开工。",
        "五年来，全市侨联系统共引进侨资项目86个，投资总额逾百亿元。",
        "近三年来，我县累计引进项目45个，总投资120亿元。",
        "十年来，市工商联共招引项目230个，项目总投资310亿元。",
    ],
)
def test_planned_or_attracted_total_is_no_funding(extract, body: str) -> None:
    got = grants(extract(page(body)))
    assert not got, got


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # NEGATIVE: works told done, or a later phase ahead, keep the project's total
        ("江城大桥工程总投资12亿元，目前已完成主体工程。", 1200000000),
        ("江城大桥工程总投资12亿元，一期已建成通车，计划明年开工建设二期。", 1200000000),
        # NEGATIVE: a signing keeps its total, whether ahead of a start or of projects attracted
        ("会上签约的江城物流园项目总投资12亿元，计划明年开工。", 1200000000),
        ("会上，集中签约引进项目12个，总投资86亿元。", 8600000000),
        # NEGATIVE: projects attracted that are told started keep their total
        ("今年以来，全县引进的12个项目已全部开工，总投资30亿元。", 3000000000),
        # NEGATIVE: no span of years: the projects of this year, read as before (no ruling on year-to-date tallies)
        ("今年，我县引进项目15个，总投资45亿元。", 4500000000),
        ("今年以来，我县累计引进项目15个，总投资45亿元。", 4500000000),
    ],
)
def test_started_or_signed_total_stays(extract, body: str, amount: int) -> None:
    got = grants(extract(page(body)))
    assert [g for g in got if g[0] == amount], got
