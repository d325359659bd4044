"""The body opening a clause as its subject, before an attribute of holding with only its own day and venue between
(`X17日在纽约举行的…晚会上，…`, `X在二十二日举行的…会议上…`): it holds the event (GUIDELINES §3 organizer, the subject of
召开/举行/举办; twenty-ninth review round). A person, a delegation, or a body at an event named for a wider community
holds nothing, nor does a school (tests/extract/meetings/test_meeting_designations_and_1990s_phrasings.py); a state body keeps its reading at a national meeting (水利部在
今天召开的全国防汛工作会议上, meetings/test_meeting_designations_and_1990s_phrasings.py). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, location, organizer) of each meeting, in order."""
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a day and a venue between the body and 在…举行的
        ("江城市科协昨天在市会展中心举行的科普工作座谈会上宣布，今年将新建10个科普基地。",
         [("科普工作座谈会", "市会展中心", "江城市科协")]),
        ("华信电脑公司近日在北京举行的新产品发布会上推出了三款新型电脑。",
         [("新产品发布会", "北京", "华信电脑公司")]),
        ("青川同乡联谊会17日在江城宾馆举行的新春团拜会上，向家乡捐赠了一批图书。",
         [("新春团拜会", "江城宾馆", "青川同乡联谊会")]),
        # only the day after 在, written in Chinese numerals as newspaper copy has it
        ("省人大常委会在二十二日举行的全体会议上表决通过了该条例。", [("全体会议", None, "省人大常委会")]),
        ("东江农商银行在8日举行的第五届股东大会上审议通过了年度报告。", [("第五届股东大会", None, "东江农商银行")]),
        # a state body at its own national meeting, now with its venue too
        ("省水利厅5日在江城宾馆召开的全省防汛工作会议上要求，各地做好防汛准备。",
         [("全省防汛工作会议", "江城宾馆", "省水利厅")]),
    ],
)
def test_body_subject_before_an_attribute_of_holding(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a person opening the clause holds nothing
        "市长林志明今天在市民中心举行的新闻发布会上说，全市将新增就业岗位五万个。",
        # a delegation takes part in what it is told at, and a school is as often a guest at a forum it speaks at
        "江城市代表团9日在悉尼举行的投资推介会上发表声明。",
        "东湖师范学院17日在江城宾馆举行的座谈会上介绍了办学经验。",
        # an event named for a wider community than the body: it takes part
        "华信电脑公司近日在上海举行的全国电子信息产业大会上介绍了经验。",
        "江城市环保协会在日内瓦举行的联合国环境会议上作了发言。",
        "江城大学新材料研究组在近日举行的一个纳米材料国际研讨会上展示了新成果。",
        # a group described by a 的 phrase is no body's name
        "由王教授领导的研究小组在上周举行的学术沙龙上展示了新型电池。",
    ],
)
def test_no_holder_from_a_subject_that_takes_part(extract_with_model, body: str) -> None:
    record = extract_with_model(page(body))
    assert len(record["meetings"]) == 1
    assert record["meetings"][0]["organizer"] is None
