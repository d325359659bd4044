"""Funding shapes (§6): a budget added by a decision, and the shared signing words.

1. W10, §6 ("a body's overall budget (`总预算`, `预算规模`) is a statistic; budget money handed down … is funding"):
   a field's budget told with a statistic mark (`全县教育预算达12亿元，同比增长8%`) is a budget level, but the rule
   also took a budget *added* or *handed down* by a decision (`市财政局今年追加防汛预算3000万元，比去年增加500万元`),
   only because the sentence compares with last year. Now a budget after 追加/增拨/下达/拨付 (and the like) keeps its
   record; a field's budget stated, 安排ed or 编列ed with a statistic stays a level (pages/test_long_holders_clauses_and_education_money.py's rows).
2. Code health: the planned share (§6 计划/拟, only intended) and the signing words now share one comment and one
   list; the rows below pin that the behaviour they carry is unchanged (a planned aid's share is intended in both
   shapes, a share told as given stays; contracted capital is a statistic unless the page signs; student loans stay).

Invented sentences; expected values follow corpus/GUIDELINES.md §6.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 1. a budget added or handed down by a decision: money granted, whatever the comparison with last year
        ("市财政局今年追加防汛预算3000万元，比去年增加500万元。", [(30000000.0, "CNY", None)]),
        ("县财政今年增拨抗旱预算800万元，同比增长20%。", [(8000000.0, "CNY", None)]),
        ("省财政厅下达卫生预算2亿元，较去年增加3000万元。", [(200000000.0, "CNY", None)]),
        ("区财政局追加预算500万元，比上年增长一成。", [(5000000.0, "CNY", None)]),
        ("市财政今年拨付农业预算1.5亿元，同比增长12%。", [(150000000.0, "CNY", None)]),
        # NEGATIVE: a field's budget level told with a statistic, and a budget bill still under review
        ("全县教育预算达12亿元，同比增长8%。", []),
        ("县政府今年安排教育预算28亿元，同比增长8%。", []),
        ("县府今年编列社福预算新台币15亿元，较去年增加2亿元。", []),
        ("全市今年卫生预算总额为9亿元，占总预算一成。", []),
        ("本次定期会将审议县府提出的新台币8亿元追加预算案。", []),
    ],
)
def test_budget_added_by_a_decision(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 2. a planned aid's share, in its own clause or in a clause that is only the share: intended
        ("基金会计划资助困难学生200名，每人资助5000元。", []),
        ("县慈善总会拟奖励优秀教师50名，每人奖励3000元。", []),
        # NEGATIVE: a share told as given
        ("首批资助120名新生，每人5000元。", [(5000.0, "CNY", "资助新生")]),
        # student loans told over a past year stay; a bank's lending over a span is a statistic
        ("去年全市共发放生源地信用助学贷款1.2亿元，惠及困难大学生一万五千余人。",
         [(120000000.0, "CNY", "生源地信用助学贷款")]),
        ("今年前三季度，县农商行向小微企业发放贷款45亿元。", []),
        # the shared signing words: contracted capital signed at the event stays, a tally of it does not
        ("5月6日，投资推介会在江城举行，现场签订项目12个，其中合同外资额4.6亿美元。", [(460000000.0, "USD", None)]),
        ("今年以来全市新批外资项目20个，合同外资3亿美元。", []),
        # a project signed before another item's negotiation stays; one still negotiated does not
        ("总投资10亿元的新能源项目正式签订协议、另有3个项目正在洽谈中。", [(1000000000.0, "CNY", "新能源项目")]),
        ("另有一个投资2亿元的物流园项目正在洽谈中。", []),
        # pledged financing signed at the event
        ("现场，3家银行与12家企业签订知识产权质押融资协议，质押融资额2.1亿元。", [(210000000.0, "CNY", None)]),
    ],
)
def test_shared_lists_keep_behaviour(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
