"""Fixer fxq: counted honours listed after the holders of a quoted one (对获得“江城杯”优质工程的48项工程、20家优秀建筑企业
进行了表彰, §5); a class of projects before a bare total label names no use (签约项目计划总投资, 合作项目投资规模 → null) and
the verb of a completion reported is no part of the works funded (建成“…”示范工程5个，总投资… → the works, §6); the host
of a fair whose headline record stands for its ceremony (由县人社局主办的…招聘会在…开幕, §3); a payment announced for a
stated near date is funding, one put off to a next step is only intended (§6). Invented sentences; expected values
follow corpus/GUIDELINES.md and the lead's rulings."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


def _headed(headline: str, body: str) -> str:
    return f"{headline}\n2024-05-08 来源：某网\n{body}\n"


# --- 1. counted honours after a quoted honour's holders (§5) ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，对获得“江城杯”优质工程的48项工程、20家优秀建筑企业进行了表彰。",
         [("江城杯优质工程", 48, "项", None), ("优秀建筑企业", 20, "家", "organization")]),
        ("会议表彰了获得“鲁班奖”的12项工程、8家优秀施工企业和30名优秀项目经理。",
         [("鲁班奖", 12, "项", None), ("优秀施工企业", 8, "家", "organization"), ("优秀项目经理", 30, "名", "person")]),
        ("表彰大会上，对荣获“诚信经营”称号的30户商户、5家先进市场予以通报表彰。",
         [("诚信经营", 30, "户", None), ("先进市场", 5, "家", "organization")]),
        ("会上，对获得“先进集体”称号的8个单位、20家优秀建筑企业进行了表彰。",
         [("先进集体", 8, "个", "organization"), ("优秀建筑企业", 20, "家", "organization")]),
    ],
)
def test_counted_honours_after_quoted_holders(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: firms attending, no conferring verb for them
        "对获得“江城杯”优质工程的48项工程、20家企业参加了观摩。",
        # NEGATIVE: a bare noun, no honour
        "会上，对获得“江城杯”优质工程的48项工程、20家企业进行了表彰。",
        # NEGATIVE: a statistic in a later clause
        "对获得“江城杯”优质工程的48项工程进行了表彰，全年新增企业20家。",
    ],
)
def test_no_second_honour_without_one(extract, body: str) -> None:
    assert honours(extract(page(body))) == [("江城杯优质工程", 48, "项", None)]


# --- 2. purposes: the thing funded, no bare label (§6) ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("双方合作项目投资规模超过200亿元。", [(20_000_000_000.0, "CNY", None)]),
        ("此次合作项目投资规模约50亿元，涵盖新能源、新材料等领域。", [(5_000_000_000.0, "CNY", None)]),
        ("本次签约项目计划总投资12亿元。", [(1_200_000_000.0, "CNY", None)]),
        # the kind counted beside the label is the purpose
        ("现场签约产业类项目12个，签约项目总投资45亿元。", [(4_500_000_000.0, "CNY", "产业类项目")]),
        # NEGATIVE: a project named before the size label is the purpose
        ("江城新能源电池项目投资规模达30亿元。", [(3_000_000_000.0, "CNY", "江城新能源电池项目")]),
        ("华瑞半导体封测基地项目总投资45亿元。", [(4_500_000_000.0, "CNY", "华瑞半导体封测基地项目")]),
    ],
)
def test_class_of_projects_before_label_is_no_purpose(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全县共建成“四好农村路”示范工程5个，总投资2亿元。", "四好农村路示范工程"),
        ("今年共建成美丽乡村示范村8个，总投资1.2亿元。", "美丽乡村示范村"),
        # NEGATIVE: works described by the verb of what is built stay as read
        ("新建高标准农田2万亩，总投资6000万元。", "新建高标准农田"),
        # NEGATIVE: money FOR the act keeps the act's verb
        ("村里投入100多万元建成蔬菜大棚20个。", "建成蔬菜大棚"),
        ("市财政安排资金3000万元，用于支持中小企业发展。", "支持中小企业发展"),
    ],
)
def test_completion_verb_dropped_from_works(extract, body: str, expected: str) -> None:
    assert [g[2] for g in grants(extract(page(body)))] == [expected]


# --- 3. the host of a fair standing for its ceremony (§3) ---

@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("我县举办2026年春风行动招聘会",
         "5月7日上午，由县人社局主办的2026年春风行动招聘会在县文化广场开幕。开幕式上，副县长何建军致辞。"),
        ("我县举办2026年春风行动招聘会",
         "由县人社局主办的2026年春风行动招聘会昨日在县文化广场开幕。开幕式上，副县长何建军致辞。"),
        ("我县举办2026年春风行动招聘会",
         "5月7日上午，由县人社局主办的2026年春风行动招聘会在县文化广场举行。副县长何建军致辞。"),
    ],
)
def test_fair_host_is_organizer(extract, headline: str, body: str) -> None:
    assert [m["organizer"] for m in extract(_headed(headline, body))["meetings"]] == ["县人社局"]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("江城农产品博览会开幕",
         "5月6日，由市农业农村局主办的第五届江城农产品博览会在市会展中心开幕。开幕式上，副市长周平宣布博览会开幕。",
         [("江城农产品博览会", "市农业农村局", "市会展中心")]),
        ("江城农产品博览会闭幕",
         "5月9日，由市农业农村局主办的第五届江城农产品博览会在市会展中心闭幕。闭幕式上，副市长周平致辞。",
         [("江城农产品博览会", "市农业农村局", "市会展中心")]),
    ],
)
def test_fair_host_with_ceremony(extract, headline: str, body: str, expected: list) -> None:
    got = [(m["name"], m["organizer"], m["location"]) for m in extract(_headed(headline, body))["meetings"]]
    assert got == expected


def test_opening_ceremony_takes_fair_host(extract) -> None:
    # the opening ceremony referred to after the fair opened (no fair headline): the fair's host organizes it
    body = "5月6日，由市农业农村局主办的第五届江城农产品博览会在市会展中心开幕。开幕式上，副市长周平宣布博览会开幕。"
    got = [(m["name"], m["organizer"], m["location"]) for m in extract(page(body))["meetings"]]
    assert got == [("开幕式", "市农业农村局", "市会展中心")]


def test_fair_alone_is_no_meeting(extract) -> None:
    # NEGATIVE: a fair opened, no ceremony, no headline: no meeting (§3)
    assert extract(page("由县人社局主办的2026年春风行动招聘会昨日在县文化广场开幕。"))["meetings"] == []


def test_earlier_edition_host_not_read(extract) -> None:
    # NEGATIVE: the host of last year's edition is not this fair's
    body = "去年，由县人社局主办的2025年春风行动招聘会在县文化广场举行。5月7日上午，2026年春风行动招聘会在县体育馆举行。副县长何建军致辞。"
    assert all(m["organizer"] is None for m in extract(_headed("我县举办2026年春风行动招聘会", body))["meetings"])


# --- 4. payments announced or put off; loans (§6) ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县民政局将于下月为公益性岗位人员发放岗位补贴每人1000元。", [(1000.0, "CNY", "岗位补贴")]),
        ("县民政局将于下月为全县60名护理员发放岗位补贴6万元。", [(60000.0, "CNY", "岗位补贴")]),
        # a body's business-start loans issued for a purpose stay funding (§6 eighth round, like student loans)
        ("2026年全市发放创业担保贷款2.3亿元，扶持创业1800人。", [(230_000_000.0, "CNY", "扶持创业1800人")]),
    ],
)
def test_announced_payment_is_funding(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "下一步，县民政局将为护理员发放岗位补贴6万元。",
        "今后，县民政局将为护理员发放岗位补贴6万元。",
        "县民政局计划为护理员发放岗位补贴6万元。",
        "县民政局拟为护理员发放岗位补贴6万元。",
        # a bank's lending over a period is a statistic (§6 ninth round)
        "今年以来，县农商银行累计发放贷款23亿元。",
        "今年前三季度，县农商银行向小微企业发放贷款45亿元。",
        "去年，全市银行业新发放普惠小微贷款80亿元。",
    ],
)
def test_intended_payment_or_lending_is_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []
