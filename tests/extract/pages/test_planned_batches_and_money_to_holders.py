"""Rural, agriculture and civil-affairs copy: subsidy money, project starts, awards to model households and
villages, exchange speeches at on-site meetings.

Found:
- `还有9个乡村振兴项目计划于下半年开工，计划总投资4.3亿元` gave funding: counted projects whose start is still ahead,
  told in the clause before a bare total, are only intended (GUIDELINES §6: a project only planned, with no start told).
- `今年县府编列农业发展相关预算共12亿元` gave funding: related budgets summed are a field's budget level, a budget figure
  (§6 "a body's overall budget"; a sector's budget), also with no other statistic word in the sentence.
- `为10个先进村各安排奖补资金5万元` gave the award `先进村各安排奖`: money handed to each of counted holders is funding
  only, no honour conferred (§5 "money paid to holders of an earlier honour … is funding only").
- `县委书记梁志远代表我县介绍了经验做法` (after the counties' 典型发言) gave 讲话: experience shared on a body's behalf is
  the exchange address (§4 代表发言, 交流发言 -> 发言).

Invented sentences only; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    "body",
    [
        "据悉，全县还有9个乡村振兴项目计划于下半年开工，计划总投资4.3亿元。",
        "另有5个农业产业化项目预计年内开工，总投资2亿元。",
        "此外，全镇还有三个项目拟于10月开工建设，项目总投资8000万元。",
        "今年縣府編列農業發展相關預算共12億元。",
        "今年县里编列各类涉农预算合计3亿元。",
        "去年全县农业预算共8亿元，同比增长5%。",
    ],
)
def test_planned_batch_and_summed_budgets_give_no_funding(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # NEGATIVE: counted projects already started keep their total
        ("全县已有9个项目开工，总投资4.3亿元。", 430000000.0),
        ("今天，全县9个乡村振兴项目集中开工，总投资4.3亿元。", 430000000.0),
        # NEGATIVE: a budget put to a use right after it stays money granted
        ("县府今年编列相关预算共500万元，补助偏乡学校。", 5000000.0),
        # NEGATIVE: a field's budget with no sum over lines and no statistic word is left as before
        ("县财政今年编列农业预算共12亿元，用于补助农户。", 1200000000.0),
    ],
)
def test_started_projects_and_budgets_put_to_use_stay(extract, body, amount):
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


@pytest.mark.parametrize(
    "body",
    [
        "县财政为10个先进村各安排奖补资金5万元。",
        "镇里给50户示范户每户发放奖励金2000元。",
        "县里为8个先进村分别拨付奖补资金10万元。",
    ],
)
def test_money_to_each_holder_is_no_award(extract, body):
    record = extract(page(body))
    assert honours(record) == []
    assert len(grants(record)) == 1


@pytest.mark.parametrize(
    ("body", "honour"),
    [
        # NEGATIVE: a reward with the honour before it is read as before (the reward's word cut off)
        ("大会对10个先进村各奖励5万元。", ("先进村", 10, "个", "organization")),
        # NEGATIVE: a conferral in its own clause still counts
        ("会议表彰了10个“乡村振兴先进村”，县财政为每村安排奖补资金5万元。", ("乡村振兴先进村", 10, "个", "organization")),
    ],
)
def test_conferrals_beside_money_stay(extract, body, honour):
    assert honours(extract(page(body)))[:1] == [honour]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("5月8日，市里召开农村人居环境整治推进会。几个县作了典型发言，县委书记梁志远代表我县介绍了经验做法。", "梁志远"),
        ("5月8日，市里召开推进会。会上，城关镇党委书记李强代表城关镇交流了工作经验。", "李强"),
        ("5月8日，县里召开农业产业化现场会。会上，合作社理事长王芳代表合作社分享了发展林下经济的做法。", "王芳"),
    ],
)
def test_experience_shared_on_behalf_is_an_exchange_address(extract, body, name):
    assert speakers(extract(page(body)))[name][1] == ("发言",)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # NEGATIVE: introducing experience with no body spoken for stays 讲话 (§4: 会上，X介绍… is 讲话)
        ("5月8日，市里召开推进会。会上，城关镇党委书记李强介绍了经验做法。", "李强"),
        # NEGATIVE: a body's other matters told on its behalf stay 讲话
        ("5月8日，市里召开推进会。会上，公司总经理李强代表公司介绍了项目情况。", "李强"),
    ],
)
def test_other_introductions_stay_speeches(extract, body, name):
    assert speakers(extract(page(body)))[name][1] == ("讲话",)
