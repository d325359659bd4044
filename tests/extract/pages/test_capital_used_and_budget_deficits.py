"""Newspaper economic reports (GUIDELINES §6 and §11): foreign capital a place actually used in a year, a
budget's deficit and its overall revenue or spending, projects shown to investors, more money a body plans to raise
on top of what it raised, a programme's donations received since it started (§6), and a name ending in 和 before 代表
as the verb "on behalf of" (§4).  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _amounts(record: dict) -> list[float]:
    return [f["amount"] for f in record["funding"]]


# §6 nineteenth review round: "foreign capital a place actually used in a year (`实际利用外资…亿美元`) is a statistic
# like `合同利用外资`: no record."
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("一年来，全省共引进外资项目300多个，实际利用外资12亿美元。", []),
        ("1997年，该市实际利用外资3.6亿美元，比上年增长15%。", []),
        ("去年全县实际使用外资金额达8000万美元，创历史新高。", []),
        ("今年以来，全区实际到位外资1.5亿美元。", []),
        # a running total up to a date is the same statistic (the tuning probe gold that kept one follows the ruling now)
        ("截至今年九月，我国批准设立外商投资企业二十多万家，实际利用外资一千多亿美元。", []),
        # near miss: money granted beside it stays
        ("去年全省实际利用外资12亿美元。省政府拨款3000万元，用于开发区道路建设。", [30000000]),
        # near miss: a signing's contracted capital at the event stays (§6 twelfth round)
        ("5月7日，洽谈会举行签约仪式，签约项目12个，其中合同外资额4.6亿美元。", [460000000]),
    ],
)
def test_capital_used_in_a_year(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body))) == expected


# §6: a body's overall budget and a deficit are no money granted; a fund the budget allocates to a use is (§6
# eighteenth round, `年度预算安排科技专项资金800万元`).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年中央财政支出安排5386亿元，收支相抵，赤字560亿元。", []),
        ("全省财政预算收入安排320亿元。", []),
        ("去年市级财政赤字1.2亿元。", []),
        # near miss: a fund set in the budget for a stated use stays
        ("在支出预算中，中央财政安排扶贫专项资金85亿元，用于贫困地区基础设施建设。", [8500000000]),
        # near miss: money granted to cover a deficit is money granted
        ("省财政拨款2000万元，用于弥补县级财政赤字。", [20000000]),
    ],
)
def test_budget_totals_and_deficit(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body))) == expected


# §6: "totals of projects offered to investors (`推介招商项目8个，总投资45亿元`) … are only intended".
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上还展示了一批待招商项目，总投资额近50亿元。", []),
        ("洽谈会期间，组委会公布了本市招商项目30个，总投资120亿元。", []),
        ("展会上展出了一批待引资项目，总投资约20亿元。", []),
        # near miss: projects signed keep their total
        ("洽谈会上签约项目46个，总投资12.6亿元。", [1260000000]),
    ],
)
def test_projects_shown_to_investors(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body))) == expected


# §6 thirteenth and seventeenth rounds: more money planned on top (`计划再安排…`) and a fundraising target are only
# intended; money raised is not.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("基金会秘书长说，今年计划再筹集资金2000万元。", []),
        ("协会计划再募集善款500万元，用于资助贫困学生。", []),
        ("校友会计划再筹措资金300万元，设立奖学金。", []),
        # near miss: money already raised stays
        ("活动共募集善款560万元。", [5600000]),
    ],
)
def test_more_money_to_raise(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body))) == expected


# §6 eleventh round: donations a body has received since its founding are money raised; a programme's since it started
# reads the same way.  Other running totals of donations stay out.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("希望工程在本省实施八年来，累计接受捐款1.6亿元。", [160000000]),
        ("该助学项目启动以来累计收到社会捐款3200万元。", [32000000]),
        ("基金会成立以来累计接受社会捐赠2.6亿元。", [260000000]),
        # a running total with no start told is money received to date, recorded as stated (§6 twenty-third round)
        ("学校累计接受校友捐赠超过5亿元。", [500000000]),
    ],
)
def test_donations_since_start(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body))) == expected


# §4: a speaker's name as written; 代表 right after a name ending in 和 is the verb "on behalf of" when a body follows and
# then the address, not a second person's post joined by 和.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，基金会举行捐赠仪式。副省长孙用和代表省政府致辞。", {"孙用和": ("副省长", ("致辞",))}),
        ("5月7日，县里召开座谈会。副县长赵德和代表县政府讲话。", {"赵德和": ("副县长", ("讲话",))}),
        ("5月7日，学校举行开学典礼。校长周建和代表学校向新生致辞。", {"周建和": ("校长", ("致辞",))}),
        # near miss: 和 joining the representatives as a group
        ("5月7日，县里召开座谈会。县长李强和代表们先后发言。", {"李强": ("县长", ("发言",))}),
        # near miss: 和 joining a delegation's head
        ("5月7日，市里召开座谈会。副市长王平和代表团团长张华发言。",
         {"王平": ("副市长", ("发言",)), "张华": ("代表团团长", ("发言",))}),
    ],
)
def test_name_ending_in_he_before_on_behalf(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
