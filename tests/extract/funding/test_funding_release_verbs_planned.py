"""Money a body plans to put in with a verb of releasing or injecting it (投放, 注入), GUIDELINES §6 thirty-second review round (7 December 2026, second stop): `计划明年再投放200万元`, `拟注入300万元` is only intended, like `计划投入`,
`拟注资`.  Near misses: the same verbs told as done, or followed as a plan (`按计划投放`), give the amount.  All sentences
are invented; the expected values follow corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("协会表示，计划明年再投放二百万元扩展基金。", []),
        ("協會表示，計劃明年再投放二百萬元擴展基金。", []),
        ("基金会计划下半年投放500万元资助社区项目。", []),
        ("商会拟投放300万元用于扶贫助学。", []),
        ("集团打算向基金注入1000万元，扩大资助范围。", []),
        ("学会准备再注入资金80万元支持青年学者。", []),
        ("县里计划今年投放专项资金2000万元用于乡村道路改造。", []),
        ("协会预计投放100万元开展长者探访计划。", []),
        # near misses: the money released or injected now, or as the plan set it
        ("协会今年投放二百万元扩展基金，资助地区团体。", [(2_000_000.0, "CNY")]),
        ("集团向基金注入1000万元，扩大资助范围。", [(10_000_000.0, "CNY")]),
        ("县财政按计划投放专项资金2000万元用于乡村道路改造。", [(20_000_000.0, "CNY")]),
        ("協會宣佈撥款港幣三百萬元成立「社區關愛種子基金」。", [(3_000_000.0, "HKD")]),
    ],
)
def test_planned_release_of_money_is_intended(extract, body: str, expected: list) -> None:
    # (amount and currency only: the purpose is no part of this reading)
    assert [g[:2] for g in grants(extract(page(body)))] == expected
