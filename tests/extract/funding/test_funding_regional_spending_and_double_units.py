"""Funding and award shapes: a whole region's money put into a field over a year is a budget figure (2026年，全县投入…资金1200万元), kept
with a use after it; one count over two honours joined by 和 with a bracketed double unit (先进集体和先进个人30个（名）) is one
record; two neighbouring numerals before a magnitude (两三千万元) are a rough range; a tally after 一年来 right after a
sentence reviewing a period's work is that period's; 五一巾帼 opens an honour and 标兵岗 ends one; a one-line list section
closed by 等N个单位; a village collective's dividend to its members is funding; the fund named before the amount is the
purpose when the clause after is an outcome (帮助…实现…) or a reward with it. Invented sentences; expected values follow
corpus/GUIDELINES.md §5 and §6 and the rulings given to fxo."""

from __future__ import annotations

import pytest

from pipeline.values import parse_money
from tests.extract.views import grants, honours, page


def _named(record: dict) -> list[tuple[str, int]]:
    return [(h, n) for h, n, _, _ in honours(record)]


def _ranges(record: dict) -> list[tuple[float, float | None, bool]]:
    return [(f["amount"], f["amount_high"], f["approximate"]) for f in record["funding"]]


# 1. A region's spending on a field over a year: a budget figure (§6 eighth round).

@pytest.mark.parametrize(
    "body",
    [
        "2026年，全县投入公共文化服务资金1200万元。",
        "今年以来，全市累计投入城乡环境整治资金3.2亿元。",
        "去年，全县共投入农村公路建设资金2.6亿元。",
        "2025年全区投入教育发展经费8600万元，同比增长5%。",
    ],
)
def test_a_regions_spending_over_a_year_is_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body, "2026-12-20"))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a stated use after the amount keeps it (§6)
        ("去年，全县投入1200万元用于新建20个农家书屋。", [(12000000.0, "CNY", "新建20个农家书屋")]),
        # (the fund named by its field is the purpose over the 用于 clause, §6 twenty-third review round)
        ("2026年，全县投入公共文化服务资金1200万元，用于新建20个农家书屋。", [(12000000.0, "CNY", "公共文化服务资金")]),
        ("2026年，全县投入公共文化服务资金1200万元，新建农家书屋20个。", [(12000000.0, "CNY", "公共文化服务资金")]),
        # NEGATIVE: grants paid out over a year are kept (§6 eighth round)
        ("2023年全县共发放学生资助资金4100万元。", [(41000000.0, "CNY", "学生资助资金")]),
        # NEGATIVE: an act on a day, no year's figure
        ("5月8日，全县投入防汛救灾资金300万元。", [(3000000.0, "CNY", "防汛救灾资金")]),
    ],
)
def test_a_regions_money_with_a_use_or_paid_out_stays(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body, "2026-12-20"))) == expected


# 2. One count over two honours joined by 和, with a bracketed double unit.

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会共表彰先进集体和先进个人30个（名）。", [("先进集体和先进个人", 30)]),
        ("会议共表彰先进集体和先进个人30个(名)。", [("先进集体和先进个人", 30)]),
        ("会上，表彰了优秀党组织和优秀共产党员45个（名）。", [("优秀党组织和优秀共产党员", 45)]),
        ("大会对先进单位及先进个人52个（名）进行了表彰。", [("先进单位及先进个人", 52)]),
        # (the same without the bracket, as main read it)
        ("大会共表彰先进集体和先进个人30个。", [("先进集体和先进个人", 30)]),
    ],
)
def test_two_joined_honours_under_one_double_unit_count(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a list of honours (、) under one count over bodies and people gives nothing (§5)
        "会议表彰了先进集体、先进个人共85个（名）。",
        "会议表彰了优秀共产党员、优秀党务工作者和先进基层党组织共80个（名）。",
    ],
)
def test_a_listed_honours_double_unit_count_stays_none(extract, body: str) -> None:
    assert _named(extract(page(body))) == []


# 3. Two neighbouring numerals before a magnitude: a rough range.

