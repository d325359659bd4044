"""Meeting shapes of plans by any subject, relayed reports, parts of the year and prefixes: a subject outside the listed endings
planning a meeting (江城大学计划于5月20日举行…) is a plan, a programme's name only before a day on or before
publication; a relayed report's stated day (新华社记者5月6日报道，…) dates the event; a part of the current year
(2024年，全县一季度完成…) is no year looked back on; 会上 of a body's name before a time (县总工会上周) or of an earlier
session (在上次常委会上) is no act within the meeting just told; 本院士…/我所属… keep their prefix.
Invented sentences; the expected values follow corpus/GUIDELINES.md §3 (planned meetings are no records)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a plan, whatever the subject ends in (cr7 m1[7], m1[2], m1[5], m1[0], m1[3], m1[6], m1[32])
        ("5月6日，江城大学计划于5月20日举行建校60周年庆祝大会。", []),
        ("5月6日，县人大计划于6月上旬召开常委会会议，审议有关报告。", []),
        ("5月6日，主办单位计划于5月25日举行开幕式。", []),
        ("5月6日，中国移动计划于5月20日召开2024年合作伙伴大会。", []),
        ("5月6日，有关部门计划于近期召开新闻发布会，介绍相关情况。", []),
        ("5月6日，县人大计划6月召开常委会会议。", []),
        ("5月6日，县里召开会议。“春蕾计划”实施单位计划于5月20日举行座谈会。", []),
        ("据悉，县人大计划于6月上旬召开常委会会议。", []),
        # (invented variants: a person, a company, a school, a period after 计划)
        ("5月6日，省作家协会主席王强计划于5月18日举办读者见面会。", []),
        ("江城电力股份有限公司计划于5月下旬召开2023年年度股东大会。", []),
        ("江城第一中学计划于5月12日举行十八岁成人礼。", []),
        ("该计划于5月20日召开推进会。", []),
        # the programme's meeting held on or before publication (test_programme_subjects_and_scheme_amounts's cases stay)
        ("春蕾计划5月6日召开座谈会，总结工作。", [("座谈会", "2024-05-06", "春蕾计划")]),
        ("春蕾计划于5月6日召开座谈会，总结工作。", [("座谈会", "2024-05-06", "春蕾计划")]),
        ("英才计划5月7日举行结业典礼。", [("结业典礼", "2024-05-07", "英才计划")]),
    ],
)
def test_a_plan_by_any_subject(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a stated day of a relayed report is the event's (cr7 m2[8], m1[20], m2[6])
        ("5月8日，县委召开常委会会议。中央广播电视总台记者5月6日报道，全国春季农业生产工作会议在安徽召开。",
         [("常委会会议", "2024-05-08", "县委"), ("全国春季农业生产工作会议", "2024-05-06", None)]),
        ("5月8日，县委召开常委会会议。新华社记者5月6日报道，省委召开全省宣传部长会议。",
         [("常委会会议", "2024-05-08", "县委"), ("全省宣传部长会议", "2024-05-06", "省委")]),
        ("本报记者5月6日报道：省委召开全省宣传部长会议。", [("全省宣传部长会议", "2024-05-06", "省委")]),
        # (invented variants)
        ("人民日报记者5月7日报道，全国防汛抗旱工作会议在北京召开。", [("全国防汛抗旱工作会议", "2024-05-07", None)]),
        ("本台记者5月5日报道：市政府召开全市安全生产工作会议。", [("全市安全生产工作会议", "2024-05-05", "市政府")]),
        # NEGATIVE: a correspondent's report with a vague day word gives the meeting no day (test_programme_subjects_and_scheme_amounts's case)
        ("通讯员李明日前报道，县委召开全县组织工作会议。", [("全县组织工作会议", None, "县委")]),
    ],
)
def test_a_relayed_report_dates_the_event(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # a part of the current year: no look back (cr7 p2[1], p2[2], p2[3])
        ("4月8日，公司召开一季度经济运行分析会。\n2024年，公司一季度实现营业收入30亿元，同比增长8%。", "2024-04-08"),
        ("4月8日，县委召开一季度经济运行分析会。\n2024年，全县一季度完成固定资产投资20亿元，同比增长10%。", "2024-04-08"),
        ("4月8日，县委召开经济运行分析会。\n2024年，全县上下实现了良好开局。", "2024-04-08"),
        # (invented variants)
        ("5月6日，公司召开经营分析会。\n2024年，公司1-4月实现销售收入12亿元。", "2024-05-06"),
        ("6月6日，集团召开安全生产工作会议。\n2024年，集团前五个月完成产值50亿元。", "2024-06-06"),
        ("3月6日，公司召开干部大会。\n2024年，公司实现首季开门红。", "2024-03-06"),
        # a whole year looked back on (test_company_release_datelines_and_prizes's case): the meeting is in the next year
        ("3月8日，公司召开干部大会。\n2023年，公司实现营业收入120亿元。", "2024-03-08"),
    ],
)
def test_a_part_of_the_year_is_no_look_back(extract, body: str, date: str) -> None:
    record = extract(f"某公司召开会议\n{body}\n")
    assert record["published"] is None
    assert record["meetings"][0]["date"] == date


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a body's name then a time, or an earlier session: not within the meeting just told (cr7 m1[10], m1[11], m2[2])
        ("5月8日，县委召开全县组织工作会议。县总工会上周举办了职工技能培训班。",
         [("全县组织工作会议", "2024-05-08", "县委"), ("职工技能培训班", None, "县总工会")]),
        ("5月8日，县委召开全县组织工作会议。省医学会上月在杭州举办了全科医师培训班。",
         [("全县组织工作会议", "2024-05-08", "县委"), ("全科医师培训班", None, "省医学会")]),
        ("5月8日，县委召开常委会会议。在上次常委会上，县委还举行了宪法宣誓仪式。",
         [("常委会会议", "2024-05-08", "县委"), ("宪法宣誓仪式", None, "县委")]),
        # (invented variants)
        ("5月8日，市委召开全市宣传工作会议。市书法学会上月举办了书画培训班。",
         [("全市宣传工作会议", "2024-05-08", "市委"), ("书画培训班", None, "市书法学会")]),
        ("5月8日，县政协召开常委会会议。在上一次常委会上，县政协还举行了委员履职培训仪式。",
         [("常委会会议", "2024-05-08", "县政协"), ("委员履职培训仪式", None, "县政协")]),
        # an act within the meeting just told keeps its day (test_programme_subjects_and_scheme_amounts's case), and its organizer (GUIDELINES §3
        # seventeenth review round: a ceremony held within a meeting takes the meeting's organizer when it names none)
        ("5月8日，江城集团召开年度工作会议。会上还举行了先进表彰仪式。",
         [("年度工作会议", "2024-05-08", "江城集团"), ("先进表彰仪式", "2024-05-08", "江城集团")]),
    ],
)
def test_no_act_within_another_session(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the prefix's last character makes a word with the next (cr7 m4[1], m4[2])
        ("5月8日，本院士工作站年度工作总结会在研究院召开。", "本院士工作站年度工作总结会"),
        ("5月8日，我所属企业安全生产工作会议在公司召开。", "我所属企业安全生产工作会议"),
        # (invented variants)
        ("5月8日，我所在片区党建联席会议在会议室召开。", "我所在片区党建联席会议"),
        ("5月8日，本所辖区治安工作推进会在派出所召开。", "本所辖区治安工作推进会"),
        # the prefix cut where no word is made (test_reporting_school_pronouns_and_donation_totals's case)
        ("5月8日，本所律师执业能力提升培训会在会议室举行。", "律师执业能力提升培训会"),
        ("5月8日，本院青年教师教学竞赛总结会在报告厅举行。", "青年教师教学竞赛总结会"),
    ],
)
def test_no_prefix_cut_inside_a_word(extract, body: str, name: str) -> None:
    assert extract(page(body))["meetings"][0]["name"] == name
