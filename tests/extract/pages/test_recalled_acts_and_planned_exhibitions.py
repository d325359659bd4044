"""Meeting and funding shapes of acts recalled in a speech, plans within an exhibition's run and other planned exhibitions: five readings that fired past their sentence's grammar.

- §3 seventeenth and twentieth review rounds (a ceremony held 并 after an act told within the meeting takes its
  organizer): the act may be one clause right after 会上，, not a speech that recalls another body's act
  (会上，王强介绍，去年市文联为…颁奖，并举行了授牌仪式: last year's, and 市文联's).
- §3 fifteenth review round (a contest's or exhibition's own ceremony takes the holders the page states for it): a plan
  told within the exhibition's own run (展览期间还将推出系列讲座，该展览由…主办) is a part of it, no other event.
- §6 twentieth round (a relending quota is no money granted; loans let out over a period or as a total are a
  statistic): 累计运用再贷款发放贷款5亿元 is a running lending total, no record.
- §6 twentieth round (R&D经费 under its statistical name is a yearly figure; a grant to a named body stays): in
  全市为支持科技创新安排R&D经费… 为 states a purpose, no recipient.
- §4 twentieth round (people on a film shown at a meeting are no speakers): a bare 接着, 之后, 然后, 最后 goes on with
  the film's own telling; only a clause that returns to the meeting (会上, 观看后, 在会上, 作…讲话) ends it.

Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers


def _organizer(record: dict, suffix: str) -> str | None:
    return next(m["organizer"] for m in record["meetings"] if m["name"].endswith(suffix))


# W6: the act recalled in a speech, another body's, is not the meeting's own.
@pytest.mark.parametrize(
    "body",
    [
        "5月6日，市总工会召开全市劳模表彰大会。会上，局长王强介绍，去年市文联为获奖单位颁奖，并举行了授牌仪式。",
        "5月6日，市总工会召开全市劳模表彰大会。会上，王强回顾说，此前市文联曾为先进集体颁奖，并举行了授牌仪式。",
        "5月6日，市总工会召开全市劳模表彰大会。会上，主持人通报，2023年省总工会为获奖单位颁奖，并举行了揭牌仪式。",
    ],
)
def test_an_act_recalled_in_a_speech_gives_no_organizer(extract, body: str) -> None:
    assert _organizer(extract(page(body)), "仪式") is None


@pytest.mark.parametrize(
    "body",
    [
        # (near misses: the act told right after 会上，, one clause, keeps the meeting's organizer)
        "5月6日，市总工会召开全市劳模表彰大会。会上，局长王强为获奖单位颁奖，并举行了授牌仪式。",
        "5月6日，市总工会召开全市劳模表彰大会。会上，市领导为先进集体代表授牌，并举行了授牌仪式。",
        "5月6日，市总工会召开全市劳模表彰大会。会上，副市长李明为劳模颁发证书，并举行了授牌仪式。",
    ],
)
def test_an_act_told_within_the_meeting_keeps_its_organizer(extract, body: str) -> None:
    assert _organizer(extract(page(body)), "仪式") == "市总工会"


# W7: a plan told within the exhibition's own run is a part of it.
@pytest.mark.parametrize(
    ("body", "holder"),
    [
        ("5月6日，江城书画作品展开展仪式在市美术馆举行。本次展览将持续至6月，展览期间还将推出系列讲座，该展览由市文联主办。",
         "市文联"),
        ("5月6日，江城书画作品展开展仪式在市美术馆举行。本次展览将展出至7月，其间将举办多场导览活动，该展览由市书法家协会主办。",
         "市书法家协会"),
        ("5月6日，江城书画作品展开展仪式在市美术馆举行。本次展览为期一个月，展出期间将开展公益讲座，该展览由市美术家协会主办。",
         "市美术家协会"),
    ],
)
def test_a_plan_within_the_exhibitions_run_keeps_its_holder(extract, body: str, holder: str) -> None:
    assert _organizer(extract(page(body)), "仪式") == holder


@pytest.mark.parametrize(
    "body",
    [
        # (near misses: another exhibition planned, in a time of the year or a month ahead, keeps no holder)
        "5月6日，江城书画作品展开展仪式在市美术馆举行。市美术馆下月还将举办一场摄影展览，该展览由市摄影家协会主办。",
        "5月6日，江城书画作品展开展仪式在市美术馆举行。春节期间，市美术馆还将举办一场摄影展览，该展览由市摄影家协会主办。",
        "5月6日，江城书画作品展开展仪式在市美术馆举行。国庆期间还将推出民俗摄影展览，该展览由市民间文艺家协会主办。",
    ],
)
def test_another_planned_exhibition_still_gives_no_holder(extract, body: str) -> None:
    assert _organizer(extract(page(body)), "仪式") is None


# W8: relending loans let out as a running total.
@pytest.mark.parametrize(
    "body",
    [
        "5月6日，县里召开金融支农会，县农商行累计运用再贷款发放贷款5亿元。",
        "5月6日，县里召开金融支农会，县信用社累计运用支小再贷款发放小微企业贷款3.2亿元。",
        "5月6日，县里召开金融支农会，今年以来，县农商行运用支农再贷款发放贷款3亿元。",
    ],
)
def test_relending_loans_as_a_running_total_are_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # (near misses: loans let out at the event by means of relending stay funding)
        ("5月6日，县里召开金融支农会，县农商行运用支农再贷款现场向45户种粮大户发放贷款2300万元。", 23000000.0),
        ("5月6日，县里召开金融支农会，县信用社运用再贷款现场向20家小微企业发放贷款1500万元。", 15000000.0),
    ],
)
def test_relending_loans_let_out_at_the_event_stay(extract, body: str, amount: float) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


# W9: 为 and a verb: a purpose, no recipient.
@pytest.mark.parametrize(
    "body",
    [
        "5月6日，市里召开科技大会。2023年，全市为支持科技创新安排R&D经费投入45亿元。",
        "5月6日，市里召开科技大会。2023年，全区为加快创新驱动发展安排R&D经费30亿元。",
        "5月6日，市里召开科技大会。去年，全省为推动产业升级安排R&D经费投入120亿元。",
    ],
)
def test_research_spending_for_a_purpose_is_no_grant(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # (near misses: a grant to a named body stays)
        ("5月6日，市里召开科技大会，市财政向江城大学拨付R&D经费500万元。", 5000000.0),
        ("5月6日，市里召开科技大会，市财政为江城大学安排R&D经费300万元。", 3000000.0),
        ("5月6日，市里召开科技大会，市科技局为江城理工学院下达研发经费200万元。", 2000000.0),
    ],
)
def test_research_money_granted_to_a_body_stays(extract, body: str, amount: float) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


# W10: the film's own telling goes on after a bare sequencer.
FILM = "5月6日，全市警示教育大会召开，会议观看了警示教育片，片中，原局长刘某说，后悔莫及，"


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("接着，原副局长张某说，追悔莫及。", "张某"),
        ("之后，原处长李某说，悔不当初。", "李某"),
        ("然后原科长赵某说，对不起组织。", "赵某"),
        ("最后，原主任孙某说，辜负了信任。", "孙某"),
    ],
)
def test_a_bare_sequencer_does_not_end_the_film(extract, tail: str, name: str) -> None:
    assert name not in speakers(extract(page(FILM + tail)))


@pytest.mark.parametrize(
    "tail",
    [
        # (near misses: a clause back at the meeting ends the film's stretch)
        "随后市纪委书记王强作了讲话。",
        "会上，市纪委书记王强说，要引以为戒。",
        "最后，市纪委书记王强在会上强调，要引以为戒。",
    ],
)
def test_a_return_to_the_meeting_ends_the_film(extract, tail: str) -> None:
    assert speakers(extract(page(FILM + tail))).get("王强") == ("市纪委书记", ("讲话",))
