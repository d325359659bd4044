"""Award counts on commendation pages (party, government, company, school, Taiwan/Hong Kong).

Found (corpus/GUIDELINES.md §5):
- a plaque or prize handed to counted holders of an unquoted honour with the work year between the count and the
  honour (为15家2024年度文化旅游工作先进单位授牌) was missed: the year is no part of the honour (thirteenth review
  round), and a plaque handed to holders named by an honour (为15家安全生产工作先进单位授牌) is that honour, like
  为20户“种粮大户”授牌; plaques handed over a running period stay a tally;
- a whole-place total after a period review (总结了2024年工作，…，全镇共有3个村获评县级“美丽乡村”) was kept because the
  meeting conferred other honours: it is that period's tally (ninth review round);
- a headline summing a run of the body's counts, not all of them (三十三人获颁高级勋章 above 3 + 12 + 18, then a
  certificate for 20 more), was kept as a record of its own: a headline restating the body yields none (§1, §5).
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

YEAR_BETWEEN = [
    ("会上，为15家2024年度文化旅游工作先进单位授牌。", [("文化旅游工作先进单位", 15, "家", "organization")]),
    ("大会为12个2023年度安全生产先进单位颁发奖牌。", [("安全生产先进单位", 12, "个", "organization")]),
    ("市领导为20名2024年度优秀教师颁发证书。", [("优秀教师", 20, "名", "person")]),
    ("会上，为8家2024年度先进单位授牌。", [("先进单位", 8, "家", "organization")]),
    ("会议为十个2024年度优秀基层党组织颁奖。", [("优秀基层党组织", 10, "个", "organization")]),
    ("区长为15家安全生产工作先进单位授牌。", [("安全生产工作先进单位", 15, "家", "organization")]),
    ("会上还为6家2025年度纳税信用先进单位颁牌。", [("纳税信用先进单位", 6, "家", "organization")]),
]

NO_HONOUR_PLAQUE = [
    "会上，为10家企业授牌。",
    "会上，为5家共建单位授牌。",
    "会上，为10家2024年度纳税企业授牌。",
    "仪式上，为6个志愿服务站授牌。",
    "今年以来，全市已为20家安全生产先进单位授牌。",
    "下一步，将为15家安全生产先进单位授牌。",
]

PERIOD_TALLY = [
    "白沙镇召开2024年度工作总结表彰大会。会议表彰了一批先进村。会上，周某总结了2024年全镇工作，全年完成投资5.2亿元，"
    "全镇共有3个村获评县级“美丽乡村”。",
    "县里召开总结表彰大会。会议总结了2023年工作，全县共有12所学校获评市级“文明校园”。",
    "公司召开年度表彰会。会上回顾了2024年工作，全年共有8个班组获评“安全班组”。",
]

KEPT_AFTER_REVIEW = [
    ("县委召开总结表彰大会。会议回顾了2024年工作，10个单位获评“先进集体”。", [("先进集体", 10, "个", "organization")]),
    ("县委召开总结表彰大会，总结了2024年工作，全县共表彰先进集体10个。", [("先进集体", 10, "个", "organization")]),
]


@pytest.mark.parametrize(("body", "expected"), YEAR_BETWEEN)
def test_year_between_count_and_honour(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize("body", NO_HONOUR_PLAQUE)
def test_plaque_without_honour_or_conferral(extract, body):
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize("body", PERIOD_TALLY)
def test_whole_place_total_after_review_is_tally(extract, body):
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(("body", "expected"), KEPT_AFTER_REVIEW)
def test_conferral_after_review_kept(extract, body, expected):
    assert honours(extract(page(body))) == expected


HEADLINE_RUN = [
    ("三十三人获颁高级勋章\n2024-11-17 来源：某报\n今年获颁大紫荆勋章的有三人，获颁金紫荆星章的有十二人，获颁银紫荆星章的有十八人。"
     "另有二十名人士获颁行政长官社区服务奖状。\n",
     {("大紫荆勋章", 3), ("金紫荆星章", 12), ("银紫荆星章", 18), ("行政长官社区服务奖状", 20)}),
    ("市里表彰18个先进集体\n2024-05-08 来源：某网\n会议表彰了先进集体18个、优秀共产党员40名。\n",
     {("先进集体", 18), ("优秀共产党员", 40)}),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_RUN)
def test_headline_restating_body(extract, text, expected):
    assert {(h, c) for h, c, _, _ in honours(extract(text))} == expected


def test_headline_count_not_in_body_kept(extract):
    text = ("全市表彰50名优秀教师\n2024-09-10 来源：某网\n大会表彰了优秀班主任12名、教育工作先进集体8个。\n")
    assert ("优秀教师", 50) in {(h, c) for h, c, _, _ in honours(extract(text))}
