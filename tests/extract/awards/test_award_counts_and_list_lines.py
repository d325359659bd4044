"""Award counts read wrongly before (each confirmed, then fixed).

Invented sentences; the expected values follow corpus/GUIDELINES.md §5.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # civilisation and youth-league honours, unquoted
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("6日，县委召开表彰大会，表彰了市级文明单位50个、文明村镇30个、文明家庭100户。",
         [("文明单位", 50), ("文明村镇", 30), ("文明家庭", 100)]),
        ("6日，县里召开表彰大会，共评出五星级文明户18户、四星级文明户36户。", [("五星级文明户", 18), ("四星级文明户", 36)]),
        ("6日，团县委召开大会，命名了10个五四红旗团支部。", [("五四红旗团支部", 10)]),
        # words of the clause are no part of the honour
        ("6日，县委召开表彰大会，受表彰的优秀共产党员共30名。", [("优秀共产党员", 30)]),
        ("6日，大赛举行颁奖仪式，比赛共决出一等奖5名、二等奖10名。", [("一等奖", 5), ("二等奖", 10)]),
        ("6日，学校召开表彰大会，我校学生在全国大学生数学建模竞赛中获国家一等奖2项。", [("国家一等奖", 2)]),
        # unquoted honours sharing one count; an unquoted honour before 称号
        ("6日，县委召开表彰大会，表彰了优秀共产党员、优秀党务工作者各10名。", [("优秀共产党员", 10), ("优秀党务工作者", 10)]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("6日，县委召开表彰大会，授予12名同志市级优秀共产党员称号。", [("优秀共产党员", 12)]),
        # two counts and two honours paired by 分别
        ("6日，县委召开表彰大会，分别授予3个单位和12名个人“全市扶贫先进集体”和“全市扶贫先进个人”称号。",
         [("全市扶贫先进集体", 3), ("全市扶贫先进个人", 12)]),
        # Taiwan copy hands the honour 給 its holders
        ("縣府今日舉行表揚大會，縣長頒發「師鐸獎」給12位優良教師。", [("师铎奖", 12)]),
        ("縣府今日舉行表揚大會，頒發「績優社區」獎牌給8個社區。", [("绩优社区", 8)]),
        # representatives of two honours acting; an appointment in the clause after an honour; 会上十名
        ("6日，县委召开表彰大会，优秀共产党员和优秀党务工作者代表各1名作交流发言。", []),
        ("6日，县委召开表彰大会，表彰了20名优秀共产党员并为新任党支部书记颁发了任命书。", [("优秀共产党员", 20)]),
        ("6日，县委召开表彰大会，大会上十名优秀共产党员受到表彰。", [("优秀共产党员", 10)]),
        # one count over bodies and people (个（名）) is no honour's count; its parts after 其中 are
        ("6日，县委召开表彰大会，表彰了2023年度先进集体、先进个人共85个（名）。", []),
        ("6日，县委召开表彰大会，表彰了先进集体和先进个人共100个（名），其中先进集体20个、先进个人80名。",
         [("先进集体", 20), ("先进个人", 80)]),
        # a quoted honour, then how many have it
        ("6日，学校召开表彰大会。我校获评“省级优秀教师”称号的有8人。", [("省级优秀教师", 8)]),
        # no explicit count, an appointment, representatives attending: no award
        ("6日，县委召开表彰大会，表彰了数十名优秀共产党员。", []),
        ("6日，县教育局召开大会，为10名“法治副校长”颁发了聘书。", []),
        ("6日，县委召开表彰大会，100名优秀共产党员代表参加了表彰大会。", []),
    ],
)
def test_reviewed_award_counts(extract, text: str, expected: list) -> None:
    assert [(a["honor"], a["count"]) for a in extract(text, "2024-05-08")["awards"]] == expected


def test_a_list_of_honours_one_per_line_under_a_conferral(extract) -> None:
    page = "行政長官今日公布2024年授勳名單。\n大紫荊勳章：4人\n金紫荊星章：16人\n"
    assert [(a["honor"], a["count"]) for a in extract(page, "2024-07-01")["awards"]] == [("大紫荆勋章", 4), ("金紫荆星章", 16)]


def test_a_line_with_a_count_but_no_honour_is_no_award(extract) -> None:
    page = "6日，县委召开表彰大会，表彰了一批先进典型。\n参会人员：50名\n"
    assert extract(page, "2024-05-08")["awards"] == []
