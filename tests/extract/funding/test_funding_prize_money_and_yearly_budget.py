"""Funding shapes of prize money paid or ahead, yearly budget levels and plan titles handing money down.
Invented sentences; the expected values follow corpus/GUIDELINES.md §6.

- Prize money told as paid after the amount (本月举行的选拔赛总奖金5万元已全部发放; 奖金将增至10万元，已于昨日全部发放到位)
  was dropped as money of an event ahead: money paid counts (§6).
- A bare 已 of the event's preparation (拟在明年举办的马拉松已完成报名) was read as prize money paid: the event is still
  ahead, its prize money only intended (§6).
- A yearly budget with its grant told in the clause after it (每年的扶持经费500万元，由市财政全额拨付到位) was dropped as
  a budget level: money granted counts (§6 fourteenth round).
- A named year's budget told with a verb of a level was read differently by the year's script (今年度科研经费达3亿元
  kept, 2024年度 kept, 二〇二三年度 dropped): all are a budget level (§6 lists 年度科研经费达… as a statistic);
  下达2024年度科研经费 stays money granted.
- A bare total after an approved title that hands money down (《关于下达2024年县级财政资金计划》) was dropped as a
  plan's total: a title of money handed down is money granted (§6 fourteenth round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def amounts(record: dict) -> list[float]:
    return [amount for amount, _currency, _purpose in grants(record)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # prize money told as paid after the amount (G3, minor _PRIZE_RAISED_AHEAD)
        ("下月将在江城举办龙舟赛，本月举行的选拔赛总奖金5万元已全部发放。", [50000.0]),
        ("下月将在江城举办龙舟赛，上月举行的选拔赛奖金3万元已经发放。", [30000.0]),
        ("大赛奖金将增至10万元，已于昨日全部发放到位。", [100000.0]),
        ("大赛总奖金将提高到20万元，已经全部兑付给获奖选手。", [200000.0]),
        # an event ahead, its preparation told with 已 (G3 not firing)
        ("拟在明年举办的马拉松已完成报名，总奖金50万元。", []),
        ("马拉松将于明年3月开跑，目前已启动报名，总奖金50万元。", []),
        ("马拉松将于明年3月开跑，总奖金50万元，目前已完成报名。", []),
        # (NEGATIVE rows of h70 and fxbc kept: an event ahead, a raise ahead, a date once set and kept)
        ("龙舟赛将于10月18日至22日在江城茶博园举办，比赛总奖金30万元。", []),
        ("明年总奖金将增至10万元。", []),
        ("原定于3月举行的龙舟赛昨天如期举行，总奖金30万元。", [300000.0]),
        ("原计划于3月举行的龙舟赛昨天如期举行，总奖金30万元。", [300000.0]),
    ],
)
def test_prize_money_ahead_or_paid(extract, body: str, expected: list) -> None:
    assert amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a yearly budget granted in the clause after it (G4)
        ("每年的扶持经费500万元，由市财政全额拨付到位。", [5000000.0]),
        ("村里每年的办公经费3万元，由镇财政统一拨付。", [30000.0]),
        # a named year's budget told as a level, whatever the year's script (G4)
        ("今年度科研经费达3亿元，其中省拨付1亿元。", [100000000.0]),
        ("学校二〇二三年度科研经费达3.5亿元。", []),
        ("学校2024年度科研经费达3.5亿元。", []),
        ("江城大学今年度科研经费突破5亿元。", []),
        ("江城大学本年度科研经费达2亿元。", []),
        ("学校每年科研经费超过2亿元，承担国家级项目120项。", []),
        # money granted stays
        ("省科技厅下达2024年度科研经费3000万元。", [30000000.0]),
        ("学校获批年度科研经费500万元。", [5000000.0]),
    ],
)
def test_yearly_budget_level_or_granted(extract, body: str, expected: list) -> None:
    assert amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a title handing money down (minor _PLAN_APPROVED_CLAUSE)
        ("审议通过了《关于下达2024年县级财政资金计划》，总投资3亿元。", [300000000.0]),
        ("审议通过了《关于拨付2024年农村公路建设资金的实施方案》，总投资1.2亿元。", [120000000.0]),
        # (a plan's own total stays only intended)
        ("审议通过了《城市更新三年行动计划》，计划总投资23亿元。", []),
        ("会议审议通过了《江城市老旧小区改造实施方案》，总投资8亿元。", []),
    ],
)
def test_plan_title_handing_money_down(extract, body: str, expected: list) -> None:
    assert amounts(extract(page(body))) == expected
