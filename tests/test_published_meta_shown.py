"""A page's metadata date counts only when the page shows the same day (GUIDELINES §2 thirty-second review round).

`published` is a date a reader sees on the page. A ``<meta>`` publication time repeats, on most real pages, a date
shown in a byline span that the walk did not recognise as the page's stamp: then it gives `published`. A date only in
hidden metadata (or only in the URL) gives none. Invented pages.
"""

from __future__ import annotations

import pytest

from pipeline.html import html_to_text

_BODY = ("<div class='content'><p>" + "昨天上午，江川县委召开理论学习中心组学习会议，县委书记韩立东主持会议并讲话。" * 2
         + "</p><p>会议强调，要把学习成果转化为推动发展的实际行动。</p></div>")


def _page(meta: str, shown: str = "") -> str:
    return (f"<html><head><title>江川县委召开理论学习中心组学习会议</title>{meta}</head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/news'>要闻</a></div>"
            f"<h1>江川县委召开理论学习中心组学习会议</h1>{shown}{_BODY}<div class='footer'>版权所有 江川县融媒体中心</div>"
            "</body></html>")


_META = "<meta property='article:published_time' content='2023-06-15T09:20:00+08:00'>"


@pytest.mark.parametrize(
    ("meta", "shown", "published"),
    [
        # the same day shown in forms the walk may not take for a stamp: the metadata dates the page
        (_META, "<div class='art-info'><span class='t'>2023年06月15日09:20</span><span>江川发布</span></div>", "2023-06-15"),
        (_META, "<p class='x'>江川县融媒体中心 2023/6/15</p>", "2023-06-15"),
        ("<meta name='pubdate' content='2023-06-15'>", "<span>2023.06.15</span>", "2023-06-15"),
        # only in hidden metadata: no date a reader sees
        (_META, "", ""),
        ("<meta name='pubdate' content='2023-06-15'>", "", ""),
        ("<meta name='PublishDate' content='2023-06-15 09:20'>", "<span>来源：江川县委组织部</span>", ""),
        # another day shown (a different day is not the metadata's day repeated)
        (_META, "<span class='t'>活动日期：2023年6月14日</span>", ""),
    ],
    ids=["byline-span", "outlet-and-slashes", "dots", "meta-only", "pubdate-only", "meta-with-source-line",
         "other-day-shown"],
)
def test_metadata_date_needs_the_same_day_shown(meta: str, shown: str, published: str) -> None:
    assert html_to_text(_page(meta, shown)).published[:10] == published


def test_a_shown_stamp_still_wins_over_the_metadata() -> None:
    page = _page(_META, "<div class='info'>发布时间：2023-06-16 08:00 来源：江川发布</div>")
    assert html_to_text(page).published == "2023-06-16T08:00"
