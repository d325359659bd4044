"""The year of a meeting under a dateline with no year, on a page with no publication date that glues several items whose
datelines write the same day: only the meeting's own item gives its year (GUIDELINES §3 `date` and §11: each glued item
is its own article; fortieth review round, tenth stop, from cases left from earlier stops).

Found on the unlabelled January 1998 articles (a column of wire items of one day, the first telling a year the meeting's
item does not), then written for what varies in such copy: the other item's year told as a whole year's figures, as an
anniversary celebrated, or as a year's results; near misses, the same year told in the meeting's own item, the meeting in
the first item with the other's year after it, and a year in the meeting's own name, keep what their own items give.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import when


def _dates(extract, text: str) -> list[str | None]:
    return [w[0] for w in when(extract(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # the failing shape re-invented: a year's figures in the first item, the meeting in the second, the same day's datelines
    ("东亚传真\n新华社东京1月20日电 日本政府今天公布，1997年日本倒闭企业负债总额比上一年增加75%，创最高纪录。\n"
     "本报汉城1月20日电 韩国政府今天召开物价对策会议，决定冻结公共费用价格。\n", [None]),
    # paraphrases: an anniversary celebrated in the other item; a year's harvest told there, 昨天 in the meeting's item
    ("两则消息\n新华社北京1月8日电 为庆祝建党77周年，有关部门编辑的文集今天出版发行。\n"
     "据新华社南京1月8日电 江苏省青年工作研讨会今天在南京举行。\n", [None]),
    ("两则消息\n本报北京1月5日讯 1997年全省粮食总产量达到历史最高水平。\n本报北京1月5日讯 省农业工作座谈会昨天在京召开。\n",
     [None]),
    # near misses: the year's figures in the meeting's own item; the meeting in the first item; a year in its own name
    ("东亚传真\n本报汉城1月20日电 韩国政府今天召开物价对策会议。1997年韩国倒闭企业负债总额比上一年增加75%。\n",
     ["1998-01-20"]),
    ("两则消息\n据新华社南京1月8日电 江苏省青年工作研讨会今天在南京举行。\n"
     "新华社北京1月8日电 为庆祝建党77周年，有关部门编辑的文集今天出版发行。\n", [None]),
    ("消息\n新华社北京1月8日电 1998年全国青年工作研讨会今天在北京举行。\n本报上海1月8日讯 1997年上海港吞吐量创新高。\n",
     ["1998-01-08"]),
])
def test_only_the_meetings_own_item_gives_its_year(extract, text, expected):
    assert _dates(extract, text) == expected
