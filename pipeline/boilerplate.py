"""Boilerplate removal and page metadata: keep the headline, dateline, body and author credit.

The stage classifies each line of the clean text by features (Han length, punctuation
density, keyword lexicons from ``models/lexicons/boilerplate.json``, link and separator
marks, position relative to the body, repetition) and removes page furniture.  Removed
lines are recorded as raw spans with a reason; the kept lines form the new clean text,
so the offset map stays exact.

Line classes, decided in this order:
1. inline junk inside a line (leftover HTML tags, markdown images) is cut out;
2. hard junk anywhere: strong lexicon hits (ICP, copyright, app prompts, templates),
   image-file captions, URL-only lines, separator-heavy menu lines;
3. repeats: a line seen before (the duplicated body, repeated headlines);
4. the body region: from the first to the last body-like line; before it only a
   headline, subtitle, dateline and byline survive; after a "related articles" header
   or after the last body line, only an author credit survives;
5. weak lexicon hits on short lines inside the body region.

Metadata (title, published, outlet, reporters, editors, author) is read from the lines
before they are dropped; ``stamp_year`` is the year of a publication stamp whose day and month read
either way (发布时间：08/05/2024), set only when no publication date was found.

Known limitations: a body paragraph shorter than ``BODY_MIN_HAN`` Han characters with
no Chinese punctuation reads as furniture; lists of other articles that sit *before*
the body and look like sentences are kept, unless a list header opens them and the headline with
its date line follows them; a caption of another story between paragraphs is read as the article's own.  A numeric date whose day and month read either way
(08/05/2024: 8 May in Hong Kong, August 5 in an American template) gives no publication date.  A short line
with no Chinese punctuation between the last paragraphs (what is left of a mojibake line whose bytes were
partly lost, 会议开) ends the body, so a short closing paragraph after it is lost.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.document import Document, OffsetMap, Removal
from pipeline.normalize import REPORT_OPENING, SENTENCE_END, splits_unit
from pipeline.regex_gate import any_literal
from pipeline.values import GREGORIAN_STAMP, ROC_DATE, ROC_YEAR_OFFSET, event_dated, life_dated, parse_number

# Tuned constants (calibrated on the tuning part of the line annotations in
# tests/data/boilerplate; see tests/test_boilerplate.py for the pinned figures).
BODY_MIN_HAN = 15  # a line with this many Han chars and Chinese punctuation reads as body
BODY_LONG_HAN = 40  # ... or this many Han chars even without punctuation
WEAK_MAX_HAN = 30  # weak keyword hits apply only to lines shorter than this
TITLE_MIN_HAN, TITLE_MAX_CHARS = 6, 80
REPEAT_MIN_CHARS = 6
CAPTION_MAX_HAN = 24  # longer lines are not read as captions by their ending word
TITLE_BLOCK_MAX = 2  # kicker/subtitle lines kept on each side of the headline
# A footer line (ICP, copyright) is removed at any length up to this many Han chars; the longest
# in the annotated files has 138.  Longer lines are articles flattened onto one line (JSONL text
# without newlines), which a single 版权 or 地址: inside must not wipe out (found by fuzzing).
FOOTER_MAX_HAN = 300
# A box of other headlines inside the body (相关阅读 + items) ends where a paragraph of at
# least BOX_RESUME_MIN_HAN Han follows at most BOX_MAX_ITEMS items of at most BOX_ITEM_MAX_HAN.
BOX_MAX_ITEMS, BOX_ITEM_MAX_HAN, BOX_RESUME_MIN_HAN = 8, 40, BODY_MIN_HAN
# 上一篇：… 下一篇：… after stray characters (a mojibake remnant: “在 上一篇：…): at most this many Han before the first label.
STRAY_HEAD_MAX_HAN = 3
# 上一篇：… 下一篇：… glued after a paragraph's last full stop: two links of at most this many Han in all.
LINK_TAIL_MAX_HAN = 2 * BOX_ITEM_MAX_HAN
# A box of other posts above the headline (最新动态 / dated one-sentence summaries / the headline): each item at
# most this many Han (a summary, not a paragraph of the article).
SIDEBAR_ITEM_MAX_HAN = 60
# ...and where the body goes on, one more paragraph (or closing sentence) follows within this many lines.
BOX_LOOKAHEAD = 4
TRUNCATED_MIN_HAN = 4  # a last line this long right after the body is a cut-off paragraph  # shorter repeated lines are removed only inside a repeated block
#: A footer phrase ending a paragraph is split from it only when what follows it is this short.
FOOTER_TAIL_MAX_HAN = 60
# A shorter paragraph still splits from a footer glued after it when it is a sentence of two clauses at least
# (5月7日，某公司投入500万元用于研发。©2024 某县融媒体中心): see Boilerplate._split_footers.
FOOTER_HEAD_SENTENCE_MIN_HAN = 8
#: Photo captions (典礼现场 / 颁奖现场) that may stand between the body and its last short paragraph.
CAPTIONS_BEFORE_LAST = 3

_HAN = re.compile("[\u3400-\u9fff]")
_SENT_PUNCT = re.compile("[，。！？；：、,;!?]")
# 下一篇：…, 推荐阅读：…: a link to another article, not a paragraph cut off by the scraper.
# (· 上一篇：…: a list bullet before the label)
_LINK_LABEL = re.compile(r"\s*(?:[·•●■◆▪]\s*)?[【\[]?(?:上一篇|下一篇|上一条|下一条|推荐阅读|相关阅读|延伸阅读|相关新闻|相关链接)[】\]]?\s*[:：]?")
# …参加会议。上一篇：… / …参加会议。 【上一篇】…【下一篇】…: the neighbouring posts' links glued to the last paragraph.
_GLUED_LINK = re.compile(r"(?<=[。！？”」』])\s*(?=[【\[]?(?:上一篇|下一篇|上一条|下一条|延伸阅读|相关阅读|相关新闻|推荐阅读|相关链接|相关报道)"
                         r"(?:[】\]]|\s*[:：]))")
# …参加会议。（完） and more on the same line: a wire story's end mark with another item (or a list) glued after it.
_GLUED_AFTER_END = re.compile(r"(?<=[。！？”」』])\s*[（(]完[）)](?=\s*\S)")
# A web page's footer line: print and close buttons, back to top (打印本页 关闭窗口, 【关闭】, 返回顶部), alone on it.
_FOOTER_BUTTON = r"[【\[]?(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|【关闭】|\[关闭\]|【打印】)[】\]]?"
_PAGE_FOOTER_LINE = re.compile(rf"{_FOOTER_BUTTON}(?:[\s|丨/]*{_FOOTER_BUTTON})*")
# The opening of another news item (本报讯, 本网讯…, a date first: 5月6日，…, 2024-05-07 …).
_ITEM_OPENING = re.compile(r"(?:本报|本网|本台|本刊|融媒)讯|[\u4e00-\u9fff]{2,12}[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日电"
                           r"|[0-9]{1,2}月[0-9]{1,2}日[，,上下晚早]")
ITEM_HEADLINE_LINES = 2  # lines of another item's headline allowed between a footer and the item's opening
# A paragraph closing on a wire story's end mark (…参加会议。（完）): what follows it on the page is no part of the story.
_WIRE_END = re.compile(r"[。！？”」』]\s*[（(]完[）)]\s*$")
_NEIGHBOUR_LABEL = re.compile(r"[【\[]?(?:上一篇|下一篇|上一条|下一条)(?:[】\]]|\s*[:：])")
SIGN_OFF_LINE_MAX = 40  # a credit line that closes on a date is at most this long
# …决赛将于2024年6月30日, 报名截止时间：2024年6月30日: a sentence or a deadline closing on a date, no sign-off.
_NOT_SIGN_OFF = re.compile(r"[，,。]|将|于\s*(?:19|20)\d{2}|截止|时间|前$")
# 报名截止日期：2024年05月20日, 申报截至时间：…: a deadline's label before a date (the date a call closes, not the page's)
_DEADLINE_LABEL = re.compile("截止|截至|期限")
# 1931年5月12日逝世, 1931年5月12日生: a date of a life (a death, a birth), no sign-off.
_LIFE_EVENT = re.compile("逝世|去世|病逝|辞世|出生|诞生|牺牲|殉职|生|卒|殁")
# A full date closing a line, in brackets or not (…通讯员 张三 2024年5月10日）).
_SIGN_OFF_END = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*[）)]?\s*$")
# （2024年5月8日 本报记者 张三）, 2024年5月8日 记者 李四 通讯员 王五: a byline line opening on a full date, the
# reporters' labels right after it (the date-first order of the credit line above).
# (not 2023年5月8日 记者节座谈会, …记者站揭牌仪式, …通讯员培训班: a dated event whose name opens on the label's word, a
# compound of it, no credit)
_SIGN_OFF_START = re.compile(r"^\s*[（(]?\s*(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*"
                             r"(?:本报|本网|本台|本刊)?(?:特约)?(?:记者|通讯员|实习生)(?![节站团证会]|招待|培训|队伍)"
                             r"[^（）()，。,]{1,30}[）)]?\s*$")
# （医务科 2023-07-05）, 江城第一中学 2024-09-10: an office's sign-off with a numeric date (in brackets,
# or after a short name ending like an office); （县委组织部 供稿）2024-03-15, 县委组织部 供稿 2024.03.15, 文/图 县委组织部
# 2024-03-15: the credit closed before the date, or the office's credit word and a 文/图 label around it
_SIGN_OFF_ISO = re.compile(r"^\s*(?:(?P<closed>[（(\[【][^（）()\[\]【】]{1,20}[）)\]】])|[（(\[【][^（）()\[\]【】]{0,20}?"
                           r"|(?:(?:文/图|图/文|文|图)[：:\s]\s*)?(?P<office>[\u4e00-\u9fff]{2,12})(?:\s*(?:供稿|供图|撰稿))?)"
                           r"\s*(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
                           r"(?(office)|(?(closed)|\s*[）)\]】]))\s*$")
# The labels of a story's credits (撰稿, 审核, 校对, 初审…终审, 供稿, 通讯员): a full date closing such a line is the page's.
_CREDIT_LABEL = re.compile("(?:撰稿|采写|审核|审校|审签|校对|责编|初审|复审|终审|供稿|通讯员|作者)(?:人)?[:：]")
_OFFICE_END = re.compile("(?:学校|中学|小学|大学|学院|医院|处|科|室|部|办|局|委|中心|公司|站|所|院|馆|社)$")
# 2024-03-21 中央社, 澳门日报 2024-03-28, （2024年4月21日 星岛日报）, 【澳门日报2024年2月28日】, 南投县政府新闻稿 2024/03/21:
# a sign-off line of an outlet or an office and a full date, nothing else.
# (《江城日报》（2024年01月09日 第01版）: a paper's edition line; 2024-01-09 12:05 中央社: with the time)
_SIGNER = r"(?:《\s*[\u4e00-\u9fff]{2,12}\s*》|[\u4e00-\u9fff]{0,14}?)"
# 第01版, 04版, A03版: a paper's page, after the date or after the outlet (《人民日报》（2024年05月08日 04版）,
# 2024-05-26 澳门日报 A03版)
_EDITION = r"(?:\s*第?\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版)?"
_SIGN_OFF_DATED = re.compile(
    r"^\s*[【\[（(]?\s*(?P<pre>" + _SIGNER + r")\s*[（(]?\s*(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?"
    # (《城南日报》2024年3月13日 星期三 第02版: the weekday between the date and the page)
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?|\s*(?:星期|周)[一二三四五六日天](?=\s*第?\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版))?" + _EDITION
    + r"\s*(?P<post>" + _SIGNER + r")" + _EDITION + r"\s*[】\]）)]?\s*$")
# 民国113年3月21日, 中华民国113年11月1日, 113年10月16日 嘉义市政府: a Republic-of-China sign-off (Taiwan).
_SIGN_OFF_ROC = re.compile(
    r"^\s*[【\[（(]?\s*(?P<pre>" + _SIGNER + r")\s*(?P<roc>(?:中华)?民国)?(?P<y>1[0-4]\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
    r"\s*(?P<post>" + _SIGNER + r")\s*[】\]）)]?\s*$")
# 某某能源集团 2024年06月04日 09:15, 原创 某某发布 2024-06-04 09:15: a line closing the page with an account's or
# an office's name and the date and time it posted (a clock time: a stamp, not an event's day).
_SIGN_OFF_TIMED = re.compile(r"^\s*(?:原创\s+)?(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,20})\s+"
                             r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?"
                             r"\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?\s*$")
# 开幕式 2024年6月4日 09:30, 报到 2024-06-04 08:30: an item of a schedule, the event's day and hour (not a sign-off).
_SCHEDULE_ITEM = re.compile("会议|大会|论坛|仪式|典礼|活动|[式赛]$|开幕|闭幕|开始|结束|报到|签到|截止|举行|举办|召开")
# （编辑：林小华）1131114: the Central News Agency's closing code, an ROC date.
_CNA_CODE = re.compile(r"[（(]编辑[:：][^（）()]{1,12}[）)]\s*(?P<y>1[0-4]\d)(?P<m>\d{2})(?P<d>\d{2})\s*$")
_OUTLET_END = re.compile(r"(?:报|日报|晚报|社|网|台|新闻稿|通讯社|中央社|政府|公所|(?:融媒体|新闻|传媒|媒体)中心)\s*》?$")
DATELINE_LEAD_MIN_CHARS = 3  # ... or, when it opens with a report's dateline (本报讯), this many (市妇联)
RESTATED_MIN_CHARS = 6  # a lead above the headline shares at least this many characters in a row with it (and half of it)
LEAD_MIN_HAN = 6  # a short lead sentence above the first paragraph has at least this many Han characters
DATELINE_MAX_HAN = 12  # an unlabelled dateline holds at most this many Han characters beside its date...
# ...unless they are a byline, an outlet, an edition or a weekday (2023年12月30日 南岭日报记者 某某 实习生 某某), or
# a government's press office (2023-12-08 香港特别行政区政府新闻公报, 2023-12-08 政府新闻处: HK release pages), or a
# site's name closing the line (2024-03-28 澳门特别行政区政府入口网站, 2024-03-28 09:10 某某县人民政府网站).
# Lines the classifier set apart as the page's own data (bylines, view counts): a date on one is the page's.
_PAGE_DATA = frozenset({"metadata", "page_widget"})
# 沙湾县人民代表大会常务委员会  2024-06-28 17:30 (or the date first): a date beside one publishing body's full name, however
# long, is the page's stamp; not a headline or a lead with a verb (2024-06-18 市领导调研市第一人民医院).
_PUBLISHER_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,30}(?:委员会|人民政府|政府|办公室|办公厅|管理局|[局厅署委处]|人民法院|人民检察院|总工会|联合会|联合委员会)")
_PUBLISHER_NOT_NAME = re.compile("关于|召开|举行|举办|开展|调研|看望|慰问|视察|检查|走访|出席|参加|会见|成立|印发|公布|通知|公告|到|赴")
_DATELINE_WORDS = re.compile(
    r"记者|日报|晚报|报社|网讯|新闻网|新闻办|新闻公报|新闻处|新闻局|频道|[\u4e00-\u9fff]{1,4}网(?:\s|$)|编辑|作者|通讯员|实习生|星期|第\d+版|版面|发表于"
    r"|^\s*[\u4e00-\u9fff]{2,20}(?:网站|網站)\s*$"
)
# 原创 张悦 某某公众号 2024-09-06 18:30 浙江: a WeChat article's header (its 原创 tag, the author, the account, the
# date and clock, the region the post was sent from); the date is the page's own, the line no headline.
# (the provincial-level places by their bare names, shared with the meeting venues' closed class of places)
PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南"
             "|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")
_POSTED_FROM = re.compile(rf"\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?\s*(?:发表于|发布于|IP属地\s*[:：]?)?\s*(?:{PROVINCES})\s*$")
_WECHAT_ORIGINAL = re.compile(r"^\s*原创\s")
# 原标题：… (a reposted article's first headline) and 视频来源：… / 图片来源：… (a credit) under the headline: no headline
# however long, and page furniture like any other line above the body.
_LABELLED_NOT_TITLE = re.compile(r"^\s*[【\[]?(?:原标题|原題|(?:视频|图片|文章|本文|信息|新闻)来源)[】\]]?\s*[:：]")
# A source's label right after a page's date (二〇二四年三月八日 来源：县委组织部): the line is the page's stamp.
_SOURCE_AFTER_DATE = re.compile(r"\s*(?:来源|來源|稿源)[:：]")
_COMMAS = re.compile("[，,、；;]")
# 以下是…的致辞全文： / 下面是…讲话： a line introducing a text printed below it (a lead, no headline)
#: The words opening such a line (shared with the meeting extractor's transcript pattern).
TRANSCRIPT_LEAD = "以下(?:是|为)|下面是"
_TRANSCRIPT_INTRO = re.compile(rf"(?:{TRANSCRIPT_LEAD})[^\n]{{4,}}[：:]$")
# …今晚出席国庆酒会并致辞。以下是李家超致辞全文：a sentence, then the lead of a text printed below it: the
# colon ends the paragraph as a full stop would (HK/Macau releases put both on one line)
_SENTENCE_THEN_LEAD = re.compile(rf"[。！？!?](?:{TRANSCRIPT_LEAD})[^。！？!?\n]{{2,}}[：:]$")
_FINAL_PUNCT = SENTENCE_END
# Furniture between the halves of a sentence (see Boilerplate._rejoined_gaps): a line of prose (it holds a sentence's
# end) that stops on a Chinese character or a digit, and a line that goes on with one and finishes the sentence.
_PROSE_LINE = re.compile("[。！？!?]")
_LAST_STOP = re.compile("[。！？!?](?=[^。！？!?]*$)")
_OPEN_LINE_END = re.compile(r"[\u4e00-\u9fff\d]$")
_GOES_ON = re.compile(r"[\u4e00-\u9fff\d]")
# The page bar of an article cut into pages: page numbers and their words only.
_PAGER = re.compile(r"(?:\s|[|｜/<>«»\[\]【】()（）:：,，.…]|第?\d{1,3}页?|共\d{1,3}页|上一?页|下一?页|首页|尾页|末页|前一页|后一页"
                    r"|全文|单页阅读|阅读全文|跳转|转到)+")
# What a page puts inside an article's running text (a prompt to expand it, a page bar, a share bar), as opposed to a
# caption, which sits between paragraphs.
_IN_TEXT_WIDGETS = frozenset({"app_prompt", "navigation", "page_widget", "share", "subscribe_ad"})


def _sentence_goes_on(before: str, after: str, between: list[tuple[str | None, str]]) -> bool:
    """Whether the furniture lines ``between`` (reason, text) cut one sentence in two: ``before`` is prose
    that stops mid-sentence and ``after`` goes on and finishes it (…会议表彰了15个 / 点击展开全文 / 先进基层党组织和…。,
    a page bar 上一页 1 2 下一页 where a long article was cut into pages).

    Widgets a page puts inside its text (prompts, page bars, share bars) are joined over whenever that holds; a
    caption sits between paragraphs, so one is joined over only when the break falls inside a word or a tight unit
    (:func:`pipeline.normalize.splits_unit`): a paragraph that lacks its 。 stays apart from the next."""
    before, after = before.strip(), after.strip()
    prose = _PROSE_LINE.search(before) is not None or (
        REPORT_OPENING.match(before) is not None and _COMMAS.search(before) is not None)
    if not (between and prose and _OPEN_LINE_END.search(before) and _GOES_ON.match(after)
            and not REPORT_OPENING.match(after) and _PROSE_LINE.search(after)):
        return False
    tail = before[m.end():] if (m := _LAST_STOP.search(before)) else before
    widgets = all(r in _IN_TEXT_WIDGETS and not _CAPTION.match(t) for r, t in between)
    return widgets or splits_unit(tail, after)


_END_PUNCT = re.compile("[。！？!?”」』）)]$")
# A sentence of two clauses or more: a comma inside, a full stop closing it.
_CLAUSED_SENTENCE = re.compile(r"[\u4e00-\u9fff\d][，；][^。！？]*[\u4e00-\u9fff][。！？]\s*$")
# 【相关新闻】 alone on a line, or 【延伸阅读】 opening one with the other article's paragraph glued after it: the bracketed
# heading the ruling names (a bare 相关阅读 may still open a box of headlines inside the body, after which it goes on).
# (any bracket shape: ［相关新闻］, 〖延伸阅读〗 are the same heading in other typography)
_OTHER_ARTICLES_WORDS = ("相关新闻", "相关阅读", "延伸阅读")
# The site's copyright line at the foot of a page (某某日报社版权所有, Copyright ©): the page's own furniture.
_SITE_COPYRIGHT = re.compile(r"版权所有|Copyright|©")
_OTHER_ARTICLES_HEADING = re.compile(r"\s*[【\[［〖](?:" + "|".join(_OTHER_ARTICLES_WORDS) + r")[】\]］〗]")
# Labels that open a list of other articles on their own line (not 相关链接：什么是…, 热门岗位：…).
_LIST_LABELS = frozenset({*_OTHER_ARTICLES_WORDS, "推荐阅读", "往期回顾", "今日头条", "今日热点", "热点推荐", "热门推荐"})
#: ...with at most this many characters of an item after the label.
INLINE_ITEM_MAX = 60
_INLINE_LABEL = re.compile(r"^\s*[【\[]?(?P<label>[^：:，。【】\[\]]{2,8})[】\]]?\s*[:：]")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]{0,300})?/?>|<!--.*?-->|&(?:nbsp|amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);")
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)")
# 召开2024年度全市【澳门威尼斯人 www.vns888.com】组织工作会议: a web address in lenticular brackets inside a line is an
# advert injected by a mirror site (a site named in a sentence goes in round brackets), cut so the words around it join.
_BRACKETED_URL = re.compile(r"【[^【】\n]{0,20}?(?:https?://|www\.)[\w./?=&%#:-]+[^【】\n]{0,10}?】", re.I)
# IMG_2034.JPG inside a sentence (2月21日上午，IMG_2034.JPG青州经济开发区…): a file name left by the scraper.
_INLINE_IMAGE_FILE = re.compile(
    r"(?<![A-Za-z0-9_])(?:微信图片|IMG|DSCN?|mmexport|image|wx_camera)[_\-]?[A-Za-z0-9_\-]*?\d{3,}[A-Za-z0-9_\-]*\.(?:jpe?g|png|gif|webp|bmp)",
    re.I,
)
_IMAGE_FILE = re.compile(
    r"^\s*(?:微信图片|IMG|DSC|图片|image|photo|wx_|mmexport)[_\-\s]?\w*?\d{3,}\w*(?:\.(?:jpe?g|png|gif|webp|bmp))?\s*$"
    r"|\.(?:jpe?g|png|gif|webp|bmp)\s*$",
    re.I,
)
# A line that says it is a photo's caption (图为…, （图为…）, ▲…): not an 原标题 line or a headline.
# A heading of a list of those commended (一、全县优秀共产党员（5名）, “先进集体”（3个）) and a line of names under it.
_HONOUR_LIST_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])?[“「]?[\u4e00-\u9fff]{2,20}[”」]?"
                                  r"(?:称号)?[（(](?:共)?[\d一二三四五六七八九十百]+[名个人家位][）)][:：]?\s*$")
_NAMES_LINE = re.compile(r"^\s*[\u4e00-\u9fff·（）()]{2,30}(?:[、，,\s]+[\u4e00-\u9fff·（）()]{2,30}){1,}\s*$")
# A line of a list of honours and their counts (一、优秀教师120名, 1.优秀教师 120名；, 优秀教师\t120名) and a row of a table of
# them (| 优秀员工 | 45名 |): under a conferral the article's own list, kept as body (the award extractor decides whether
# it confers anything); a table row's pipes are its cells, no menu separators.
_COUNT_LIST_LINE = re.compile(r"^\s*\|?\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．]\s*)?[“「]?[\u4e00-\u9fff]{2,20}[”」]?"
                              r"\s*(?:[：:|]\s*)?(?:共)?[\d一二三四五六七八九十百两]+[名个人家位所项户]\s*\|?\s*[。；;]?\s*$")
# A row of a table (| 奖项 | 数量 |, | --- | --- |): a header or rule line inside a table of counts.
# A flattened table's header (荣誉称号  人数, 奖项 数量): words in columns, the last a word of counting; and the short
# line leading into the list (本次共表彰：): kept with the rows of counts they open, no page furniture.
_COUNT_TABLE_HEADER = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}(?:\s+[\u4e00-\u9fff]{2,8}){0,2}\s+(?:人数|数量|名额|个数|单位数)\s*$")
_COUNT_LIST_LEAD = re.compile(r"^\s*[^\s。；！？!?：:]{2,30}[：:]\s*$")
_TABLE_ROW = re.compile(r"^\s*\|(?:[^|\n]*\|){2,8}\s*$")
_PHOTO_MARK = re.compile(r"^\s*[（(]?\s*(?:图为|图片为|图：|图:|▲|△)")
# (市委书记刘建华出席全市组织工作会议并讲话: a headline of another article names its event)
_NAMES_AN_EVENT = re.compile("会议|大会|论坛|座谈会|仪式|典礼|活动|常委会|召开|举行|举办")
# （市委书记刘建华在大会上讲话）: a whole line in brackets is a caption's shape, not a headline's.
_IN_BRACKETS = re.compile(r"^\s*[（(][^（）()]{4,80}[)）]\s*$")
_COMMENT_WORDS = re.compile("评论|留言|网友|点赞")
# A list label of readers' comments (精选留言, 网友评论, 跟帖): they close the page.
_COMMENT_LABEL = re.compile("留言|评论|跟帖|说两句")
# The head of a comment whose box lost its label (张三 发表于 2024-03-05 18:22, 网友abc 回复于 2024/3/5 9:01): a name, a
# verb of posting, the day and the clock; the comments below it are no part of the article.
_COMMENT_HEAD = re.compile(r"\s*[^\s，。；：:]{1,20}\s*(?:发表于|评论于|留言于|回复于|发布于)\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]"
                           r"\s*\d{1,2}日?\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*")
# 评论 / 评论（3） / 留言 / 跟帖 12条: the bare label of a comment box, alone on its line with at most a count (a
# related-list header although no list word is written; the longer labels, 网友评论, are in the lexicon).
_BARE_COMMENT_LABEL = re.compile(r"(?:评论|留言|跟帖)\s*(?:[（(]\s*\d+\s*[）)]|\d+\s*条?)?")
# Where a picture or a video was on the page: [图片], 点击查看大图, 视频加载中...
_IMAGE_PLACEHOLDER = re.compile(
    r"^\s*(?:[\[【(（]\s*(?:图片|图|视频|image|img|photo)\s*[\]】)）]|(?:点击)?查看(?:大图|原图)|点击(?:放大|播放)|(?:视频|图片)加载中[.。…]*)\s*$",
    re.I,
)
# A photo caption inside the body: a whole line in parentheses, or one that says it is a picture.
_CAPTION = re.compile(r"^\s*(?:[（(][^（()）]{4,80}[)）]?|(?:图为|图片为|图:|图：|▲|△)\S.{0,80})\s*$")
# A bracketed count alone on its line (（共20名）, （120个）): the count of a list's row broken in two, no caption.
_COUNT_IN_BRACKETS = re.compile(r"\s*[（(](?:共|计|合计)?\s*[\d一二三四五六七八九十百千两]+\s*[名个人位家项户支所队][)）]\s*$")
# A caption inside the body that shows someone with a title acting at the event (图为市委书记某某在会上讲话,
# （某某为获奖者颁奖）) is the article's own account (GUIDELINES §1: captions are read).
# (图为县领导为8个“先进基层党组织”颁发奖牌, 与会领导为获奖代表颁奖: leaders named by their body's level, acting as a
# titled person does, §1 and §5 thirty-first review round)
_CAPTION_TITLE = "(?:书记|主任|主席|委员|教授|院士|经理|董事长|总裁|司长|部长|[省市县区镇乡校院局处厅会社]长|领导)"
_CAPTION_ACT = "[^，。]{0,30}?(?:讲话|致辞|发言|颁奖|颁发|颁授|主持|点评|作报告|宣读|讲党课|授课)"
_ACTING_CAPTION = re.compile(_CAPTION_TITLE + _CAPTION_ACT)
# So is one marked as a picture, opening with a person and telling an act, when the body before it named that
# person after a title (镇党委书记杨建军… / 图为杨建军为获奖代表颁奖。: the caption's first two characters, the
# surname and the given name's first, follow a title word in the body; see Boilerplate._acting_caption) and the
# caption tells no other year or occasion (图为张三在2023年表彰大会上发言, 资料图: another story's picture, §1).
_MARKED_ACTING_CAPTION = re.compile(r"^\s*[（(]?\s*(?:图为|图片为|图：|图:|▲|△)\s*(?P<head>[\u4e00-\u9fff]{2})" + _CAPTION_ACT)
_CAPTION_ELSEWHERE = re.compile(r"\d{4}年|去年|前年|此前|往年|上届|资料")
# So is a caption marked as a picture that dates the article's event in an attribute (图为6月18日召开的…座谈会现场) when
# the body before it names that event (its closing characters, CAPTION_NAME_TAIL): the day the body left vague (近日) is
# told there (GUIDELINES §1: captions are read).
_MARKED_DATED_CAPTION = re.compile(r"^\s*[（(]?\s*(?:图为|图片为|图：|图:|▲|△)\s*\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?"
                                   r"(?:召开|举行|举办)的(?P<name>[^，。；,;！？\s]{2,40}?)(?:现场|会场|上|期间|[，。；,;！？\s）)]|$)")
# A photo caption that reports an event held (▲ 5月6日，镇政府召开秋粮收购工作会议，镇长刘晓明主持。): the holding verb
# and the event's name after it, up to the clause's end; the name tells whether the page's article reports that event.
_CAPTION_HOLDS = re.compile(r"(?P<subject>[^，。；,;！？\s▲△]{0,20}?)(?:召开|举行|举办)了?(?P<name>[^，。；,;！？\s]{2,40})")
# The day a caption gives its event (5月6日): the article's own event is told on the same day.
_CAPTION_DAY = re.compile(r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
# A day the article states (5月6日, or 6日 with the month left to the publication date): a caption on
# 5月6日 is told on the day of an article that says 6日上午.
_ARTICLE_DAY = re.compile(r"(?<![\d.\-/])(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日")
# A session number inside a caption's name (十届主席会议第十五次会议): the article may name its meeting
# without it (主席会议), so it is set aside when the names are compared.
_SESSION_NUMBER = re.compile(r"第[一二三四五六七八九十百零〇\d]+次(?:会议)?|[一二三四五六七八九十百零〇\d]+届")
# A title in a caption's subject (县人大常委会主任陈华主持召开…): the subject's body is what stands before it.
_SUBJECT_TITLE = re.compile("书记|主任|主席|委员|经理|董事长|总裁|[省市县区镇乡校院局处厅部]长")
# What may open the words before a caption's holding verb and is no subject (图为：5月12日上午县政协召开…).
_CAPTION_LEAD = re.compile(r"^(?:图为|图片为|图)?[:：]?(?:\d{1,2}月\d{1,2}日)?(?:上午|下午|晚上|晚)?")
#: A caption names the article's own event when this many closing characters of the name it reports (or the
#: whole name, when shorter) stand in the article (2024年度校园安全工作会议 / …召开校园安全工作会议).
CAPTION_NAME_TAIL = 6
# The title of an embedded video or gallery ("视频:..."), printed above or inside the body.
# A programme line of a meeting notice or report (地点：…, 主持人：刘某（…）, 参加人员：…共56人).
# 时间：2023-06-12 09:30:12, 时间：2023年06月12日: a CMS's stamp (numeric or zero-padded, no time of day or
# weekday), the page's date; a programme line names the meeting's day and hour in words.
_CMS_STAMP = re.compile(r"\s*时间\s*[:：]\s*(?:(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|(?:19|20)\d{2}年(?:0\d|1[0-2])月\d{2}日)"
                        r"(?![^\n]*(?:上午|下午|晚上|星期|周[一二三四五六日天]|至))")
# 时间：2024年4月19日 (浏览：) right under the headline: the post's stamp though its month and day are not padded.
_CMS_STAMP_UNPADDED = re.compile(r"\s*时间\s*[:：]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
                                 r"(?![^\n]*(?:上午|下午|晚上|星期|周[一二三四五六日天]|至|\d[:：]\d{2}|\d[时点]))")
# 浏览次数：356, 点击数：1024 on a stamp's line: page data, so the line is the post's stamp.
_VIEW_COUNTER = re.compile(r"(?:浏览|点击|阅读)(?:量|数|次数|人次)?\s*[:：]\s*\d")
_PROGRAMME_LABEL_LINE = re.compile(r"\s*(?:会议|活动)?(?:地点|主持人|参加人员|参会人员|出席人员)\s*[:：]")
_PROGRAMME_TIME = re.compile(r"^\s*(?:会议|活动)?时间\s*[:：]")
# (列席：街道党工委委员、组织委员某某 / 出席：…: those sitting in or present, named with their posts, are the meeting's own
# facts like 主持人：…, GUIDELINES §4 thirty-second review round: the post there is the title of one acting later)
_PROGRAMME_LABEL = re.compile(r"^\s*(?:会议)?(?:时间|地点|主持人|主持|参加人员|参会人员|出席人员|出席领导|出席|列席人员|列席领导|列席|议程)"
                              r"\s*[:：]\s*\S")
# A line opening on a label of a meeting's record (活动时间：…, 【会议地点】…, 主持人：…).
_RECORD_LABEL_LINE = re.compile(r"\s*(?:[【\[](?:会议|活动|开会)?(?:时间|地点|主持人|主持|参加人员|参会人员|出席人员|出席|列席|议程)[】\]]"
                                r"|(?:会议|活动|开会)?(?:时间|地点|主持人|主持|参加人员|参会人员|出席人员|出席|列席|议程)\s*[:：])")
# A label of a meeting's record run together after the time label on its line (时间：4月18日上午 地点：… 主持人：…).
_PROGRAMME_LABEL_AFTER = re.compile(r"[\s　，,；;](?:会议|活动|开会)?(?:地点|主持人|主持|参加人员|参会人员|出席人员|出席|列席)\s*[:：]")


def _programme_time_line(lines: list[Any], i: int) -> bool:
    """Whether line ``i`` is the time label of a meeting's labelled record (GUIDELINES §3 thirty-first review round):
    ``时间：`` with the day in words (not a CMS stamp, 时间：2024-05-08 10:20) and another of the record's labels after it on
    its line or opening the next line (地点：…, 主持人：…); such a line is the meeting's, no page data."""
    text = lines[i].text
    if not _PROGRAMME_TIME.match(text) or _CMS_STAMP.match(text):
        return False
    return bool(_PROGRAMME_LABEL_AFTER.search(text)) or (
        i + 1 < len(lines) and (_PROGRAMME_LABEL_LINE.match(lines[i + 1].text) is not None
                                or re.match(r"\s*(?:主持|出席|列席)\s*[:：]", lines[i + 1].text) is not None))


