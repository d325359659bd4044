"""Funding shapes: prize money of an event told as still ahead one or two sentences before the amount's gives no funding;
a project's total at its preparatory work with a start only striven for (力争年内开工) stays planned; 拟 qualifying the
project money is paid to (向拟建设的…项目下拨) is no allocation only proposed; no purpose opens with 力争/争取/确保.
Invented sentences; expected values follow corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    "body",
    [
        "第三届江城斗茶大赛将于10月在茶博园举办。大赛设金奖、银奖等奖项。大赛总奖金20万元。",
        "首届湖滨半程马拉松将于明年3月鸣枪开跑。赛事总奖金达50万元。",
        "全省青年技能大赛拟于11月在省会举行。比赛分设8个项目。大赛奖金总额为80万元。",
        "南湖龙舟邀请赛定于端午节当天开赛。本届比赛邀请了12支队伍参赛，总奖金30万元。",
    ],
)
def test_prize_money_of_an_event_ahead_told_before_is_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # NEGATIVE: the event told as held in the amount's sentence
        ("第三届江城斗茶大赛将于10月在茶博园举办。大赛昨日落幕，总奖金20万元。", 200000.0),
        # NEGATIVE: money already paid
        ("南湖龙舟赛将于6月在南湖举办。市体育局已拨付奖金30万元。", 300000.0),
        # NEGATIVE: the event told as held in a sentence between
        ("全市象棋公开赛将于5月举办。日前，比赛已在文化宫举行。比赛总奖金共计5万元，由组委会颁发给获奖选手。", 50000.0),
    ],
)
def test_prize_money_after_an_event_held_or_paid_stays(extract, body: str, amount: float) -> None:
    assert [a for a, _, _ in grants(extract(page(body)))] == [amount]


@pytest.mark.parametrize(
    "body",
    [
        "远航铝业高端铝材项目计划总投资25亿元，目前正在开展前期工作，力争年内开工。",
        "该智慧物流园项目总投资8亿元，目前正在办理前期手续，争取下半年动工。",
        "城北热电联产项目目前正在开展前期工作，项目总投资12亿元，确保明年一季度开工建设。",
    ],
)
def test_project_in_preparation_with_a_start_striven_for_is_planned(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


def test_project_in_preparation_started_stays(extract) -> None:
    # NEGATIVE: a start told as done, no word of a plan before it
    body = "城北热电联产项目总投资12亿元，二期正在开展前期工作，一期已于去年开工。"
    assert [a for a, _, _ in grants(extract(page(body)))] == [1200000000.0]


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("远航铝业目前正在开展前期工作，力争高端铝材项目年内开工，该项目计划总投资25亿元。", "高端铝材项目"),
    ],
)
def test_no_purpose_opens_with_a_word_of_striving(extract, body: str, purpose: str) -> None:
    found = grants(extract(page(body)))
    assert [p for _, _, p in found] == [purpose]


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        ("县发改委向拟建设的污水处理厂项目下拨启动资金200万元，用于前期勘察设计。", 2000000.0),
        ("市财政局为拟新建的城南小学项目拨付前期经费300万元。", 3000000.0),
    ],
)
def test_money_paid_to_a_project_only_intended_is_funding(extract, body: str, amount: float) -> None:
    assert [a for a, _, _ in grants(extract(page(body)))] == [amount]


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: the allocation itself only proposed
        "县财政拟安排资金200万元用于农村道路改造。",
        "省财政拟下拨补助资金500万元，支持拟建设的污水处理厂项目。",
    ],
)
def test_allocation_only_proposed_stays_none(extract, body: str) -> None:
    assert grants(extract(page(body))) == []
