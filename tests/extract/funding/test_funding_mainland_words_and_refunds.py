"""Funding shapes in market regulation, taxation, statistics and consumer association news. Invented sentences; expected values
follow corpus/GUIDELINES.md.

- §6 currency: mainland words that hold a Taiwan cue's characters (县市场监管局, 全国中小企业, 中国小商品城, 5公里长)
  are no Taiwan cue: a bare 万元 on such a page stays CNY;
- §6: a fund the loans only qualify (创业担保贷款贴息资金) paid over a span is money granted, not lending statistics;
- §6: a rate per item (对获得发明专利授权的企业每件奖励1万元) is a standard, like one per 亩 or 台: no record;
- §6: money recovered for consumers as refunds (争取退款, like 挽回损失) is no money granted;
- §6 purpose: a fund set up in the clause before a first tranche (设立“统计之星”奖学金，首批出资20万元) is its purpose;
- §3 attendee count: 出席会报的还有…共80余人 names those attending like 出席会议的还有; a sentence after the meeting
  that opens on a past year (去年全市共有1200人参加…培训) holds a tally, no attendee count.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def _meeting_count(record: dict) -> tuple[int | None, bool]:
    m = record["meetings"][0]
    return m["attendee_count"], m["attendee_approx"]


@pytest.mark.parametrize(
    "body",
    [
        "近日，县市场监管局召开知识产权保护工作会议，为企业兑现知识产权奖补资金136万元。县市场监管局局长冯涛讲话。",
        "5月6日，县市场监管局召开全县市场监管工作会议。县市场监管局今年安排专项资金500万元，用于食品安全抽检。",
        "5月6日，区工信局召开全国中小企业服务月启动会，为20家企业发放技改补助资金300万元。",
        "5月6日，新建的5公里长滨江绿道开通，区住建局召开总结会，为施工单位拨付奖励资金80万元。",
    ],
)
def test_mainland_words_are_no_taiwan_cue(body, extract):
    assert {g[1] for g in grants(extract(page(body)))} == {"CNY"}


@pytest.mark.parametrize(
    "body",
    [
        # near misses: real Taiwan cues still make a bare 万元 TWD
        "5月6日，臺中市政府召開記者會，縣市首長出席。市府撥款300萬元補助消費爭議調解。",
        "5月6日，新竹縣政府舉辦頒獎典禮，縣府頒發獎金50萬元。",
    ],
)
def test_taiwan_cues_still_count(body, extract):
    assert {g[1] for g in grants(extract(page(body)))} == {"TWD"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年以来，县里已为186户个体工商户发放创业担保贷款贴息资金58万元。",
         [(580000.0, "CNY", "创业担保贷款贴息资金")]),
        ("上半年，市人社局向小微企业发放贷款贴息资金320万元。", [(3200000.0, "CNY", "贷款贴息资金")]),
        ("今年以来，全县累计发放创业担保贷款贴息资金1200万元。", [(12000000.0, "CNY", "创业担保贷款贴息资金")]),
        # near misses: the loans themselves over a span stay lending statistics
        ("今年以来，县农商行向小微企业发放创业担保贷款5.8亿元。", []),
        ("今年以来，全县累计发放创业担保贷款1.2亿元。", []),
    ],
)
def test_fund_qualified_by_loans_is_granted(body, expected, extract):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年县里安排知识产权专项资金500万元，对获得发明专利授权的企业每件奖励1万元。",
         [(5000000.0, "CNY", "知识产权专项资金")]),
        ("对新注册的地理标志证明商标每件资助5万元。", []),
        # near miss: a share to each counted recipient stays one record
        ("为30名困难党员每人发放慰问金500元。", [(500.0, "CNY", "慰问金")]),
    ],
)
def test_rate_per_item_is_a_standard(body, expected, extract):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("去年，市消协为消费者争取退款120万元。", []),
        ("上半年，12315平台督促商家退款86万元。", []),
        # near miss: money granted beside it stays
        ("市消协为消费者争取退款120万元。市财政拨付消费维权工作经费30万元。", [(300000.0, "CNY", "消费维权工作经费")]),
    ],
)
def test_refunds_are_no_funding(body, expected, extract):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("江城大学设立“统计之星”奖学金，首批出资20万元。", [(200000.0, "CNY", "统计之星奖学金")]),
        ("公司设立乡村振兴基金，首期出资500万元。", [(5000000.0, "CNY", "乡村振兴基金")]),
        ("市里发起设立天使投资基金，首期规模2亿元。", [(200000000.0, "CNY", "天使投资基金")]),
        # near misses: a body set up is no fund; a purpose told in the amount's own clause wins
        ("公司设立研发中心，投入500万元。", [(5000000.0, "CNY", None)]),
        ("公司设立乡村振兴基金，出资500万元用于修建村道。", [(5000000.0, "CNY", "修建村道")]),
    ],
)
def test_fund_set_up_before_its_tranche(body, expected, extract):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，法制局在市府集会堂举办消费者保护业务联系会报，由局长林明辉主持。出席会报的还有各区承办人员及志工共80余人。",
         (80, True)),
        ("5月6日，省消保委召开比较试验结果发布会。出席发布会的有媒体记者、企业代表等60人。", (60, False)),
        ("5月6日，市统计学会召开年会。参加年会的有各会员单位代表共120人。", (120, False)),
        # near miss: those attending an event only planned are no count of the meeting held
        ("5月6日，市统计学会召开年会。会议决定下月举办统计业务培训班。", (None, False)),
    ],
)
def test_attending_other_event_nouns(body, expected, extract):
    assert _meeting_count(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市统计学会召开年会。去年全市共有1200人参加统计从业培训。", (None, False)),
        ("5月6日，县消协召开理事会。上年度全县共有860人参加消费维权培训。", (None, False)),
        # near misses: the meeting's attendees in a later sentence still count
        ("5月6日，市统计学会召开年会。各会员单位代表共120人参加会议。", (120, False)),
        ("去年12月28日，市统计学会召开年会，各会员单位代表共120人参加会议。", (120, False)),
    ],
)
def test_past_year_tally_is_no_attendee_count(body, expected, extract):
    assert _meeting_count(extract(page(body))) == expected