_MEDIA_TITLE = re.compile(r"^\s*[【\[]?(?:视频|视讯|图集|组图|直播)\s*[】\]]?\s*[:：|｜]")
_URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)
_URL = re.compile(r"(?:https?://|www\.)[\w./?=&%#:-]+", re.I)
# 5月8日 | 支部召开党员大会: a headline led by its day and a bar (no breadcrumb: a day is no section's name).
_DATED_COLUMN = re.compile(r"^\s*(?:\d{1,2}月\d{1,2}日|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[|｜丨]\s*(?=\S)")
# 某某大会举行 | 某某新闻网: a headline and the site's name around one bar (a page's <title> copied into its text).
_BAR = re.compile(r"\s[|｜]\s|丨")
# (人民网, 某某新闻网, 某某县人民政府网站, 某某日报, 某某客户端; a bare 网 only closing a short name: not 织密安全防护网)
_SITE_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,16}(?:网站|網站|官网|官網|新闻网|新聞網|门户网|門戶網|客户端|客戶端|日报|日報|晚报|晚報"
                        r"|时报|時報|电视台|電視台|频道|頻道)|[\u4e00-\u9fffA-Za-z0-9]{1,5}[网網]")
_SEPARATORS = re.compile(r"\s[|｜>»]\s|>>|\s\|\s|丨")
_DATE_LINE = re.compile(
    r"^\s*(?:发布时间|发布日期|时间|日期)?[:：]?\s*"
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?"
    r"(?:\s*(?P<H>\d{1,2})[:：时](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)
# A headline that opens with the day of its event or its post (2024年6月5日，医院召开…座谈会 / [2024-03-22] 市场监管局召开…
# / 【2024年6月5日】…): the date, then the words of a headline (not 2024年6月5日，星期三, the site's clock).
_HEADLINE_DATE = re.compile(
    r"^\s*[\[【［]?\s*(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?\s*[\]】］]?\s*[，,]?\s*"
    r"(?![星周农日])(?=[\u4e00-\u9fff“「《])")
# A line ending on a full date (and its clock, a bracketed note): an issuing office's or an agency's stamp
# (澳门特别行政区政府新闻局 2024年10月01日, 中央社记者 李嘉华 屏东县26日电 2024/07/26 18:40（民国113年）).
_STAMP_AT_END = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r"\s*(?:[（(][^（）()]{0,12}[）)])?\s*$")
# A report's dateline opening a lead: 本报讯（记者 王丽）, 东方网讯, 本台消息, 新华社北京3月5日电, 央视网消息：.
_NEWS_DATELINE = re.compile(r"^\s*(?:本报|本网|本台|本站|[\u4e00-\u9fff]{1,6}(?:网|社|台|报))[^，。\s]{0,10}?(?:讯|电|消息)")
_DATE_CN = re.compile(r"(?P<y>[一二][〇○零一二三四五六七八九]{3})年(?P<m>十[一二]?|[一二三四五六七八九])月(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日")
# A header line that is only such a date, a weekday perhaps (二〇二四年三月八日, 二○二四年三月五日（星期二）: HK releases).
_DATE_CN_LINE = re.compile(_DATE_CN.pattern + r"\s*(?:[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?")
# The opening of a Hong Kong listed company's sign-off (承董事会命, 承董事局命: by order of the board).
_BY_ORDER = re.compile(r"^\s*承[\u4e00-\u9fff]{0,6}?(?:董事会|董事局)命\s*$")
# A city and a comma before a sign-off date (香港，二零二四年九月二十日, 北京，二〇二四年三月五日).
_SIGN_OFF_CITY = re.compile(r"^[\u4e00-\u9fff]{2,3}[，,]\s*(?=[一二][〇○零一二三四五六七八九]{3}年)")
# A Republic-of-China date in Chinese numerals (民国一一三年三月五日: Taiwan pages; the hundreds written out, 中华民国一百十三年
# 五月三日, as Taiwan's formal documents write them); fullmatched, a header line that is only that date.
_ROC_DATE_CN = re.compile(r"(?:中华民国|民国)(?P<y>一[〇○零一二三四五六七八九]{2}|[八九]十[一二三四五六七八九]?"
                          r"|一百(?:[零〇○][一二三四五六七八九]|[一二三四]?十[一二三四五六七八九]?)?)年"
                          + _DATE_CN.pattern.split("年", 1)[1] + r"\s*(?:[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?")
