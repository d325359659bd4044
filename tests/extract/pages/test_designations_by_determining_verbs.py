"""Health-register phrasings: a designation of counted holders by 确定/认定…为“…” with no other
award word in the sentence (GUIDELINES §5, tenth review round: a designation conferred on counted units is an honour),
and a facility named before a bare total label (新院区总投资…: §6, a bare label says nothing of the use; the facility
built does).  Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("经推荐、评审和公示，市卫健委确定25个团队为“优秀家庭医生团队”，50名个人为“优秀家庭医生”。",
         [("优秀家庭医生团队", 25, "个", "organization"), ("优秀家庭医生", 50, "名", "person")]),
        ("近日，省卫健委认定12家医院为“先进医院”。",
         [("先进医院", 12, "家", "organization")]),
        ("经综合评审，县医保局确定8名医师为“优秀医保医师”。",
         [("优秀医保医师", 8, "名", "person")]),
    ],
)
def test_designation_by_determining_verb(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a list of projects or pilots, no honour
        "会议确定3个项目为“重点项目”。",
        "市卫健委确定10个村为“试点村”。",
        # a plan or a proposal: nothing conferred yet
        "今年计划确定10个乡镇卫生院为“优秀乡镇卫生院”。",
        "经研究，拟确定25名医生为“优秀家庭医生”，现予以公示。",
    ],
)
def test_no_designation_without_honour_or_conferral(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("10月27日，市中医院新院区奠基仪式举行。新院区总投资12.8亿元，规划床位1500张。", "新院区"),
        ("5月8日，城东污水处理厂开工建设，污水处理厂总投资3亿元。", "污水处理厂"),
        ("6月3日，县人民医院综合楼开工，综合楼投资总额8000万元。", "综合楼"),
    ],
)
def test_facility_before_total_label(extract, body: str, purpose: str) -> None:
    assert [g[2] for g in grants(extract(page(body)))] == [purpose]


@pytest.mark.parametrize(
    "body",
    [
        # a bare head or a facility referred back to names nothing new: the purpose is not the head
        "5月8日，新厂开工建设，厂总投资8000万元。",
        "5月8日，该院区开工建设，该院区总投资8000万元。",
    ],
)
def test_bare_head_or_referred_back_is_no_facility(extract, body: str) -> None:
    assert [g[2] for g in grants(extract(page(body)))] not in (["厂"], ["院区"], ["该院区"])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a share handed out with its fund, then the total of those shares: the total is of the same fund (§6)
        ("6月3日，县卫健局为全县32个村卫生室拨付标准化建设补助资金每个5万元，共计160万元。",
         [(50000.0, "CNY", "标准化建设补助资金"), (1600000.0, "CNY", "标准化建设补助资金")]),
        ("1月20日，县民政局为30名困难党员每人发放慰问金500元，共计1.5万元。",
         [(500.0, "CNY", "慰问金"), (15000.0, "CNY", "慰问金")]),
        ("9月1日，县教育局为40名困难学生发放助学金，每人3000元，共计12万元。",
         [(3000.0, "CNY", "助学金"), (120000.0, "CNY", "助学金")]),
    ],
)
def test_total_of_shares_handed_out(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_total_over_another_amount_takes_no_fund(extract) -> None:
    # another amount between the share and the total: the total is over both, no one fund's
    body = "1月20日，县民政局为困难户发放慰问金500元，另投入3万元，共计3.05万元。"
    assert grants(extract(page(body)))[-1] == (30500.0, "CNY", None)
