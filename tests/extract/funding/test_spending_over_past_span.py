"""A spender's money put in or invested over a stated past span, for every wording of the span (invented sentences).

- GUIDELINES §6 eighth, ninth and sixteenth rounds (a sector's or a place's spending over a year with no use is a budget
  figure), twenty-ninth and thirtieth rounds (money obtained over a span of past years is a tally; a use after the amount
  keeps either), thirty-first round (7 December 2026, first stop): the span may be written `3年内`, `三年间`, `两年来`,
  `通过4年的…`, `经过五年的…`, `从2018年到2022年间`, `2019年至2023年`, `截至目前`, `到目前为止`, or as a bare past year with
  the growth on the year before after the amount; the money may be a verb (`先后投资`, `累计投入…资金`) or a noun told as a
  level (`用于购买飞机的资金投入…`, `机场建设的投资达…`). An outcome told with `了` after the comma is no use.
- Kept: a use after the amount (`用于…`, an act right after it, works carried out or built after its comma with no
  `了`), an aid fund's noun or aid to a partner region in the sentence, recipients named, money raised, a dated act, a span
  still ahead, a running total since a body's founding or a programme's start (eighth round), a project's own money
  to date (tenth and eleventh rounds).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[float]:
    """The amount of each funding record, in order (the purpose is another test's business)."""
    return [f["amount"] for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the span's spending, no use: no record
    ("3年内，垦区累计投入农田基础建设资金31.2亿元，年均投入比上年增长155%。", []),
    ("三年间，林区先后投入生态保护资金8.6亿元，森林覆盖率明显提高。", []),
    ("两年来，民航用于购买飞机的资金投入1100亿元，机场建设的投资达1000亿元。", []),
    ("进入“十四五”三年来，全省交通建设的投资达3000亿元。", []),
    ("通过4年的苦干实干，市委、市政府先后投资20多亿元，拆迁了10万居民。", []),
    ("经过五年的努力，该县累计投入资金3亿多元，建成了一批水利工程。", []),
    ("2019年至2023年，農場累計投入生產費用48.7億元。", []),
    ("2023年，家庭农场投入生产费用48.7亿元，比上年提高39%。", []),
    ("截至目前，全镇已建成合作社34个，投入资金400多万元，养殖面积达4万多亩。", []),
    ("截至目前，医院先后派出13批医疗队，投入50多万元，义诊病人1.2万人次。", []),
    ("近年来，河西军地双方先后投资800多万元，建起了一批国防教育基地。", []),
    ("近年来，全县累计投入资金2亿元左右。", []),
    # money obtained over a span of past years, however the span is written
    ("从2018年到2022年间，该县争取国际援款约665万美元，受益妇女达2万人。", []),
    ("2016年至2020年，全市先后争取各类项目资金5.2亿元。", []),
    # kept: a use, an act right after the amount, works after the comma, aid, recipients, money raised, a span ahead
    ("三年来，垦区累计投入资金31.2亿元用于农田基础建设。", [3120000000.0]),
    ("自从2019年以来，该地区就投入5亿多元资金进行林业综合开发。", [500000000.0]),
    ("近5年来，省供销社全系统自筹资金投入50多亿元，进行商业服务设施的改造和建设。", [5000000000.0]),
    ("近年来，县里先后投资2000万元培育并建成华北最大的石材批发交易市场。", [20000000.0]),
    ("3年内，集团累计投资2亿元在山区修建了3条扶贫公路。", [200000000.0]),
    ("5年来，市政府投入2亿多元，建成农村公路300公里。", [200000000.0]),
    ("10多年来，县里先后投资6000多万元，新修山区公路150多条。", [60000000.0]),
    ("近三年来，公司累计投入帮扶资金386万元。", [3860000.0]),
    ("十七年来，东部城市积极对口支援库区建设，累计投入资金4.47亿元。", [447000000.0]),
    ("截至目前，基金会已为320名困难学生发放助学金96万元。", [960000.0]),
    ("截至目前，本次活动共募集善款80万元。", [800000.0]),
    ("两年来，市委组织部累计拨付党建工作经费600万元，支持基层党组织开展活动。", [6000000.0]),
    ("未来三年内，华信公司将投入100亿元用于研发。", [10000000000.0]),
    # a project's own money to date (tenth and eleventh rounds: a project's total, investment completed with no period)
    ("该项目于2022年开工，计划3年内建成，截至目前已累计投入资金12亿元。", [1200000000.0]),
    # a running total since a body's founding or a programme's start (eighth round), not a span of this reading
    ("基金会成立十年来，累计投入资金2.3亿元。", [230000000.0]),
    ("商会自2015年成立以来，累计投入1200万元。", [12000000.0]),
    ("近年来，江城县已累计签约亿元以上项目18个，协议总投资95亿元。", [9500000000.0]),
])
def test_spending_over_past_span(extract, body, expected):
    assert amounts(extract(page(body))) == expected
