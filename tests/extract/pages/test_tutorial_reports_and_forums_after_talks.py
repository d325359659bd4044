"""Shapes from the eighteenth review round (corpus/GUIDELINES.md §3 first and third parts, §6 third part).

Found mishandled on main: a bare 辅导报告 a named person gives right after a class's opening ceremony
(开班仪式后，随后X为学员作首场辅导报告) gave no lecture record (§3: a lecture named as written, on the ceremony's day,
like 专题辅导); talks followed by a forum of the same parties in the next clause (会见…一行，双方举行座谈) gave the talks
only (§3: two records, the 座谈 on the same day at the same place); money a place obtained from higher levels with no
project or use stated (争取上级项目资金6800万元) was recorded (§6: a tally, no record).  Already right on main, pinned
here: on a page with no publication date a year inside the meeting's own name dates it (§3).  Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, grants, page

# --- §3: a bare 辅导报告 right after a class's opening ceremony ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月10日上午，全县年轻干部培训班开班仪式在县委党校举行。开班仪式后，随后县委书记王立平为学员作首场辅导报告。",
         [("全县年轻干部培训班开班仪式", "2024-04-10"), ("辅导报告", "2024-04-10")]),
        ("5月6日，全市统战干部培训班在市委党校开班。开班仪式结束后，省委党校教授陈伟为学员作辅导报告。",
         [("全市统战干部培训班", "2024-05-06"), ("辅导报告", "2024-05-06")]),
        ("3月12日，区纪检监察干部能力提升培训班举行开班仪式。开班仪式后，区纪委书记赵明为全体学员作了首场辅导报告。",
         [("区纪检监察干部能力提升培训班开班仪式", "2024-03-12"), ("辅导报告", "2024-03-12")]),
        # 专题辅导报告 keeps its kind word, as written
        ("5月6日，市委党校第十期中青班举行开班式。开班式结束后，市委常委、组织部长李红以《做新时代的好干部》为题作专题辅导报告。",
         [("第十期中青班开班式", "2024-05-06"), ("专题辅导报告", "2024-05-06")]),
    ],
)
def test_tutorial_report_after_opening_ceremony_is_a_lecture(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # inside the meeting or the ceremony: a part of it
        ("5月7日，县委理论学习中心组学习会召开。会上，市委党校教授王芳作辅导报告。",
         [("县委理论学习中心组学习会", "2024-05-07")]),
        ("5月6日，全县培训班开班式在县委党校举行。开班式上，市委党校教授宁静作辅导报告。",
         [("全县培训班开班式", "2024-05-06")]),
        # after the ceremony, but a speech or the trainees' own activity
        ("5月6日，全市统战干部培训班在市委党校开班。开班仪式后，学员们分组讨论。",
         [("全市统战干部培训班", "2024-05-06")]),
        ("5月6日，全市统战干部培训班在市委党校开班。开班仪式上，市委常委张华讲话。",
         [("全市统战干部培训班", "2024-05-06")]),
    ],
)
def test_tutorial_report_not_after_a_ceremony_stays_none(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body))) == expected


# --- §3: talks followed by a forum of the same parties ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，市长张明在市政府会见远航集团董事长李强一行，双方举行座谈。",
         [("会见", "2024-05-07", "市政府"), ("座谈", "2024-05-07", "市政府")]),
        ("5月7日，县委书记刘洋在县委会见省农科院院长何平一行，并举行座谈。",
         [("会见", "2024-05-07", "县委"), ("座谈", "2024-05-07", "县委")]),
        ("5月7日，区委书记王刚会见来访的东方集团总经理赵磊一行，双方进行了座谈交流。",
         [("会见", "2024-05-07", None), ("座谈交流", "2024-05-07", None)]),
        ("5月6日下午，市长张明在市行政中心会见华新公司总裁周涛一行，宾主举行了工作座谈。",
         [("会见", "2024-05-06", "市行政中心"), ("工作座谈", "2024-05-06", "市行政中心")]),
    ],
)
def test_forum_after_talks_is_a_record_of_its_own(extract, body: str, expected: list) -> None:
    record = extract(page(body))
    assert [(m["name"], m["date"], m["location"]) for m in record["meetings"]] == expected
    assert all(m["organizer"] is None for m in record["meetings"])


@pytest.mark.parametrize(
    "body",
    [
        "5月7日，市长张明在市政府会见远航集团董事长李强一行。",
        # an exchange with no forum named
        "5月7日，市长张明在市政府会见远航集团董事长李强一行，双方就深化合作进行了交流。",
        # a forum ahead, none held
        "5月7日，市长张明在市政府会见远航集团董事长李强一行，双方将于下月举行座谈。",
    ],
)
def test_talks_without_a_forum_stay_one_record(extract, body: str) -> None:
    assert [m["name"] for m in extract(page(body))["meetings"]] == ["会见"]


# --- §3: a year inside the meeting's own name on a page with no publication date (already right) ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我镇重点项目开工\n近日，白石镇2024年春季重点项目集中开工仪式在镇工业集中区举行。\n（图为3月18日上午，开工仪式现场。）\n",
         [("2024年春季重点项目集中开工仪式", "2024-03-18")]),
        ("论坛开幕\n4月20日，2024中国（白鹭）数字经济论坛在白鹭国际会展中心开幕。\n",
         [("2024中国（白鹭）数字经济论坛", "2024-04-20")]),
        ("会议\n4月2日，全区2024年安全生产工作会议在区政府召开。\n", [("全区2024年安全生产工作会议", "2024-04-02")]),
    ],
)
def test_year_in_the_meetings_name_dates_it_without_a_published_date(extract, text: str, expected: list) -> None:
    record = extract(text)
    assert record["published"] is None
    assert dated(record) == expected


# --- §6: money obtained from higher levels with no project or use --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "今年以来，全县争取上级项目资金6800万元。",
        "2023年，我镇共争取上级资金1.2亿元。",
        "过去一年，全区积极向上争取各类项目资金3.5亿元，同比增长12%。",
        "该县去年争取中央和省级资金9.6亿元。",
    ],
)
def test_money_obtained_from_higher_levels_with_no_use_is_no_record(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a use stated after the amount
        ("全县争取上级项目资金6800万元，用于农村道路建设。", [(68000000.0, "CNY", "农村道路建设")]),
        ("镇里争取上级补助资金1200万元，用于污水管网改造工程。", [(12000000.0, "CNY", "污水管网改造工程")]),
        # a named project obtaining it or obtained for
        ("其中污水管网工程争取上级补助资金1200万元，已全部拨付到位。", [(12000000.0, "CNY", "上级补助资金")]),
        ("县里为白河大桥项目争取上级资金3000万元。", [(30000000.0, "CNY", "上级资金")]),
        # money granted by a higher level, not a tally of money obtained
        ("省财政厅下达我县高标准农田建设补助资金2000万元。", [(20000000.0, "CNY", "高标准农田建设补助资金")]),
    ],
)
def test_money_from_higher_levels_with_a_use_stays(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a fund named by its level and kind stays (GUIDELINES §6 fifteenth round)
        ("县政府已争取上级补助资金3000万元。", [(30000000.0, "CNY", "上级补助资金")]),
        ("今年以来，我县争取中央预算内资金9.6亿元。", [(960000000.0, "CNY", "中央预算内资金")]),
        # a use told in the next clause as an act to come
        ("县里争取上级资金900万元，将分三期新建乡镇敬老院。", [(9000000.0, "CNY", "新建乡镇敬老院")]),
    ],
)
def test_named_fund_or_use_next_from_higher_levels_stays(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
