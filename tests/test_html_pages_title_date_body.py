"""Whole scraped pages: the page reader's title, shown date and body.

Covers: a headline in a wrapper whose class carries a content hint (``<div class="simple-text
title"><h3>…</h3></div>``) above a one-paragraph article with a list of labelled fields
(``發布日期：…``, ``瀏覽人次：…``) between them; a headline that opens the chosen region itself
(``<div class="news_detail"><div class="news_title">…``) with its dateline under it, shown date
before the metadata's; a ``<title>`` whose site name is joined by a bare hyphen between Han
characters. Near misses: hyphens between digits or Latin letters, a body sentence with 发布 under
such a headline, a sentence that opens with a label and a colon, a heading inside a real article.
All pages and sentences are invented.
"""

from __future__ import annotations

import pytest

from pipeline.html import html_to_text
from pipeline.ingest import RawInput, to_document
from pipeline.nlp import Markup

NAV = '<div class="nav"><ul><li><a href="/">首页</a></li><li><a>新闻中心</a></li><li><a>政务公开</a></li></ul></div>'
FOOT = '<div class="footer">版权所有：某某网站 联系电话：0731-1234567 湘ICP备05001234号</div>'


def _tw(title: str, info: list[str], body: list[str], meta: str = "2024-05-09") -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}-行政院</title><meta name="DC.Date" content="{meta}"></head><body>'
        f'{NAV}<div class="path">現在位置：<a>首頁</a> &gt; <a>新聞稿</a></div>'
        f'<div class="simple-text title"><h3>{title}</h3></div><div class="area-essay"><ul class="info">'
        + "".join(f"<li>{x}</li>" for x in info)
        + '</ul><div class="essay">' + "".join(f"<p>{p}</p>" for p in body) + f"</div></div>{FOOT}</body></html>"
    )


def _company(site: str, title: str, info: str, body: list[str], meta: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{site}-{title}</title><meta name="publishdate" content="{meta}"></head><body>'
        f'<div id="header"><ul class="menu"><li><a>首页</a></li><li><a>关于我们</a></li><li><a>新闻中心</a></li></ul></div>'
        f'<div class="news_detail"><div class="news_title">{title}</div><div class="news_info">{info}</div>'
        '<div class="news_content">' + "".join(f"<p>{p}</p>" for p in body)
        + f'</div><div class="prenext"><a>上一条：公司召开质量管理工作会议</a></div></div>{FOOT}</body></html>'
    )


TW_BODY = "教育部今（27）日於臺北國際會議中心舉辦師鐸獎頒獎典禮，由部長王大明頒發獎座予65位得獎教師。"

CASES = [
    # (page, title, published, must be in text, must not be in text)
    (_tw("教育部舉辦113年師鐸獎頒獎典禮", ["發布日期：113-09-27", "發布單位：師資司", "瀏覽人次：2345"], [TW_BODY], "2024-09-27"),
     "教育部舉辦113年師鐸獎頒獎典禮", "2024-09-27", [TW_BODY, "發布日期：113-09-27"], ["版权所有"]),
    (_tw("行政院會通過住宅補貼條例草案", ["發布日期：2024-05-09", "瀏覽人次：88"],
         ["行政院長林志明今（9）日主持行政院會議，通過住宅補貼條例草案。", "林志明表示，政府將持續推動居住正義。"]),
     "行政院會通過住宅補貼條例草案", "2024-05-09", ["林志明表示"], ["現在位置"]),
    (_company("华能远洋集团", "集团公司召开2024年安全生产工作会议", "时间：2024-02-26　来源：安全环保部　阅读：88次",
              ["2月23日，集团公司召开2024年安全生产工作会议，董事长许国栋出席会议并讲话。", "各单位负责人共120人参加会议。"],
              "2024-02-25"),
     "集团公司召开2024年安全生产工作会议", "2024-02-26", ["时间：2024-02-26", "共120人参加会议"], ["上一条"]),
    (_company("云岭市科学技术协会", "市科协召开第九次代表大会", "2024-05-07 09:30　来源：本站原创",
              ["5月6日，云岭市科学技术协会第九次代表大会在市会议中心开幕，市委副书记邓志华出席并讲话。"], "2024-05-06"),
     "市科协召开第九次代表大会", "2024-05-07", ["5月6日，云岭市"], []),
    # near miss: the line under such a headline is a sentence with 发布 and a date of its own, not a dateline; the
    # page shows no date of its own, and its metadata's day alone is none a reader sees (§2 thirty-second round)
    (_company("临江市人民政府", "我市出台优化营商环境新规", "",
              ["市政府发布了2024年5月1日起施行的优化营商环境若干规定，共十条。", "新规明确，企业开办时间压缩至1个工作日以内，各部门要抓好落实。"],
              "2024-05-03"),
     "我市出台优化营商环境新规", "", ["市政府发布了"], []),
]


@pytest.mark.parametrize(("page", "title", "published", "present", "absent"), CASES)
def test_page_title_date_body(page: str, title: str, published: str, present: list[str], absent: list[str]) -> None:
    result = html_to_text(page)
    assert result.title == title
    assert result.published[:10] == published
    for text in present:
        assert text in result.text
    for text in absent:
        assert text not in result.text


TITLE_ONLY = [
    # (<title>, title when the page shows no headline line of its own)
    ("华能远洋集团-公司召开年度工作会议", "公司召开年度工作会议"),
    ("公司召开年度工作会议 - 新闻动态 - 华能远洋集团", "公司召开年度工作会议"),
    # near misses: a hyphen between digits or Latin letters is part of the headline
    ("2024-2025学年第一学期教学工作会议召开", "2024-2025学年第一学期教学工作会议召开"),
    ("学院举办COVID-19防控知识专题讲座", "学院举办COVID-19防控知识专题讲座"),
]


@pytest.mark.parametrize(("page_title", "title"), TITLE_ONLY)
def test_title_from_title_tag(page_title: str, title: str) -> None:
    page = (f"<html><head><title>{page_title}</title></head><body>{NAV}<div class=\"content\">"
            "<p>5月6日上午，学院在行政楼会议室召开会议，研究部署下一阶段重点工作，学院领导班子成员参加会议。</p>"
            f"</div>{FOOT}</body></html>")
    assert html_to_text(page).title == title


def test_article_with_heading_and_labelled_sentence_keeps_its_text() -> None:
    """Near miss: a real article holding a heading and sentences that open with a label and a colon."""
    body = ["会议指出：要坚持问题导向，不断推进各项工作落地见效。", "记者从会上获悉：全县今年将新建农村公路120公里，总投资3.2亿元。"]
    page = (f"<html><head><title>全县交通工作会议召开_某某县人民政府</title></head><body>{NAV}"
            '<div class="article"><h2>全县交通工作会议召开</h2>'
            + "".join(f"<p>{p}</p>" for p in body) + f"</div>{FOOT}</body></html>")
    result = html_to_text(page)
    assert result.title == "全县交通工作会议召开"
    for p in body:
        assert p in result.text


def test_big5_page_through_markup() -> None:
    page = _tw("教育部舉辦113年師鐸獎頒獎典禮", ["發布日期：113-09-27", "瀏覽人次：2345"], [TW_BODY], "2024-09-27")
    page = page.replace('charset="utf-8"', 'charset="big5"')
    doc = Markup()(to_document(RawInput("x.html", page.encode("big5", "xmlcharrefreplace"), True)))
    assert "頒發獎座予65位得獎教師" in doc.clean_text
    assert doc.hints["published"][:10] == "2024-09-27"