# The same date with no era word (一一三年三月二十日 农业部新闻稿): three digits cannot be a Gregorian year, so the
# year is the ROC one; opening a header line, read like the digit forms of :data:`_ROC_DATELINE` (see below).
_ROC_DATE_CN_BARE = re.compile(r"(?P<y>一[〇○零一][〇○零一二三四五六七八九])年" + _DATE_CN.pattern.split("年", 1)[1])
# Labels of the day a page was issued, and of other days a page shows (updated, printed).
_ISSUED_LABEL = re.compile("发布|发表|创建|發佈|發布|发稿|發稿")
_PUBLISHED_LABEL = re.compile("发布|發佈|發布")
#: The longest line read as a publication stamp below an update stamp.
ISSUED_LINE_MAX = 60
# (修订, 修訂: a revision stamp, 本網頁最近修訂日期：…, is an update stamp, §2 thirtieth round)
_NOT_ISSUED_LABEL = re.compile("更新|修改|修订|修訂|打印")
# The print label right before a date (打印时间：2024-06-01, 打印日期：民国一一三年六月一日).
_PRINTED_LABEL = re.compile(r"打印(?:时间|日期)\s*[:：]?\s*$")
# English labels of the day a page was updated, and of the day it was issued, on one stamp line.
_EN_UPDATE_LABEL = re.compile(r"\b(?:Last\s+)?(?:Updated|Modified)(?:\s+on)?\s*[:：]", re.I)
_EN_POSTED_LABEL = re.compile(r"\b(?:Posted|Published|Released|Publish\s+date|Release\s+date)(?:\s+on)?\s*[:：]?", re.I)
#: Lines below one labelled with an update or print date where the publication date may follow.
ISSUED_LOOKAHEAD = 2
# Month/day/year as some English-language CMS templates print it (提稿时间:10/20/2017).
# A Republic-of-China date in a labelled line of a Taiwan page (发布日期：113-10-15): ROC_DATE, year + ROC_YEAR_OFFSET
# (pipeline.values).
# A line opening with a publication label (发布时间：…, 【发布日期】…, 发表于…).
_STAMP_LABEL = re.compile(r"\s*[\[【(（]?\s*(?:发布|发表于|日期)")
# The same label right before the date, after a source or an author (来源：县委办 日期：2024-05-08).
_STAMP_LABEL_BEFORE = re.compile(r"(?:发布时间|发布日期|发表于|日期)\s*[:：]?\s*$")
# A reposted page's line giving the original's date (原文发布于2024年3月2日, 转载自…，原发布时间：…, 原文发表时间：…): not the
# page's own stamp, which stays `published` (GUIDELINES §2 nineteenth review round; its relative days count from this
# date, see pipeline.extract.common.reference_date).
_ORIGINAL_STAMP_LABEL = re.compile(r"原(?:文|稿)?(?:发布|发表|刊发|首发)")
#: The most Hanzi after a labelled stamp's date (浏览次数, 【打印】【关闭】): more is the headline of another post.
STAMP_TAIL_MAX_HAN = 8
# A header line that is only an ROC date (中华民国113年5月8日, 113/05/08, 民国113年5月8日 星期三, 113年5月8日 上午10:20).
_ROC_DATELINE = re.compile(r"(?:中华民国|中華民國|民国|民國)?\s*1[0-4]\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
                           r"\s*(?:[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)]?)?"
                           r"(?:\s*(?:上午|下午|中午|晚上|早上)?\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# 【113年11月13日】, [113/11/13]: such a line set in brackets at the top of a release (GUIDELINES §2 published: 民国 years,
# with or without the era word); not a bracketed span or a labelled event day (【活动时间：…】, 【113年11月20日至12月1日】).
_ROC_DATELINE_BRACKETED = re.compile(r"[【\[〔]\s*(?:" + _ROC_DATELINE.pattern + r")\s*[】\]〕]")
# (中华民国113年5月8日 来源：台北市政府, 113年5月8日 新闻稿: the date line, then the source or kind of release)
# (民国113年5月8日 屏东县政府新闻稿: the issuing office may stand before 新闻稿)
# An issuing office named alone, with no label (行政院新闻传播处, 苗栗县政府, 台中市政府新闻局: Taiwan releases).
_ISSUING_OFFICE = r"[\u4e00-\u9fff]{2,14}(?:政府|公所|处|局|部|署|院|委员会|办公室|中心)"
_ISSUING_OFFICE_LINE = re.compile(r"^\s*" + _ISSUING_OFFICE + r"\s*$")
# A school's or a body's news desk named alone beside the date (台大新闻 民国113年11月15日, 113-06-15 师大新闻中心).
_NEWS_DESK = r"[\u4e00-\u9fff]{2,8}(?:新闻|新聞)(?:中心|网|網)?"
# (113-05-08 行政院新闻传播处: the date line, then the issuing office and nothing else; 民国113年6月8日 高雄讯: then a
# report's dateline, a place and 讯)
# (文化部 113-06-03, 行政院新闻传播处 113/06/03, 花莲县政府新闻稿 113年5月8日: the issuing office, then the date, on
# one line)
# (113年5月8日 記者林雅婷／台中報導, 記者林雅婷／台中報導 113年5月8日: the date beside a reporter's byline, either side)
_ROC_DATELINE_CREDITED = re.compile(_ROC_DATELINE.pattern + r"\s+(?:来源|來源|[\u4e00-\u9fff]{0,12}?(?:新闻稿|新聞稿|新闻资料)"
                                    r"|发稿单位|發稿單位|发布单位|發布單位|发布机关|發布機關|撰稿|作者|" + _ISSUING_OFFICE + r"\s*$"
                                    r"|" + _NEWS_DESK + r"\s*$"
                                    r"|[\u4e00-\u9fff]{2,6}[讯訊]\s*$|记者|記者)"
                                    r"|" + _ISSUING_OFFICE + r"(?:新闻稿|新聞稿)?\s*" + _ROC_DATELINE.pattern + r"\s*$"
                                    r"|" + _NEWS_DESK + r"\s*" + _ROC_DATELINE.pattern + r"\s*$"
                                    r"|(?:记者|記者)[^，。,\s]{1,16}\s+" + _ROC_DATELINE.pattern + r"\s*$")
# （中央社记者王某台北2024年5月8日电）: the Central News Agency's dateline opening the body, with the year
# (the year-less 台北8日电 gives no publication date, §2); a listed company's release opens the same way
# (（香港，2024年7月10日）, （2024年12月6日 香港讯）, （2024年8月2日）: a place, then the date, or the date, then a place and 讯;
# not （截至2024年6月30日）, a figure's cut-off day, nor （报名截止2024年5月20日）, （有效期至…）, （比赛日期…）: a deadline,
# a validity or an event's day, the word anywhere in the run)
_BRACKETED_DATELINE = re.compile(r"^\s*[（(](?:中央社[^（）()]{0,24}?|(?![\u4e00-\u9fff]{0,7}(?:截至|截止|至|止|期|时间|日期|数据|统计"
                                 r"|更新|修改|修订|更正|报名|有效|开始|结束))[\u4e00-\u9fff]{2,8}\s*[，,]?\s*)?"
                                 r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
                                 r"(?:[电電]|\s*[\u4e00-\u9fff]{2,8}[讯訊电電])?\s*[）)]")
# 发布时间：, 来源：: a stamp's label before its colon (not 新闻发布会 or 时间紧 inside a sentence).
_LABEL_BEFORE_COLON = re.compile(r"(?:发布|发表于|时间|日期|来源)[^，。；,;]{0,4}?[:：]")
# （中央社訊息服務20250607）: the Central News Agency's release service tag at the foot, its date written in eight digits.
_WIRE_SERVICE_TAG = re.compile(r"^\s*[（(]中央社[\u4e00-\u9fff]{0,6}(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})[）)]\s*$")
YY_CENTURY_PIVOT = 70
# A two-digit year after a publication label (发布时间：18-03-08 23:16; the time may touch the day).
_DATE_YY = re.compile(r"(?:发布|发表)(?:时间|日期)\s*[:：]\s*(?P<y>\d{2})-(?P<m>\d{2})-(?P<d>\d{2})"
                      r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2}))?(?!\d)")
# English month names (no date library is a dependency; twelve names need none).
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?" \
         r"|Nov(?:ember)?|Dec(?:ember)?)\.?"
# Posted: May 8, 2024 / 8 May 2024 | 来源：某某网 / May 8th, 2024 15:20 / 2024-May-08: a stamp line with an English month name,
# alone or after a publication label, closing the line or followed by a source or a byline (never a date inside a sentence).
# (Wednesday, May 8, 2024 / Thu, 08 May 2024: an English weekday may open the date; By News Office | May 8, 2024: a byline
# set off by a bar may come before it; Posted: May 8, 2024  Source: … / Views: 1024 / 阅读量：1024: a page label may follow it)
_EN_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?,?\s+"
_DATE_EN_LINE = re.compile(
    r"\s*(?:By\s+[^|｜丨\n]{1,40}?\s*[|｜丨]\s*)?"
    r"[\[【(（]?\s*(?:(?:Posted|Published|Publish\s+date|Release\s+date|Released|Date|发布时间|发布日期|发表于|日期|时间)"
    r"(?:\s+on)?\s*[:：]?\s*)?(?:" + _EN_WEEKDAY + r")?"
    r"(?:" + _MONTH + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.replace("mon", "mon2") + r",?\s+(?P<y2>(?:19|20)\d{2})"
    r"|(?P<y3>(?:19|20)\d{2})[-/ ]" + _MONTH.replace("mon", "mon3") + r"[-/ ](?P<d3>\d{1,2}))"
    r"(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?(?:\s*(?P<ampm>[AaPp])\.?[Mm]\.?)?)?"
    r"\s*[】\])）]?\s*(?:$|[|｜丨]|(?:来源|作者|编辑|By|Source|Author|Editor|Views|Hits|Clicks)\b"
    # (浏览：1024, 阅读量：1024, 点击数 1024: a Chinese page label, no Han character after it)
    r"|(?:浏览|点击|阅读)(?:量|数|次数)?(?![\u4e00-\u9fff]))", re.I)
_EDITION_MARK = re.compile(r"\s*第?\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版")
_WEEKDAY = re.compile(r"\s*[（(]?(?:星期|周|禮拜|礼拜)[一二三四五六日天][）)]?")
# 农历四月初一, 农历甲辰年腊月廿八: the lunar day a date line may close with (2024年5月8日 星期三 农历四月初一).
_LUNAR_DAY = re.compile(r"\s*[（(]?(?:农历|農曆)\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*)?闰?"
                        r"[正一二三四五六七八九十冬腊臘]{1,2}月(?:初[一二三四五六七八九十]|廿[一二三四五六七八九]?|[二三]?十[一二三四五六七八九]?)[）)]?")
_DATE_MDY = re.compile(r"(?<!\d)(?P<m>\d{1,2})(?P<sep>[/-])(?P<d>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)")
# 今日（五月八日）, 今日（8日）, 今（8）日 in a lead: the day of the report, which tells which way an uncertain stamp reads.
_NUM = r"[\d〇○零一二三四五六七八九十]{1,3}"
_TODAY_BRACKETED = re.compile(rf"今(?:日|天)?[（(](?:(?P<m>{_NUM})月)?(?P<d>{_NUM})(?:日[）)]|[）)]日)")
#: The lead lines searched for it.
TODAY_LEAD_LINES = 3
# A line that is only such a date, with a time perhaps (21/5/2024, 21-05-2024 10:30: HK and Macau sites).
_MDY_LINE = re.compile(_DATE_MDY.pattern + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
#: A date line this close to the end of the body is the article's sign-off date (落款).
SIGN_OFF_LINES = 6
# A sign-off date may also sit this many lines below the last body line (under the issuing office).
SIGN_OFF_BELOW = 3
# 在全市…大会上的讲话 as a headline: the text of a speech printed in full (pipeline.extract.speakers reads its byline).
SPEECH_HEADLINE = re.compile(r"\s*在[^\n，。；]{2,60}?(?:上|中|时)的(?P<w>讲话|致辞|致词|发言|演讲|工作报告|报告)"
                             r"(?:[（(][^（）()\n]{1,16}[）)])?\s*")
# 校长 王立群 on the line under such a headline: the speaker's post and name, a space between (a short one too).
# (市委副书记、市长　王立新: a chain of posts joined by 、 is one post line too, and so is one whose groups a comma
# sets off, 县委副书记、县长，县政府党组书记 王立新: one person's posts, GUIDELINES §4 title)
_SPEECH_BYLINE = re.compile(r"\s*[\u4e00-\u9fff]{2,30}(?:[、，][\u4e00-\u9fff]{2,30}){0,3}[ \u3000]+[\u4e00-\u9fff]{2,4}\s*")
# 市委书记 市人大常委会主任 张立群: posts set off by spaces, each ending in a post word, before the name (one person's
# chain, GUIDELINES §4 fifteenth review round); not a line of names set off by spaces (张立群 李明 王刚).
_SPACED_POSTS_BYLINE = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,29}(?:书记|[长员任席理监事官]|代表)[ \u3000]+){2,4}[\u4e00-\u9fff]{2,4}\s*")
# A speech headline written as a subtitle under a slogan headline (——在…大会上的讲话): the dash opens it.
_SUBTITLE_DASH = re.compile(r"\s*[—－-]{1,2}")
# A name alone on the line under a speech headline (王建国; 张　伟, a two-character name set to the width of three as
# bylines print it): the speaker of a speech text with no post written (pipeline.extract.speakers reads the name).
BARE_NAME_LINE = re.compile(r"[ \u3000]*(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])[ \u3000]*")
# 电 or 讯 in a bracketed dateline: a wire's or a desk's dateline ((新华社北京5月8日电)), never a speech's day.
_WIRE_MARK = re.compile("[电電讯訊]")


def speech_headline(text: str) -> re.Match[str] | None:
    """The speech headline (在…大会上的讲话) that ``text`` is, also set as a subtitle under a slogan (——在…上的讲话,
    its dash no part of it); None when the line is none."""
    return SPEECH_HEADLINE.fullmatch(_SUBTITLE_DASH.sub("", text, count=1))


def _is_byline(text: str) -> bool:
    """Whether ``text`` is a speech's byline: a post and a name (校长 王立群) or a name alone (王建国, 张　伟)."""
    return _SPEECH_BYLINE.fullmatch(text) is not None or BARE_NAME_LINE.fullmatch(text) is not None \
        or _SPACED_POSTS_BYLINE.fullmatch(text) is not None


def is_dated_line(text: str) -> bool:
    """Whether ``text`` is a bracketed date alone on its line (（2024年2月18日）, （二〇二四年二月十八日）), as between a
    speech headline and its byline."""
    return _BRACKETED_DATELINE.fullmatch(text.strip()) is not None or _bracketed_cn_date(text) is not None


# （二〇二四年十二月二十六日）: a speech's day in Chinese numerals under its headline, as official transcripts print it
_BRACKETED_CN = re.compile(r"\s*[（(](?P<date>[^（）()]{6,16})[）)]\s*")


def _bracketed_cn_date(text: str) -> re.Match[str] | None:
    """A bracketed date in Chinese numerals alone on its line (（二〇二四年十二月二十六日）) as a match of
    :data:`GREGORIAN_STAMP` over its digits (as :func:`_cn_date` reads a sign-off line); else None."""
    m = _BRACKETED_CN.fullmatch(text)
    return _cn_date(m["date"]) if m and "年" in m["date"] else None


# 责任编辑 王立群, 记者 王立群 alone on a line, no colon: a credit of the page, no post of a speaker and no headline.
_CREDIT_LINE = re.compile(r"\s*(?P<label>责任编辑|责编|编辑|审核|校对|编审|审校|监制|记者|通讯员|作者|撰稿|摄影|摄像|供稿|实习生)"
                          r"[ \u3000]+(?P<v>[\u4e00-\u9fff]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff]{2,4}){0,2})\s*")
# A byline in brackets on a line of its own under the headline (（本报记者 张伟 通讯员 李明）): no headline.
_BRACKETED_BYLINE = re.compile(r"\s*[（(]\s*(?:本报|本网|本台|本刊|融媒)?(?:特约)?(?:记者|通讯员|实习生)[^（）()\n]{1,40}[)）]\s*")
_AUTHOR_CREDIT = re.compile(r"^\s*[（(]\s*(?:(?:记者|通讯员|作者|文|图|摄影|编辑|供稿)[:：\s]*)?"
                            r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、,，/]+[\u4e00-\u9fff]{2,4}){0,3})\s*[)）]\s*$")
# The author's note on where the text comes from, in brackets on its own line (（本文系作者在…大会上讲话的一部分）,
# （本文是…在…座谈会上的发言摘要）): article content that tells of a speech at a meeting (GUIDELINES §11
# thirty-seventh round), no caption and no trailer, wherever the article stands on the page.
_SPEECH_SOURCE_NOTE = re.compile(r"^\s*[（(]\s*(?:本文|此文|这篇文章)(?:系|是|为|根据|摘自|选自)[^（）()]{2,80}?"
                                 r"(?:讲话|发言|报告|致辞|演讲|讲演)[^（）()]{0,20}[)）]\s*$")
_OUTLET = re.compile(r"(?:来源|稿源|来自)\s*[:：]\s*(?P<v>[^\s|丨]{2,30})")
# The labels of a page's credits: no name of their own (编辑：宋佳  审核：, 记者 王丽 通讯员 陈刚).
_CREDIT_WORDS = "责任编辑|责编|编辑|审核|审校|审签|校对|编审|监制|记者|通讯员|作者|撰稿|采写|摄影|摄像|供稿|实习生|初审|复审|终审"
# A name in a credit: Han characters, none opening a credit label, an outlet's label before one (记者 甲 本报记者 乙)
# or the byline's own words (李四摄, 周婷报道).
_CREDIT_NAME = rf"(?:(?!{_CREDIT_WORDS}|本报|新华社|本台|本刊|报道|报导|摄)[\u4e00-\u9fff])"
_EDITOR = re.compile(r"(?:责任编辑|责编|编辑)\s*[:：]\s*(?P<v>" + _CREDIT_NAME + "{2,4}(?:[\\s、,，]+" + _CREDIT_NAME + "{2,4}){0,2})")
# 记者王强 李四摄, （记者 王丽 通讯员 陈刚）, 通讯员李四: the byline's names, a reporter's or a correspondent's, each
# ending where a byline does (a space, a bracket, a mark, the end of the line, 报道/摄, the next label), so that the
# story's first words are no name (记者采访时了解到, 记者王强 县委书记…).
# (not 记者招待会, 记者节, 记者站: a noun the word opens; 新华社北京5月6日电（记者王强）, 中央社记者某某台北18日电, 本报讯记者
# 某某从…获悉: the name before the place and day of a dateline or before 从 opening where the news came from)
_REPORTER_LABEL = "(?:记者(?!招待会|见面会|联谊会|座谈会|会|节|站|证|团|部|们|家|协会)|通讯员(?!培训|队伍|工作|队|会|站)|实习生)"
# What a byline goes on with right after a name (记者王强、张伟通讯员李华, 记者王强 张伟发自北京, 记者王强获悉，/了解到，):
# the next label, the place the report is sent from, or the dateline's verb. (No day word: 记者杨健从日前举行的…上获悉
# would read 杨健从 before 日前.)
_NEXT_IN_BYLINE = r"(?:本报|新华社|本台|本刊)?" + _REPORTER_LABEL + "|发自|获悉|了解到"
_DATELINE_AFTER_NAME = r"[\u4e00-\u9fff]{0,6}?(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})日[电讯電]"
_REPORTER = re.compile(_REPORTER_LABEL + r"\s*[:：]?\s*(?P<v>" + _CREDIT_NAME + "{2,3}(?:[\\s、,，]+" + _CREDIT_NAME + "{2,3}){0,3})"
                       r"(?=$|[\s（）()【】\[\]、，,。；;：:/|丨]|报道|报导|摄|采写|撰稿|整理|供稿|从|" + _NEXT_IN_BYLINE + "|"
                       + _DATELINE_AFTER_NAME + ")")
# 本报记者曹某琴谢某明王某, 新华社记者甲乙本报记者丙: names written together with no mark between, up to the line's end, a
# space or the next outlet's label; split by surname (see _split_run).
_NAME_RUN = re.compile(_REPORTER_LABEL + r"\s*(?P<run>[\u4e00-\u9fff]{2,12}?)(?=$|\s|(?:本报|新华社|本台|本刊)?" + _REPORTER_LABEL + ")")
# Words after which a reporter-name match is really the start of a sentence.
# 责任编辑：刘芳 / （编辑：刘芳） alone on a line: the credit or end mark that closes an article; what
# follows it on a scraped page is another article glued on (GUIDELINES §1), not the article going on.
_END_MARK = re.compile(r"^\s*(?:[（(]\s*(?:责任编辑|责编|编辑)\s*[:：]\s*[\u4e00-\u9fff]{2,4}\s*[）)]"
                       r"|(?:责任编辑|责编)\s*[:：]\s*[\u4e00-\u9fff]{2,4})\s*$")
# 完 / 2024年7月1日（星期一） / 香港时间17时30分: the end of a Hong Kong or Macau government release and its
# stamp; a page of several releases goes on with the next one's headline, another article (GUIDELINES §1).
_RELEASE_END = re.compile(r"^\s*完\s*$")
_RELEASE_STAMP = re.compile(r"^\s*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?"
                            r"|(?:香港|澳门)时间\s*\d{1,2}时\d{1,2}分)\s*$")
