"""Shapes: bodies enumerated with 、 before the event's noun are one meeting name
(第八届理事会、监事会就职典礼, also in Traditional script), with its date, venue and organizer; an amount only
planned with the kind of money between the verb and the amount (计划投入安全生产费用3200万元) is an intention,
no funding; a 在 right after 与/同/和/跟 opens the people met with (与在深赣籍企业家召开座谈会), no venue.
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 meetings: name, organizer, location;
§6 funding: money only intended)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def _meetings(record: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    """(name, date, organizer, location) of each meeting, in order."""
    return [(m["name"], m["date"], m["organizer"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日晚，江城市青年志愿者协会第八届理事会、监事会就职典礼在市会展中心举行。会长张华致辞。",
         [("第八届理事会、监事会就职典礼", "2024-05-07", "江城市青年志愿者协会", "市会展中心")]),
        ("【本報訊】澳門某某青年協會第三屆理事會、監事會就職典禮昨晚在某某酒店舉行，近三百人出席。",
         [("第三届理事会、监事会就职典礼", "2024-05-07", "澳门某某青年协会", "某某酒店")]),
        ("5月7日，江城市工商业联合会第五届理事会、监事会成立大会在市会展中心召开。",
         [("第五届理事会、监事会成立大会", "2024-05-07", "江城市工商业联合会", "市会展中心")]),
        # NEGATIVE: without the 、 the name was read already
        ("5月7日晚，江城市青年志愿者协会第八届理事会就职典礼在市会展中心举行。会长张华致辞。",
         [("第八届理事会就职典礼", "2024-05-07", "江城市青年志愿者协会", "市会展中心")]),
    ],
)
def test_bodies_enumerated_before_the_event_noun(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，市城投集团召开安全生产大会。据悉，集团今年计划投入安全生产费用3200万元。", []),
        ("5月7日，县经信局召开工作会议。全县今年拟投入技术改造资金500万元。", []),
        # NEGATIVE: money put in, no planning verb, stays
        ("5月7日，市城投集团召开安全生产大会。今年以来，集团已投入安全生产费用3200万元。",
         [(32000000.0, "CNY")]),
        # NEGATIVE: a signed project's total (计划总投资) stays
        ("5月7日，某县举行重大项目集中签约仪式，共签约项目10个，计划总投资86亿元。", [(8600000000.0, "CNY")]),
    ],
)
def test_planned_money_with_its_kind_before_the_amount(extract, body: str, expected: list) -> None:
    assert [g[:2] for g in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("5月7日下午，市长张华与在深赣籍企业家召开座谈会，听取意见建议。", None),
        ("5月7日，校长李明同在校学生代表举行座谈会。", None),
        ("5月7日，县委书记王强和在外创业的乡贤召开座谈会。", None),
        # NEGATIVE: the venue before 与 stays
        ("5月7日下午，市长张华在市行政中心与企业家代表召开座谈会。", "市行政中心"),
    ],
)
def test_a_zai_after_yu_opens_the_people_met(extract, body: str, location: str | None) -> None:
    got = _meetings(extract(page(body)))
    assert [m[3] for m in got] == [location]
