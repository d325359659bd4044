"""Commerce and investment promotion. Invented sentences; expected values follow corpus/GUIDELINES.md.

- §3 organizer: a trade-promotion council written short (市贸促会, 省贸促会) is a body ending in 会 that holds a meeting,
  not a meeting noun;
- §3 eighth round: a county or city before a passive name of its foreign-trade or foreign-capital event
  (南岭县外贸扶持资金兑现大会在…召开) is its holder, as 东城区民营经济发展大会 is; 县外 meaning outside the county is not;
- §6: investment a body brought its members or investors to make (引导会员企业投资…) is investment attracted, a statistic;
- §6: a project's investment in a clause that says it is still being negotiated (正在洽谈中) is only intended.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市贸促会在会议中心举办企业出海经验交流会，50多人参会。", ("企业出海经验交流会", "2024-05-06", "市贸促会")),
        ("5月6日，省贸促会召开会员企业座谈会。", ("会员企业座谈会", "2024-05-06", "省贸促会")),
        ("5月6日，江城市贸促会举办RCEP政策宣讲会，80名外贸企业代表参加。", ("RCEP政策宣讲会", "2024-05-06", "江城市贸促会")),
        # near misses: a meeting noun, no body, stays no organizer
        ("5月6日，交流会在会议中心举行，50多人参会。", ("交流会", "2024-05-06", None)),
        ("5月6日，市商务局召开外贸工作会，区贸促会负责人参加。", ("外贸工作会", "2024-05-06", "市商务局")),
    ],
)
def test_trade_promotion_council_holds(body, expected, extract):
    assert held(extract(page(body)))[0] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，南岭县外贸扶持资金兑现大会在县政府三楼会议室召开。", ("外贸扶持资金兑现大会", "2024-05-06", "南岭县")),
        ("5月6日，平安县外资企业座谈会在县行政中心举行。", ("外资企业座谈会", "2024-05-06", "平安县")),
        ("5月6日，江城区外商投资企业恳谈会在区政府会议室召开。", ("外商投资企业恳谈会", "2024-05-06", "江城区")),
        ("5月6日，东湖县外事工作会议在县委党校召开。", ("外事工作会议", "2024-05-06", "东湖县")),
        # near misses: 县外 / 市外 outside the place, the name kept whole
        ("5月6日，南岭县外出务工人员返乡座谈会在县政府三楼会议室召开。",
         ("南岭县外出务工人员返乡座谈会", "2024-05-06", None)),
        ("5月6日，江城县外来务工人员子女入学工作会议在县教育局召开。",
         ("江城县外来务工人员子女入学工作会议", "2024-05-06", None)),
    ],
)
def test_place_before_foreign_trade_event(body, expected, extract):
    assert held(extract(page(body)))[0] == expected


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，商会召开年会。商会成立以来，累计组织会员企业在江城投资超过300亿元。",
        "5月6日，商会召开年会。五年来，商会累计引导会员企业回乡投资50亿元。",
        "5月6日，侨联召开座谈会。近年来，侨联动员海外侨商在家乡投资12亿元。",
        "5月6日，镇里召开乡贤大会。去年，镇里引导乡贤回乡投资总额达3.5亿元。",
    ],
)
def test_investors_brought_are_no_funding(body, extract):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # near misses: money a body gives or a project it carries out, kept
        ("5月6日，商会召开年会，会上组织会员企业捐款200万元，用于资助困难学生。", [(2000000.0, "CNY", "资助困难学生")]),
        ("5月6日，县交通局召开会议，会议决定组织实施投资5000万元的道路改造工程。", [(50000000.0, "CNY", None)]),
        ("5月6日，县政府召开会议，安排资金800万元，用于引导企业投资技术改造。", [(8000000.0, "CNY", "引导企业投资技术改造")]),
    ],
)
def test_money_given_or_carried_out_stays(body, expected, extract):
    got = grants(extract(page(body)))
    assert [g[:2] for g in got] == [e[:2] for e in expected]


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，镇政府召开恳谈会。另有一个投资2亿元的物流园项目正在洽谈中，计划年内签约。",
        "5月6日，县里召开招商会。目前，总投资15亿元的智能装备项目正在洽谈，有望年内落地。",
        "5月6日，区里召开推介会。一个投资8亿元的康养项目目前正在商谈合作细节。",
    ],
)
def test_project_under_negotiation_is_no_funding(body, extract):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # near misses: signed in its clause, the negotiation is another phase's; a grant under review is another rule's
        ("5月6日，镇政府召开恳谈会，会上签约投资2亿元的物流园项目，二期正在洽谈中。", 200000000.0),
        ("5月6日，县政府召开签约仪式，签约项目12个，总投资86亿元。另有3个项目正在洽谈。", 8600000000.0),
    ],
)
def test_signed_investment_stays(body, amount, extract):
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        # a headline telling the project by its amount only names no project: the purpose stays null
        ("江城市召开跨境电商发展大会 总投资50亿元项目签约\n2024-05-08 来源：某网\n5月6日，江城市跨境电商发展大会召开。会上，"
         "江城市与某集团签署战略合作协议，项目计划总投资50亿元。\n", None),
        ("总投资3亿元项目落户江城\n2024-05-08 来源：某网\n5月6日，江城县举行签约仪式。该项目总投资3亿元。\n", None),
        # near miss: a project named by its name before keeps it
        ("江城新能源电池项目签约\n2024-05-08 来源：某网\n5月6日，江城县举行签约仪式，签约江城新能源电池项目。该项目总投资50亿元。\n",
         "江城新能源电池项目"),
    ],
)
def test_project_told_by_its_amount_names_none(text, purpose, extract):
    assert [g[2] for g in grants(extract(text))] == [purpose]
