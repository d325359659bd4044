"""The year of a meeting on a page with no publication date, third round over the unlabelled 1998 newspaper articles
(GUIDELINES §3 `date`: the year from the text itself; the twenty-fifth and twenty-sixth review rounds' readings of what a
year written in the text says; §11: newspaper articles carry no publication date, and an item takes its years only from
its own text).

Classes (each found among the meetings of the unlabelled January 1998 articles, then written for what varies in such copy):
- An award or a selection of a year named by that year (``1997年…十佳运动员评选揭晓仪式``, ``1997年度…颁奖大会``,
  ``向获得1997年“十佳”的运动员发了奖``) held in the first quarter is in the year after, like a ``Y年度`` review (§3
  twenty-sixth round); a year's planning meeting (``1998年度工作会议``) and a selection launched (``…评选活动启动仪式``) are
  the year's own, and a selection named at a meeting after the first quarter is the year named.
- A day told with ``去年`` or ``前年`` (``去年十二月三十一日``, ``前年3月5日``) on a page with no publication date and no current
  year named in its item (``1998年是…``) has an unknown year: ``date`` null, its ``date_text`` kept (§3 `date`: the year from
  ``published`` or other evidence, else null; §11), not the year voted for the day's month with 去年 unread.
- A year set off as the time of the clause after it (``在1996年大选中，``, ``1992年选举时，``, ``在一九九三年的议会选举中，``) whose
  act is told with ``曾`` (``…党曾结成竞选联盟``, ``曾经``, ``曾一度``) is a point in a history (§3 twenty-fifth round:
  ``早在``/``当年``/``曾``), no vote for the meeting's year; ``曾`` opening that clause (a surname) or in a later sentence is not.
Invented sentences only; the pages have no publication date, as the newspaper part's articles (§11).
"""

from __future__ import annotations

import pytest

from tests.extract.views import when


def _article(body: str) -> str:
    """An undated newspaper item: a headline, then the body with its dateline (GUIDELINES §11: no publication date)."""
    return f"要闻简报\n{body}\n"


def _dates(extract, body: str) -> list[str | None]:
    return [w[0] for w in when(extract(_article(body)))]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented: a year's ten best named by the year, its results announced in January
    ("本报讯1月9日在上海体育馆举行了1997年长江杯全国十佳教练员评选揭晓仪式。王明、李强等当选。", "1998-01-09"),
    # paraphrases: 颁奖大会 with the year in Chinese numerals, 年度 with 表彰, a 颁奖典礼 in March, the prizes in a later clause
    ("本报北京2月12日讯 一九九七年“金鹰杯”全国最佳运动员评选颁奖大会今天在京举行。", "1998-02-12"),
    ("本报广州1月20日讯 2023年度全省优秀青年企业家表彰大会今天在广州召开。", "2024-01-20"),
    ("本报杭州3月5日讯 2023年全国十大科技新闻评选揭晓暨颁奖典礼今天在杭州举行。", "2024-03-05"),
    ("本报北京1月23日讯 射箭运动发展座谈会今天在京举行。在今天的座谈会上，省体育局局长王林向获得2023年射箭“十佳”的"
     "运动员张华、李云发了奖。", "2024-01-23"),
    # near-misses: a year's planning meeting, a selection launched, a selection of a year named in the last quarter
    ("本报北京1月16日讯 国家体委今天在北京召开1998年度工作会议。", "1998-01-16"),
    ("本报北京1月10日讯 2024年十佳市民评选活动启动仪式今天在市文化宫举行。", "2024-01-10"),
    ("本报北京12月26日讯 2023年全国十佳运动员评选揭晓仪式今天在京举行。", "2023-12-26"),
])
def test_selection_of_a_year_in_the_first_quarter(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented: a day told with 去年 in Chinese numerals, other years of the report written
    ("本报讯 去年十二月三十一日，省政府召开新闻发布会。1997年全省外贸出口增长10%。", None),
    # paraphrases: digits, 前年, a range of days, a referred meeting's clause
    ("本报讯 去年12月20日，县委在县会堂召开全会。1997年全县生产总值增长8%。", None),
    ("本报讯 前年3月5日，市里召开了全市科技大会。1997年全市专利申请量增长20%。", None),
    ("本报讯 去年1月16日至17日，全国水利工作会议在京举行。1997年全国新增灌溉面积1000万亩。", None),
    ("本报讯 在去年11月8日举行的招商洽谈会上，该市签约项目30个。", None),
    # near-misses: the current year named in the item, the day's year written
    ("本报讯 1998年是改革开放20周年。去年12月20日，县委在县会堂召开全会。", "1997-12-20"),
    ("本报讯 1997年12月20日，县委在县会堂召开全会。1997年全县生产总值增长8%。", "1997-12-20"),
])
def test_day_told_with_last_year_on_an_undated_page(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented: an election's year set off, the alliance told with 曾 after a long subject
    ("本报讯 据新华社维也纳1月20日电 自由党今天召开党代会。在1994年大选中，自由党与农民党及工人党曾结成竞选联盟，"
     "自由党主席是该联盟唯一的总理候选人。", None),
    # paraphrases: 时 for 中, 曾经, the year in Chinese numerals, 的…选举中, 一度 after 曾
    ("本报讯 据新华社罗马1月21日电 民主党今天举行全国委员会会议。1992年议会选举时，民主党和社会党曾经组成联合政府。", None),
    ("本报讯 据新华社雅典1月22日电 新民主党今天召开代表大会。在一九九三年大选中，新民主党曾以微弱多数落败。", None),
    ("本报讯 据新华社里斯本1月23日电 社会党今天召开全国大会。在1995年的议会选举中，社会党曾一度领先。", None),
    ("本报讯 据新华社马德里1月24日电 人民党今天召开执委会会议。1993年选举期间，人民党与地区党派曾达成协议。", None),
    # near-misses: no 曾 (a year of the report voted), 曾 as a surname opening the clause, 曾 in a later sentence
    ("本报讯 据新华社维也纳1月20日电 自由党今天召开党代会。在1997年大选中，自由党获得了多数议席。", "1997-01-20"),
    ("本报讯 据新华社维也纳1月20日电 自由党今天召开党代会。1997年，曾华等三名议员加入了自由党。", "1998-01-20"),
    ("本报讯 据新华社维也纳1月20日电 自由党今天召开党代会。在1997年大选中，自由党获得了多数议席。该党曾多次落败。",
     "1997-01-20"),
])
def test_year_of_a_past_happening_told_with_ceng(extract, body, expected):
    assert _dates(extract, body) == [expected]
