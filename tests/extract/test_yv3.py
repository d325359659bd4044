"""The year of a meeting on a page with no publication date, third round over the unlabelled 1998 newspaper articles
(GUIDELINES §3 `date`: the year from the text itself; the twenty-fifth and twenty-sixth review rounds' readings of what a
year written in the text says; §11: newspaper articles carry no publication date, and an item takes its years only from
its own text).

Classes (each found among the meetings of the unlabelled January 1998 articles, then written for what varies in such copy):
- An award or a selection of a year named by that year (``1997年…十佳运动员评选揭晓仪式``, ``1997年度…颁奖大会``,
  ``向获得1997年“十佳”的运动员发了奖``) held in the first quarter is in the year after, like a ``Y年度`` review (§3
  twenty-sixth round); a year's planning meeting (``1998年度工作会议``) and a selection launched (``…评选活动启动仪式``) are
  the year's own, and a selection named at a meeting after the first quarter is the year named.
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
