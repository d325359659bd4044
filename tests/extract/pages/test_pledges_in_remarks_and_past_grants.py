"""Funding and award shapes of officials announcing money, pledges in remarks and past-year grants (funding and awards).

Found (invented sentences, rules only):
- W3: 县长表示，县财政将出资800万元… gave no record: the pledge-in-remarks rule took an official announcing his own
  body's money for a private pledge (GUIDELINES §6 twenty-first round, second part: the body's allocation is funding);
  and a donation ceremony told as held last year (去年，他曾在捐赠仪式上…) kept a pledge made at a symposium
  (§6 twelfth round marks only this page's ceremony);
- W4: 2023年全年共发放学生资助资金4100万元 gave no record although the fund names its use (§6 eighth round keeps a past
  year's grants for a stated use), while 去年全年，基金共批出资助约五亿元 kept its bare total, the period cut off by a comma
  (§6 twenty-first round drops those with no use);
- W5: 为期3个月 was read as counted recipients of a scheme's yearly range, and recipients counted after the amount
  (今年共有12支队伍获批) were not (§6 twenty-first round: a share record when recipients are counted);
- W6: the year opening a full date (今年5月6日) was read as a tally period of capital drawn in (§6 seventeenth round);
- W7: agreements with no kind named (十六份协议) or 经贸协议 lost their signing total (§6 eighth round: a signed
  agreement's investment total is a signing total; only trade and purchase contracts and other kinds are excluded);
- W8: places named 红牌楼街道/黄旗山社区 were read as blame labels (§5 ninth round);
- W9: 等级评定 in a meeting's name dropped an honour conferred (被授予) after the count (§5 twenty-first round is about
  grades an evaluation gives);
- W10: a holding 本县共有特优学校3所、优等学校7所 followed by another clause's 获奖 gave an award (§5).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


# W3: an official announcing the own body's money: funding
@pytest.mark.parametrize(("body", "amount"), [
    ("县长表示，县财政将出资800万元用于改善校舍。", 8_000_000.0),
    ("县长在会上表示，市财政将出资1000万元设立创业基金。", 10_000_000.0),
    ("县委书记表示，县里将出资500万元建设文化广场。", 5_000_000.0),
    ("市长说，市政府将出资2000万元支持乡村振兴。", 20_000_000.0),
])
def test_official_announcing_own_body_money_is_funding(extract, body, amount):
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


# W3 NEGATIVE: a person's or a firm's pledge in remarks stays no record; a ceremony told as held earlier marks none
@pytest.mark.parametrize("body", [
    "徐某表示，将捐资100万元支持家乡教育。",
    "他说，公司将出资200万元设立奖学金。",
    "校友代表表示，将个人出资50万元设立奖教金。",
])
def test_private_pledge_in_remarks_stays_none(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize("body", [
    "县教育座谈会召开。徐某表示，将捐资100万元支持家乡教育。去年，他曾在捐赠仪式上捐款10万元。",
    "县教育座谈会召开。徐某表示，将捐资100万元支持家乡教育。\n去年，他曾在捐赠仪式上捐款10万元。",
    "县教育座谈会召开。徐某表示，将捐资100万元支持家乡教育。此前，他在捐资仪式上捐款10万元。",
])
def test_pledge_at_symposium_not_kept_by_earlier_ceremony(extract, body):
    assert 1_000_000.0 not in [g[0] for g in grants(extract(page(body)))]


@pytest.mark.parametrize("body", [
    "县举行捐赠仪式。徐某表示，将捐资100万元支持家乡教育。",
    "在捐赠仪式上，徐某表示，将捐资100万元支持家乡教育。",
])
def test_pledge_at_this_pages_ceremony_kept(extract, body):
    assert [g[0] for g in grants(extract(page(body)))] == [1_000_000.0]


# W4: a past year's grants naming their use stay
@pytest.mark.parametrize(("body", "purpose"), [
    ("2023年全年共发放学生资助资金4100万元。", "学生资助资金"),
    ("去年全年共发放学生资助资金4100万元。", "学生资助资金"),
])
def test_past_year_grants_with_use_kept(extract, body, purpose):
    assert grants(extract(page(body))) == [(41_000_000.0, "CNY", purpose)]


# W4 NEGATIVE: a past year's bare total, with the period before a comma too
@pytest.mark.parametrize("body", [
    "去年全年，基金共批出资助约五亿元。",
    "2023年全年，基金会共批出资助约三亿元。",
    "去年全年共批出资助约五亿元。",
    "上年度，基金累计发放资金约二亿元。",
    "该局去年全年，共发放津贴约八千万元。",
])
def test_past_year_bare_total_none(extract, body):
    assert grants(extract(page(body))) == []


# W5: a time span is no recipients count; recipients counted after the amount keep it
@pytest.mark.parametrize("body", [
    "该计划为期3个月，各区关爱队每年可获资助四十万至八十万元。",
    "该项目为期两年，各区关爱队每年可获资助四十万至八十万元。",
    "各区关爱队每年可获资助四十万至八十万元。",
])
def test_yearly_range_without_recipients_none(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(("body", "amount"), [
    ("每队每年可获资助四十万至八十万元，今年共有12支队伍获批。", 400_000.0),
    ("每个社团每年可获资助五万至十万元，今年共有30个社团获批。", 50_000.0),
    ("今年共有12支队伍获批，每队每年可获资助四十万至八十万元。", 400_000.0),
])
def test_yearly_range_with_recipients_counted_kept(extract, body, amount):
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


# W6: a date's year is no tally period
@pytest.mark.parametrize("body", [
    "今年5月6日，县里与企业签约项目12个，到位资金800万元用于园区建设。",
    "2024年5月6日，县里与企业签约项目12个，到位资金800万元用于园区建设。",
])
def test_signing_day_money_arrived_kept(extract, body):
    assert grants(extract(page(body))) == [(8_000_000.0, "CNY", "园区建设")]


# W6 NEGATIVE: a period's tally of capital drawn in stays no record
@pytest.mark.parametrize("body", [
    "今年以来，全县新引进落地企业38家，实际到位投资21亿元。",
    "2023年，全区新落地项目54个，实际到位资金112亿元。",
])
def test_period_tally_of_capital_none(extract, body):
    assert grants(extract(page(body))) == []


# W7: any agreement signed gives a signing total
@pytest.mark.parametrize("body", [
    "两地企业现场签署了十六份协议，涉及金额约三百亿元。",
    "两地企业现场签署十六份经贸协议，涉及金额约三百亿元。",
    "两地企业现场签署十六份合作协议，涉及金额约三百亿元。",
])
def test_agreements_signed_give_signing_total(extract, body):
    assert [g[0] for g in grants(extract(page(body)))] == [30_000_000_000.0]


# W7 NEGATIVE: trade, purchase and agreements of other kinds
@pytest.mark.parametrize("body", [
    "双方签订采购框架协议，涉及金额约3亿元。",
    "居民签署购房协议，涉及金额约300万元。",
    "企业签署整改协议，涉及金额约300万元。",
    "双方签订购销协议，涉及金额约3亿元。",
])
def test_other_agreements_no_signing_total(extract, body):
    assert grants(extract(page(body))) == []


# W8: a place named after a card or flag is no blame label
@pytest.mark.parametrize(("body", "expected"), [
    ("红牌楼街道召开表彰大会，表彰“红牌楼街道优秀志愿者”20名。", [("红牌楼街道优秀志愿者", 20, "名", "person")]),
    ("黄旗山社区召开表彰大会，表彰“黄旗山社区优秀党员”12名。", [("黄旗山社区优秀党员", 12, "名", "person")]),
])
def test_place_named_after_label_is_honour(extract, body, expected):
    assert honours(extract(page(body))) == expected


# W8 NEGATIVE: blame labels stay no award
@pytest.mark.parametrize("body", [
    "5月6日，县里召开项目推进会，对“黄牌”项目5个进行通报。",
    "5月6日，县里召开项目推进会，“红牌”项目3个被通报。",
])
def test_blame_label_stays_none(extract, body):
    assert honours(extract(page(body))) == []


# W9: an honour conferred at a grading meeting
def test_conferral_at_grading_meeting_kept(extract):
    body = "县召开星级饭店等级评定工作会议，会上，12名个人被授予“先进个人”称号。"
    assert honours(extract(page(body))) == [("先进个人", 12, "名", "person")]


# W9 NEGATIVE: grades given by the exercise
@pytest.mark.parametrize("body", [
    "全县开展图书馆等级评定，5家图书馆被评为“一级图书馆”。",
    "县召开等级评定工作会议，5家图书馆被评为“一级图书馆”。",
])
def test_grades_of_an_evaluation_none(extract, body):
    assert honours(extract(page(body))) == []


# W10 NEGATIVE: a holding of graded schools is no award
@pytest.mark.parametrize("body", [
    "本县共有特优学校3所、优等学校7所，今年另有2校获奖。",
    "本县共有特优学校3所、优等学校7所。",
])
def test_graded_schools_held_none(extract, body):
    assert [h for h in honours(extract(page(body))) if h[0].startswith(("特优", "优等"))] == []


def test_graded_list_awarded_kept(extract):
    body = "本次评比共有特优学校3所、优等学校7所获奖。"
    assert honours(extract(page(body))) == [("特优学校", 3, "所", "organization"), ("优等学校", 7, "所", "organization")]
