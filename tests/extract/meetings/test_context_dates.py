"""Meetings dated by the sentences around them, and names after rarer surnames.

Invented pages; the expected values follow corpus/GUIDELINES.md (§3 date, §4 speakers).
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the account opens with the day; the ceremony is named two sentences later
        ("两公司签署战略合作协议\n2015-07-04 来源：本网\n7月3日，甲集团与乙银行在北京签署全面战略合作协议。"
         "根据协议，乙银行将提供200亿元意向性授信。签约仪式由甲集团副总经理王强主持。\n",
         [("签约仪式", "2015-07-03")]),
        # the day in the paragraph before
        ("中心举行揭牌仪式\n2019年09月06日 09:30  来源：中心\n9月5日上午，省知识产权保护中心正式揭牌运行。\n"
         "副省长刘军出席揭牌仪式并讲话。省市场监管局局长黄敏主持。\n",
         [("揭牌仪式", "2019-09-05")]),
    ],
)
def test_an_undated_meeting_takes_the_day_its_account_opens_with(extract, page: str, expected: list) -> None:
    assert dated(extract(page)) == expected


@pytest.mark.parametrize(
    "page",
    [
        # only the page's own date line: no day is written for the meeting
        "两公司签署战略合作协议\n2015-07-04 来源：本网\n甲集团与乙银行在北京签署全面战略合作协议。签约仪式由甲集团副总经理王强主持。\n",
        "学院召开座谈会\n发布时间：2021-06-25 10:20\n学院召开座谈会。党委书记李明主持座谈会。\n",
        # 近日 opens the account: undated
        "两公司签署合作协议\n发布时间：2015-07-04\n近日，甲集团与乙银行签署合作协议。签约仪式由甲集团副总经理王强主持。\n",
        # a day long before the publication date is a piece of history, not the account's
        "学院召开座谈会\n发布时间：2021-06-25\n2019年5月4日，学院成立青年志愿者协会。学院召开座谈会，党委书记李明主持座谈会。\n",
        # a deadline is no day held
        "县召开推进会\n发布时间：2023-06-10\n6月30日前，各乡镇要完成排查任务。县里召开推进会，副县长王强主持。\n",
    ],
)
def test_no_day_is_borrowed_from_the_page_line_a_vague_lead_history_or_a_deadline(extract, page: str) -> None:
    record = extract(page)
    assert record["meetings"], page
    assert record["meetings"][0]["date"] is None


def test_another_meetings_day_stays_its_own(extract) -> None:
    record = extract(
        "县委召开常委会会议\n发布时间：2023-03-07\n3月1日，省委召开全省经济工作会议。全县上下认真学习会议精神。"
        "县委召开常委会会议，传达学习会议精神，县委书记王强主持。\n"
    )
    assert dated(record) == [("常委会会议", None), ("全省经济工作会议", "2023-03-01")]


def test_a_meeting_that_follows_takes_the_day_just_told(extract) -> None:
    record = extract(
        "学院开展主题党日活动\n2021-06-25\n2021年6月24日，学院组织全体党员赴红色教育基地开展主题党日活动。"
        "党员们重温入党誓词。随后，学院召开座谈会，党委书记李明主持座谈会。\n"
    )
    assert ("座谈会", "2021-06-24") in dated(record)
    record = extract(
        "学院举办庆祝建党100周年座谈会\n发布时间：2021-06-25 10:20\n6月24日下午，学院离退休党总支在行政楼举办“同心向党 礼赞百年”主题活动。"
        "活动邀请了10名老党员参加。在随后举行的座谈会上，老党员代表张建国讲述了入党经历。\n"
    )
    assert ("座谈会", "2021-06-24") in dated(record)


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("江西省委副书记、省长鹿心社主持开幕式并致辞。", "鹿心社", "江西省委副书记、省长"),
        ("全国人大常委会委员长栗战书主持会议。", "栗战书", "全国人大常委会委员长"),
        ("市委副书记隋振江主持会议。", "隋振江", "市委副书记"),
    ],
)
def test_names_after_rarer_surnames_are_people(extract, sentence: str, name: str, title: str) -> None:
    record = extract(f"论坛开幕\n发布时间：2019-09-06\n9月5日，论坛在南昌开幕。{sentence}\n")
    host = record["meetings"][0]["host"]
    assert host == {"name": name, "title": title}
