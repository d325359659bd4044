"""Funding phrasings of invented pages: tender statistics (全年中标金额共计30亿元,
累计中标项目…中标金额达45亿元), a bidder's offer (第一中标候选人报价980万元) and a running total of financing
(此前已累计获得融资超5亿元), none money granted, while a single contract won stays; and purposes told by a
demonstrative (，这些钱主要用于…), by 成立 after a comma, by an event a bare fund is arranged for (为本次竞赛安排
专项经费), without a trailing 的方案, and by the works named before a project's total's label.  All sentences are
invented; the expected values follow corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tender statistics and bids, like lending statistics (§6): no record
        ("2023年，该公司全年中标金额共计30亿元，同比增长12%。", []),
        ("今年以来，公司累计中标项目86个，中标金额达45亿元。", []),
        ("经评审，第一中标候选人报价980万元。", []),
        ("某公司报价980万元参与投标。", []),
        # a running total of financing: no record (the round completed stays)
        ("某科技公司此前已累计获得融资超5亿元。", []),
        ("某科技公司近日完成3亿元B轮融资，此前已累计获得融资超5亿元。", [(300_000_000.0, "CNY", None)]),
        # a single contract won stays a contract total (its works the purpose when they follow 以…中标: pages/test_school_classes_quoted_reports_and_scenes.py)
        ("某某建设公司以1.2亿元中标县人民医院新院区建设项目。", [(120_000_000.0, "CNY", "县人民医院新院区建设项目")]),
        ("某某公司中标县城污水处理厂提标改造项目，中标金额1.2亿元。", [(120_000_000.0, "CNY", None)]),
        ("该公司去年中标县体育馆建设项目，中标金额8600万元。", [(86_000_000.0, "CNY", None)]),
        ("经公开招标，某公司以980万元中标，合同已签订。", [(9_800_000.0, "CNY", None)]),
        # the total of one tender's lots is that contract's total
        ("包1中标金额：686.5万元。包2中标金额：213.68万元。合计中标金额：900.18万元。",
         [(6_865_000.0, "CNY", None), (2_136_800.0, "CNY", None), (9_001_800.0, "CNY", None)]),
        # a grant over a span of time is no tender statistic
        ("今年以来，公司累计获得政府补助资金1200万元。", [(12_000_000.0, "CNY", "政府补助资金")]),
    ],
)
def test_tender_statistics_and_bids(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the money named by a demonstrative as the subject of a later 用于
        ("县财政拨付专项资金500万元，这些钱主要用于改善农村饮水。", [(5_000_000.0, "CNY", "改善农村饮水")]),
        ("县财政投入500万元，这笔钱将用于修缮校舍。", [(5_000_000.0, "CNY", "修缮校舍")]),
        ("县里下拨资金80万元，上述资金主要用于危房改造。", [(800_000.0, "CNY", "危房改造")]),
        # (not a clause about something else)
        ("县财政投入500万元，这些项目的建设周期两年。", [(5_000_000.0, "CNY", None)]),
        ("市民政局拨付救助资金300万元，钱已发放到户。", [(3_000_000.0, "CNY", "救助资金")]),
        # 成立 after a comma: what the money sets up (Simplified)
        ("某基金会捐款港幣5000萬元，成立新的獎學金基金。", [(50_000_000.0, "HKD", "成立新的奖学金基金")]),
        ("企业家捐资100万元，成立于去年的基金会负责管理。", [(1_000_000.0, "CNY", None)]),
        # an event a bare fund is arranged for
        ("市科协为本次竞赛安排专项经费10万元。", [(100_000.0, "CNY", "本次竞赛")]),
        ("市政府为困难群众安排救助资金50万元。", [(500_000.0, "CNY", "救助资金")]),
        # the act, not the plan it is the content of
        ("村里提出利用上级扶持资金50万元建设蔬菜大棚的方案。", [(500_000.0, "CNY", "建设蔬菜大棚")]),
        # a project's total by its label: the works named in the clause before, else the label as before
        ("双方合作建设临江港多式联运物流中心，项目计划总投资12亿元。",
         [(1_200_000_000.0, "CNY", "合作建设临江港多式联运物流中心")]),
        ("据了解，项目总投资5亿元。", [(500_000_000.0, "CNY", None)]),
        ("4月8日，现场签约项目12个，计划总投资86亿元。", [(8_600_000_000.0, "CNY", None)]),
    ],
)
def test_purposes(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
