"""Page date lines and headlines: a date followed by a bare site name ending in 网站 /
入口網站 (no 来源： label), the People's Daily footer with spaces inside its marks (《 人民日报 》（ 2024年06月04日 04
版）), a 民國 date followed by a dateline (高雄訊), 上午/下午 before the clock time, a day/month/year stamp whose order
the lead's 今日（五月八日） settles, and a headline and a site's name around one bar.  Near misses keep what they
gave before: a bare date's order left open, sidebar and related-list dates, print stamps, a slogan beside the
headline.  Invented sentences; the expected values follow corpus/GUIDELINES.md §2 and §10."""

from __future__ import annotations

import pytest

from tests.extract.views import dated

HEAD = "全县安全生产工作会议召开\n"
LEAD = "3月28日上午，县政府召开全县安全生产工作会议。县长王某出席会议并讲话。\n"
TODAY = "全县安全生产工作会议今日（28日）在县行政中心召开。县长王某出席会议并讲话。\n"
HK_HEAD = "行政長官出席經濟發展委員會會議\n"
HK_BODY = "出席會議並致辭。他表示，特區政府會繼續與各界攜手合作，推動經濟發展，改善民生。\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a date and a site's name closing the line, with or without its clock
        (HEAD + "2024-03-28 澳門特別行政區政府入口網站\n" + LEAD, "2024-03-28"),
        (HEAD + "2024-03-28 某某县人民政府网站\n" + LEAD, "2024-03-28"),
        (HEAD + "2024-03-28 09:10 某某县人民政府网站\n" + LEAD, "2024-03-28T09:10"),
        # (b) the People's Daily footer, spaces inside the marks, with or without 第
        (HEAD + LEAD + "《 人民日报 》（ 2024年06月04日 04 版）\n", "2024-06-04"),
        (HEAD + LEAD + "《 人民日报 》（ 2024年06月04日 第 04 版）\n", "2024-06-04"),
        (HEAD + LEAD + "《人民日报》（2024年06月04日 第04版）\n", "2024-06-04"),
        # (c) a 民國 date and a report's dateline: 113 + 1911
        (HEAD + "民國113年6月8日  高雄訊\n" + LEAD, "2024-06-08"),
        (HEAD + "民國113年6月8日\n" + LEAD, "2024-06-08"),
        # (d) 上午/下午 before the clock time
        (HEAD + "2024年3月28日 上午10:20 聯合新聞網\n" + LEAD, "2024-03-28"),
        (HEAD + "2024年3月28日 下午3:05 某某新聞網\n" + LEAD, "2024-03-28"),
        # (e) day/month/year: certain when the day is over 12, or when the lead's own day agrees with one reading
        (HK_HEAD + "13/05/2024\n行政長官今日" + HK_BODY, "2024-05-13"),
        (HK_HEAD + "08/05/2024\n行政長官今日（五月八日）" + HK_BODY, "2024-05-08"),
        (HK_HEAD + "08/05/2024\n行政長官今日（8日）" + HK_BODY, "2024-05-08"),
        (HK_HEAD + "05/08/2024\n行政長官今日（五月八日）" + HK_BODY, "2024-05-08"),
        # on a Hong Kong page with no day of the lead to say otherwise the stamp reads day first (GUIDELINES §2
        # nineteenth review round, which overrules the earlier null of these rows)
        (HK_HEAD + "08/05/2024\n行政長官今日" + HK_BODY, "2024-05-08"),
        (HK_HEAD + "08/05/2024\n行政長官昨日（五月七日）" + HK_BODY, "2024-05-08"),
        # negative: the lead's own day fits neither reading: left open
        (HK_HEAD + "08/05/2024\n行政長官今日（9日）" + HK_BODY, None),
        # negatives: a site's name inside a headline of a related list, a print stamp, a sidebar's dated items
        (HEAD + LEAD + "相关新闻\n2024-03-20 某某县人民政府网站\n2024-03-18 某某市人民政府网站\n", None),
        (HEAD + LEAD + "打印时间：2024-03-29\n", None),
        (HEAD + "最新动态\n2024-03-20 县政府召开常务会议\n2024-03-18 县长调研安全生产\n" + LEAD, None),
        # negatives: the page's own date line wins over a dated site link in the footer
        (HEAD + "2024-03-28 来源：某网\n" + LEAD + "友情链接\n2023-01-05 某某市人民政府网站\n", "2024-03-28"),
    ],
)
def test_page_date_lines(extract, text: str, expected: str | None) -> None:
    assert extract(text)["published"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date line read now gives the year of 今日（28日） (§3: the year from published)
        ("粤澳合作联席会议在澳门举行\n2024-03-28 澳門特別行政區政府入口網站\n" + "粤澳合作联席会议今日（28日）在澳门举行。"
         "行政长官何某与省长王某共同主持会议，并分别致辞。\n", [("粤澳合作联席会议", "2024-03-28")]),
        (HEAD + "2024-03-28 某某县人民政府网站\n" + TODAY, [("全县安全生产工作会议", "2024-03-28")]),
        # without the date line: no year, no date
        (HEAD + TODAY, [("全县安全生产工作会议", None)]),
    ],
)
def test_meeting_dates_from_the_date_line(extract, text: str, expected: list) -> None:
    assert dated(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline and a site's name around one bar: the headline side
        ("嘉禾智造集团2023年度总结表彰大会圆满举行 | 某某新闻网\n2024-01-20 来源：某网\n1月19日，嘉禾智造集团2023年度总结表彰大会举行。\n",
         "嘉禾智造集团2023年度总结表彰大会圆满举行"),
        ("某某新闻网 | 嘉禾智造集团2023年度总结表彰大会圆满举行\n2024-01-20 来源：某网\n1月19日，嘉禾智造集团2023年度总结表彰大会举行。\n",
         "嘉禾智造集团2023年度总结表彰大会圆满举行"),
        ("我县召开全县安全生产工作会议 丨 某某日报\n2024-01-20 来源：某网\n1月19日，县政府召开全县安全生产工作会议，部署下一阶段工作。\n",
         "我县召开全县安全生产工作会议"),
        # negatives: a phrase ending in 网 is no site's name, nor is a breadcrumb a headline with its site
        ("织密安全防护网 | 我县召开全县安全生产工作会议\n2024-01-20 来源：某网\n1月19日，县政府召开全县安全生产工作会议，部署下一阶段工作。\n",
         None),
        ("首页 | 新闻中心 | 我县召开全县安全生产工作会议\n2024-01-20 来源：某网\n1月19日，县政府召开全县安全生产工作会议，部署下一阶段工作。\n",
         None),
        # negative: a slogan and a headline, no site's name: the line is never the title
        ("聚势启新 智造未来 | 嘉禾智造集团2023年度总结表彰大会圆满举行\n2024-01-20 来源：某网\n1月19日，嘉禾智造集团2023年度总结表彰大会举行。\n",
         None),
    ],
)
def test_titles_around_a_bar(extract, text: str, expected: str | None) -> None:
    assert extract(text)["title"] == expected