_RELEASE_CLOCK = re.compile(r"^\s*(?P<region>香港|澳门)时间\s*\d{1,2}时\d{1,2}分\s*$")
# [相片] 行政长官今日在…致辞。: the release's own photo captions, printed below its stamp.
_RELEASE_PHOTO = re.compile(r"^\s*[\[［【]相片[\]］】]")
# 打印时间：2024年7月8日 alone on a line: the day the page was printed, no evidence of the article's year.
_PRINT_STAMP = re.compile(r"^\s*打印(?:时间|日期)\s*[:：]\s*[\d\s年月日时分秒:：/.\-]+$")
# 摘要：… / 导读：… / 编者按：… above the headline: the article's own summary or note, not page furniture.
_SUMMARY_LABEL = re.compile(r"^\s*[【\[]?(?:摘要|导读|内容提要|提要|核心提示|编者按)[】\]]?\s*[:：]?")
# 通讯员 and 实习生 are ordinary nouns in a story (学校组织实习生王强…, 通讯员王强、李华获评优秀通讯员): read as a label only
# where a byline stands, at the line's start, after a space, a bracket, a colon or an outlet (本报讯, 江城日报), or right
# after the byline's names before it (记者王强、张伟通讯员李华).
_LABEL_IN_STORY = re.compile("通讯员|实习生")
_BYLINE_SLOT_BEFORE = re.compile(r"(?:^|[\s（(【\[：:]|[报台社网刊讯电])$")
# 记者王强获悉，/ 记者王强了解到，: a name read before a dateline verb must open on a surname (记者采访时了解到, 记者调查获悉:
# the reporter's own act, no name).
_DATELINE_VERB = re.compile("获悉|了解到")
_NAME_STOP = re.compile("(报道|获悉|了解|摄|从|在|日|月|今|近|代表)")
# 江城日报记者周婷、市电视台主持人高远先后发言: a journalist who takes part in the meeting reported, titled by the
# post (GUIDELINES §4), no byline; the speech act ends the clause the names open (not 记者周婷报道, （记者周婷）).
# A byline is set off from the story by a bracket, a colon or a space, so neither the names nor the stretch before
# the act hold a space (本报讯 记者王强 县委书记李明今天主持召开常委会: the secretary's act, the reporter stays).
_TAKES_PART_AFTER = re.compile(r"[^，。；：:（）()\n\s]{0,16}?(?:先后|分别|依次|相继|也|还|作|进行|作了)?"
                               r"(?:交流|典型|代表[^，。；\n]{1,12})?(?:发言|讲话|致辞|主持|演讲|讲评|点评|作报告)")
_SPACED = re.compile(r"\s")


def _original_stamp(text: str) -> bool:
    """Whether ``text`` gives the original's date of a reposted page (原文发布于2024年3月2日), no date of its own before."""
    original = _ORIGINAL_STAMP_LABEL.search(text) if "原" in text else None
    return original is not None and not GREGORIAN_STAMP.search(text, 0, original.start())


def _issued_date(texts: list[str], k: int) -> tuple[re.Match[str] | None, bool]:
    """The date of line ``k`` as the page's publication date, and whether the line is only a print
    stamp. 更新时间：… 发布时间：… and 修改时间：… 创建时间：… give the issued date; an update date
    alone on its line gives way to a publication date on the next lines (更新时间：2024-05-10 /
    发布时间：2024-05-08)."""
    text = texts[k]
    posted = _posted_beside_update(text)
    if posted is not None:
        return posted, False
    # (创建时间：… 发布时间：…: the day it was published over the day the draft was made)
    issued = _PUBLISHED_LABEL.search(text) or _ISSUED_LABEL.search(text)
    m = (GREGORIAN_STAMP.search(text, issued.start()) if issued else None) or GREGORIAN_STAMP.search(text)
    if m is None or issued or not _NOT_ISSUED_LABEL.search(text, 0, m.start()):
        return m, False
    # (only a short line opening with its label: not 上一篇：… 2024-04-20, nor a body sentence's date)
    later = next((n for t in texts[k + 1 : k + 1 + ISSUED_LOOKAHEAD] if _STAMP_LABEL.match(t) and len(t) < ISSUED_LINE_MAX
                  and (n := GREGORIAN_STAMP.search(t))), None)
    if later is not None:
        return later, False
    # (打印时间：2024-06-01, not 【打印】 日期：2024-05-08: a print button beside the page's date)
    return m, _printed(text, m)


def _posted_beside_update(text: str) -> re.Match[str] | None:
    """The date after an English label of publication on a line that also shows an update stamp, in either order
    (Last updated: 2024-05-10  Posted: May 8, 2024): GUIDELINES §2 takes the day it was published; else None."""
    update, posted = _EN_UPDATE_LABEL.search(text), _EN_POSTED_LABEL.search(text)
    if update is None or posted is None:
        return None
    segment = text[posted.start() : update.start() if update.start() > posted.start() else len(text)]
    return _english_date(segment) or GREGORIAN_STAMP.search(segment)


def _order_certain(m: re.Match[str]) -> bool:
    """Whether a numeric date of :data:`_DATE_MDY` reads one way only: one of its first two numbers is over
    12 (21/5/2024, 10/20/2017) or both are the same (05/05/2024).  08/05/2024 is 8 May in Hong Kong and
    August 5 in an American template: no date (GUIDELINES §2 takes only a date the page states)."""
    return max(int(m["m"]), int(m["d"])) > 12 or int(m["m"]) == int(m["d"])


def _read_uncertain(m: re.Match[str], lead: list[str]) -> re.Match[str] | None:
    """The date of a stamp whose day and month read either way (08/05/2024), as a match of :data:`GREGORIAN_STAMP`, when
    the lead's 今日（五月八日） or 今日（8日） agrees with one reading only; else None."""
    today = next((t for text in lead if (t := _TODAY_BRACKETED.search(text))), None)
    if today is None:
        return None
    day, month = parse_number(today["d"]), parse_number(today["m"]) if today["m"] else None
    readings = {(int(a), int(b)) for a, b in ((m["m"], m["d"]), (m["d"], m["m"]))}
    fits = [(mo, d) for mo, d in readings if mo <= 12 and d == day and month in (None, mo)]
    return GREGORIAN_STAMP.search(f"{m['y']}-{fits[0][0]}-{fits[0][1]}") if len(fits) == 1 else None


def _labelled_stamp_before(lines: list[Line], reasons: list[str | None], clock: re.Match[str]) -> re.Match[str] | None:
    """The date of the first line below that is labelled as the page's issue (发布时间：2024-04-30, 【发布日期：…】), when
    it is no later than ``clock``, a bare date above the headline (2024年5月2日 星期四): that one is the site's clock,
    the day the page was seen, and a page is posted on or before it. None if no such line."""
    for line, reason in zip(lines, reasons, strict=True):
        t = line.text
        if reason == "related_list" or len(t) >= 80 or "，" in t or _PROGRAMME_TIME.match(t):
            continue
        n = GREGORIAN_STAMP.search(t)
        # (来源：县委办 日期：2024-05-08 too; not 发布日期：2024-05-06 关于做好防汛工作的通知, a post listed below)
        if n is None or not (_STAMP_LABEL.match(t) or _STAMP_LABEL_BEFORE.search(t, 0, n.start())) \
                or _event_dated(t, n) or len(_HAN.findall(t, n.end())) > STAMP_TAIL_MAX_HAN:
            continue
        try:
            issued = dt.date(int(n["y"]), int(n["m"]), int(n["d"]))
            seen = dt.date(int(clock["y"]), int(clock["m"]), int(clock["d"]))
        except (ValueError, IndexError):
            return None
        return n if issued <= seen else None
    return None


def _publisher_only(rest: str) -> bool:
    """Whether ``rest``, a header line less its date, is only the name of the body that published the page
    (沙湾县人民代表大会常务委员会, 某某市人民政府办公室), with no verb of a headline or a lead."""
    return _PUBLISHER_NAME.fullmatch(rest.strip()) is not None and not _PUBLISHER_NOT_NAME.search(rest)


def _event_dated(text: str, m: re.Match[str] | None) -> bool:
    """Whether the date ``m`` found in ``text`` follows the label of an event's day or a deadline (报到时间 2024年6月4日,
    有效期至2024年6月4日): no publication date.  Only the label touching the date counts (发布时间：… 报名截止：… keeps the
    first date); nor a day of a person's life (生于1914年3月10日, （1924年6月8日—2010年3月4日）)."""
    return m is not None and (event_dated(text, m.start()) or life_dated(text, m.start(), m.end()))


def _cn_date(text: str) -> re.Match[str] | None:
    """A line that is only a date in Chinese numerals, a weekday perhaps (二〇二四年五月八日, 二○二四年七月一日
    （星期一）, 中华民国一一三年五月八日), as a match of :data:`GREGORIAN_STAMP` over its digits; else None."""
    # (香港，二零二四年九月二十日: a listed company's announcement signs off with its city before the day)
    text = _SIGN_OFF_CITY.sub("", text, count=1)
    for pattern, offset in ((_DATE_CN_LINE, 0), (_ROC_DATE_CN, ROC_YEAR_OFFSET)):
        m = pattern.fullmatch(text)
        if m:
            y, mo, d = (parse_number(m[g]) for g in ("y", "m", "d"))
            return GREGORIAN_STAMP.search(f"{int(y) + offset}-{int(mo)}-{int(d)}") if y and mo and d else None
    return None


def _bare_roc_cn_stamp(text: str) -> re.Match[str] | None:
    """A header line opening with an ROC date in Chinese numerals without its era word (一一三年三月二十日, then
    nothing, a weekday or a publisher's credit: 农业部新闻稿, 来源：…), as a match of :data:`_ROC_DATE_CN_BARE`;
    else None. The line is read through its digit form, so that it passes the same dateline tests as 113年3月20日
    (a body sentence opening with the event's day, 一一三年三月二十日上午，…, is no such line)."""
    m = _ROC_DATE_CN_BARE.match(text)
    if m is None:
        return None
    y, mo, d = (parse_number(m[g]) for g in ("y", "m", "d"))
    if not (y and mo and d):
        return None
    digits = f"{int(y)}年{int(mo)}月{int(d)}日" + text[m.end():]
    return m if _ROC_DATELINE.fullmatch(digits) or _ROC_DATELINE_CREDITED.match(digits) else None


def _english_date(text: str) -> re.Match[str] | None:
    """A stamp line with an English month name (Posted: May 8, 2024; 8 May 2024 | 来源：…) as a match of
    :data:`GREGORIAN_STAMP` over its digits, the time kept; else None."""
    m = _DATE_EN_LINE.match(text)
    if m is None:
        return None
    name = next(m[g] for g in ("mon", "mon2", "mon3") if m[g])
    y, d = next(m[g] for g in ("y1", "y2", "y3") if m[g]), next(m[g] for g in ("d1", "d2", "d3") if m[g])
    stamp = f"{y}-{_MONTH_NAMES.index(name[:3].lower()) + 1}-{int(d)}"
    if m["H"]:
        hour = int(m["H"]) % 12 + 12 if (m["ampm"] or "").lower() == "p" else int(m["H"]) % 12 if m["ampm"] else int(m["H"])
        stamp += f" {hour}:{m['M']}"
    return GREGORIAN_STAMP.search(stamp)


def _published_value(published: re.Match[str], year_offset: int) -> str | None:
    """The ISO date (and time of day, when stated) that ``published`` writes, or None when it names no day of the
    calendar (2024年2月30日, 2023-02-29: GUIDELINES §2 asks for a date, and an impossible day is none)."""
    y, mo, d = int(published["y"]) + year_offset, int(published["m"]), int(published["d"])
    if mo > 12 and d <= 12 and published.re is _DATE_MDY:
        mo, d = d, mo  # 22/03/2024: day first (Macau, Hong Kong), as the month cannot be 22
    try:
        value = dt.date(y, mo, d).isoformat()
    except ValueError:
        return None
    hour, minute = published.groupdict().get("H"), published.groupdict().get("M")
    if hour and minute and int(hour) < 24 and int(minute) < 60:
        value += f"T{int(hour):02d}:{minute}"
    return value


def _update_over_issued(texts: list[str], k: int) -> bool:
    """Whether line ``k`` is an update stamp with the publication date on one of the next lines, in either
    calendar (更新日期：113年05月09日 / 发布日期：113年05月08日; 最后更新：2024-05-09 10:00 / 2024-05-08 09:00
    来源：某某网): GUIDELINES §2 takes the day it was published, so the update line is passed over."""
    text = texts[k]
    if not re.search("更新|修改", text) or _ISSUED_LABEL.search(text):
        return False
    dated = _any_calendar_date(text)
    if dated is None or not re.search("更新|修改", text[: dated.start()]):
        return False
    # (a short stamp line opening with its label or its date: not a body sentence opening with the event's day)
    return any(len(t) < ISSUED_LINE_MAX and not _NOT_ISSUED_LABEL.search(t) and not re.search("[，。,]", t)
               and (_STAMP_LABEL.match(t) or re.match(r"\s*(?:(?:19|20)\d{2}|1[0-4]\d)\s*[-/.年]", t))
               and _any_calendar_date(t) for t in texts[k + 1 : k + 1 + ISSUED_LOOKAHEAD])


