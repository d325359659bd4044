"""Funding phrasings: two funds joined by 和 before one amount, a
second verb of giving (追加下达, 亦已核拨) kept in the purpose, 该县 before a fund's name, a headline's bare order of
magnitude (捐资千万元) restating a body amount, a use told in the next sentence by 所有善款, a use after a conversion
in brackets, works told after 投入资金…, a bank's financing agreement total, and 外资金额 read as a fund.  Invented
sentences; the expected values follow corpus/GUIDELINES.md §6 (and §1 for a headline restating the body)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two funds joined before one total: both are what the money is for
        ("近日，市委组织部下达2024年度村级组织运转经费和党组织服务群众专项经费共计1500万元。",
         [(15_000_000.0, "CNY", "村级组织运转经费和党组织服务群众专项经费")]),
        ("市财政下达2024年度农村综合改革转移支付资金和美丽乡村建设资金共计8000万元。",
         [(80_000_000.0, "CNY", "农村综合改革转移支付资金和美丽乡村建设资金")]),
        # (unchanged: a fund and goods listed, one fund named)
        ("社区为困难群众发放慰问金和慰问品共计8万元。", [(80_000.0, "CNY", "慰问金")]),
        # two verbs of giving before the fund: neither is part of its name
        ("省里又追加下达防汛救灾资金2000万元。", [(20_000_000.0, "CNY", "防汛救灾资金")]),
        ("中央亦已核拨灾害救助金1500万元。", [(15_000_000.0, "CNY", "灾害救助金")]),
        # 该县 before the fund is the place, not part of the fund's name
        # (the capital leveraged after 撬动 is a statistic, no record: §6 capital attracted)
        ("该县以奖代补资金共计2300万元，撬动社会资本投入1.5亿元。",
         [(23_000_000.0, "CNY", "以奖代补资金")]),
        ("该市财政安排专项资金800万元，用于河道治理。", [(8_000_000.0, "CNY", "河道治理")]),
        # the use told in the next sentence, the money its subject
        ("区红十字会共接收社会捐款112.6万元。所有善款将用于受灾群众生活救助。",
         [(1_126_000.0, "CNY", "受灾群众生活救助")]),
        ("区红十字会共接收社会捐款112.6万元。所有善款将严格按照捐赠人意愿用于受灾群众生活救助和灾后重建。",
         [(1_126_000.0, "CNY", "受灾群众生活救助和灾后重建")]),
        # the use after a conversion in brackets
        ("该基金会向灾区捐款100万美元（约合人民币720万元），用于灾后重建。", [(1_000_000.0, "USD", "灾后重建")]),
        # the works after 投入资金…, but not an output counted beside the money
        ("县政府投入资金3.2亿元，实施城区15条道路提档升级改造工程。",
         [(320_000_000.0, "CNY", "实施城区15条道路提档升级改造工程")]),
        ("县政府投入资金500万元，新建党群服务中心15个。", [(5_000_000.0, "CNY", None)]),
        # 外资 and 金额: no fund's name
        ("签约外资项目5个，合同外资金额1.5亿美元。", [(150_000_000.0, "USD", None)]),
        # (协议投资额 is a bare label of a signing: no purpose, §6)
        ("现场签约5个项目，协议投资额25亿元。", [(2_500_000_000.0, "CNY", None)]),
    ],
)
def test_the_purpose_of_a_grant(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bank's financing agreement: a credit line, nothing provided (§6 loans)
        ("此前，双方签署了总额200亿元的开发性金融合作协议。", []),
        ("双方签署了100亿元银企合作协议。", []),
        # (unchanged: a signed investment agreement's total is funding; a loan granted for a purpose too)
        ("某集团与县政府签署了总投资50亿元的合作协议，建设新能源产业园。", [(5_000_000_000.0, "CNY", None)]),
        ("国家开发银行向我市城市更新项目首笔发放贷款15亿元，用于城中村改造。",
         [(1_500_000_000.0, "CNY", "城中村改造")]),
    ],
)
def test_a_financing_agreement_is_no_grant(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's bare 千万元 rounds the body's 1200万元: one fact (§1)
        ("乡贤捐资千万元建学校\n2024-05-08 来源：某网\n乡贤陈先生捐资1200万元，用于修建家乡小学教学楼。\n",
         [(12_000_000.0, "CNY", "修建家乡小学教学楼")]),
        ("千万元红包奖励科技创新企业\n2024-05-08 来源：某网\n高新区对获评小巨人的企业每家奖励100万元，"
         "共兑现奖励资金2180万元。\n", [(1_000_000.0, "CNY", None), (21_800_000.0, "CNY", None)]),
        # (unchanged: a headline total that the body gives only per head is a fact of its own)
        ("千万元奖励人才\n2024-05-08 来源：某网\n会议现场为10位人才每人发放奖励100万元。\n",
         [(10_000_000.0, "CNY", "奖励人才"), (1_000_000.0, "CNY", None)]),
    ],
)
def test_a_headline_order_of_magnitude(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected
