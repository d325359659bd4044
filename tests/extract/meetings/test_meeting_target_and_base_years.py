"""The year of a meeting's date on a page that gives no publication date (GUIDELINES §3): target years
(力争2027年, 至2035年, 预计2026年, 团市委将在2026年…, 备战2028年奥运会, 届时2027年…), a comparison's base year
(比2022年增长) and a person's past move (2019年从某厂下岗的王某) are no evidence of the report's own year, so
with nothing else the date stays null (its date_text kept); a year-end meeting reviewing next year's plan is
in the year before it.  Near misses keep their year: the current year named (2024年是…), a reviewed year,
a span's stock (截至2023年底), a year opening its clause (2024年宗教界将…).  Invented sentences; the expected
values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import when


def undated(body: str) -> str:
    """An invented page with a headline and no publication line."""
    return f"某某新闻\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # target years only: null, the written date kept
        ("4月8日，区政府召开教育发展大会，部署至2035年建成教育强区的目标任务。", [(None, "4月8日", None)]),
        ("3月5日，团市委召开青年创业座谈会。2019年从纺织厂下岗的王某介绍了创业经历。团市委将在2026年培养1000名青年创业带头人。",
         [(None, "3月5日", None)]),
        ("1月8日，省体育局召开全省训练工作会议，部署备战2028年奥运会。", [(None, "1月8日", None)]),
        ("1月8日，省体育局召开全省训练工作会议，提出力争2026年省运会金牌总数进入前三。", [(None, "1月8日", None)]),
        ("1月10日，省委召开座谈会，预计2026年全省粮食产量将达到700亿斤。", [(None, "1月10日", None)]),
        ("1月10日，省委召开座谈会。届时2027年全运会将在本省举办，会议要求做好筹备工作。", [(None, "1月10日", None)]),
        ("1月10日，省委召开座谈会。省里将做好筹备，同时培养一批2027年全运会的后备人才。", [(None, "1月10日", None)]),
        ("3月6日，厂里召开职代会，要求争取在2026年内完成技术改造。", [(None, "3月6日", None)]),
        # a comparison's base year: null rather than a year before the report's
        ("2月20日，县委召开经济工作会议。去年全县生产总值比2022年增长6.5%。", [(None, "2月20日", None)]),
        # a year-end meeting on next year's plan is in the year before it
        ("11月26日，县委召开全会，审议2025年经济社会发展计划。", [("2024-11-26", "11月26日", None)]),
    ],
)
def test_target_and_base_years_give_no_year(extract, body: str, expected: list) -> None:
    assert when(extract(undated(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # near misses: the current year named, a reviewed year, the year's own work
        ("3月9日，区委召开全区作风建设大会。2024年是新中国成立75周年。会议要求到2025年全面完成整治任务。",
         [("2024-03-09", "3月9日", None)]),
        ("1月18日，公司召开2023年度工作总结表彰大会。", [("2024-01-18", "1月18日", None)]),
        ("2月28日，区政协召开常委会议。会议要求，2024年要在五个方面取得突破。", [("2024-02-28", "2月28日", None)]),
        ("6月18日，市科协召开2024年学术年会。会议提出到2030年建成区域科技创新中心。", [("2024-06-18", "6月18日", None)]),
        ("12月20日，市委召开经济工作会议，总结2024年工作，部署2025年工作。", [("2024-12-20", "12月20日", None)]),
        # a stock at a year's end (截至, not a target 至), a year opening its clause after 将
        ("1月6日，省移民局召开工作会议。截至2023年底，全省已累计搬迁安置移民9万人。", [("2024-01-06", "1月6日", None)]),
        ("1月6日，市宗教局召开迎春座谈会。宗教界人士说，明年将继续努力，2024年宗教界将认真做好各项工作。",
         [("2024-01-06", "1月6日", None)]),
    ],
)
def test_years_of_the_report_are_kept(extract, body: str, expected: list) -> None:
    assert when(extract(undated(body))) == expected
