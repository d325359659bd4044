"""Meeting phrasings: an event named by 活动 in the body under a headline that
names it shorter (the body's fuller name, organizer and venue win), talks of the two parties told before or
after a signing (双方举行座谈: a meeting of its own, the bare noun as written), and a list of participants as
the subject of a ceremony (…成员、…人员举行宪法宣誓仪式: people, no organizer).  Invented sentences; the
expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held


def _places(record: dict) -> list[str | None]:
    return [m["location"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected", "places"),
    [
        # the body's name with its period qualifier, its place's name as organizer and its venue
        ("全市重大项目集中开工活动举行\n2024-05-09 来源：某报\n5月8日上午，临川市2024年第二季度重大项目集中开工活动"
         "在东湖区主会场举行。全市本次集中开工项目68个。\n",
         [("2024年第二季度重大项目集中开工活动", "2024-05-08", "临川市")], ["东湖区主会场"]),
        # a year in the headline and a quarter in the body: the body's wording, the programme in another paragraph
        ("某区举行2024年重大项目集中开工活动\n2024-07-10 来源：某区新闻中心\n7月9日上午，某区举行2024年第三季度重大项目"
         "集中开工活动，此次集中开工项目26个。\n区委书记黄某宣布开工，区长刘某主持。\n",
         [("2024年第三季度重大项目集中开工活动", "2024-07-09", "某区")], [None]),
        # near miss: another activity in the body is not the headline's (the headline's own record is kept as before)
        ("全市重大项目集中开工活动举行\n2024-05-09 来源：某报\n5月8日上午，我市开展学雷锋志愿服务活动，300余名志愿者走上街头。\n",
         [("全市重大项目集中开工活动", "2024-05-08", None)], [None]),
        # near miss: a 活动 body under a headline naming no event held gives no meeting (§3)
        ("某县开展植树活动\n2024-03-13 来源：某县\n3月12日上午，某县2024年义务植树活动在城东林场举行。\n", [], []),
    ],
)
def test_the_body_fuller_name_of_the_headline_event(extract, text: str, expected: list, places: list) -> None:
    record = extract(text)
    assert held(record) == expected
    assert _places(record) == places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks before the signing: a second meeting, the bare noun as written, on the signing's day (GUIDELINES §3,
        # seventh review round: talks told 在签约前 take the day of the signing just told)
        ("某行与某集团签署战略合作协议\n2024-07-09 来源：某行\n7月8日，某银行东平分行与东平市城投集团有限公司战略合作协议"
         "签约仪式在市城投集团举行。\n某银行东平分行行长邹某、市城投集团董事长阎某代表双方签约。\n签约前，双方举行座谈，"
         "邹某介绍了该行基本情况，阎某对该行的支持表示感谢。\n",
         [("某银行东平分行与东平市城投集团有限公司战略合作协议签约仪式", "2024-07-08", None), ("座谈", "2024-07-08", None)]),
        # talks after it: the day of the account just before
        ("县政府与某集团签约\n2024-07-09 来源：某县\n7月8日上午，县政府与某集团战略合作框架协议签约仪式在县行政中心举行。\n"
         "签约仪式后，双方在县行政中心三楼会议室进行了座谈交流。\n",
         [("县政府与某集团战略合作框架协议签约仪式", "2024-07-08", None), ("座谈交流", "2024-07-08", None)]),
        ("与某企业座谈\n2024-03-13 来源：某县\n3月12日上午，县长王某会见了某集团董事长李某一行。会见后，双方举行座谈。\n",
         [("会见", "2024-03-12", None), ("座谈", "2024-03-12", None)]),
        # near miss: talks on a tour of days, no event before them: none reported on a day
        ("两地交流\n2024-03-13 来源：某报\n访问期间，双方举行座谈。\n", []),
    ],
)
def test_talks_of_the_parties_around_a_signing(extract, text: str, expected: list) -> None:
    assert held(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("人大常委会会议闭幕\n2024-06-28 来源：某社\n十四届全国人大常委会第十次会议28日上午在北京人民大会堂闭幕。赵某委员长"
         "主持闭幕会。\n会后，委员长会议成员、常委会组成人员和列席人员举行宪法宣誓仪式。\n",
         # (the session's organizer is its standing committee, GUIDELINES §3 eighteenth review round; the ceremony's
         # participants hold nothing)
         [("十四届全国人大常委会第十次会议", "2024-06-28", "全国人大常委会"), ("宪法宣誓仪式", "2024-06-28", None)]),
        ("某支部开展主题党日活动\n2024-07-02 来源：某县\n7月1日上午，全体党员和入党积极分子在村部举行重温入党誓词仪式。\n",
         [("重温入党誓词仪式", "2024-07-01", None)]),
        ("某县\n2024-07-02 来源：某县\n7月1日上午，新任命的国家工作人员举行宪法宣誓仪式。\n", [("宪法宣誓仪式", "2024-07-01", None)]),
        # near miss: a body as the subject stays the organizer
        ("某县\n2024-07-02 来源：某县\n7月1日上午，县人大常委会举行宪法宣誓仪式。\n", [("宪法宣誓仪式", "2024-07-01", "县人大常委会")]),
    ],
)
def test_participants_are_no_organizer(extract, text: str, expected: list) -> None:
    assert held(extract(text)) == expected
