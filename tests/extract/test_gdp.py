"""Fixer gdp: the twenty-third review round's speaker, award and funding readings (corpus/GUIDELINES.md §4, §5, §6).

Each class below names what varies in real copy; the rows reduce and re-invent the round's examples, paraphrase them
along that class, and hold near misses where the reading must not fire. Invented sentences only.

- W2 (§6 twenty-third round, "for money told with 将, what decides is whether the payer commits it"): money a body
  says it will put in over stated years is funding whatever the order of the span and 将 (未来三年，X将投入…, X将在未来
  三年投入…), the span with or without 内/里, a comma or none, Arabic or Chinese numerals, any verb of putting money in;
  a plan or forecast word (计划, 拟, 预计, 打算), a next step (下一步, 今后) or a donation pledged in remarks at an event
  that is no ceremony of giving stays only intended.
- W3 (§6 twenty-third round, "money raised or received … is recorded as stated over any span"): money raised or
  received (募集, 筹集, 募得, 接受捐赠, 收到捐款, 接收) over a past year (去年全年, 2023年全年, 上年度), a span to date
  (今年以来, 截至目前) or with no start told is a record; money granted over a past year with a bare noun (资助, 资金,
  经费, 善款) stays none, and a noun naming the aid or its recipients (司法救助金, 慰问金) keeps it.
- W5 (§6 twenty-third round, "a fund named by its programme, field or event before the amount is the purpose also when
  a 用于 clause follows"): the fund's name after a verb of giving, whatever the verb, with or without a comma before
  用于, quoted parts or a year before the name; money named only by its kind, level, source or state (专项资金,
  县级配套资金, 到位资金, 结余资金, 专项债券资金) gives way to the clause.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


# --- W2: money put in over stated years, either order -------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the round's two orders, re-invented
        ("华信公司将在未来三年投入100亿元用于研发。", [(10000000000.0, "CNY", "研发")]),
        ("未来三年，华信公司将投入100亿元用于研发。", [(10000000000.0, "CNY", "研发")]),
        # paraphrases: 内/里, no comma, Arabic numerals, other verbs and bodies, 再
        ("未来五年内，江城集团将出资20亿元支持职业教育。", [(2000000000.0, "CNY", "支持职业教育")]),
        ("在未来两年里，县财政将安排3000万元用于农村公路建设。", [(30000000.0, "CNY", "农村公路建设")]),
        ("未来5年，南湖公司将累计投入研发资金30亿元。", [(3000000000.0, "CNY", "研发资金")]),
        ("集团表示，未来五年将再投入2000亿元用于研发。", [(200000000000.0, "CNY", "研发")]),
        ("未来三年，市政府将安排专项资金20亿元支持产业升级。", [(2000000000.0, "CNY", "支持产业升级")]),
    ],
)
def test_money_put_in_over_stated_years(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a plan or forecast word, also with the span first; a next step; a later start; a pledge in remarks
        "未来三年，华信公司计划投入100亿元用于研发。",
        "未来三年，市财政拟安排资金5亿元支持旅游业发展。",
        "该基金预计在未来五年内筹集资金15亿元。",
        "下一步，公司将在未来三年投入10亿元用于技术改造。",
        "市财政将从明年起每年提供500万元用于助学。",
        "座谈会上，企业家张明表示，未来三年将捐资100万元支持家乡教育事业。",
        # NEGATIVE: a level the place is to reach, no money put in
        "未来三年，该市地区生产总值将突破5000亿元。",
    ],
)
def test_money_only_intended_stays_out(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


# --- W3: money raised or received over any span; a past year's bare grants ----------------------------------------

@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # the round's example, re-invented, and paraphrases over other spans and verbs of raising or receiving
        ("去年全年，县慈善总会共募集善款500万元。", 5000000.0),
        ("2023年全年，江城慈善会共筹集资金860万元。", 8600000.0),
        ("上年度，基金会累计募得善款300万元。", 3000000.0),
        ("去年全年，县红十字会共接收社会捐款4600万元。", 46000000.0),
        ("今年以来，该基金会累计接受社会捐赠1200万元。", 12000000.0),
        ("截至目前，江城大学累计收到校友捐款超过3亿元。", 300000000.0),
        ("江城中学累计接受校友捐赠超过5亿元。", 500000000.0),
    ],
)
def test_money_raised_or_received_over_any_span(extract, body: str, amount: float) -> None:
    assert [a for a, _, _ in grants(extract(page(body)))] == [amount]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a past year's money granted under a noun naming the aid or its recipients: its purpose that noun
        ("去年，县法院共发放司法救助金320万元。", [(3200000.0, "CNY", "司法救助金")]),
        ("去年全年，县总工会共发放慰问金80万元。", [(800000.0, "CNY", "慰问金")]),
        # NEGATIVE: a past year's grants under a bare noun, and financing raised so far
        ("去年全年共批出资助约5000万元。", []),
        ("去年全年，基金会共发放善款500万元。", []),
        ("该公司成立以来已累计获得融资2.6亿元。", []),
    ],
)
def test_past_year_grants_need_a_use(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


# --- W5: a fund named by its programme, field or event over a 用于 clause ------------------------------------------

@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        # the round's example (spec 000), re-invented
        ("共发放“以奖代补”党建工作经费6万元用于支持党组织开展党建工作。", "以奖代补党建工作经费"),
        ("社区党委下拨“以奖代补”党建经费8万元，用于支持党支部开展组织生活。", "以奖代补党建经费"),
        # paraphrases: other verbs, fields, programmes and events; a comma or none; a year before the name
        ("县财政拨付防汛抗旱专项资金300万元，用于水毁工程修复。", "防汛抗旱专项资金"),
        ("市体育局安排运动会专项经费50万元，用于场馆改造和赛事保障。", "运动会专项经费"),
        ("县文旅局下达文化惠民工程专项资金80万元用于送戏下乡。", "文化惠民工程专项资金"),
        ("团县委发放“希望工程”助学金20万元，用于资助贫困学生。", "希望工程助学金"),
        ("南湖区向云岭县拨付2024年度山海协作帮扶资金3000万元，用于产业园建设。", "山海协作帮扶资金"),
        # NEGATIVE: money named only by its kind, level, source or state gives way to the clause
        ("县财政拨付专项资金200万元，用于高标准农田建设。", "高标准农田建设"),
        ("县财政落实县级配套资金500万元，用于农村公路建设。", "农村公路建设"),
        ("县财政拨付奖励资金100万元，用于表彰先进企业。", "表彰先进企业"),
        ("县财政到位资金300万元，用于村道修复。", "村道修复"),
        ("县政府统筹盘活往年结余资金800万元，全部用于校舍维修。", "校舍维修"),
        ("县里下达新增专项债券资金5亿元，用于城区管网改造。", "城区管网改造"),
        # NEGATIVE: no verb of giving before the name (a subject and time read with it), and a fund as the donor
        ("今年医院科研经费投入6000万元，用于建设实验平台。", "建设实验平台"),
        ("某基金会拨款100万元给县红十字会，用于救灾物资采购。", "救灾物资采购"),
    ],
)
def test_named_fund_over_a_use_clause(extract, body: str, purpose: str) -> None:
    assert [p for _, _, p in grants(extract(page(body)))] == [purpose]