@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("两三千万元", 2e7, 3e7),
        ("三五百万元", 3e6, 5e6),
        ("七八十万元", 7e5, 8e5),
        ("一两亿元", 1e8, 2e8),
        ("三四十万元", 3e5, 4e5),
    ],
)
def test_a_pair_of_numerals_is_a_range(text: str, low: float, high: float) -> None:
    amount = parse_money(text)
    assert amount is not None and (amount.low, amount.high, amount.approximate) == (low, high, True)


@pytest.mark.parametrize(("text", "low"), [("三千万元", 3e7), ("二十三万元", 2.3e5)])
def test_a_single_number_is_no_range(text: str, low: float) -> None:
    amount = parse_money(text)
    assert amount is not None and (amount.low, amount.high, amount.approximate) == (low, None, False)


@pytest.mark.parametrize("text", ["几千万元", "数百万元", "五三千万元"])
def test_vague_or_unordered_numerals_stay_unread(text: str) -> None:
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县里拨付三五百万元用于修缮校舍。", [(3e6, 5e6, True)]),
        ("村里筹集资金七八十万元用于修路。", [(7e5, 8e5, True)]),
        ("该项目总投资两三千万元，目前已开工建设。", [(2e7, 3e7, True)]),
        # NEGATIVE: vague amounts stay as main reads them
        ("县里拨付数百万元用于修缮校舍。", []),
        # NEGATIVE: a price of one item
        ("仓库里四五万元一台的叉车，如今故障频出，维修资金紧张。", []),
    ],
)
def test_a_range_of_numerals_in_funding(extract, body: str, expected: list) -> None:
    assert _ranges(extract(page(body))) == expected


# 4. A tally after 一年来 right after a sentence reviewing a period's work.

@pytest.mark.parametrize(
    "body",
    [
        "会议回顾了过去一年的工作。一年来，共有15名教师荣获“市级优秀教师”称号。",
        "会议回顾了过去一年的工作。一年来，学校共有20名学生获评“三好学生”。",
        "会议回顾了过去一年的工作。一年来，公司荣获省级以上荣誉称号6个，12名职工被评为“岗位能手”。",
        "大会总结了2024年的工作。过去一年，共有30名职工被评为“优秀员工”。",
    ],
)
def test_a_years_tally_after_a_review_is_no_award(extract, body: str) -> None:
    assert _named(extract(page(body, "2025-01-10"))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: honoured at this event, said in a clause of its own
        ("会议回顾了过去一年的工作。一年来，共有15名教师荣获“市级优秀教师”称号，会上对他们进行了表彰。",
         [("市级优秀教师", 15)]),
        # NEGATIVE: this event confers after the review
        ("会议回顾了过去一年的工作。会上，表彰了先进集体6个、先进个人20名。", [("先进集体", 6), ("先进个人", 20)]),
        # NEGATIVE: the sentence before plans, it reviews nothing (main's reading stays)
        ("会议部署了今年的工作。一年来，共有15名教师荣获“市级优秀教师”称号。", [("市级优秀教师", 15)]),
    ],
)
def test_a_conferral_or_no_review_keeps_the_count(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body, "2025-01-10"))) == expected


# 5. 五一巾帼 opening an honour, 标兵岗 ending one.

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，为“五一巾帼”标兵岗8个、“五一巾帼”标兵20名颁发奖牌和证书。", [("五一巾帼标兵岗", 8), ("五一巾帼标兵", 20)]),
        ("会上，为五一巾帼标兵岗8个、五一巾帼标兵20名颁发奖牌和证书。", [("五一巾帼标兵岗", 8), ("五一巾帼标兵", 20)]),
        ("会议表彰了巾帼标兵岗12个、巾帼标兵30名。", [("巾帼标兵岗", 12), ("巾帼标兵", 30)]),
        ("会议表彰了“五一巾帼”标兵岗8个。", [("五一巾帼标兵岗", 8)]),
    ],
)
def test_wuyi_jinguo_honours(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body))) == expected


