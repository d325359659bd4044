"""Funding shapes on government executive and working meeting pages (常务会议, 专题会议, 调度会, 推进会, 现场会, decisions on money, plans and targets). Invented sentences; the expected values follow corpus/GUIDELINES.md §6.

- The progress on a target or an investment statistic told after it in the same sentence (交通固定资产投资目标为68亿元，
  截至10月底已完成54.2亿元) was kept as funding: a bare 已完成 before the amount is the same figure of work done as the
  target it measures (§6: investment completed is work done, a target is no money granted).
- A project's total told right after the meeting approved the plan that names it (审议通过了《…工程实施方案》。该工程计划
  总投资2.3亿元) was kept: a project only planned, with no signing, start or works told, has its total only intended
  (§6), like the total of a plan's list of projects; 该工程 now reads as the project's label like 该项目.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def amounts(record: dict) -> list[float]:
    return [amount for amount, _currency, _purpose in grants(record)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("许国平指出，今年全市交通固定资产投资目标为68亿元，截至10月底已完成54.2亿元，完成率79.7%。", []),
        ("会议通报，全年水利投资任务为12亿元，目前已完成9.6亿元。", []),
        ("今年全县计划完成固定资产投资120亿元，1至9月累计完成98亿元。", []),
        ("全市年度招商引资目标任务300亿元，实际完成265亿元。", []),
        # near misses: money granted after a target, and a verb of granting after 完成
        ("全县筹资目标为500万元，县财政已拨付资金300万元，用于村道硬化。", [3000000.0]),
        ("年度补助资金任务已下达，已完成拨付200万元，用于困难群众救助。", [2000000.0]),
        ("会议决定，安排资金800万元，用于中小学校舍维修。", [8000000.0]),
    ],
)
def test_progress_on_target_is_work_done(extract, body, expected):
    assert amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议审议并原则通过了《宁川县城乡供水一体化工程实施方案》。该工程计划总投资2.3亿元，力争年底前完成主体工程建设。", []),
        ("会议研究通过了《县城东片区污水管网改造方案》。该项目总投资1.2亿元，将分两期实施。", []),
        ("常务会议讨论通过了《江城市老旧小区改造三年规划》。该工程预计总投资8亿元。", []),
        # near misses: the project started or signed, or money granted to it now
        ("会议审议通过了《城东污水处理厂提标改造实施方案》。该项目已于今年3月开工建设，总投资1.5亿元。", [150000000.0]),
        ("会议听取了城南水厂建设情况汇报。该工程总投资2亿元，目前主体已完工。", [200000000.0]),
        ("会议审议通过了《县域医共体建设实施方案》。会议决定安排资金600万元，用于医共体信息化建设。", [6000000.0]),
    ],
)
def test_total_of_plan_just_approved_is_intended(extract, body, expected):
    assert amounts(extract(page(body))) == expected
