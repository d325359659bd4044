"""Meeting shapes of company and industry releases (annual meetings, dealer conferences, signings, project starts and commissioning ceremonies, staff commendations, donations, shareholder meetings, financing, bids, revenue).
Invented sentences; the expected values follow corpus/GUIDELINES.md §3 (a ceremony held is a meeting, named as
written; a building, site or project before 举行 is no organizer, the body it belongs to is).

- A phase number before the works a ceremony is about (举行二期项目投产仪式, 三期工程开工仪式, 一期投产仪式) was read as a
  tally of events like 举办了3期培训班, and the ceremony was dropped: 期 there is the phase of the project, one event.
- A company's numbered or new plant before 举行 a works ceremony (力晶光电新竹第三厂…举行投产典礼, 华信集团第二工厂举行
  竣工仪式) was the organizer: the plant is what the ceremony is about, like 江城中学新校舍举行奠基礼 (§3 ninth round),
  so the company it belongs to holds it, and with no company named nobody does.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，恒远新能源科技股份有限公司在宜州工业园举行二期项目投产仪式。",
         [("二期项目投产仪式", "2024-05-06", "恒远新能源科技股份有限公司")]),
        ("5月6日，华信集团举行三期工程开工仪式。", [("三期工程开工仪式", "2024-05-06", "华信集团")]),
        ("5月6日，星河电器举行一期投产仪式。", [("一期投产仪式", "2024-05-06", "星河电器")]),
        ("5月6日上午，江城港二期码头工程竣工仪式在港区举行。", [("江城港二期码头工程竣工仪式", "2024-05-06", None)]),
        ("5月6日，天成乳业举行二期厂房封顶仪式。", [("二期厂房封顶仪式", "2024-05-06", "天成乳业")]),
        # near misses: a tally of classes or talks held over time is a series, no meeting
        ("今年以来，华信集团已举办3期青年骨干培训班。", []),
        ("今年以来，公司举办两期新员工座谈会。", []),
        ("5月6日，华信集团举办了三期专题培训班。", []),
    ],
)
def test_phase_of_works_is_no_tally(extract, body, expected):
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，力晶光电新竹第三厂在新竹科学园区举行投产典礼。", [("投产典礼", "2024-05-06", "力晶光电")]),
        ("5月6日上午，华信集团第二工厂举行投产仪式。", [("投产仪式", "2024-05-06", "华信集团")]),
        ("5月6日上午，华信科技股份有限公司宜州新厂举行竣工典礼。", [("竣工典礼", "2024-05-06", "华信科技股份有限公司")]),
        ("5月6日，星河电器合肥二期厂区举行奠基仪式。", [("奠基仪式", "2024-05-06", "星河电器")]),
        ("5月6日，华信集团三厂举行揭牌仪式。", [("揭牌仪式", "2024-05-06", "华信集团")]),
        # no company named: the plant alone holds nothing
        ("5月6日上午，新竹第三厂举行投产典礼。", [("投产典礼", "2024-05-06", None)]),
        # near misses: a works of its own (a trade before 厂), or a plant holding a meeting of its own staff
        ("5月6日，江南造船厂举行建厂150周年纪念大会。", [("建厂150周年纪念大会", "2024-05-06", "江南造船厂")]),
        ("5月6日，江城第一棉纺厂举行新车间投产仪式。", [("新车间投产仪式", "2024-05-06", "江城第一棉纺厂")]),
        ("5月6日，华信集团三厂召开安全生产工作会议。", [("安全生产工作会议", "2024-05-06", "华信集团三厂")]),
    ],
)
def test_plant_before_its_ceremony_is_no_organizer(extract, body, expected):
    assert held(extract(page(body))) == expected
