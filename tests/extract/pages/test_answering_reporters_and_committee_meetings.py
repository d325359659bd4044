"""Newspaper and wire copy: answering reporters at a press conference and party committees' work meetings: three shapes the rules missed.

- §4 fourteenth review round: answering questions at the event is 讲话; officials who answer reporters' questions at a
  press conference (回答了记者提问, 答记者问, 就记者关心的问题作了回答) got no role, the name not even read before 回答.
  Told after the meeting (会后，…回答了记者提问) it stays no role, like other words after the event.
- §3 eighth round (a body standing before a passive name as its holder is the organizer) and fourteenth round (a body's
  name before 会议 organizes it): a party committee written before its line of work's meeting (中共临川县委经济工作会议在…
  召开) had no organizer. The name stays whole (as the earlier tests of same-named meetings of two provinces read it)
  unless a year or ordinal after the committee already cut it (the existing prefix rule).
  Its own sessions and bodies (县委常委会会议, 十二届五次全会, 统战部, 理论学习中心组) keep their readings.
- §6: the total of projects a report or plan says will be carried out (今年全县将实施重点项目120个，计划总投资356亿元)
  is only intended, like 计划实施…项目; projects already started or signed keep their totals.

Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, speakers

PRESS = "2月21日，市政府新闻办举行新闻发布会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (PRESS + "市财政局副局长龚敏、市税务局副局长姜涛回答了记者提问。",
         {"龚敏": ("市财政局副局长", ("讲话",)), "姜涛": ("市税务局副局长", ("讲话",))}),
        ("3月5日，县政府召开新闻发布会，县长王磊答记者问。", {"王磊": ("县长", ("讲话",))}),
        ("3月5日，县政府召开新闻发布会。发布会上，县长王磊回答了媒体记者的提问。", {"王磊": ("县长", ("讲话",))}),
        (PRESS + "市卫健委副主任陈丽就记者关心的问题作了回答。", {"陈丽": ("市卫健委副主任", ("讲话",))}),
        (PRESS + "市教育局局长孙浩还回答了记者提问。", {"孙浩": ("市教育局局长", ("讲话",))}),
    ],
)
def test_answering_reporters_at_a_press_conference_is_speaking(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: answers told after the event, on a tour, or a question put to the official
        "3月5日，县政府召开新闻发布会。会后，县长王磊回答了记者提问。",
        "3月5日，县长王磊在青山村调研时回答了记者提问。",
        "3月5日，县政府召开新闻发布会。记者向县长王磊提问。",
        "3月5日，县委召开座谈会。县长王磊书面答复了代表提问。",
    ],
)
def test_answers_outside_the_event_give_no_role(extract, body: str) -> None:
    assert speakers(extract(page(body))) == {}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月15日，中共临川县委经济工作会议在县会议中心召开。", ("中共临川县委经济工作会议", "中共临川县委")),
        ("1月15日，临川县委经济工作会议在县会议中心召开。", ("临川县委经济工作会议", "临川县委")),
        ("1月15日，中共江城市委2024年农村工作会议在市会议中心举行。", ("2024年农村工作会议", "中共江城市委")),
        ("1月15日，市委组织工作会议在市委党校召开。", ("市委组织工作会议", "市委")),
        ("1月15日，区委人才工作推进会在区行政中心举行。", ("区委人才工作推进会", "区委")),
    ],
)
def test_a_party_committee_before_its_work_meeting_holds_it(extract, body: str, expected: tuple) -> None:
    assert [(m[0], m[2]) for m in held(extract(page(body)))] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: the committee's own sessions keep it in the name; its departments and groups are no work meeting
        ("1月15日，县委常委会会议在县委会议室召开。", ("县委常委会会议", "县委")),
        ("1月15日，县委十二届五次全会在县会议中心召开。", ("县委十二届五次全会", "县委")),
        ("1月15日，县委理论学习中心组学习会在县委会议室举行。", ("县委理论学习中心组学习会", None)),
        ("1月15日，县委统战部统一战线工作会议在县委会议室举行。", ("县委统战部统一战线工作会议", None)),
        ("1月15日，全市组织工作会议在市委党校召开。", ("全市组织工作会议", None)),
    ],
)
def test_the_committees_own_sessions_and_bodies_keep_their_reading(extract, body: str, expected: tuple) -> None:
    assert [(m[0], m[2]) for m in held(extract(page(body)))] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "1月21日，县人代会开幕。县长彭丽华作政府工作报告，提出今年全县将实施重点项目120个，计划总投资356亿元。",
        "1月21日，县人代会开幕。报告提出，今年我市将建设重大项目86个，总投资520亿元。",
        "1月21日，县人代会开幕。报告提出，明年全区将新开工产业项目30个，总投资150亿元。",
    ],
)
def test_projects_that_will_be_carried_out_are_only_intended(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # NEGATIVE: projects started or signed keep their totals; 即将 is no plan of the report
        ("今年将实施的32个重点项目已全部开工，总投资186亿元。", 18600000000.0),
        ("4月25日，签约仪式举行。会上，18个项目集中签约，这些项目将建设在经开区，总投资126亿元。", 12600000000.0),
        ("4月25日，全市重大项目集中开工仪式举行，即将建设的项目共42个，总投资210亿元。", 21000000000.0),
    ],
)
def test_started_or_signed_projects_keep_their_totals(extract, body: str, amount: float) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == [amount]