def _any_calendar_date(text: str) -> re.Match[str] | None:
    """The first full date of ``text`` in digits or Chinese numerals, Gregorian or ROC (2024-05-08, 113/05/08,
    二〇二四年五月八日, 民国一一三年五月八日), so that the stamp labels read alike in every way a page writes its date."""
    found = [m for m in (GREGORIAN_STAMP.search(text), ROC_DATE.search(text), _DATE_CN.search(text),
                         _ROC_DATE_CN.search(text)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _update_only(text: str, m: re.Match[str]) -> bool:
    """Whether the date ``m`` of ``text`` is labelled only as an update, revision or print stamp (本網頁最近修訂日期：…,
    更新日期：…), with no publication label on the line: beside a publication stamp it gives way (GUIDELINES §2)."""
    return _NOT_ISSUED_LABEL.search(text, 0, m.start()) is not None and not _ISSUED_LABEL.search(text)


def _printed(text: str, m: re.Match[str]) -> bool:
    """Whether the date ``m`` of ``text`` is a print stamp (打印时间：…, 打印日期：…): no publication date (§2)."""
    return _PRINTED_LABEL.search(text, 0, m.start()) is not None


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # clean-text offset of the first char
    end: int  # clean-text offset after the last char (before the newline)
    text: str

    @property
    def han(self) -> int:
        return _han_count(self.text)


@lru_cache(maxsize=4096)
def _han_count(text: str) -> int:
    """Han characters of a line's text (the classifier asks it of one line several times: cached, bounded)."""
    return len(_HAN.findall(text))


class Lexicon:
    """The keyword lexicons of the classifier, loaded from JSON."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.strong: dict[str, list[str]] = data["strong"]
        self.clock_words: tuple[str, ...] = tuple(data.get("clock_widget", ()))
        # (当前时间：…, 欢迎访问…网站 2024年7月1日: clock words that are ordinary words too, so they mark a clock
        # only beside a date and are no furniture on their own)
        self.clock_greetings: tuple[str, ...] = tuple(data.get("clock_greetings", ()))
        self.weak: dict[str, list[str]] = {**data["weak"], "clock_widget": list(self.clock_words)}
        self.related: list[str] = data["related_headers"]
        # (the labels as one tuple for str.startswith/endswith, built once: nothing changes the list after loading)
        self._related_affixes: tuple[str, ...] = tuple(self.related)
        self.meta_keys: list[str] = data["meta_keys"]
        self.caption_endings: tuple[str, ...] = tuple(data.get("caption_endings", ()))
        self.trailer_words: tuple[str, ...] = tuple(data.get("trailer_words", ()))
        # The weak categories that name page furniture in a sentence too (not the vote widget's
        # 感动/高兴 or the page widget's 评论, which a closing sentence of the body may hold).
        self.furniture = {k: v for k, v in self.weak.items() if k in ("app_prompt", "subscribe_ad", "navigation", "icp_footer")}
        keys = "|".join(map(re.escape, sorted(self.meta_keys, key=len, reverse=True)))
        self._meta_re = re.compile(r"^\s*[\[【(（]?\s*(?:" + keys + r")\s*[:：]")
        self._meta_inside_re = re.compile(r"\s(?:" + keys + r")\s*[:：]")
        # One search for any word of a table before :meth:`hit` reads it category by category (most lines hold
        # none): per table this lexicon holds, by identity, with the table itself (the tables are read once, here;
        # a table changed afterwards needs a new Lexicon).
        self._any_word = {id(table): (table, any_literal(w for words in table.values() for w in words))
                          for table in (self.strong, self.weak, self.furniture)}
        self.footer_words = any_literal([*self.strong["copyright"], *self.strong["icp_footer"]])
        self.prompt_words = any_literal(self.strong["app_prompt"])

    @classmethod
    def from_disk(cls, path: Path) -> Lexicon:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def hit(self, table: dict[str, list[str]], text: str) -> str | None:
        gate = self._any_word.get(id(table))
        if gate is not None and gate[0] is table and gate[1].search(text) is None:
            return None  # (no word of any category)
        for reason, words in table.items():
            if any(w in text for w in words):
                return reason
        return None

    def is_related_header(self, text: str) -> bool:
        t = text.strip(" \t:：>»|[]【】·•-")
        # (网友评论纷纷点赞。: a sentence of the body, not a header; 点击关注，获取更多资讯: a prompt, a header has no comma)
        related = self._related_affixes
        return len(t) <= 16 and not t.endswith(("。", "！", "？")) and not re.search("[，,]", t) and (
            t.startswith(related) or t.endswith(related) or _BARE_COMMENT_LABEL.fullmatch(t) is not None)

    def opens_related(self, text: str) -> bool:
        """A line that a related-list label opens, the item on the same line (延伸阅读：…, 今日头条：…)."""
        m = _INLINE_LABEL.match(text)
        return m is not None and m["label"].strip() in _LIST_LABELS and len(text) - m.end() <= INLINE_ITEM_MAX

    def is_meta(self, text: str) -> bool:
        return bool(self._meta_re.match(text))

    def has_meta(self, text: str) -> bool:
        """A meta field after a space inside the line (…官方网站  来源: …  录入时间:…)."""
        return bool(self._meta_inside_re.search(text))


# Runs of kept characters in the stage's keep mask.
_KEPT_RUN = re.compile(b"\x01+")
# A third line break with only white space since the second and the first: what Boilerplate._collapsed drops.
_THIRD_BREAK = re.compile(r"\n[^\S\n]*\n[^\S\n]*\n")
# A whole run of white space (from after a character that is none) holding three line breaks or more.
_BLANK_RUN = re.compile(r"(?<!\s)(?:[^\S\n]*+\n){3,}+\s*+")


def split_lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    for part in text.split("\n"):
        if part.strip():
            lines.append(Line(pos, pos + len(part), part))
        pos += len(part) + 1
    return lines


def is_body_like(line: Line) -> bool:
    """Reads as a paragraph: long, or a sentence with internal punctuation.

    A headline may carry one ``?`` or ``!`` but rarely a comma and a final full stop,
    so a short line needs a sentence-final mark plus another mark, or two commas.
    """
    han = line.han
    if han >= BODY_LONG_HAN:
        # 首页 | 基金会章程 | 乡贤风采 | …: a long menu bar is no paragraph however many Han it has
        return len(_SEPARATORS.findall(line.text)) < 3 or bool(_COMMAS.search(line.text) or _FINAL_PUNCT.search(line.text))
    if han < BODY_MIN_HAN or _SEPARATORS.search(line.text):
        return False
    text = line.text.strip()
    marks = len(_SENT_PUNCT.findall(text))
    commas = len(_COMMAS.findall(text))
    # (大家好！很高兴今天出席论坛。青年是社会的未来……: a paragraph may end on an ellipsis)
    ends = bool(_FINAL_PUNCT.search(text) or text.endswith("…") or _SENTENCE_THEN_LEAD.search(text))
    return commas >= 2 or (ends and marks + 1 >= 2)


_WHITE_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=4096)  # (a line is squashed several times: for repeats and for lossy copies)
def _squash(text: str) -> str:
    return _WHITE_SPACE.sub("", text)


#: A copy of a paragraph that lost characters (a mojibake line repaired where the decoder had dropped bytes:
#: 幕式上，大会表彰20名“江城市优科技工作者”。 beside 开幕式上，大会表彰了20名“江城市优秀科技工作者”。) misses at most
#: this many characters, or one in ``LOSSY_COPY_SHARE`` of the paragraph when that is more.
LOSSY_COPY_MAX_LOST, LOSSY_COPY_SHARE = 3, 8
_SENTENCE_END_MARK = re.compile("[。！？][”」』）)]?")
_SENTENCE_CLOSED = re.compile(_SENTENCE_END_MARK.pattern + "$")
# The numbers of a paragraph, in digits or Chinese numerals: a copy that lost a character of one (5月7日 beside 5月17日,
# 第3次 beside 第13次, 20名 beside 120名) tells another fact, no damaged copy of the same one. Chinese numerals count only
# after 第 or before a counter or date character: 一/万/十 inside words (进一步, 万众一心, 十分) are no numbers, and a copy
# that lost one (进步 beside 进一步) is still the damaged copy.
_NUMBER_RUN = re.compile("\\d+|(?<=第)[〇零一二两三四五六七八九十百千万亿]+"
                         "|[〇零一二两三四五六七八九十百千万亿]+(?=[年月日号名位个次届项家人元万亿])")


def _sentences(text: str, n: int, first: bool) -> str:
    """The first (or last) ``n`` sentences of ``text``."""
    ends = [m.end() for m in _SENTENCE_END_MARK.finditer(text)]
    if n <= 0 or len(ends) <= n:
        return text
    return text[: ends[n - 1]] if first else text[ends[-n - 1] :]


def _lossy_copy(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with a few characters dropped and nothing else changed: both finished sentences
    with a clause mark (no headline over its lead paragraph, which ends in no 。), the same numbers in both, ``short`` a
    subsequence of ``full``."""
    lost = len(full) - len(short)
    if not 0 < lost <= max(LOSSY_COPY_MAX_LOST, len(full) // LOSSY_COPY_SHARE) or len(short) < REPEAT_MIN_CHARS * 2:
        return False
    if not (_SENTENCE_CLOSED.search(short) and _SENTENCE_CLOSED.search(full) and _COMMAS.search(short)):
        return False
    if _NUMBER_RUN.findall(short) != _NUMBER_RUN.findall(full):
        return False
    chars = iter(full)
    return all(c in chars for c in short)


def _common_run(a: str, b: str) -> int:
    """The length of the longest run of characters that ``a`` and ``b`` share."""
    best, prev = 0, [0] * (len(b) + 1)
    for ch in a:
        cur = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if ch == other:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


_PAGE_STAMP_WORDS = re.compile("作者|来源|字体|字号|打印|浏览|点击|阅读|编辑|发布|责编")


def _dated_title(text: str) -> str | None:
    """The date of a line holding a full date and a few Han characters beside it, and no sentence
    punctuation (an item of a dated list); else None."""
    m = GREGORIAN_STAMP.search(text)
    # (a sentence, 2024年6月17日上午，县委召开…。, or a stamp of the page itself, …作者：张三 / 【字体】… 打印本页,
    # is no item; a headline with a comma, 抓安全，促发展, is one)
    if m is None or re.search("[。！？!?]", text) or _PAGE_STAMP_WORDS.search(text) \
            or len(_HAN.findall(text[: m.start()] + text[m.end() :])) < 4:
        return None
    return f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"


class Boilerplate:
    """The boilerplate stage (holds its lexicon)."""

    name = "boilerplate"
    requires = ("clean_text",)
    provides = ("meta", "removed")

    def __init__(self, lexicon: Lexicon, surnames: frozenset[str]) -> None:
        self.lexicon = lexicon
        self.surnames = surnames  # single-character surnames, for names written together in a byline

    @classmethod
    def from_dir(cls, lexicons_dir: str | Path) -> Boilerplate:
        lines = (Path(lexicons_dir) / "surnames.txt").read_text(encoding="utf-8").splitlines()
        surnames = frozenset(w.strip() for w in lines if len(w.strip()) == 1)
        return cls(Lexicon.from_disk(Path(lexicons_dir) / "boilerplate.json"), surnames)

    def _split_run(self, run: str) -> list[str]:
        """The names of a byline written together (余某军何伟 → 余某军, 何伟): the split into names of two or
        three characters, each opening with a surname, with the fewest names; ``[]`` when there is none."""
        splits: list[list[str]] = []

        def walk(i: int, names: list[str]) -> None:
            if i == len(run):
                splits.append(names)
                return
            for size in (3, 2):
                if i + size <= len(run) and run[i] in self.surnames:
                    walk(i + size, [*names, run[i : i + size]])

        walk(0, [])
        if not splits:
            return []
        # (曹某琴谢某明王某: of the splits with the fewest names, the one taking three characters first, as
        # three-character names are the more common)
        fewest = min(len(names) for names in splits)
        return next(names for names in splits if len(names) == fewest)

    # -- classification ------------------------------------------------------------------

    def hard_junk(self, line: Line) -> str | None:
        text = line.text.strip()
        reason = self.lexicon.hit(self.lexicon.strong, text)
        if reason and (
            line.han < BODY_LONG_HAN * 2 or (reason in ("icp_footer", "copyright") and line.han <= FOOTER_MAX_HAN)
        ):
            return reason
        if (_IMAGE_FILE.search(text) and line.han <= 8) or _IMAGE_PLACEHOLDER.match(text):
            return "image_caption"
        if _URL_ONLY.match(text):
            return "spam"
        if _PAGER.fullmatch(text) and "页" in text:
            return "navigation"  # (第1页 第2页 共2页, 上一页 1 2 3 下一页: the page bar of an article cut into pages)
        link = _LINK_LABEL.match(text)
        if link and link.end() < len(text) and (
            self._box_item(line)
            # (上一篇：… 下一篇：… on one line: two headlines, longer than one item)
            or (len(_NEIGHBOUR_LABEL.findall(text)) >= 2 and line.han <= LINK_TAIL_MAX_HAN and not _FINAL_PUNCT.search(text))
        ):
            return "related_list"  # 上一篇：另一篇稿件的标题
        if link is None and self._stray_before_neighbours(line):
            return "related_list"
        if len(_SEPARATORS.findall(text)) >= 2 and not is_body_like(line) and not _COUNT_LIST_LINE.match(text):
            return "navigation"
        if line.han == 0 and not re.search(r"\d", text):
            return "template"
        urls = _URL.findall(text)
        if urls and sum(map(len, urls)) > len(text) * 0.4:
            return "spam"
        return None

    @staticmethod
    def _stray_before_neighbours(line: Line) -> bool:
        """上一篇：… 下一篇：… after a few stray characters (a mojibake remnant, a bullet the lexicon lacks: “在 上一篇：…):
        still the neighbouring posts' links. Two labels are needed, and the stray head must hold no clause (no comma or
        full stop) so that a sentence with a link glued after it is left to _split_links."""
        text = line.text.strip()
        labels = list(_NEIGHBOUR_LABEL.finditer(text))
        if len(labels) < 2 or line.han > LINK_TAIL_MAX_HAN or _FINAL_PUNCT.search(text):
            return False
        head = text[: labels[0].start()]
        return len(_HAN.findall(head)) <= STRAY_HEAD_MAX_HAN and not _SENT_PUNCT.search(head)

    def _split_footers(self, lines: list[Line]) -> list[Line]:
        """A paragraph that ends in a footer phrase (…表彰了先进企业20家。【版权声明】本文为…原创, a page
        flattened onto one line ending in 版权所有): the paragraph and the footer as two lines, so the
        footer's removal takes the paragraph's facts with it no more."""
        out = []
        for line in self._split_links(lines):
            # (a find per word only on a line that holds one)
            hits = [line.text.find(w) for w in (*self.lexicon.strong["copyright"], *self.lexicon.strong["icp_footer"])] \
                if self.lexicon.footer_words.search(line.text) else []
            at = min((h for h in hits if h > 0), default=-1)
            # (…捐赠100万元。打开APP，查看更多高清视频: an app prompt glued after the last sentence goes the same way; a
            # prompt is a button's label, so not a sentence of an advert, …快来体验吧！下载客户端还能获得专享福利哦！)
            prompt = min((h for h in (line.text.find(w) for w in self.lexicon.strong["app_prompt"]) if h > 0), default=-1) \
                if self.lexicon.prompt_words.search(line.text) else -1
            if prompt > 0 and (at < 0 or prompt < at) and not _FINAL_PUNCT.search(line.text[prompt:].strip()):
                at = prompt
            if at > 0:
                while at > 0 and line.text[at - 1] in "【[（(《 \u3000":
                    at -= 1
                head = Line(line.start, line.start + at, line.text[:at])
                tail = Line(line.start + at, line.end, line.text[at:])
                # (only a footer that ends the line: 。举报电话… inside a flattened page is followed by more body; a head
                # shorter than a paragraph only when it is a sentence of two clauses or more, …，…。 before the footer)
                if (head.han >= BODY_MIN_HAN or (head.han >= FOOTER_HEAD_SENTENCE_MIN_HAN and _CLAUSED_SENTENCE.search(head.text))) \
                        and _END_PUNCT.search(head.text.rstrip()) and tail.han <= FOOTER_TAIL_MAX_HAN:
                    out += [head, tail]
                    continue
            out.append(line)
        return out

    @staticmethod
    def _split_links(lines: list[Line]) -> list[Line]:
        """A paragraph with the links to the neighbouring posts glued after its last sentence (…参加会议。上一篇：
        县委召开… 下一篇：…): the paragraph and the links as two lines, so that the links go as page furniture
        (GUIDELINES §1) and the paragraph stays, however short (共30人参加会议。)."""
        out = []
        for line in Boilerplate._split_wire_ends(lines):
            m = _GLUED_LINK.search(line.text)
            if m is not None and m.start() > 0:
                head = Line(line.start, line.start + m.start(), line.text[: m.start()])
                tail = Line(line.start + m.start(), line.end, line.text[m.start() :])
                if head.han >= TRUNCATED_MIN_HAN and tail.han <= LINK_TAIL_MAX_HAN and not _FINAL_PUNCT.search(tail.text.strip()):
                    out += [head, tail]
                    continue
            out.append(line)
        return out

    @staticmethod
    def _split_wire_ends(lines: list[Line]) -> list[Line]:
        """A paragraph closing on a wire story's end mark with more text glued after it on the same line (…主持会议并
        讲话。（完）市残联召开2024年工作会议… / …（完）延伸阅读：…): the story up to its mark and the rest as two lines, so
        that the rest is read as what follows the story's end (GUIDELINES §1: another article or a list glued on)."""
        out = []
        for line in lines:
            m = _GLUED_AFTER_END.search(line.text)
            if m is not None:
                head = Line(line.start, line.start + m.end(), line.text[: m.end()])
                tail = Line(line.start + m.end(), line.end, line.text[m.end() :])
                if head.han >= TRUNCATED_MIN_HAN and tail.text.strip():
                    out += [head, tail]
                    continue
            out.append(line)
        return out

    @staticmethod
    def _lossy_copies(lines: list[Line], reasons: list[str | None]) -> None:
        """A paragraph printed twice, one copy from a repaired mojibake line that lost characters, next to the whole one
        (GUIDELINES §1: a repeated fact counts once, and the reader keeps the readable copy): the copy goes."""
        kept = [i for i in range(len(lines)) if reasons[i] is None and lines[i].text.strip()]
        for a, b in zip(kept, kept[1:], strict=False):
            first, second = _squash(lines[a].text), _squash(lines[b].text)
            # (the copy may stand for the first sentences of the paragraph after it, or the last ones of the one before)
            if _lossy_copy(first, _sentences(second, len(_SENTENCE_END_MARK.findall(first)), True)):
                reasons[a] = "duplicate_body"
            elif _lossy_copy(second, _sentences(first, len(_SENTENCE_END_MARK.findall(second)), False)):
                reasons[b] = "duplicate_body"

    def weak_junk(self, line: Line) -> str | None:
        if line.han >= WEAK_MAX_HAN or _END_PUNCT.search(line.text.strip()):
            return None
        return self.lexicon.hit(self.lexicon.weak, line.text)

    def classify(self, lines: list[Line]) -> tuple[list[str | None], dict[str, Any]]:
        """Return a removal reason (or None to keep) per line, and page metadata."""
        n = len(lines)
        reasons: list[str | None] = [None] * n
        meta: dict[str, Any] = {}
        for i, line in enumerate(lines):
            reasons[i] = self.hard_junk(line)

        # Repeats: the same line again (duplicated body, repeated headline); short lines
        # only when they continue a repeated block.
        seen: dict[str, int] = {}
        for i, line in enumerate(lines):
            key = _squash(line.text)
            if key in seen and reasons[i] is None:
                prev_repeat = i > 0 and reasons[i - 1] in ("duplicate_body", "title_repeat")
                if len(key) >= REPEAT_MIN_CHARS or prev_repeat:
                    reasons[i] = "duplicate_body" if is_body_like(line) or prev_repeat else "title_repeat"
            seen.setdefault(key, i)

        self._lossy_copies(lines, reasons)
        self._other_story_captions(lines, reasons)
        body = [i for i, line in enumerate(lines) if reasons[i] is None and is_body_like(line)]
        if not body:
            # Too short to tell page from paragraph (a one-sentence item, a snippet): keep what
            # is not certain junk rather than lose the whole text.
            body = [i for i in range(n) if reasons[i] is None]
        first_body = body[0] if body else n
        headline = self._sidebar_above_headline(lines, reasons, first_body, body)
        if headline is not None:
            body = [b for b in body if b > headline]
            first_body = body[0]
        # 欢迎访问…网站！今天是…。 / 下载…客户端，看更多新闻。 / a ticker or a comment, then the headline, then its dated
        # line (2024年3月9日 来源：…), then the paragraphs: the sentence above the headline is page furniture, the
        # article starts at the headline its date line stands under.
        # (not a list page whose first item already stood under its own headline and date line)
        # A lead sentence that the headline under it restates (本报讯（记者 王丽）昨日，市总工会…全体会议在…召开。 /
        # 市总工会…全体会议召开 / 2024年3月6日 来源：…) is the article's own first paragraph, scraped above its
        # headline: it stays in the text, but it is no headline.
        leads: set[int] = set()
        while len(body) > 1 and first_body + 3 <= body[1] and self._headline_over_dateline(lines, reasons, first_body + 1) \
                and not any(_DATE_LINE.match(lines[k].text.strip()) for k in range(first_body)) \
                and not _SUMMARY_LABEL.match(lines[first_body].text):
            if self._restated_lead(lines[first_body], lines[first_body + 1]):
                leads.add(first_body)
            else:
                reasons[first_body] = "navigation"
            body = body[1:]
            first_body = body[0]
        # The body ends at the last body-like line before a related-articles header that
        # follows body text; everything after such a header belongs to the page, unless the
        # header opens a box of headlines inside the body, after which the body goes on.
        tail_start = n
        i = first_body + 1
        while i < n:
            if _OTHER_ARTICLES_HEADING.match(lines[i].text):
                # GUIDELINES §2 (fifteenth round): what a 【相关新闻】 / 【相关阅读】 / 【延伸阅读】 heading opens below the
                # body is other articles, even full paragraphs about the same meeting; no subheading, no box to resume after
                tail_start = i
                break
            if self.lexicon.is_related_header(lines[i].text) and self._subheading(lines, reasons, i):
                i += 1  # 网友留言 / 会上通报了网友留言办理情况。…: a subheading of the body, the account goes on
                continue
            if self.lexicon.is_related_header(lines[i].text) or self.lexicon.opens_related(lines[i].text) \
                    or _COMMENT_HEAD.fullmatch(lines[i].text):
                box_end = self._box_inside_body(lines, reasons, i)
                if box_end is None:
                    tail_start = i
                    break
                for k in range(i, box_end):
                    reasons[k] = "related_list"
                body = [b for b in body if not i <= b < box_end]
                i = box_end
            i += 1
        # An end mark followed by more paragraphs: the article ends there, the rest is another one glued on.
        # (…参加会议。（完） / 市残联召开2024年工作会议 / 4月28日，…: a wire story's end mark closing a paragraph, the same)
        end_mark = next((k for k in range(first_body, tail_start) if reasons[k] is None
                         and ((k > first_body and _END_MARK.match(lines[k].text)) or _WIRE_END.search(lines[k].text))
                         and any(b > k for b in body if b < tail_start) and not self._page_meta_below(lines, k)), None)
        if end_mark is not None:
            tail_start = end_mark + 1
        # 打印本页 关闭窗口 / 本报讯 市委召开…: a web page's footer, then another dated item: the article ends at the
        # footer, the item below is another article (GUIDELINES §4 twentieth round, §1)
        footer = next((k for k in range(first_body + 1, tail_start) if _PAGE_FOOTER_LINE.fullmatch(lines[k].text.strip())
                       and any(b > k for b in body if b < tail_start) and self._item_opens_below(lines, k, tail_start)), None)
        if footer is not None:
            tail_start = footer + 1
        tail_start = self._release_end(lines, reasons, body, first_body, tail_start)
        body_in = [i for i in body if i < tail_start]
        last_body = body_in[-1] if body_in else -1
        # Short closing sentences right after the body (共80余人参加会议。) are the article's last
        # paragraphs, not a trailer: they continue the body until the first line that is not one.
        while body_in and last_body + 1 < tail_start and (
            reasons[last_body + 1] is None or reasons[last_body + 1] in ("image_caption", "app_prompt")
            or self._goes_on_over(lines, reasons, last_body, tail_start)
        ):
            if self._goes_on_over(lines, reasons, last_body, tail_start):
                last_body += 2  # (…表彰了12个 / 展开全文 / 先进集体…。: the sentence goes on over the widget)
                continue
            if reasons[last_body + 1] in ("image_caption", "app_prompt") or (
                    reasons[last_body + 1] is None and self.weak_junk(lines[last_body + 1]) == "app_prompt"):
                # [图片] / IMG_2034.JPG between paragraphs: the picture's place, the body goes on after it; so does
                # it after 打开APP阅读全文, the fold of a mobile page, or 【点击查看原图】 (not a comment box: 网友评论：…,
                # 欢迎留言评论)
                if last_body + 2 < tail_start and reasons[last_body + 2] is None and self._closing_sentence(lines[last_body + 2]) \
                        and not _COMMENT_WORDS.search(lines[last_body + 2].text):
                    last_body += 2
                    continue
                break
            if self._closing_sentence(lines[last_body + 1]) or _SPEECH_SOURCE_NOTE.match(lines[last_body + 1].text):
                last_body += 1
            elif (list_end := self._count_list_run(lines, reasons, last_body + 1, tail_start)) > last_body + 1:
                # 表彰名单如下： / 一、优秀教师120名 / | 优秀员工 | 45名 |: the list of honours and counts the body announces
                last_body = list_end - 1
            elif _HONOUR_LIST_HEADING.match(lines[last_body + 1].text):
                # 一、全县优秀共产党员（5名）/ 张一、李二、…: the list of those commended, the decision's annex
                last_body += 1
                while last_body + 1 < tail_start and reasons[last_body + 1] is None and _NAMES_LINE.match(lines[last_body + 1].text):
                    last_body += 1
            elif self._acting_caption(lines, last_body + 1) and "原标题" not in lines[last_body + 1].text and (
                # (图为…, or the one line between the body and the editor's: not a list of other headlines)
                _PHOTO_MARK.match(lines[last_body + 1].text) or _IN_BRACKETS.match(lines[last_body + 1].text)
                or (not _NAMES_AN_EVENT.search(lines[last_body + 1].text) and (
                    last_body + 2 >= n or _AUTHOR_CREDIT.match(lines[last_body + 2].text.strip())
                    or self.lexicon.is_meta(lines[last_body + 2].text.strip())))
            ):
                last_body += 1  # （图为市委书记刘建华为受表彰代表颁奖） below the body: the article's own account
            elif (captions_end := self._photo_run_with_act(lines, reasons, last_body + 1, tail_start)) > last_body + 1:
                # 图为会议现场。/ 图为副总经理何涛宣读表彰决定。: photo captions closing the page, one telling an act
                last_body = captions_end - 1
            else:
                # 图为会议现场 / 区妇联执委共35人参加会议。: a caption or a few, then the last paragraph
                after = last_body + 1
                while after < tail_start and after - last_body <= CAPTIONS_BEFORE_LAST and reasons[after] is None \
                        and self._is_caption(lines[after]):
                    after += 1
                if not (after > last_body + 1 and after < tail_start and reasons[after] is None
                        and self._closing_sentence(lines[after])):
                    break
                last_body = after
        # A short lead right before the first paragraph (5月10日，全市组织工作会议召开。) opens the body: it ends
        # with a full stop, which a headline does not.
        while first_body > 0 and reasons[first_body - 1] is None and self._lead_sentence(lines[first_body - 1]):
            first_body -= 1
        # 以下是…的致辞全文： / 各位嘉宾： / 早晨！ above the speech: the introduction opens the body
        for k in range(first_body - 1, max(first_body - 4, -1), -1):
            if reasons[k] is None and _TRANSCRIPT_INTRO.match(lines[k].text.strip()) and self._lead_sentence(lines[k]):
                first_body = k
                break

        self._list_above_headline(lines, reasons, first_body)
        title_idx = self._title_index(lines, reasons, first_body, leads)
        title_block = self._title_block(lines, reasons, title_idx, first_body)
        for i, line in enumerate(lines):
            if reasons[i] is not None:
                continue
            text = line.text.strip()
            if _PRINT_STAMP.match(text):
                reasons[i] = "metadata"  # (its date is skipped as the publication date too)
                continue
            if i < first_body:
                if i in title_block or i in leads:
                    continue
                if self._is_header_meta(text) or _PROGRAMME_LABEL.match(text):
                    continue  # 地点：… / 主持人：… above the body: the meeting's own facts
                if self._speech_byline(lines, i, title_idx, title_block):
                    continue  # 在…典礼上的讲话 / 校长 王立群: the speaker's byline, however short
                if self.lexicon.is_related_header(text):
                    reasons[i] = "related_list"
                elif _MEDIA_TITLE.match(text):
                    reasons[i] = "photo_caption"
                else:
                    reasons[i] = self.weak_junk(line) or ("headline_extra" if self._title_like(line) else "navigation")
            elif i > last_body:
                if _AUTHOR_CREDIT.match(text) and i <= last_body + 3 and i < tail_start:
                    continue
                if i == n - 1 == last_body + 1 and line.han >= TRUNCATED_MIN_HAN and not self.weak_junk(line) \
                        and not _LINK_LABEL.match(text) and not (i >= tail_start and self.lexicon.opens_related(text)) \
                        and not _WIRE_END.search(lines[i - 1].text):
                    continue  # a paragraph cut off by the scraper, not page furniture (not after the story's （完）)
                if i >= tail_start:
                    reasons[i] = "related_list"
                elif self.lexicon.is_meta(text) and not _programme_time_line(lines, i):
                    reasons[i] = "metadata"
                elif _programme_time_line(lines, i):
                    continue  # 时间：… 地点：… closing the page: a meeting's labelled record, not page data
                else:
                    reasons[i] = self.weak_junk(line) or "trailer"
            else:
                weak = self.weak_junk(line)
                if weak and not is_body_like(line):
                    reasons[i] = weak
                elif self._is_caption(line) and not self._acting_caption(lines, i) \
                        and not self._speech_headline_over_byline(lines, i):
                    reasons[i] = "photo_caption"
                elif self.lexicon.is_meta(text) and not is_body_like(line) and not _programme_time_line(lines, i):
                    reasons[i] = "metadata"
        if all(r is not None for r in reasons):
            # A text that is one caption-like line (刘某出席座谈会并讲话, 图为…): that line is the
            # text, not a caption of something else on the page.
            for i in range(n):
                if reasons[i] == "photo_caption":
                    reasons[i] = None
        self._read_meta(lines, reasons, title_idx, first_body, last_body, meta)
        return reasons, meta

    def _other_story_captions(self, lines: list[Line], reasons: list[str | None]) -> None:
        """Mark photo captions of another story: a caption (▲…, 图为：…) above all of the article's paragraphs or
        below them that reports an event held which the article itself never names (▲ 5月6日，镇政府召开秋粮收购
        工作会议，镇长刘晓明主持。 under a report of the county bureau's meeting).  GUIDELINES §1: captions of an
        unrelated story are page furniture.  A caption between paragraphs, or one of the article's own event
        (图为县教育局局长孙丽华在会上讲话, ▲ 5月7日，县教育局召开校园安全工作会议; an act of the article's body on
        its day, 图为：5月7日，县教育局举行…签订仪式), stays."""
        kept = [i for i in range(len(lines)) if reasons[i] is None]
        photo = {i for i in kept if _PHOTO_MARK.match(lines[i].text)}
        paragraphs = [i for i in kept if i not in photo and is_body_like(lines[i])]
        if not paragraphs:
            return  # (a text of captions alone: nothing else to tell the article by)
        article = "".join(_squash(lines[i].text) for i in kept if i not in photo)
        for i in sorted(photo):
            if paragraphs[0] < i < paragraphs[-1]:
                continue  # (a caption inside the body: the article's own picture)
            held = _CAPTION_HOLDS.search(lines[i].text)
            if held is None:
                continue
            dated = _MARKED_DATED_CAPTION.match(lines[i].text)
            if dated is not None and _squash(dated["name"])[-CAPTION_NAME_TAIL:] in article:
                continue  # （图为6月18日召开的…座谈会现场）: the article's own meeting, dated in an attribute
            name = _squash(held["name"])
            bare = _SESSION_NUMBER.sub("", name)
            if name[-CAPTION_NAME_TAIL:] in article or (bare and bare[-CAPTION_NAME_TAIL:] in article):
                continue
            # (a caption of the article's own meeting that words its day or name differently stays: 5月6日 in
            # the caption, 6日上午 or 近日 in the body; only a day the article never gives, or a body it never
            # names, tells another story)
            day = _CAPTION_DAY.search(lines[i].text[: held.start("name")])
            subject = _CAPTION_LEAD.sub("", _squash(held["subject"]))
            title = _SUBJECT_TITLE.search(subject)
            subject = subject[: title.start()] if title else subject
            if (day and self._other_day(day, article)) or (subject and subject not in article):
                reasons[i] = "photo_caption"

    @staticmethod
    def _other_day(day: re.Match[str], article: str) -> bool:
        """Whether the caption's ``day`` (5月6日) is none of the days the article states, when it states one
        (6日上午 or 5月6日 match it; an article with only 近日 has no day to tell them apart)."""
        days = [(m["month"], m["day"]) for m in _ARTICLE_DAY.finditer(article)]
        if not days:
            return False
        return not any(int(d) == int(day["day"]) and (m is None or int(m) == int(day["month"])) for m, d in days)

    @staticmethod
    def _box_item(line: Line) -> bool:
        """A line of a list of other articles: headline length, no closing sentence mark."""
        return line.han <= BOX_ITEM_MAX_HAN and not _FINAL_PUNCT.search(line.text.strip())  # (跑出“加速度”: an item)

    def _box_inside_body(self, lines: list[Line], reasons: list[str | None], header: int) -> int | None:
        """The end (exclusive) of a box of other headlines that opens at ``header`` inside the body,
        when the body goes on after it; None when the header opens the page's trailing list.

        The body goes on when one to :data:`BOX_MAX_ITEMS` headline-like lines are followed by
        a closed paragraph (a summary in a list is cut off: …) that is not the summary of a
        headline in a list (one headline, a paragraph, then a headline and a paragraph again).
        """
        n = len(lines)
        if _COMMENT_LABEL.search(lines[header].text):
            return None  # 精选留言 / 网友评论: readers' comments close the page, the body never goes on after them
        end = header + 1
        while end < n and end - header <= BOX_MAX_ITEMS and self._box_item(lines[end]) and not is_body_like(lines[end]):
            end += 1
        if end == header + 1 or end >= n or reasons[end] is not None:
            return None
        paragraph = lines[end]
        closed = _END_PUNCT.search(paragraph.text.strip()) or paragraph.text.rstrip().endswith(("：", ":"))
        if not (is_body_like(paragraph) and paragraph.han >= BOX_RESUME_MIN_HAN and closed):
            return None
        following = [k for k in range(end + 1, n) if reasons[k] is None][:2]
        if end == header + 2 and len(following) == 2 and self._box_item(lines[following[0]]) \
                and not self.weak_junk(lines[following[0]]) and is_body_like(lines[following[1]]):
            return None  # headline, summary, headline, summary: a list with summaries
        if len(following) == 2 and following[0] == end + 1 and self._date_only(lines[end + 1].text):
            return None  # headline, summary, date: a card of another post (相关推荐 / 标题 / 摘要 / 2024-05-10)
        # (a teaser of another story after the list, opening as a report does with its own date, and then
        # the page's end: no body going on)
        rest = [k for k in range(end + 1, n) if reasons[k] is None and not self.lexicon.is_related_header(lines[k].text)]
        if REPORT_OPENING.match(paragraph.text) and not any(
                is_body_like(lines[k]) or self._closing_sentence(lines[k]) for k in rest[:BOX_LOOKAHEAD]):
            return None
        return end

    def _subheading(self, lines: list[Line], reasons: list[str | None], i: int) -> bool:
        """A list label right above a closed paragraph that goes on with the meeting's account (会上…, 会议…):
        a subheading of the body, not the page's list or comments."""
        nxt = next((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), None)
        if nxt is None or reasons[nxt] is not None or not is_body_like(lines[nxt]):
            return False
        text = lines[nxt].text.strip()
        # (not 市妇联召开执委会议，…: an item of the list, a report of its own that opens on its subject holding a meeting;
        # not 据悉，…去年12月召开…: another occasion; not a reader's question or exclamation under a comment label)
        # (a clause after an opening date counts as the first: 5月10日，县委召开…会议 opens a report of its own too)
        opening = REPORT_OPENING.match(text)
        first_clause = re.split("[，。；,;]", text[opening.end() if opening else 0 :], maxsplit=1)[0]
        if re.search("[？！?!]", text) or re.match("据悉|据了解|据介绍", text) or re.search("去年|上月|上周|此前|前不久", text):
            return False
        comments = _COMMENT_LABEL.search(lines[i].text) is not None
        return bool(_END_PUNCT.search(text)) and (
            re.match(r"(?:会上|会议)" if comments else r"(?:会上|会议|会后|随后|同时|此外|该)", text) is not None
            or (re.search("会议|会上|主持|讲话|部署|通报了", text) is not None and not re.search("召开|举行|举办", first_clause)
                and (not comments or re.search("主持|讲话|通报了", text) is not None)))

    @staticmethod
    def _date_only(text: str) -> bool:
        """A line that is only a date (2024-05-10, 2024年5月10日 10:30)."""
        m = _DATE_LINE.match(text)
        return m is not None and len(_HAN.findall(text[m.end() :])) <= 2

    @staticmethod
    def _in_dated_run(texts: list[str], text: str) -> bool:
        """Whether the line ``text`` of ``texts`` holds a full date, as a neighbour does, both beside a
        title (2024-06-18 关于开展…的通知 / [2024-06-15] 县政府召开常务会议 / 我县举行… 2024-06-11): a list
        of other posts."""
        k = texts.index(text)
        return _dated_title(text) is not None and any(
            0 <= j < len(texts) and _dated_title(texts[j]) is not None for j in (k - 1, k + 1))

    @staticmethod
    def _signed_date(text: str) -> tuple[re.Match[str], int] | None:
        """A sign-off line of an outlet or office and a full date (Gregorian or, in Taiwan copy, of the
        Republic of China), with its year offset; None for anything else."""
        if len(text.strip()) > SIGN_OFF_LINE_MAX:
            return None
        m = _CNA_CODE.search(text)
        if m:
            return m, ROC_YEAR_OFFSET
        for pattern, offset in ((_SIGN_OFF_DATED, 0), (_SIGN_OFF_ROC, ROC_YEAR_OFFSET)):
            m = pattern.match(text)
            if m is None:
                continue
            signers = [w for w in (m["pre"], m["post"]) if w]
            # (113年3月21日 needs 民国 or a signing office: alone it may be any year-like number)
            if offset and not m["roc"] and not signers:
                continue
            # (2024年4月1日 市文化馆: a schedule's venue, no outlet signing)
            if all(_OUTLET_END.search(w) for w in signers):
                return m, offset
        return None

    def _lead_sentence(self, line: Line) -> bool:
        text = line.text.strip()
        if _TRANSCRIPT_INTRO.match(text):
            # 以下是行政长官今日在…的致辞全文： introduces the speech printed below it
            return line.han >= LEAD_MIN_HAN and self.lexicon.hit(self.lexicon.furniture, text) is None
        return text.endswith("。") and line.han >= LEAD_MIN_HAN and self._closing_sentence(line)

    def _restated_lead(self, lead: Line, headline: Line) -> bool:
        """``lead`` is a sentence of the report that the ``headline`` under it restates: it ends a sentence and
        shares a run of the headline's words (市总工会第十五届委员会第五次全体会议) with it, at least half of it."""
        if not self._closing_sentence(lead) or self.lexicon.hit(self.lexicon.furniture, lead.text):
            return False
        title = _squash(headline.text)
        run = _common_run(title, _squash(lead.text))
        if _NEWS_DATELINE.match(lead.text) and run >= DATELINE_LEAD_MIN_CHARS:
            return True  # 本报讯（记者 王丽）昨日，市总工会…全体会议…召开。 / 市总工会全会召开: a report's dateline opens it
        return run >= RESTATED_MIN_CHARS and 2 * run >= len(title)

    def _closing_sentence(self, line: Line) -> bool:
        """A short line that is a sentence of its own: it ends with a full stop, holds no menu
        separators, and names no page furniture (meta fields, app prompts, reprint notices)."""
        text = line.text.strip()
        return (
            line.han >= TRUNCATED_MIN_HAN
            and bool(_FINAL_PUNCT.search(text))
            and not _SEPARATORS.search(text)
            and not _AUTHOR_CREDIT.match(text)
            and not self._is_caption(line)
            and self.lexicon.hit(self.lexicon.furniture, text) is None
            and self.lexicon.hit(self.lexicon.strong, text) is None
            and not self.lexicon.is_meta(text)
            and not self.lexicon.has_meta(text)
            and not any(word in text for word in self.lexicon.trailer_words)
        )

    @staticmethod
    def _count_list_run(lines: list[Line], reasons: list[str | None], start: int, stop: int) -> int:
        """The end of a run of lines of honours and counts from ``start`` (a table's header and rule rows among them,
        each kept or removed as classified before), holding at least one count line; else ``start``.  A short lead
        ending in a colon may open the run (本次共表彰： / 荣誉称号  人数 / 好婆婆  10名), only when rows of counts follow."""
        end, counted = start, False
        if end < stop and reasons[end] is None and _COUNT_LIST_LEAD.match(lines[end].text):
            end += 1
        while end < stop and (
                (reasons[end] is None and _COUNT_LIST_LINE.match(lines[end].text))
                or (reasons[end] in (None, "navigation", "template") and (
                    _TABLE_ROW.match(lines[end].text) or (not counted and _COUNT_TABLE_HEADER.match(lines[end].text))))):
            counted = counted or _COUNT_LIST_LINE.match(lines[end].text) is not None
            end += 1
        return end if counted else start

    def _photo_run_with_act(self, lines: list[Line], reasons: list[str | None], start: int, stop: int) -> int:
        """The end of a run of photo captions (图为…, ▲…) from ``start`` when one of them tells an act of
        the meeting (图为副总经理何涛宣读表彰决定); else ``start``."""
        end = start
        while end < min(stop, start + CAPTIONS_BEFORE_LAST + 1) and reasons[end] is None and _PHOTO_MARK.match(lines[end].text):
            end += 1
        acted = any(self._acting_caption(lines, k) and "原标题" not in lines[k].text for k in range(start, end))
        return end if acted else start

    @staticmethod
    def _acting_caption(lines: list[Line], k: int) -> bool:
        """Whether line ``k`` is a caption telling an act at the article's event: one with a title
        (:data:`_ACTING_CAPTION`), or one marked as a picture whose person a line before it names after a
        title (:data:`_MARKED_ACTING_CAPTION`)."""
        text = lines[k].text
        if _ACTING_CAPTION.search(text):
            return True
        dated = _MARKED_DATED_CAPTION.match(text)
        if dated is not None and not _CAPTION_ELSEWHERE.search(text):
            tail = dated["name"][-CAPTION_NAME_TAIL:]
            if any(tail in lines[j].text for j in range(k)):
                return True
        marked = _MARKED_ACTING_CAPTION.match(text)
        if marked is None or _CAPTION_ELSEWHERE.search(text):
            return False
        named = re.compile(_CAPTION_TITLE + re.escape(marked["head"]))
        return any(named.search(lines[j].text) for j in range(k))

    def _is_caption(self, line: Line) -> bool:
        text = line.text.strip()
        if _AUTHOR_CREDIT.match(text) or _COUNT_IN_BRACKETS.match(text) or _SPEECH_SOURCE_NOTE.match(text):
            return False
        if _CAPTION.match(text) or _MEDIA_TITLE.match(text):
            return True
        return (
            line.han <= CAPTION_MAX_HAN
            and not _SENT_PUNCT.search(text)
            and text.rstrip("”」』").endswith(self.lexicon.caption_endings)
        )

    def _title_like(self, line: Line) -> bool:
        text = line.text.strip()
        return (
            not text.startswith(("•", "·", "●", "■", "▪", "-", "*", "|"))
            and
            TITLE_MIN_HAN <= line.han
            and len(text) <= TITLE_MAX_CHARS
            and not _DATE_LINE.match(text)
            and not _DATE_CN_LINE.fullmatch(text)
            and not _ROC_DATE_CN.fullmatch(text)
            and not self.lexicon.is_meta(text)
            and not self.lexicon.has_meta(text)
            and not _SEPARATORS.search(_DATED_COLUMN.sub("", text))
            and not self.lexicon.hit(self.lexicon.weak, text)
            and not _MEDIA_TITLE.match(text)
            and not _POSTED_FROM.search(text)
            and not _LABELLED_NOT_TITLE.match(text)
            and not (_WECHAT_ORIGINAL.match(text) and GREGORIAN_STAMP.search(text))
            and not _TRANSCRIPT_INTRO.match(text)
            and not _CREDIT_LINE.fullmatch(text)
            and not _BRACKETED_BYLINE.fullmatch(text)
            and not (any(w in text for w in self.lexicon.clock_greetings)
                     and (GREGORIAN_STAMP.search(text) or text.startswith(self.lexicon.clock_greetings)))
        )

    def _sidebar_above_headline(self, lines: list[Line], reasons: list[str | None], first_body: int, body: list[int]) -> int | None:
        """最新动态 / 5月8日，区政府召开常务会议…。 / 5月7日，… / the headline / its date line / the paragraphs: a box of
        other posts above the headline whose items are one-sentence summaries, so that they read as paragraphs.
        Marks the box (GUIDELINES §1: related-article lists yield nothing) and returns the headline's index, or None.
        (Headline-shaped items are left to :meth:`_list_above_headline`, which runs when the body is known.)"""
        header = next((k for k in range(first_body) if reasons[k] is None and self.lexicon.is_related_header(lines[k].text)), None)
        # (not below the page's own date line: a label of the article's own, 会议议程, above its paragraphs)
        if header is None or any(_DATE_LINE.match(lines[k].text.strip()) for k in range(header)):
            return None
        for k in range(header + 2, min(header + 2 + BOX_MAX_ITEMS, len(lines) - 1)):
            if not self._headline_over_dateline(lines, reasons, k):
                continue
            items = [i for i in range(header + 1, k) if reasons[i] is None]
            if k <= first_body or not any(b > k + 1 for b in body) or any(lines[i].han > SIDEBAR_ITEM_MAX_HAN for i in items):
                return None
            for i in range(header, k):
                reasons[i] = reasons[i] or "related_list"
            return k
        return None

    def _list_above_headline(self, lines: list[Line], reasons: list[str | None], first_body: int) -> None:
        """热点新闻 / 其他标题… / 本文标题 / 2024-05-16 来源：… / 正文: a list of other posts above the headline.
        The items run from the list's label to the line before the headline, the one right above the
        page's date line."""
        # (the label alone on its line: not a breadcrumb, 当前位置：首页 > 热点新闻)
        header = next((k for k in range(first_body) if lines[k].text.strip(" \t:：【】[]") in self.lexicon.related), None)
        if header is None:
            return
        dated = next((k for k in range(header + 1, first_body) if _DATE_LINE.match(lines[k].text) or self.lexicon.is_meta(lines[k].text.strip())), None)
        # the headline: the last line before the date line that no rule set apart (not a font-size widget, not a
        # subtitle opening with a dash)
        headline = max((k for k in range(header + 1, dated or header) if reasons[k] is None and self._title_like(lines[k])
                        and not self.weak_junk(lines[k]) and not lines[k].text.strip().startswith(("—", "--"))), default=None)
        if dated is None or headline is None or headline - header < 2:
            return  # (no date line, or only the headline between the label and it)
        for k in range(header + 1, headline):
            if reasons[k] is None:
                reasons[k] = "related_list"

    @staticmethod
    def _release_end(lines: list[Line], reasons: list[str | None], body: list[int], first_body: int, tail_start: int) -> int:
        """Where the text after a release's 完 and its stamp lines (a date, 香港时间17时30分) starts another
        release, or ``tail_start`` unchanged: the release's own photo captions ([相片] …) stay with it, and
        only more paragraphs after them make the rest another article."""
        for k in range(first_body + 1, tail_start):
            if reasons[k] is not None or not _RELEASE_END.match(lines[k].text):
                continue
            after = k + 1
            while after < tail_start and _RELEASE_STAMP.match(lines[after].text):
                after += 1
            if after == k + 1:
                continue  # (a bare 完 line: no release's stamp under it)
            while after < tail_start and _RELEASE_PHOTO.match(lines[after].text):
                after += 1
            if any(after <= b < tail_start for b in body):
                return after
        return tail_start

    @staticmethod
    def _item_opens_below(lines: list[Line], k: int, stop: int) -> bool:
        """Whether another dated item opens right below line ``k`` (本报讯…, 2024-05-07 …, 5月6日，…), a headline of a
        line or two without a full stop allowed before it."""
        for j in range(k + 1, min(k + 1 + ITEM_HEADLINE_LINES + 1, stop)):
            text = lines[j].text.strip()
            if _ITEM_OPENING.match(text) or _DATE_LINE.match(text):
                return True
            if "。" in text:
                return False
        return False

    def _page_meta_below(self, lines: list[Line], k: int) -> bool:
        """A credit followed by the page's own source or date line (责任编辑：刘芳 / 发布时间：…): the page's
        metadata block, not the article's end."""
        below = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
        return bool(_DATE_LINE.match(below) or self.lexicon.is_meta(below))

    def _headline_over_dateline(self, lines: list[Line], reasons: list[str | None], k: int) -> bool:
        """Line ``k`` is a headline with the page's date line right under it (区民政局举行志愿者表彰会 /
        2024年3月9日 来源：某某区民政局)."""
        if k + 1 >= len(lines) or reasons[k] is not None or reasons[k + 1] is not None:
            return False
        date_line = lines[k + 1].text.strip()
        return self._title_like(lines[k]) and bool(_DATE_LINE.match(date_line)) and self._is_header_meta(date_line)

    def _title_index(self, lines: list[Line], reasons: list[str | None], first_body: int, leads: set[int]) -> int | None:
        """The headline: the title-like line before the body, preferring one repeated later (not a lead sentence
        scraped above the headline that restates it)."""
        # (活动时间：2024年4月26日上午 under the headline: a meeting record's label line, never the headline)
        candidates = [i for i in range(min(first_body, len(lines)))
                      if reasons[i] is None and i not in leads and self._title_like(lines[i])
                      and not self._byline_under_speech_headline(lines, i) and not _RECORD_LABEL_LINE.match(lines[i].text)]
        # (a headline over the stamp of the office or agency that issued it: the headline)
        headlines = [i for i in candidates if not _STAMP_AT_END.search(lines[i].text)]
        candidates = headlines or candidates
        if not candidates and first_body < len(lines):
            # 2024年6月5日，医院召开“世界环境日”主题宣传座谈会 / 医院后勤保障部…: the only line above the body, a
            # headline opening with its day
            candidates = [i for i in range(first_body) if reasons[i] is None and self._dated_headline(lines[i])]
        if not candidates:
            return None
        repeated = {_squash(lines[j].text) for j in range(len(lines)) if reasons[j] == "title_repeat"}
        for i in candidates:
            if _squash(lines[i].text) in repeated:
                return i
        # Prefer the longest of the lines nearest the body: menus come first on a page.
        return max(candidates[-3:], key=lambda i: lines[i].han)

    def _dated_headline(self, line: Line) -> bool:
        """A line that is a headline opening with a full date (2024年6月5日，医院召开…座谈会): the date, a comma, then
        the words of a headline with no sentence's end."""
        text = line.text.strip()
        m = _HEADLINE_DATE.match(text)
        return bool(m) and len(_HAN.findall(text[m.end() :])) >= TITLE_MIN_HAN and len(text) <= TITLE_MAX_CHARS \
            and not _FINAL_PUNCT.search(text) and not self.lexicon.is_meta(text) and not self.lexicon.has_meta(text)

    def _title_block(
        self, lines: list[Line], reasons: list[str | None], title_idx: int | None, first_body: int
    ) -> set[int]:
        """The headline plus title-like kicker/subtitle lines right next to it."""
        if title_idx is None:
            return set()
        block = {title_idx}
        for step in (-1, 1):
            j = title_idx + step
            while 0 <= j < first_body and abs(j - title_idx) <= TITLE_BLOCK_MAX and reasons[j] is None:
                text = lines[j].text.strip()
                if not (self._title_like(lines[j]) or text.startswith(("——", "—", "--"))):
                    break
                block.add(j)
                j += step
        # A title block printed twice: after a later copy of the headline, lines repeating the
        # block (modulo a leading dash) are repeats too, and a new title-like line is a deck.
        copies = {_squash(lines[k].text).lstrip("—-") for k in block}
        for i in range(title_idx + 1, first_body):
            if reasons[i] != "title_repeat" or _squash(lines[i].text) != _squash(lines[title_idx].text):
                continue
            for j in range(i + 1, min(i + 1 + TITLE_BLOCK_MAX, first_body)):
                if reasons[j] is not None or not self._title_like(lines[j]):
                    break
                if _squash(lines[j].text).lstrip("—-") in copies:
                    reasons[j] = "title_repeat"
                else:
                    block.add(j)
        return block

    @staticmethod
    def _speech_dated(lines: list[Line], k: int, title_idx: int | None, m: re.Match[str]) -> bool:
        """A bare bracketed date (（2024年2月18日）, no 电/讯 of a wire) right under a speech headline (在…上的讲话) or its
        byline: the day the speech was given, not the page's issue."""
        # (the speaker's byline may sit between, 区长 李华 / （2024年3月1日）: GUIDELINES §2 fourteenth review round)
        return title_idx is not None and (k == title_idx + 1 or k == title_idx + 2 and _is_byline(lines[title_idx + 1].text)) \
            and speech_headline(lines[title_idx].text) is not None and not _WIRE_MARK.search(m.group())

    @staticmethod
    def _speech_headline_over_byline(lines: list[Line], i: int) -> bool:
        """A speech headline (在…大会上的讲话, ——在…上的讲话 under a slogan) with the speaker's byline on the line under it
        (市委书记 陈建国, or a name alone), a dated line perhaps between: the transcript's heading, which names the
        meeting and its speaker (GUIDELINES §3 speech title), not a photo caption ending in 讲话."""
        if speech_headline(lines[i].text) is None:
            return False
        for j in range(i + 1, min(i + 3, len(lines))):
            text = lines[j].text
            if _CREDIT_LINE.fullmatch(text):
                return False
            if _is_byline(text):
                return True
            if not is_dated_line(text):
                return False
        return False

    @staticmethod
    def _line_above_byline(lines: list[Line], i: int) -> int | None:
        """When line ``i`` is a post and a name (校长 王立群), or a name alone (王建国: a speaker with no post written),
        and no page credit: the index of the line it sits under, a dated line perhaps between (在…大会上的讲话 /
        （2024年2月18日） / 市委书记 张立群: the speech's day); else None."""
        if not _is_byline(lines[i].text) or _CREDIT_LINE.fullmatch(lines[i].text):
            return None
        return i - 2 if i >= 2 and is_dated_line(lines[i - 1].text) else i - 1

    @classmethod
    def _byline_under_speech_headline(cls, lines: list[Line], i: int) -> bool:
        """A post and a name (县委书记、县长、县委党校校长 赵强) right under a speech headline (在…上的讲话), a dated line
        perhaps between: the speaker's byline, never the headline, however many han its chain of posts has."""
        above = cls._line_above_byline(lines, i)
        return above is not None and above >= 0 and speech_headline(lines[above].text) is not None

    @classmethod
    def _speech_byline(cls, lines: list[Line], i: int, title_idx: int | None, title_block: set[int]) -> bool:
        """A post and a name (校长 王立群) on the line right under the page's headline, a speech's (在…上的讲话)."""
        if title_idx is None or speech_headline(lines[title_idx].text) is None:
            return False
        return cls._line_above_byline(lines, i) in title_block

    def _branded_title(self, lines: list[Line], first_body: int) -> str | None:
        """The headline side of a header line that is a headline and a site's name around one bar (某某大会圆满举行 |
        某某新闻网, 某某网 | 某某大会圆满举行); None when neither side is a site's name (聚势启新 智造未来 | 某某大会举行:
        a slogan and a headline, the line no title)."""
        for line in lines[:first_body]:
            parts = [p.strip() for p in _BAR.split(line.text.strip())]
            if len(parts) != 2 or not all(parts):
                continue
            for head, brand in (parts, parts[::-1]):
                if _SITE_NAME.fullmatch(brand) and self._title_like(Line(line.start, line.end, head)):
                    return head
        return None

    def _is_header_meta(self, text: str) -> bool:
        if _DATE_LINE.match(text) and len(_HAN.findall(text)) <= DATELINE_MAX_HAN:
            return True
        if self.lexicon.is_meta(text) and len(text) <= 80:
            return True
        return bool(re.search(r"记者|通讯员", text)) and len(text) <= 40

    # -- metadata --------------------------------------------------------------------------

    def _find_published(
        self,
        lines: list[Line],
        reasons: list[str | None],
        title_idx: int | None,
        first_body: int,
        last_body: int,
        meta: dict[str, Any],
    ) -> tuple[re.Match[str] | None, int, int | None, int | None]:
        """The match that dates the page (GUIDELINES §2), the year offset of its calendar, the year of a stamp whose
        day and month read either way and the index of the line the match was read from."""
        header = [ln.text for ln in lines[: min(first_body + 1, len(lines))]]
        published = None
        # the line of a date in Chinese numerals, whose match is made over its digits and so is on no line
        made_at: int | None = None
        year_offset = 0
        # 发布时间：08/05/2024: a stamp whose day and month read either way gives no date, but its year is certain
        stamp_year: int | None = None
        uncertain: re.Match[str] | None = None
        speech_day: re.Match[str] | None = None
        speech_day_at: int | None = None  # the line of a speech day read from Chinese numerals (its match is over digits)
        for k, text in enumerate(header):
            # (时间：2023年11月24日 above 地点：… / 主持人：…: a programme, the meeting's day)
            # (时间：2024年12月6日 09:40　浏览次数：356: a clock beside the page's view counter is the post's stamp, no
            # meeting's hour)
            stamped = _CMS_STAMP.match(text) or (
                _CMS_STAMP_UNPADDED.match(text) and (k == title_idx + 1 if title_idx is not None else False)) or (
                _PROGRAMME_TIME.match(text) and _DATE_LINE.match(text) and _VIEW_COUNTER.search(text))
            programme = _PROGRAMME_TIME.match(text) and (
                not stamped or any(_PROGRAMME_LABEL_LINE.match(t) for t in header[k + 1 : k + 2]))
            if programme and not re.search("发布|来源|作者|日期", text) and not (stamped and _VIEW_COUNTER.search(text)):
                continue  # 时间：2023年11月24日（星期五）上午9:00 — when the meeting was, not the page
            if any(w in text for w in self.lexicon.clock_words) or (
                    any(w in text for w in self.lexicon.clock_greetings) and GREGORIAN_STAMP.search(text)):
                continue  # 今天是：2024年6月20日 星期四: the site's clock, the day the page was seen
            if _update_over_issued(header, k):
                continue
            if _original_stamp(text):
                continue  # 原文发布于2024年3月2日: the original's date on a reposted page, not this page's stamp
            labelled = re.search("发布|发表于|时间|日期|来源", text)
            if labelled and REPORT_OPENING.match(text) and SENTENCE_END.search(text.strip()):
                # (2025年5月8日上午，区政府新闻办举行新闻发布会，…。: a report's opening sentence, whose 发布会 or 时间
                # is no stamp label; only a label before a colon is one, GUIDELINES §2)
                labelled = _LABEL_BEFORE_COLON.search(text)
            m = _BRACKETED_DATELINE.match(text)
            if m is None and speech_day is None and (cn := _bracketed_cn_date(text)) \
                    and self._speech_dated(lines, k, title_idx, cn):
                # (在…上的讲话 / （二〇二四年十二月二十六日）: the same day written in Chinese numerals, GUIDELINES §3 date)
                speech_day, speech_day_at = cn, k
                continue
            if m and speech_day is None and self._speech_dated(lines, k, title_idx, m):
                # (在全市…大会上的讲话 / （2024年2月18日）: the day the speech was given, GUIDELINES §3 date; a
                # labelled stamp anywhere on the page is the publication date, this bracket only when none is)
                speech_day = m
                continue
            if m:
                published = m
                break
            m, printed = _issued_date(header, k)
            if printed:
                continue  # 打印时间：2024-06-01: the day the page was printed
            # A body sentence that opens with the event's date (2021年1月12日上午，…召开) is no dateline, nor
            # is an item of a dated list of other posts ([2024-06-18] 关于开展…的通知): a short unlabelled line
            # needs few words beside its date.
            rest = text[: m.start()] + text[m.end() :] if m else ""
            if m and (_DEADLINE_LABEL.search(text, 0, m.start()) or _event_dated(text, m)):
                continue  # 报名截止日期：2024年05月20日, 报到时间 2024年6月4日: a deadline or an event's day, not the page's date
            if m and not labelled and self._in_dated_run(header, text):
                continue  # 2024-06-18 关于开展…的通知 / 2024-06-15 县政府召开常务会议: a list of other posts
            # (2024年5月7日，县委召开防汛工作会议。: a short lead sentence opening with the event's day, no dateline)
            if m and not labelled and REPORT_OPENING.match(text) and SENTENCE_END.search(text.strip()):
                continue
            if m and (labelled or (len(text) < 60 and (len(_HAN.findall(rest)) <= DATELINE_MAX_HAN or _DATELINE_WORDS.search(rest)
                                                     or _POSTED_FROM.search(text) or _WECHAT_ORIGINAL.match(text)
                                                     or _publisher_only(rest)))):
                published = m
                if not labelled:
                    # (2024年12月1日 星期二 / 县召开…会议 / 发布时间：2024-05-08: a bare date above the headline may
                    # be the site's clock; a labelled date below it is the page's own)
                    stamp = next((n for t in header[k + 1 :] if _STAMP_LABEL.match(t) and len(t) < 80 and "，" not in t
                                  and not _PROGRAMME_TIME.match(t) and (n := GREGORIAN_STAMP.search(t))), None)
                    if stamp is None and k < (title_idx if title_idx is not None else 1):
                        stamp = _labelled_stamp_before(lines[k + 1 :], reasons[k + 1 :], m)
                    published = stamp or m
                break
            m = _english_date(text)
            if m:
                published = m
                break
            m = _DATE_MDY.search(text)
            # (only when the order is certain: 21/5/2024 or 10/20/2017, not 08/05/2024, which may be either)
            if m and not _event_dated(text, m) and (re.search("发布|时间|日期", text) or _MDY_LINE.fullmatch(text.strip())):
                if _order_certain(m):
                    published = m
                    break
                stamp_year = stamp_year or int(m["y"])
                uncertain = uncertain or m
            # (更新日期：113-05-17 发布日期：113-05-16: the date after the publication label, as for Gregorian stamps)
            issued = _PUBLISHED_LABEL.search(text) or _ISSUED_LABEL.search(text)
            m = (ROC_DATE.search(text, issued.start()) if issued else None) or ROC_DATE.search(text)
            # (中华民国113年5月8日 or 113/05/08 alone on a header line: the page's date in the ROC calendar; not
            # 活动时间 113-06-03, an event's day)
            if m and not _event_dated(text, m) and not _printed(text, m) and (re.search("发布|发佈|時間|时间|日期", text) or _ROC_DATELINE.fullmatch(text.strip())
                      or _ROC_DATELINE_BRACKETED.fullmatch(text.strip())
                      or _ROC_DATELINE_CREDITED.match(text.strip())):
                published, year_offset = m, ROC_YEAR_OFFSET
                break
            m = _DATE_CN.search(text)
            # (a short line, the date beside its label or a dateline word: not a body sentence opening
            # with the event's day, 二〇二三年四月十八日上午，…召开新闻发布会)
            if m and len(text) < 60 and "，" not in text and not _event_dated(text, m) and not _printed(text, m) and (
                    re.search(r"(?:发布|时间|日期)[:：]?\s*$", text[: m.start()]) or _DATELINE_WORDS.search(text[: m.start()] + text[m.end() :])
                    or _DATE_CN_LINE.fullmatch(text.strip()) or _SOURCE_AFTER_DATE.match(text, m.end())):
                # 二〇二三年三月二十日 来源：德州日报: the date in Chinese numerals, read as digits
                y, mo, d = (parse_number(m[g]) for g in ("y", "m", "d"))
                if y and mo and d:
                    published, made_at = GREGORIAN_STAMP.search(f"{int(y)}-{int(mo)}-{int(d)}"), k
                    break
            m = _ROC_DATE_CN.fullmatch(text.strip())
            if m is None and (cn := _ROC_DATE_CN.search(text)) and len(text) < 60 and "，" not in text and (
                    not _event_dated(text, cn) and not _printed(text, cn)
                    and re.search(r"(?:发布|时间|日期)[:：]?\s*$", text[: cn.start()])):
                m = cn  # 发布日期：中华民国一一三年五月三日 发布单位：…: the date right after its label, as for 二〇二四年…
            if m is None:
                m = _bare_roc_cn_stamp(text.strip())
            if m:  # 民国一一三年三月五日 alone on a header line: the page's date in the ROC calendar
                y, mo, d = (parse_number(m[g]) for g in ("y", "m", "d"))
                if y and mo and d:
                    published, made_at = GREGORIAN_STAMP.search(f"{int(y) + ROC_YEAR_OFFSET}-{int(mo)}-{int(d)}"), k
                    break
            m = _DATE_YY.search(text)
            if m:  # (98-05-01 is 1998: two-digit years from 70 on are read as 19xx)
                published, year_offset = m, 1900 if int(m["y"]) >= YY_CENTURY_PIVOT else 2000
                break
        # Some pages print "发布于: <date>" only below the article.
        # (not under a 【相关新闻】 heading: another article's stamp, GUIDELINES §2, fifteenth round)
        others = next((i for i in range(first_body + 1, len(lines))
                       if reasons[i] == "related_list" and _OTHER_ARTICLES_HEADING.match(lines[i].text)), len(lines))
        # (…【相关阅读】 items / 某某日报社版权所有 / 发布时间：2022-08-19: the site's copyright line closes the other articles'
        # block, and a stamp below it is the page's own footer, GUIDELINES §2 twenty-ninth round)
        site_footer = next((i for i in range(others + 1, len(lines)) if _SITE_COPYRIGHT.search(lines[i].text)), len(lines))
        for i in [*range(len(header), others), *range(site_footer + 1, len(lines))] if published is None else ():
            line = lines[i]
            if any(w in line.text for w in (*self.lexicon.clock_words, *self.lexicon.clock_greetings)) and not re.search(
                    "发布|日期", line.text):
                continue  # 当前时间：2026-12-01 18:35 in the footer: the site's clock (not 发布时间：… 【加入收藏】)
            if _original_stamp(line.text):
                continue  # (转载自…，原发布时间：2024-03-02 below the headline: the original's date, as above)
            window = [ln.text for ln in lines[i : i + ISSUED_LOOKAHEAD + 1]]  # the line and the few after it
            if _update_over_issued(window, 0):
                continue
            m, printed = _issued_date(window, 0)
            if printed:
                continue
            if m is None and re.search("发布|时间|日期", line.text) and len(line.text) < 80:
                # (發佈日期：08/11/2023 below the body, 本網頁最近修訂日期：2023年11月9日 under it: the revision stamp gives
                # way to a publication stamp whose day and month read either way in the footer too, §2 thirty-second round)
                either = next((d for d in _DATE_MDY.finditer(line.text)
                               if not _order_certain(d) and not _event_dated(line.text, d)), None)
                stamp_year = stamp_year if stamp_year is not None else (int(either["y"]) if either else None)
                uncertain = uncertain or either
            m = m or next((d for d in _DATE_MDY.finditer(line.text) if _order_certain(d)), None)
            if m and uncertain is not None and _update_only(line.text, m):
                continue  # 發佈日期：08/11/2023 above, 本網頁最近修訂日期：2023年11月9日 below: the update gives way (§2)
            if m and (_DEADLINE_LABEL.search(line.text, 0, m.start()) or _event_dated(line.text, m)):
                continue  # 报名截止日期：2024年05月20日, 活动时间：2024年6月4日 below the body: a deadline or an event's day
            if m and re.search("发布|时间|日期|发表于", line.text) and len(line.text) < 80:
                published = m
                break
            if reasons[i] == "related_list" or self.lexicon.is_related_header(line.text):
                continue  # (县政府召开…会议 来源：县政府办 2023-06-05: an item of a list of other posts)
            english = _english_date(line.text)
            if english:
                published = english
                break
            # (来源：县融媒体中心 | 编辑：王芳 | 2024-03-21: a source line closing the page; 作者：王五 | 2024-05-08,
            # 浏览次数：235 | 2024-05-08: a line of page data the classifier set apart)
            if m and (re.search("来源[:：]|编辑[:：]", line.text) or reasons[i] in _PAGE_DATA) and len(line.text) < 80:
                published = m
                break
            # (撰稿：王某 审核：李某 2024-05-08, 校对：王某 2024-05-08: a line of the story's credits closing on the date)
            if m and _CREDIT_LABEL.search(line.text, 0, m.start()) and not line.text[m.end() :].strip(" ）)】]") \
                    and not _event_dated(line.text, m) and len(line.text) < SIGN_OFF_LINE_MAX:
                published = m
                break
            m = ROC_DATE.search(line.text)
            # (发布日期：113-09-05 at the foot of a Taiwan page; not 活动时间：113年8月8日, the event's day)
            # (资料来源：苗栗县政府 113-05-08; not 资料来源：内政部户政司（112年12月31日）, a statistic's cut-off date)
            sourced = "来源" in line.text and not line.text[: m.start()].rstrip().endswith(("（", "(")) and \
                not line.text[m.end() :].strip() if m else False
            # (發稿時間：113/05/08 14:30, or 113.05.08 alone on a line of page data; 113-05-08 / 行政院新闻传播处 below
            # the body: the date with the issuing office under or over it)
            credited = _ROC_DATELINE_CREDITED.match(line.text.strip())
            signed = i > last_body and (credited is not None or any(
                _ISSUING_OFFICE_LINE.match(lines[k].text) for k in (i - 1, i + 1) if first_body < k < len(lines)))
            if m and (re.search("发布|发佈|日期|發稿|发稿|更新时间|更新時間", line.text) or sourced or (
                    (reasons[i] in _PAGE_DATA or i <= min(first_body + 2, last_body - 1) or signed)
                    and (_ROC_DATELINE.fullmatch(line.text.strip()) or credited))) \
                    and not _PROGRAMME_TIME.match(line.text) and not _event_dated(line.text, m) \
                    and len(line.text) < 80:
                published, year_offset = m, ROC_YEAR_OFFSET
                break
        if speech_day is not None:
            # (only a day of the calendar: （2024年2月30日） dates no meeting, its relative days read against the page)
            try:
                meta["speech_date"] = dt.date(int(speech_day["y"]), int(speech_day["m"]), int(speech_day["d"])).isoformat()
            except ValueError:
                pass
            if published is None:
                published, made_at = speech_day, speech_day_at
        if published is None:
            # No dateline: a line that is only a date at the end of the body is the sign-off date.
            # (the issuing office and its date may sit just below the body: 石桥镇人民政府办公室 / 2025年1月20日)
            tail = [i for i in range(first_body, min(last_body + 1, len(lines))) if lines[i].text.strip()]
            below_end = last_body + 1 + SIGN_OFF_BELOW
            if any(_BY_ORDER.match(lines[i].text) for i in range(last_body + 1, min(below_end, len(lines)))):
                # 承董事会命 / 公司名 / 主席兼执行董事 / 姓名 / 香港，二零二四年九月二十日: a listed company's sign-off block,
                # its date under the signer's name and post
                below_end += SIGN_OFF_BELOW
            below = [i for i in range(last_body + 1, min(below_end, len(lines))) if lines[i].text.strip()]
            texts = [ln.text for ln in lines]
            for i in [*reversed(tail[-SIGN_OFF_LINES:]), *below]:
                if reasons[i] == "related_list" or self.lexicon.is_related_header(lines[i].text) or (
                        self._in_dated_run(texts, lines[i].text)):
                    continue  # (往期回顾 / 县政府召开常务会议 / 2024-06-15: a list of other posts)
                if uncertain is not None and (d := _any_calendar_date(lines[i].text)) and _update_only(lines[i].text, d):
                    continue  # (發佈日期：08/11/2023 in the header: a revision stamp below the body gives way to it, §2)
                m = _DATE_LINE.match(lines[i].text)
                # 2024年10月26日（星期六）: a weekday in brackets may follow (Hong Kong press releases); 2024年5月14日
                # 星期二 第A02版: a paper's edition line
                rest = _EDITION_MARK.sub("", _LUNAR_DAY.sub("", _WEEKDAY.sub("", lines[i].text.strip()[m.end() - m.start():]))).strip() if m else ""
                if m and len(rest) <= 2 and not _LIFE_EVENT.match(rest):
                    published = m
                    break
                # 二〇二四年五月八日, 二○二四年七月一日（星期一）, 中华民国一一三年五月八日: the date in Chinese numerals
                m = _cn_date(lines[i].text.strip())
                if m:
                    published, made_at = m, i
                    break
                # 某某能源集团 2024年06月04日 09:15: an account's name and the time it posted
                m = _SIGN_OFF_TIMED.match(lines[i].text)
                if m and not _NOT_SIGN_OFF.search(m["name"]) and not _SCHEDULE_ITEM.search(m["name"]) \
                        and not any(GREGORIAN_STAMP.search(lines[k].text) for k in (i - 1, i + 1) if 0 <= k < len(lines)):
                    published = m
                    break
                # （通讯员 张三 2024年5月10日）, 供稿：德育处 2024年5月11日: a short credit line closing on a date
                m = _SIGN_OFF_END.search(lines[i].text)
                # (not 下一篇：… 2024年5月3日, a link to another post, nor a body sentence cut off at a date)
                if m and len(lines[i].text.strip()) <= SIGN_OFF_LINE_MAX and not _LINK_LABEL.match(lines[i].text) \
                        and not _NOT_SIGN_OFF.search(lines[i].text) and not _event_dated(lines[i].text, m) and not self.lexicon.is_related_header(lines[i].text):
                    published = m
                    break
                m = _SIGN_OFF_START.match(lines[i].text)
                if m and len(lines[i].text.strip()) <= SIGN_OFF_LINE_MAX and not _NOT_SIGN_OFF.search(lines[i].text):
                    published = m
                    break
                m = _WIRE_SERVICE_TAG.match(lines[i].text)
                if m:  # （中央社訊息服務20250607）: the wire's release service tag closing a Taiwan release
                    published = m
                    break
                m = _SIGN_OFF_ISO.match(lines[i].text)
                # (not （有效期至）2024-12-31, （报名截止）…: a bracketed label of a validity or a deadline, cr8 1.19)
                if m and (m["office"] is None or _OFFICE_END.search(m["office"])) and not _NOT_SIGN_OFF.search(lines[i].text) \
                        and not (m["closed"] and event_dated(m["closed"][1:-1], len(m["closed"]) - 2)):
                    published = m
                    break
                signed = self._signed_date(lines[i].text)
                neighbours = [lines[k].text for k in (i - 1, i + 1) if 0 <= k < len(lines)]
                if signed is not None and not any(GREGORIAN_STAMP.search(t) or ROC_DATE.search(t) for t in neighbours):
                    published, year_offset = signed  # (not a run of dated lines: a schedule or a list)
                    break
        if published is None and uncertain is not None:
            # 08/05/2024 / 行政长官今日（五月八日）出席…: the lead's own day tells which way the stamp reads
            published = _read_uncertain(uncertain, [ln.text for ln in lines[first_body : first_body + TODAY_LEAD_LINES]])
            lead = [ln.text for ln in lines[first_body : first_body + TODAY_LEAD_LINES]]
            if published is None and not any(_TODAY_BRACKETED.search(t) for t in lead):
                # (not where the lead's 今日（9日） fits neither reading: the stamp is in doubt)
                # 發佈日期：08/05/2024: day first on a Hong Kong or Macau page (GUIDELINES §2), which only the extractor,
                # reading the page's region, can tell; kept aside as 2024-05-08
                meta["stamp_day_first"] = f"{int(uncertain['y']):04d}-{int(uncertain['d']):02d}-{int(uncertain['m']):02d}"
        if published is None and title_idx is not None and not self._in_dated_run([ln.text for ln in lines], lines[title_idx].text):
            # [2024-03-22] 市场监管局召开食品安全工作会议, 2024年6月5日，医院召开…座谈会: with no other date on the page,
            # the one the headline opens with is the day it was posted
            published = _HEADLINE_DATE.match(lines[title_idx].text)
        at = made_at if made_at is not None or published is None else next(
            (j for j, ln in enumerate(lines) if ln.text == published.string), None)
        return published, year_offset, stamp_year, at

    def _read_meta(
        self,
        lines: list[Line],
        reasons: list[str | None],
        title_idx: int | None,
        first_body: int,
        last_body: int,
        meta: dict[str, Any],
    ) -> None:
        meta["title"] = lines[title_idx].text.strip() if title_idx is not None else self._branded_title(lines, first_body)
        published, year_offset, stamp_year, at = self._find_published(lines, reasons, title_idx, first_body, last_body, meta)
        view = lines
        value = _published_value(published, year_offset) if published is not None else None
        while published is not None and value is None and at is not None:
            # 发布时间：2024年2月30日 names no day of the calendar: the page is read as if that stamp were absent, so
            # another stamp may date it, else it has no date (GUIDELINES §2). Only the stamp's own line is blanked (by
            # index: a date in Chinese numerals is read over digits, on no line), so each pass ends one stamp.
            view = [*view[:at], Line(view[at].start, view[at].end, ""), *view[at + 1 :]]
            published, year_offset, stamp_year, at = self._find_published(view, reasons, title_idx, first_body, last_body,
                                                                          meta)
            value = _published_value(published, year_offset) if published is not None else None
        if value is not None:
            meta["published"] = value
            if year_offset == ROC_YEAR_OFFSET:
                meta["calendar"] = "roc"  # (113-07-10: a page dated in the Taiwan calendar, a regional cue)
        if meta.get("published") is None and stamp_year is not None:
            meta["stamp_year"] = stamp_year  # (the year of a stamp whose day and month are uncertain)
        editors: list[str] = []
        reporters: list[str] = []
        outlet = None
        for i, line in enumerate(lines):
            text = line.text
            if outlet is None and (i <= first_body or reasons[i] is not None):
                m = _OUTLET.search(text)
                if m:
                    outlet = m["v"].strip("：:,，。")
            credit = _CREDIT_LINE.fullmatch(text)
            edited = [credit] if credit and credit["label"] in ("责任编辑", "责编", "编辑") else []
            for m in [*_EDITOR.finditer(text), *edited]:
                for name in re.split(r"[\s、,，]+", m["v"]):
                    if name and name not in editors:
                        editors.append(name)
            if i <= first_body + 1 or reasons[i] is not None:
                credits = [(m.start(), m.end(), re.split(r"[\s、,，]+", m["v"])) for m in _REPORTER.finditer(text)
                           if not (_TAKES_PART_AFTER.match(text, m.end()) and not _SPACED.search(m["v"]))]
                credits += [(m.start(), m.end(), names) for m in _NAME_RUN.finditer(text.rstrip())
                            if (names := self._split_run(m["run"])) and not any(s <= m.start() < e for s, e, _ in credits)]
                byline_end = None
                for start, end, names in sorted(credits):
                    if _LABEL_IN_STORY.match(text, start) and not (
                            _BYLINE_SLOT_BEFORE.search(text, 0, start)
                            or byline_end is not None and not text[byline_end:start].strip(" \t\u3000、,，")):
                        continue
                    byline_end = end
                    if _DATELINE_VERB.match(text, end) and names[-1][:1] not in self.surnames:
                        names = names[:-1]
                    # (the names end where a byline does, see _REPORTER: 记者周婷报道, 记者王强 县委书记李明…)
                    for name in names:
                        if name and not _NAME_STOP.search(name) and name not in reporters:
                            reporters.append(name)
        author = None
        for i in range(max(0, last_body + 1), min(len(lines), last_body + 4)):
            m = _AUTHOR_CREDIT.match(lines[i].text)
            if m:
                author = re.split(r"[\s、,，/]+", m["names"])
                break
        meta.update(outlet=outlet, reporters=reporters, editors=editors, authors=author or [])
        # 完 / 2024年10月10日（星期四） / 香港时间16时30分: the clock a government release is stamped with names its
        # region even when its body names no place (a regional cue for bare amounts, read after the stamp is dropped)
        clock = next((m["region"] for ln in lines if (m := _RELEASE_CLOCK.match(ln.text))), None)
        if clock:
            meta["release_clock"] = clock

    # -- the stage --------------------------------------------------------------------------

    def __call__(self, doc: Document) -> Document:
        text = doc.clean_text
        # 1. inline junk: leftover tags, entities and markdown images inside lines.
        # (each pattern searched only in a text holding a character every match of it holds: < or &, ![, the dot
        # before a file's extension, 【)
        inline = sorted(
            ([(m.start(), m.end()) for m in _TAG.finditer(text)] if "<" in text or "&" in text else [])
            + ([(m.start(), m.end()) for m in _MD_IMAGE.finditer(text)] if "![" in text else [])
            + ([(m.start(), m.end()) for m in _INLINE_IMAGE_FILE.finditer(text)] if "." in text else [])
        )
        adverts = {(m.start(), m.end()) for m in _BRACKETED_URL.finditer(text)} if "【" in text else set()
        inline = sorted([*inline, *adverts])
        cuts: list[tuple[int, int, str]] = []
        last_end = -1
        for s, e in inline:
            if s >= last_end:
                cuts.append((s, e, "spam" if (s, e) in adverts else "html_tag"))
                last_end = e
        if cuts:
            keep_positions, parts, cursor = [], [], 0
            for s, e, _ in cuts:
                parts.append(text[cursor:s])
                keep_positions.extend(range(cursor, s))
                cursor = e
            parts.append(text[cursor:])
            keep_positions.extend(range(cursor, len(text)))
            self._record(doc, [(s, e, r) for s, e, r in cuts])
            doc.replace_text("".join(parts), OffsetMap(keep_positions, len(text)))
            text = doc.clean_text

        lines = self._split_footers(split_lines(text))
        reasons, meta = self.classify(lines)
        for key, value in meta.items():
            if value not in (None, []):
                doc.meta[key] = value
            else:
                doc.meta.setdefault(key, value)
        removed = [(ln.start, ln.end, r) for ln, r in zip(lines, reasons, strict=True) if r is not None]
        if not removed:
            return doc
        # Keep kept lines with their own newline; removed lines go with theirs (a footer cut from the
        # end of a paragraph leaves the paragraph its newline).
        keep = bytearray(b"\x01") * len(text)
        for s, e, _ in removed:
            end = e + 1 if e < len(text) and text[e] == "\n" and (s == 0 or text[s - 1] == "\n") else e
            keep[s:end] = b"\x00" * (end - s)
        for s, e in self._rejoined_gaps(lines, reasons):
            keep[s:e] = b"\x00" * (e - s)
        # (the kept characters run by run, not one by one)
        positions: list[int] = []
        parts = []
        for run in _KEPT_RUN.finditer(keep):
            positions.extend(range(run.start(), run.end()))
            parts.append(text[run.start() : run.end()])
        new_text = "".join(parts)
        self._record(doc, removed)
        # Trim blank runs that removals leave behind (offsets still exact: we keep a subset), in the same map.
        collapsed = self._collapsed(new_text)
        if collapsed is not None:
            new_text, kept = collapsed
            positions = [positions[p] for p in kept]
        doc.replace_text(new_text, OffsetMap(positions, len(text)))
        return doc

    def _goes_on_over(self, lines: list[Line], reasons: list[str | None], last: int, stop: int) -> bool:
        """Whether the body's last line ``last`` goes on over one line of furniture (the line after it, perhaps not
        classified yet) to the line after that: the article does not end at a widget inside a sentence."""
        k = last + 1
        if k + 1 >= stop or reasons[k + 1] is not None:
            return False
        reason = reasons[k] or self.hard_junk(lines[k]) or self.weak_junk(lines[k])
        return reason is not None and _sentence_goes_on(lines[last].text, lines[k + 1].text, [(reason, lines[k].text)])

    @staticmethod
    def _rejoined_gaps(lines: list[Line], reasons: list[str | None]) -> list[tuple[int, int]]:
        """The gaps (from a kept line's end to the next kept line's first character) to drop with the furniture
        removed between two halves of one sentence (see :func:`_sentence_goes_on`), so the sentence reads whole."""
        kept = [i for i, r in enumerate(reasons) if r is None]
        return [(lines[a].end, lines[b].start + len(lines[b].text) - len(lines[b].text.lstrip()))
                for a, b in zip(kept, kept[1:], strict=False)
                if b > a + 1 and _sentence_goes_on(lines[a].text, lines[b].text,
                                                   [(reasons[k], lines[k].text) for k in range(a + 1, b)])]

    def _record(self, doc: Document, spans: list[tuple[int, int, str]]) -> None:
        merged: list[Removal] = []
        for s, e, reason in spans:
            if s == e:
                continue
            rs, re_ = doc.raw_span(s, e)
            if merged and merged[-1].reason == reason and rs - merged[-1].raw_end <= 2:
                merged[-1] = Removal(merged[-1].raw_start, re_, reason)
            else:
                merged.append(Removal(rs, re_, reason))
        doc.removed.extend(merged)

    @staticmethod
    def _collapsed(text: str) -> tuple[str, Sequence[int]] | None:
        """``text`` without the third and later line breaks of a blank run and the white space around it, and the
        index in ``text`` of each character kept; None when nothing goes."""
        if not _THIRD_BREAK.search(text):
            # (no line break to drop: at most the white space around the text goes)
            lead = len(text) - len(text.lstrip())
            trail = len(text.rstrip())
            if lead or trail < len(text):
                return text[lead:trail], range(lead, trail)
            return None
        # (the third and later line breaks of a run of white space go: only those runs are read one by one)
        positions: list[int] = []
        out = []
        cursor = 0
        for run in _BLANK_RUN.finditer(text):
            keep_to = text.index("\n", text.index("\n", run.start()) + 1) + 1  # (after the run's second break)
            out.append(text[cursor:keep_to])
            positions.extend(range(cursor, keep_to))
            for i in range(keep_to, run.end()):
                if text[i] != "\n":
                    out.append(text[i])
                    positions.append(i)
            cursor = run.end()
        out.append(text[cursor:])
        positions.extend(range(cursor, len(text)))
        stripped = "".join(out)
        lead = len(stripped) - len(stripped.lstrip())
        trail = len(stripped.rstrip())
        if lead or trail < len(stripped) or len(stripped) != len(text):
            return stripped[lead:trail], positions[lead:trail]
        return None
