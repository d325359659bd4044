"""Government executive and legislative meetings: a meeting a meeting decided on for a later day
with no comma after 决定/同意 and a session name plus a day between (决定第二十五次会议于8月28日至29日召开) is planned,
no record; remarks told after a (video) meeting with a topic between the name and the demand (会后，陈某就贯彻落实会议
精神提出要求, 会后，陈某就…作出部署，要求…) are no role; money put out for an act of handing out (拿出1亿元发放消费券)
names that act as its purpose. Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 planned
meetings, §4 remarks after the event, §6 purpose)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers


def _names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("8月20日，市人大常委会召开第58次主任会议，市人大常委会主任黄志强主持会议。会议研究了议程草案，"
         "决定第二十五次会议于8月28日至29日召开。", ["第58次主任会议"]),
        ("8月19日，区人大常委会召开主任会议，区人大常委会主任郑国梁主持。会议决定区十八届人大常委会第二十次会议于9月下旬在"
         "区机关大楼举行。", ["主任会议"]),
        ("8月18日，县长宋佳主持召开县政府第33次常务会议。会议同意全县第二次全国经济普查总结表彰大会于9月中旬在县会议中心举行。",
         ["县政府第33次常务会议"]),
        # NEGATIVE: a meeting held, or one held after a decision told before a comma, stays a record
        ("经县委常委会研究决定，县委十四届九次全会于8月18日在县委党校召开。县委书记冯立新主持会议。", ["县委十四届九次全会"]),
        ("8月18日，市十六届人大常委会第二十五次会议在市人大常委会会议厅召开，会议决定任命杨帆为江城市人民政府副市长。",
         ["市十六届人大常委会第二十五次会议"]),
    ],
)
def test_meeting_decided_for_later_is_planned(extract, body: str, names: list[str]) -> None:
    assert _names(extract(page(body, "2025-08-21"))) == names


_VIDEO = "8月15日下午，全省防汛抗旱工作电视电话会议召开，副省长孙立军出席会议并讲话。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_VIDEO + "会后，副市长陈志远就贯彻落实会议精神提出要求，强调要压紧压实防汛责任。", {"孙立军": ("副省长", ("讲话",))}),
        (_VIDEO + "会后，副市长陈志远就贯彻落实会议精神提出要求。", {"孙立军": ("副省长", ("讲话",))}),
        (_VIDEO + "会后，副市长陈志远就抓好会议精神贯彻落实作出部署，要求各部门迅速行动。", {"孙立军": ("副省长", ("讲话",))}),
        (_VIDEO + "会议结束后，县委书记冯立新围绕做好汛期安全工作作了具体部署。", {"孙立军": ("副省长", ("讲话",))}),
        # NEGATIVE: the same words at the meeting, or at a new meeting held after it, are a speech there
        (_VIDEO + "会上，副市长陈志远就贯彻落实会议精神提出要求，强调要压紧压实防汛责任。",
         {"孙立军": ("副省长", ("讲话",)), "陈志远": ("副市长", ("讲话",))}),
        (_VIDEO + "会后，副市长陈志远主持召开专题会议，就贯彻落实会议精神提出要求。",
         {"孙立军": ("副省长", ("讲话",)), "陈志远": ("副市长", ("主持", "讲话"))}),
    ],
)
def test_demand_after_the_meeting_is_no_role(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2025-08-16"))) == expected


@pytest.mark.parametrize(
    ("body", "funding"),
    [
        ("8月15日，市长刘建国主持召开市政府常务会议。会议决定拿出1亿元发放消费券。", [(100000000.0, "CNY", "发放消费券")]),
        ("8月15日，县政府召开常务会议，同意县财政安排300万元发放困难群众临时救助金。",
         [(3000000.0, "CNY", "发放困难群众临时救助金")]),
        ("8月15日，县民政局拨付资金80万元，发放城乡低保对象一次性生活补贴。", [(800000.0, "CNY", "发放城乡低保对象一次性生活补贴")]),
        # NEGATIVE: the money handed out to its holders (the act done, no use), and the fund named before the amount
        ("8月15日，镇政府召开会议，将慰问金共计96万元发放到位。", [(960000.0, "CNY", None)]),
        ("8月15日，县政府召开常务会议。今年已为32家企业发放补贴资金96万元。", [(960000.0, "CNY", "补贴资金")]),
    ],
)
def test_money_put_out_to_hand_out(extract, body: str, funding: list) -> None:
    assert grants(extract(page(body, "2025-08-16"))) == funding