def test_posts_set_up_are_no_honour(extract) -> None:
    # NEGATIVE: posts created, nothing conferred
    assert _named(extract(page("今年以来，全市共创建巾帼标兵岗12个。"))) == []


# 6. A one-line list section closed by 等N个单位 under a conferral.

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议宣读了表彰决定，决定对以下单位和个人予以表彰。\n先进集体：办公室、财务部、人事部等10个单位\n"
         "先进个人：张三、李四、王五等25名同志\n", [("先进集体", 10), ("先进个人", 25)]),
        ("经研究，决定对以下单位和个人予以表彰：\n先进集体：办公室、财务部、人事部等10个单位。\n"
         "先进个人：张三、李四、王五等25名同志。\n", [("先进集体", 10), ("先进个人", 25)]),
        ("经研究，决定对以下单位和个人予以表彰：\n优秀班组：一车间甲班、二车间乙班等8个\n", [("优秀班组", 8)]),
    ],
)
def test_one_line_section_closed_by_its_count(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: no honour heads the line
        "会议通知如下：\n参会人员：张三、李四、王五等30人\n",
        # NEGATIVE: a proposed list under a public notice (§5 candidates)
        "现将拟表彰名单公示如下：\n先进集体：办公室、财务部、人事部等10个单位\n先进个人：张三、李四、王五等25名同志\n",
    ],
)
def test_one_line_section_without_conferral_gives_nothing(extract, body: str) -> None:
    assert _named(extract(page(body))) == []


# 7. A collective's dividend to its members: funding; a company's: none.

@pytest.mark.parametrize(
    ("body", "purpose", "amount"),
    [
        ("村股份经济合作社发放分红资金86万元。", "分红资金", 860000.0),
        ("合作社为86户社员分红23.6万元。", "社员分红", 236000.0),
        ("今年，村集体经济分红120万元。", "分红", 1200000.0),
        ("当天，村里为全体村民分红65万元。", "村民分红", 650000.0),
    ],
)
def test_a_collectives_dividend_is_funding(extract, body: str, purpose: str, amount: float) -> None:
    assert grants(extract(page(body))) == [(amount, "CNY", purpose)]


@pytest.mark.parametrize(
    "body",
    [
        "公司每股派息0.5元。",
        "该公司向股东派发现金股息1.2亿元。",
        "公司向全体股东分红3亿元。",
    ],
)
def test_a_companys_dividend_stays_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


# 8. The fund named before the amount when the clause after is an outcome or a reward with it.

@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("县退役军人事务局发放优待金共计860万元，帮助350名退役军人实现就业创业。", "优待金"),
        ("区人社局发放创业补贴资金320万元，帮助120名返乡青年实现创业。", "创业补贴资金"),
        ("县里发放产业奖补资金500万元，助力300户农户实现增收。", "产业奖补资金"),
        ("市政府拿出奖励资金500万元，对获奖企业予以奖励。", "奖励资金"),
        ("区政府拿出奖补资金300万元，对达标村给予奖补。", "奖补资金"),
        # NEGATIVE: no fund named before: the act after stays the purpose
        ("县里投入500万元，帮助300户农户实现增收。", "帮助300户农户实现增收"),
    ],
)
def test_fund_before_an_outcome_is_the_purpose(extract, body: str, purpose: str) -> None:
    assert [p for _, _, p in grants(extract(page(body)))] == [purpose]


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a bare reward fund with no reward after it names no purpose
        "市政府拿出奖励资金500万元。",
        # NEGATIVE: a generic fund, whatever follows
        "市政府拿出专项资金500万元，对获奖企业予以奖励。",
    ],
)
def test_generic_fund_still_names_no_purpose(extract, body: str) -> None:
    assert [p for _, _, p in grants(extract(page(body)))] == [None]


def test_a_yearly_budget_level_is_no_funding(extract) -> None:
    # (a body's yearly budget told as its level, not money granted)
    assert grants(extract(page("该中心人手紧张，每年的经费只有二三万元。"))) == []
