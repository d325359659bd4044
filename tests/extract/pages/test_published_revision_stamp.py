"""A revision or update stamp below the body beside a publication stamp whose day and month read either way (invented
pages).

GUIDELINES §2, thirtieth review round (6 December 2026, ninth stop), following the twenty-third round (an update stamp
beside a publication stamp gives way) and the day-first reading of `發佈日期：08/05/2024` on Hong Kong and Macau pages: a
revision stamp (`本網頁最近修訂日期：…`, `修订日期`) is an update stamp, and it gives way also to a publication stamp of
uncertain order, which the lead's `今日（…）` or the page's region then reads.  Near misses: a revision stamp that is the
page's only stamp stays `published`; a stamp of certain order or written in full keeps its own day.
"""

from __future__ import annotations

import pytest


def _page(stamp: str, foot: str, lead: str) -> str:
    return (f"主頁 > 新聞公報\n{stamp}\n某基金會舉行嘉許禮　表揚義工\n\n"
            f"　　某基金會{lead}下午在會議中心舉行嘉許禮，主席陳大文致辭。\n"
            "　　基金會主席陳大文致辭時表示，今年共收到提名超過三百份，評審團最終選出八十名義工獲頒嘉許狀，他感謝各界多年來的支持。\n"
            "　　基金會表示，嘉許禮旨在表揚義工在扶老助弱及社區共融等方面的無私付出，鼓勵更多市民投身義務工作。\n\n完\n"
            f"{foot}\n返回頁首　｜　列印\n")


@pytest.mark.parametrize(("stamp", "foot", "lead", "published"), [
    ("發佈日期：08/11/2023", "本網頁最近修訂日期：2023年11月9日", "今日（十一月八日）", "2023-11-08"),
    ("發佈日期：08/11/2023", "本網頁最近更新日期：2023年11月10日", "今日（十一月八日）", "2023-11-08"),
    ("發布日期：08/11/2023", "最近修訂日期：2023-11-09", "今日（八日）", "2023-11-08"),
    ("发布日期：08/11/2023", "本页最近修订日期：2023年11月9日", "今日（十一月八日）", "2023-11-08"),
    ("發佈日期：05/12/2023", "更新時間：2023年12月7日", "今日（十二月五日）", "2023-12-05"),
    ("發佈日期：05/12/2023", "本網頁修訂日期：2023年12月6日", "今日（十二月五日）", "2023-12-05"),
    # no 今日 in the lead: the page's region reads the stamp day first
    ("發佈日期：08/11/2023", "香港時間18時05分\n本網頁最近修訂日期：2023年11月9日", "昨日聯同香港社會服務聯會", "2023-11-08"),
    ("發佈日期：08/11/2023", "最近更新日期：2023年11月9日", "昨日聯同澳門街坊會聯合總會", "2023-11-08"),
    # near misses: the revision stamp alone, a stamp of certain order, a stamp written in full
    ("", "本網頁最近修訂日期：2023年11月9日", "十一月八日", "2023-11-09"),
    ("發佈日期：21/11/2023", "本網頁最近修訂日期：2023年11月22日", "今日（二十一日）", "2023-11-21"),
    ("發佈日期：2023年11月8日", "本網頁最近修訂日期：2023年11月9日", "今日", "2023-11-08"),
])
def test_revision_stamp_gives_way_to_uncertain_publication_stamp(extract, stamp, foot, lead, published):
    assert extract(_page(stamp, foot, lead))["published"] == published
