"""Twelfth review round (GUIDELINES §3, §6): talks held after the main event in a clause of their own, a count told
as present at the event, a part of the signings picked out by 其中, and capital attracted over the years.  Invented
sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _counts(record: dict) -> list[tuple]:
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


def _money(record: dict) -> list[tuple]:
    return [(f["text"], f["purpose"]) for f in record["funding"]]


# §3: "A talk held after the main event and told in its own clause (`说明会后，…还举行了座谈，10位台商先后发言`) is its own
# record, as `会后，双方举行了座谈` is."
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，江城市台商投资环境说明会在市会展中心举行。说明会后，市领导还与台商举行了座谈，10位台商先后发言。",
         [("台商投资环境说明会", "2024-05-07", "江城市"), ("座谈", "2024-05-07", None)]),
        ("5月7日上午，青山县特色产业推介会在县文化中心举行。推介会结束后，双方举行了座谈，就深化合作进行了交流。",
         [("特色产业推介会", "2024-05-07", "青山县"), ("座谈", "2024-05-07", None)]),
        ("5月7日，江城市侨商恳谈会在市宾馆举行。恳谈会结束后，市委书记同侨商代表举行了座谈。",
         [("侨商恳谈会", "2024-05-07", "江城市"), ("座谈", "2024-05-07", None)]),
        # a leader receiving guests after the meeting: talks held (§3 `会见`), on the meeting's day, not a 座谈
        ("5月7日，江城市台商投资说明会在市会展中心举行。说明会后，市委书记李华会见了台湾工商界代表团一行。",
         [("台商投资说明会", "2024-05-07", "江城市"), ("会见", "2024-05-07", None)]),
        ("5月7日，青山县文旅推介会在省城举行。推介会结束后，县长王某会见了省旅游协会负责人一行。",
         [("文旅推介会", "2024-05-07", "青山县"), ("会见", "2024-05-07", None)]),
        # near miss: one received before the meeting may be of an earlier day (§3 seventh review round)
        ("5月7日，江城市台商投资说明会在市会展中心举行。会前，市委书记李华会见了台湾工商界代表团一行。",
         [("台商投资说明会", "2024-05-07", "江城市")]),
        # near miss: a visit after the meeting is no record
        ("5月7日，青山县重点项目推进会在县政府召开。会后，与会人员参观了县工业园区。",
         [("重点项目推进会", "2024-05-07", "青山县")]),
        # near miss: earlier talks held many times, a series
        ("5月7日，青山县重点项目推进会在县政府召开。此前，县领导曾多次与企业家举行座谈。",
         [("重点项目推进会", "2024-05-07", "青山县")]),
    ],
)
def test_talks_after_the_main_event(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


# §3: "Those told as present at the event in a count (`现场300余名干部员工深受教育`, `在场的200名学生`) are its attendees
# (approximate with `余`/`多`); people counted by firm (`23家企业负责人参加`) give no count."
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，江城市供电公司举办先进事迹报告会。报告团成员讲述了感人事迹，现场300余名干部员工深受教育。",
         [("先进事迹报告会", 300, True)]),
        ("5月7日，江城一中举办科普讲座。研究员王强为同学们作了报告，在场的200名学生认真聆听。", [("科普讲座", 200, False)]),
        ("5月7日，江城市举办英模事迹报告会。在场的500多名观众被深深打动。", [("英模事迹报告会", 500, True)]),
        # near misses: people counted by firm, people who will attend later
        ("5月7日，青山县政企座谈会在县政府召开，23家企业负责人参加。", [("政企座谈会", None, False)]),
        ("5月7日，青山县召开干部培训动员会。全县300余名干部将参加培训。", [("干部培训动员会", None, False)]),
        ("5月7日，青山县文旅推介会在省城举行，现场30余家旅行社负责人参加。", [("文旅推介会", None, False)]),
    ],
)
def test_count_present_at_the_event(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected


# §6: "A part of the signings picked out by `其中` (`其中工业项目8个，总投资61亿元`) has the part as purpose (`工业项目`)."
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，江城市招商引资项目集中签约仪式举行。共签约项目16个，总投资128亿元，其中工业项目8个，总投资61亿元。",
         [("128亿元", None), ("61亿元", "工业项目")]),
        ("5月7日，江城投资洽谈会举行。现场签约项目20个，总投资85亿元，其中现代服务业项目6个，总投资22亿元。",
         [("85亿元", None), ("22亿元", "现代服务业项目")]),
        ("5月7日，第五届茶博会开幕。开幕式上举行了茶产业招商项目签约，签约项目9个，总投资23亿元。",
         [("23亿元", "茶产业招商项目")]),
        # near miss: a bare class after 其中 names no purpose
        ("5月7日，江城市重大项目集中开工仪式举行。此次集中开工项目32个，总投资156亿元，其中重点项目10个，总投资98亿元。",
         [("156亿元", None), ("98亿元", None)]),
    ],
)
def test_part_of_the_signings(extract, body: str, expected: list) -> None:
    assert _money(extract(page(body))) == expected


# §6: "Capital a city has attracted over the years (`累计合同台资45亿美元` in a profile of the city) is a statistic;
# contracted foreign capital of this event's signings (`签约…其中合同外资额4.6亿美元`) stays a record."
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，江城市台商投资说明会举行。江城是台商投资的热土，目前共有台资企业412家，累计合同台资45亿美元。"
         "说明会上，现场签约项目12个，其中合同外资额4.6亿美元。", ["4.6亿美元"]),
        ("5月7日，青山县招商推介会举行。青山县区位优越，历年累计实际利用外资8.5亿美元。推介会上签约项目6个，合同外资1.2亿美元。",
         ["1.2亿美元"]),
    ],
)
def test_capital_attracted_over_the_years(extract, body: str, expected: list) -> None:
    assert [text for text, _ in _money(extract(page(body)))] == expected
