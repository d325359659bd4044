"""State-owned enterprises and county executive meetings: money charged to an account by a meeting's
decision (从预备费中列支200万元) is money allocated; a plan for a later time before a verb of allocating (计划明年再安排
50万元) is money only intended; a project's total labelled 计划总投资 with its start still ahead (该项目计划总投资3.8亿元，
拟于明年开工) is only intended, like 总投资…，计划明年开工. Invented sentences; the expected values follow
corpus/GUIDELINES.md §6 (money granted; money only intended; a project only planned)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # money charged to an account by a decision
        ("5月7日，区长主持召开区政府第九次常务会议。会议同意从区级财政预备费中列支200万元，用于中小学校舍安全改造。",
         [(2_000_000.0, "CNY", "中小学校舍安全改造")]),
        ("5月7日，某县召开县政府常务会议。会议同意列支工作经费12万元。", [(120_000.0, "CNY", "工作经费")]),
        ("5月7日，某镇召开党委会议。会议研究决定，从镇级财力中列支30万元，保障防汛物资采购。",
         [(300_000.0, "CNY", "保障防汛物资采购")]),
        # NEGATIVE: an account charged against the rules is no grant
        ("5月7日，某县召开警示教育大会。会上通报，某单位违规列支招待费3万元。", []),
    ],
)
def test_money_charged_to_an_account(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月16日，某集团在县政府举行帮扶资金捐赠仪式。集团还计划明年再安排50万元支持当地特色产业。", []),
        ("5月7日，某公司召开帮扶工作座谈会。公司计划下一步拨付帮扶资金30万元，用于村道硬化。", []),
        ("5月7日，某集团召开党委会。集团计划今后继续筹集助学资金100万元。", []),
        # NEGATIVE: money arranged now, or a plan followed
        ("9月16日，某集团在县政府举行帮扶资金捐赠仪式。集团今年安排50万元支持当地特色产业。",
         [(500_000.0, "CNY", "支持当地特色产业")]),
        ("5月7日，某县召开常务会议。会议同意按计划拨付帮扶资金30万元，用于村道硬化。", [(300_000.0, "CNY", "村道硬化")]),
    ],
)
def test_allocation_planned_for_later(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，某县召开县政府常务会议。会议研究了第一中学新校区建设有关事项，该项目计划总投资3.8亿元，拟于明年开工。", []),
        ("5月7日，某区召开项目调度会。该项目计划总投资12亿元，预计年内动工。", []),
        # NEGATIVE: a project signed or started keeps its planned total
        ("5月7日，某县举行项目签约仪式。该项目计划总投资3.8亿元，计划明年开工。", [(380_000_000.0, "CNY", None)]),
        ("5月7日，某县举行项目开工仪式。该项目计划总投资3.8亿元，计划2027年建成。", [(380_000_000.0, "CNY", None)]),
    ],
)
def test_planned_total_of_a_project_not_started(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，某公司党委赴对口帮扶的石门村召开座谈会。", "石门村"),
        ("5月7日，某银行党委到结对共建的石门社区召开座谈会。", "石门社区"),
        ("5月7日，某局党组到定点帮扶的青山村召开现场会。", "青山村"),
        # NEGATIVE: a venue whose own name holds such a word stays whole
        ("5月7日，某公司党委在对口支援服务中心召开座谈会。", "对口支援服务中心"),
        ("5月7日，某公司党委在位于城东的江城大厦召开座谈会。", "江城大厦"),
    ],
)
def test_pairing_attribute_before_the_venue(extract, body: str, expected: str) -> None:
    assert [m["location"] for m in extract(page(body))["meetings"]] == [expected]
