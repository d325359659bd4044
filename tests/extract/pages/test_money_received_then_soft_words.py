"""Political-legal pages: money or goods received told after the recipient's name, then soft words
(`王某领到执行款后激动地说`), is a recipient's reaction, no address (GUIDELINES §4, tenth review round, the same
reading as the label before the name); a court's enforcement tally and case stakes (`执行到位金额`, `标的额`,
`诉讼标的`) are figures of cases, no money granted (§6: statistics, like money recovered and compensation).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers

CEREMONY = "4月28日，县法院举行执行款集中发放仪式，副院长孙浩主持仪式。"
RELIEF = "4月28日，县民政局召开救助金发放会，局长孙浩主持会议。"
FORUM = "4月28日，县政府召开座谈会，县长孙浩主持会议。"


@pytest.mark.parametrize(
    "body",
    [
        CEREMONY + "申请执行人代表、村民王大山领到执行款后激动地说：“感谢法院！”",
        CEREMONY + "困难职工代表、退休工人张建国领到被拖欠的工资后激动地说，党的温暖送到了心坎上。",
        RELIEF + "低保户代表、村民李秀英拿到救助金时表示，一定好好生活。",
        RELIEF + "受灾群众代表、村民李秀英领取了慰问物资后感慨，日子有了盼头。",
    ],
)
def test_money_received_then_soft_words_is_no_address(extract_with_model, body: str) -> None:
    people = speakers(extract_with_model(page(body)))
    assert people["孙浩"][1] == ("主持",)
    assert set(people) == {"孙浩"}


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # NEGATIVE: an honour received with it (the honourees' spokesman keeps the role)
        (RELIEF.replace("救助金发放会", "表彰大会") + "获奖代表、教师李秀英领取荣誉证书后说，要继续努力。",
         "李秀英", ("教师", ("讲话",))),
        # NEGATIVE: a pledge taken up, not money
        (FORUM.replace("座谈会", "安全生产大会") + "乡镇代表、青山镇镇长李秀英领取责任书后表示，坚决完成任务。",
         "李秀英", ("青山镇镇长", ("讲话",))),
        # NEGATIVE: 接过 the microphone, taking the floor
        (FORUM + "企业代表、华信公司总经理李秀英接过话筒说，要抓好生产。", "李秀英", ("华信公司总经理", ("讲话",))),
    ],
)
def test_other_things_received_keep_the_role(extract_with_model, body: str, name: str, expected: tuple) -> None:
    assert speakers(extract_with_model(page(body)))[name] == expected


REPORT = "4月28日，区人大常委会召开会议，听取区法院工作报告。"


@pytest.mark.parametrize(
    "body",
    [
        REPORT + "报告显示，区法院执行到位金额12.3亿元，为企业兑现胜诉权益。",
        REPORT + "去年以来，区法院执结案件5680件，执行到位金额12.3亿元，为胜诉当事人兑现权益。",
        REPORT + "会议讨论了一起诉讼标的2800万元的合同纠纷，该案标的额较大，由审委会研究后兑现。",
        REPORT + "全年执结案件3200件，执结金额8.6亿元，兑现胜诉权益。",
    ],
)
def test_court_case_money_is_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: money a body allocates to a court or to enforcement work stays funding
        ("4月28日，县政府召开常务会议，决定安排专项经费300万元，用于县法院执行指挥中心建设。", 3000000.0),
        ("4月28日，县委政法委召开会议，为10名执行干警发放奖励金共计5万元。", 50000.0),
        # NEGATIVE: 执行到位 of a grant (the policy carried out), not a court's tally
        ("4月28日，县政府召开常务会议，决定拨付春耕补助资金500万元，确保惠农政策执行到位。", 5000000.0),
        # NEGATIVE: execution money handed out to the creditors at the event stays as an earlier test reads it
        # (test_funding_purposes_stated_and_new_loans: 发放执行案款 is money paid)
        ("11月26日，县法院举行执行款集中发放仪式，向46名申请执行人发放执行款共计320万元。", 3200000.0),
    ],
)
def test_money_for_courts_stays_funding(extract, body: str, expected: float) -> None:
    assert [amount for amount, _currency, _purpose in grants(extract(page(body)))] == [expected]
