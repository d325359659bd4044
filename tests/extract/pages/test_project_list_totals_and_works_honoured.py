"""Infrastructure, transport, housing and project construction pages: the total of a list or plan of
projects that the amount qualifies (发布了总投资3200亿元的重点项目清单) is a plan's total, no money granted (§6); a project
named before a bare total label is not taken from a verb of agreeing or reporting (一致同意该工程通过验收, 介绍项目建设情况)
nor from a class told after 是 (轻轨东线是重点基建项目), and 工程总投资 is such a label as 项目总投资 is (§6 purpose); works
honoured under a quoted prize or campaign (“江城杯”优质工程48项, 为“平安工地”示范项目12个授牌, 对获得“…”优质工程的48项工程
进行了表彰) are honours with their count (§5), not works built (打造“美丽乡村”示范项目12个); a past year written after the
place it tallies (我市2022年共有3项工程荣获国家优质工程奖) is a past period's tally, no award (§5). Invented sentences;
expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    "body",
    [
        "8月27日，推进会在南宁召开。会议现场发布了总投资3200亿元的2026—2027年重点项目清单。",
        "会上，市发改委印发了总投资45亿元的年度重点工程建设计划。",
        "会议审议通过了总投资120亿元的城建项目计划表。",
    ],
)
def test_total_of_a_list_of_projects_is_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a project started: its total is funding
        ("5月6日，总投资50亿元的新能源电池项目在开发区开工。", 5000000000.0),
        # a list of projects started: their total is funding
        ("会上，发布了总投资86亿元的集中开工项目清单。", 8600000000.0),
    ],
)
def test_total_of_projects_started_is_kept(extract, body: str, expected: float) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a verb of agreeing or reporting before the works referred back to names no project
        "10月9日，竣工验收会在项目现场召开。验收组一致同意该工程通过竣工验收。该项目总投资12.8亿元，于2023年5月开工建设。",
        "1月3日，通车仪式在机场立交举行，市住建局局长钟鸣介绍项目建设情况。该快速路全长18.2公里，项目总投资46.5亿元。",
        # a class the works belong to, told after 是, names no project
        "昨日，开工仪式举行。司长致辞时表示，轻轨东线是特区政府重点基建项目，全长约7.7公里，工程总投资约129亿元。",
    ],
)
def test_no_project_name_from_verbs_or_classes(extract, body: str) -> None:
    got = grants(extract(page(body)))
    assert len(got) == 1
    assert got[0][2] is None


def test_project_named_before_works_label_kept(extract) -> None:
    body = "3月2日，城东污水处理厂扩建工程开工仪式在项目现场举行。该工程总投资3.2亿元，计划明年底建成。"
    assert grants(extract(page(body))) == [(320000000.0, "CNY", "城东污水处理厂扩建工程")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月29日，市建筑业协会召开表彰大会，会议表彰了2023年度“江城杯”优质工程48项。",
         [("江城杯优质工程", 48, "项", None)]),
        ("6月1日，启动仪式举行。会上，为2023年度“平安工地”示范项目12个授牌。",
         [("平安工地示范项目", 12, "个", None)]),
        ("6月29日，表彰大会召开，会议对获得“江城杯”优质工程的48项工程进行了表彰。",
         [("江城杯优质工程", 48, "项", None)]),
        ("12月7日，大会召开，表彰了省建设工程黄山杯优质工程52项、优秀项目经理30名。",
         [("省建设工程黄山杯优质工程", 52, "项", None), ("优秀项目经理", 30, "名", "person")]),
    ],
)
def test_works_honoured_are_awards(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # works built or planned under a quoted campaign: nothing conferred
        "今年全市打造“美丽乡村”示范项目12个。",
        "全县共建成“四好农村路”示范工程5个，总投资2亿元。",
        "今年全市实施农业示范项目12个，总投资3亿元。",
        # a past year's tally told after the place it is of
        "6月29日，表彰大会召开。据悉，我市2022年共有3项工程荣获国家优质工程奖。",
        "会上通报，全省2023年共有9项工程荣获鲁班奖。",
    ],
)
def test_works_built_or_past_tallies_are_no_awards(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


def test_this_year_after_a_place_keeps_its_count(extract) -> None:
    # the article's own year after the place: this year's conferral (page published in 2024)
    body = "5月6日，表彰大会召开，我县2024年共有12名教师获评“优秀教师”，会上为他们颁发了证书。"
    assert honours(extract(page(body))) == [("优秀教师", 12, "名", "person")]
