"""Newspaper register (People's Daily, January 1998, tuning part): what the dly2 review found.

Meetings missed: wire copy reports one event with a verb of holding and refers to others in passing
(某外长在议会会议上说, 部长出席了捐赠仪式, 参加某部召开的座谈会的代表).  GUIDELINES §3 ("a meeting only
referred to as having taken place … one record"; "several events in one article: each meeting held is
its own record") makes each a record, but a referred meeting was read only where no meeting was held
with a verb (or when it was a press conference or talks).  A referred meeting with a name of its own
(a head with a qualifier, no verb or count inside, not the held meeting again, not a part of it such as
its opening or a sub-forum) is now one more record.

Funding spurious (§6 "statistics, not money granted"; "a body's overall budget"; eighth round "a
sector's spending over a year"): a year's investment in a field told as a level (去年全省技术改造投资达到
150亿元) and a budget stated by a copula (国防预算为270亿美元) were read as money granted.

Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page

HELD = "6月3日，市委召开全市经济工作会议。"


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a meeting referred to by a speech made there, beside the meeting held
        (HELD + "去年，市长李华在全省科技奖励大会上提出了新的目标。", ["全市经济工作会议", "全省科技奖励大会"]),
        (HELD + "副市长王明此前在全省招商引资大会上说，要优化营商环境。", ["全市经济工作会议", "全省招商引资大会"]),
        ("6月3日，区政府举行签约仪式。区长王明在今年的全区人才工作会议上强调，要留住人才。",
         ["签约仪式", "全区人才工作会议"]),
        # a foreign session in wire copy, the year before the name dropped from it
        ("新华社东京6月3日电 该国执政党3日举行年度党代表大会。外长佐藤去年在亚欧外长会议上提出了合作构想。",
         ["年度党代表大会", "亚欧外长会议"]),
        # a ceremony attended
        (HELD + "此前，市长李华出席了希望小学捐赠仪式。", ["全市经济工作会议", "希望小学捐赠仪式"]),
        (HELD + "会前，市领导参加了新区医院落成典礼。", ["全市经济工作会议", "新区医院落成典礼"]),
        # a rite told before the opening of the session held: the rite is one more, the opening is the session's own
        ("江城市议会第3届第2次定期会于5月7日上午开议，议长李华主持开议典礼。开议典礼前，全体议员参加升旗仪式。",
         ["江城市议会第3届第2次定期会", "升旗仪式"]),
        ("5月7日，全县第五期青年干部培训班在县委党校开班，县委书记王明主持开班仪式。开班仪式前，学员们参观了廉政教育基地。",
         ["全县第五期青年干部培训班"]),
    ],
)
def test_a_named_meeting_referred_to_beside_one_held(extract, body: str, expected: list) -> None:
    assert names(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the place a referred meeting is told held at, right before its name (GUIDELINES §3 location row)
        (HELD + "此前，市长李华出席了在省会议中心举行的全省招商引资推进会。", "省会议中心"),
        (HELD + "此前，副市长王明参加了在京召开的全国科技工作座谈会。", "北京"),
        # near misses: no place told, or a place told for another act
        (HELD + "此前，市长李华出席了希望小学捐赠仪式。", None),
        (HELD + "此前，市长李华在调研时出席了希望小学捐赠仪式。", None),
        (HELD + "市长李华在同应邀参加省委宣传部召开的全省先进典型座谈会的代表座谈时强调，要学习先进。", None),
    ],
)
def test_the_place_told_before_a_referred_meeting(extract, body: str, expected: str | None) -> None:
    assert [m["location"] for m in extract(page(body))["meetings"]][1:] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the body a referred meeting is told held by, right before its name (GUIDELINES §3 organizer row)
        (HELD + "会后，市长李华看望了应邀参加省委宣传部召开的全省先进典型座谈会的代表。", "省委宣传部"),
        (HELD + "此前，副市长王明出席了市科协举办的青少年科技创新大赛颁奖典礼。", "市科协"),
        # near misses: a place or a person before 召开的, or no body told
        (HELD + "此前，市长李华出席了在上海市召开的长三角城市合作座谈会。", None),
        (HELD + "此前，市长李华出席了希望小学捐赠仪式。", None),
    ],
)
def test_the_holder_told_before_a_referred_meeting(extract, body: str, expected: str | None) -> None:
    assert [m["organizer"] for m in extract(page(body))["meetings"]][1:] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # the meeting held, told again by its full name, its short form or its bare noun
        HELD + "市长李华在全市经济工作会议上强调，要抓好落实。",
        HELD + "市长李华在经济工作会上说，要抓好落实。",
        HELD + "市长李华在会上强调，要抓好落实。",
        HELD + "市长李华在大会上讲话。",
        # a part of the meeting held: its opening, a sub-forum
        "6月3日，2024年江城学术年会在江城大学召开。在年会开幕式上，校长李华致辞。",
        "6月3日，2024年江城学术年会在江城大学召开。在“智能制造”分论坛上，教授王明作了报告。",
        # parts of the event held joined by 和, no name of their own
        "6月3日，县委召开重点项目现场观摩暨推进会。全县各部门负责人共120余人参加观摩和会议。",
        # planned, relayed, a habit, a preposition read into the name, a deictic
        HELD + "市长李华将出席下月的全省工作会议。",
        HELD + "会议传达了李华在全省工作会议上的讲话精神。",
        HELD + "李华曾多次在全国学术会议上作报告。",
        HELD + "会前，代表们参加了这次会议的预备会。",
        # a meeting inside the words of the meeting held or of a speaker
        HELD + "会议指出，全市上月在全省推进会上作了交流发言。",
        HELD + "代表王明发言时说，第一次参加如此务实的述职会议。",
        # the same banquet named twice on its day
        "今晚，基金会在江城饭店举行大型餐会，为助学计划筹款。大使李华在今天的筹款餐会上说，这一计划切合实际。",
        # the opening or close of the session held, by its bare noun, told before or after another rite
        "江城市议会第3届第2次定期会于5月7日上午开议，议长李华主持开议典礼，市长王明率市府团队列席。",
        "5月7日，全县第五期青年干部培训班在县委党校开班，县委书记王明主持开班仪式。",
        "5月7日，市第十届运动会在市体育中心落幕，副市长李华出席闭幕式并讲话。",
        # a past edition or a past act recalled as background
        HELD + "上届全市读书月开幕式上，市长李华致辞。",
        HELD + "市长李华曾在全省科技奖励大会上提出这一目标。",
    ],
)
def test_no_other_meeting_from_the_held_one_or_a_non_event(extract, body: str) -> None:
    assert len(extract(page(body))["meetings"]) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a day inside the remarks after the name dates nothing of the meeting referred to
        ("2024年5月7日，学会召开理事会。去年，理事长王明在全国学会工作会议上说，今天的学会要服务会员。",
         [("理事会", "2024-05-07"), ("全国学会工作会议", None)]),
        ("5月7日，协会召开年会。会长李华此前在全省行业发展大会上表示，今天的行业要靠创新。",
         [("年会", "2024-05-07"), ("全省行业发展大会", None)]),
    ],
)
def test_a_day_inside_remarks_does_not_date_the_referred_meeting(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["date"]) for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    "body",
    [
        # a year's investment in a field, told as a level
        "去年全省技术改造投资达到150亿元。",
        "去年全省交通投资达到80亿元，同比增长12%。",
        "全年全市农业投资完成2亿元，比上年增长20%。",
        # a budget stated by a copula
        "该国今年的国防预算为270亿美元。",
        "该校今年预算为3000万元，比去年增长5%。",
        # economic statistics in newspaper style (already no record; kept so)
        "去年全国固定资产投资完成额为2.5万亿元，比上年增长10%。",
        "截至去年底，全国城乡居民储蓄存款余额达4.6万亿元。",
        "去年我国外贸进出口总额达3251亿美元，其中出口1827亿美元。",
        "这次洪灾造成直接经济损失约5亿元。",
        "该厂通过挖潜改造，全年节约资金400万元。",
        "两国贸易额从建交时的2000万美元增加到去年的5亿美元。",
        "去年全市国内生产总值达到1200亿元，增长9.5%。",
        "市场上大米每公斤售价2.4元，比去年下降了0.3元。",
        "该厂去年亏损2000万元，今年扭亏为盈。",
        "该市计划到2000年实现工业总产值500亿元。",
    ],
)
def test_newspaper_statistics_are_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # money a body puts to a use, or hands down, stays funding
        ("去年全市投资3亿元，修建了20公里道路。", 300000000.0),
        ("去年全县共投资2亿元，用于农田水利建设。", 200000000.0),
        ("去年，省里投资2亿元建设了一批水库。", 200000000.0),
        ("市政府追加预算500万元，用于防汛。", 5000000.0),
        ("县政府今年下达教育预算资金3000万元。", 30000000.0),
        ("国际货币基金组织同意向该国提供170亿美元贷款，以帮助其渡过危机。", 17000000000.0),
    ],
)
def test_money_granted_beside_the_statistics_stays(extract, body: str, amount: float) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == [amount]
