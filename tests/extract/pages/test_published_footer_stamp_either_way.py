"""A publication stamp of uncertain order below the body, with a revision or update stamp under it (invented pages).

GUIDELINES §2, thirty-second review round (7 December 2026, second stop), extending the thirtieth round's reading of a
revision stamp (`本網頁最近修訂日期：…`) beside a publication stamp whose day and month read either way
(`發佈日期：08/11/2023`): the revision stamp gives way wherever the publication stamp stands, in the header or in the
footer under the body, and the lead's `今日（…）`, the release's own dateline or the page's region reads the stamp.  Near
misses: a revision stamp that is the page's only stamp stays `published`; a footer stamp of certain order or written in
full keeps its own day.
"""

from __future__ import annotations

import pytest


def _page(lead: str, foot: str) -> str:
    return ("新聞公報\n某某關懷協會舉行年度嘉許禮\n*****************\n\n"
            f"某某關懷協會{lead}於社區會堂舉行年度嘉許禮，表揚義工的貢獻。約三百名義工出席。\n\n"
            "嘉許禮由協會主席陳大文主持。他致辭時感謝各位義工在過去一年探訪長者及支援基層家庭。\n\n"
            "協會副主席李小明為得獎者頒發獎項，今屆共有十名義工獲頒「優秀義工獎」。\n\n"
            f"完\n{foot}\n")


@pytest.mark.parametrize(("lead", "foot", "published"), [
    ("今日（十一月八日）", "2023年11月8日（星期三）\n香港時間18時30分\n\n發佈日期：08/11/2023\n本網頁最近修訂日期：2023年11月9日",
     "2023-11-08"),
    ("今日（十一月八日）", "發佈日期：08/11/2023\n本網頁最近修訂日期：2023年11月9日", "2023-11-08"),
    ("今日（八日）", "發佈日期：08/11/2023\n最近更新日期：2023年11月10日", "2023-11-08"),
    ("今日（十二月五日）", "發布日期：05/12/2023\n本網頁修訂日期：2023-12-06", "2023-12-05"),
    ("今日（十二月五日）", "发布日期：05/12/2023\n本页最近修订日期：2023年12月6日", "2023-12-05"),
    ("今日（十二月五日）", "2023年12月5日（星期二）\n發佈日期：05/12/2023\n更新時間：2023年12月7日 10:20", "2023-12-05"),
    # no 今日 in the lead: the release's dateline, else the page's region, reads the stamp
    ("昨日", "2023年11月8日（星期三）\n香港時間18時30分\n發佈日期：08/11/2023\n本網頁最近修訂日期：2023年11月9日",
     "2023-11-08"),
    ("上週六聯同香港社會服務聯會", "發佈日期：08/11/2023\n本網頁最近修訂日期：2023年11月9日", "2023-11-08"),
    # near misses: the revision stamp alone; a footer stamp of certain order or in full keeps its day
    ("今日", "本網頁最近修訂日期：2023年11月9日", "2023-11-09"),
    ("今日（二十一日）", "發佈日期：21/11/2023\n本網頁最近修訂日期：2023年11月22日", "2023-11-21"),
    ("今日", "發佈日期：2023年11月8日\n本網頁最近修訂日期：2023年11月9日", "2023-11-08"),
    ("今日", "發佈日期：2023-11-08\n最近更新日期：2023-11-12", "2023-11-08"),
])
def test_revision_stamp_gives_way_to_footer_stamp_either_way(extract, lead, foot, published):
    assert extract(_page(lead, foot))["published"] == published
