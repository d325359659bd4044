"""HTML pages to main text with offsets: a stdlib ``html.parser`` walker plus DOM scoring.

:func:`html_to_text` reads a decoded HTML page (the document's ``raw_text``) and returns an
:class:`HtmlText`: the main text of the article, one block element per line, and for every
output character the index of the raw-HTML character it came from.  Text characters map to
themselves; a character decoded from an entity (``&nbsp;``, ``&#12290;``) maps to the ``&``
that starts the entity; a space standing for a run of whitespace maps to the first
whitespace character; a newline between blocks maps to the ``<`` of the tag that ended the
block.  Offsets therefore point into the raw HTML string and are strictly increasing.

How the main text is chosen (Readability-style, tuned for Chinese pages):

1. The walker builds a flat element table (tag, parent, class/id hint) without recursion,
   drops ``script``/``style``/``nav``/``noscript`` (and a few more non-text elements), reads
   ``header``/``footer``/``aside`` for the headline and dateline only, and cuts the visible
   text into lines at block tags. A ``form`` is kept: Chinese CMS pages wrap the article in one.
2. Each line scores by Chinese punctuation and length, minus its share of link text.
   The score goes to the line's block element, its parent and (halved) its grandparent.
3. An element's final score is that sum times ``1 - link density`` plus a bonus or
   penalty from class/id hints in ``models/lexicons/html_hints.json``.  The best element
   and the siblings that score close to it form the main region.
4. Inside the region, subtrees with furniture hints (share, related, copyright, comment)
   and link lists are dropped.  The headline line and the dateline between the headline
   and the region are kept in front, so the plain-text boilerplate stage still sees them.

Metadata: ``title`` from the ``<h1>`` that matches ``<title>``, else a page line contained in
``<title>``, else ``og:title``, else ``<title>`` without its site suffix; ``published`` from
``article:published_time``/``pubdate``-style meta tags, else the first date near the
headline, as ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``; ``outlet`` from ``og:site_name`` or a
``来源：`` label near the headline.  Missing values are empty strings.

Comparison with trafilatura 2.3 (the optional ``html-compare`` extra, default settings) on the
ten pages of ``../shared/corpus/html`` against the hand-written gold in ``tests/data/html``
(per page: the first and last body sentence must appear, three furniture strings must not;
pinned in ``tests/test_html.py::test_not_worse_than_trafilatura``):

=============  ===========  ==================  ===============
extractor      body recall  furniture leakage   time, 10 pages
=============  ===========  ==================  ===============
this module    20/20        0/30                0.6 s
trafilatura    20/20        16/30 (7 pages)     1.7-2.0 s
=============  ===========  ==================  ===============

trafilatura keeps table-layout pages whole (ICP lines, breadcrumbs, print/close links) and
the related-article lists of NetEase pages; this extractor is therefore the default, and it
needs nothing outside the standard library.  Caveat: the hints and constants were tuned on
these same ten pages, so the figures are in-sample; trafilatura's are not.

Known limitations:
- No CSS or JavaScript: text hidden by CSS is kept, text rendered by scripts is lost.
- Comments (``<!-- -->``), ``<title>`` and attribute values never reach the text.
- Only the simplest implied end tags are modelled (``<p>`` closed by a block, ``<li>``
  by ``<li>``, ``<a>`` by ``<a>``); an end tag that matches no element among the
  ``END_TAG_SEARCH`` innermost open ones is ignored, so badly broken markup may nest
  later text one level too deep (harmless for scoring).
- An unclosed dropped element (``<nav>`` without ``</nav>``) drops the rest of the page.
- Pages with several articles (live blogs, lists) yield the best-scoring one only.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import unescape
from html.entities import html5, name2codepoint
from html.parser import HTMLParser
from pathlib import Path

from pipeline.values import GREGORIAN_STAMP, ROC_DATE, ROC_YEAR_OFFSET, event_dated, life_dated

__all__ = ["HtmlHints", "HtmlText", "html_to_text"]

DEFAULT_HINTS = Path(__file__).resolve().parent.parent / "models" / "lexicons" / "html_hints.json"

# Tuned constants (calibrated by hand on the ten pages of ../shared/corpus/html, checked
# against the gold in tests/data/html; the Readability defaults they started from are noted).
LINE_MIN_CHARS = 10  # shorter lines give no content score (Readability: 25 Latin chars)
LINE_LEN_UNIT = 50  # one point per this many characters, at most LINE_LEN_CAP (Readability: 100, 3)
LINE_LEN_CAP = 3.0
HINT_WEIGHT = 25.0  # class/id bonus or penalty (Readability: 25)
SIBLING_SHARE = 0.2  # siblings scoring this share of the best join the region (Readability: 0.2)
SIBLING_MIN = 10.0
LINK_LINE_MAX = 0.5  # lines with more link text than this share are link lists, dropped from the region
HEADER_MAX_LINES = 16  # the headline is searched this many lines before the region (NetEase: 12, share icons)
HEADER_MAX_CHARS = 120  # ... when shorter than this
HEADER_MAX_SPAN = 64  # ... and no further back than this, furniture lines included
STAMP_AFTER_LINES = 3  # a bare date-and-time line this close under the body is its posting stamp
END_TAG_SEARCH = 64  # open elements searched for the match of an end tag

DROPPED_TAGS = frozenset(
    "script style nav header footer aside noscript template iframe svg math select button textarea "
    "object embed canvas audio video head title".split()
)
# Dropped from the body, but their lines are still read for the headline and dateline
# (an article's <header> holds its <h1>, its <footer> often the publication date; mobile
# pages put the headline and dateline in an <aside>).
SOFT_DROPPED_TAGS = frozenset({"header", "footer", "aside"})
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody "
    "td tfoot th thead tr ul caption option".split()
)
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr keygen".split())
# A new block element closes an open <p> (the HTML "p closed by" list, abridged).
CLOSES_P = frozenset(
    "address article aside blockquote div dl fieldset footer form h1 h2 h3 h4 h5 h6 header hr main menu nav "
    "ol p pre section table ul".split()
)

_WS = frozenset(" \t\n\r\f\v\xa0")
_HAN = re.compile("[\u3400-\u9fff]")
_ZH_PUNCT = re.compile("[，。！？；：、]")
_TOKEN = re.compile(r"[a-z0-9]+")
_OUTLET = re.compile(r"(?:来源|来源于|稿源)\s*[:：]\s*(?P<v>[^\s|丨/:：]{2,20}?)(?:\s|作者|编辑|记者|$)")
_UNFINISHED = re.compile(r"<[A-Za-z/!?]")
_DATE_LABEL = re.compile("发布|时间|日期")
# A label that dates only an update of the page (本網頁最近修訂日期：…, 最近更新日期：…): it gives way to the page's other
# shown stamps, the release's own dateline among them (GUIDELINES §2 thirtieth and thirty-fifth rounds).
_REVISION_LABEL = re.compile("更新|修改|修订|修訂")
# 完 / 2023年11月8日（星期三） / 香港時間17時45分: a Hong Kong or Macau government release's own dateline closing its text,
# its date line, then the region's clock.
_RELEASE_DATE = re.compile(r"\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:[（(]?(?:星期|週|周)[一二三四五六日天][）)]?)?\s*")
_RELEASE_CLOCK = re.compile(r"\s*(?:香港|澳門|澳门)(?:時間|时间)\s*\d{1,2}[時时]\d{1,2}分\s*")
# A posting stamp whose parts sit in elements of their own (2026 06/ 12 18:40:22: the year, then month/day, then the
# clock): year first, so the month comes before the day; the clock makes it a stamp, not a count or a score.
_SPLIT_STAMP = re.compile(r"\s*(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{1,2})\s*/\s*(?P<d>\d{1,2})\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?\s*")
# A line that starts with a full date (the dateline under a headline: "2019-05-17 · 苏皖城市报道").
_DATELINE = re.compile(r"\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)")
# A date line of the article header (2019-09-08 00:20:15　来源: 每日经济新闻): a date with a source label.
_SOURCE_LABEL = re.compile("来源|作者|编辑|发布")
# A line that is only a date with its clock time (2019-09-08 11:42:03): a posting stamp, not a signed letter's day.
_STAMP_LINE = re.compile(_DATELINE.pattern + r"\s*日?\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*$")
# A line ending on a label (会议时间：, 报名截止：): the date under it is the labelled event's, not the page's stamp.
_LABEL_END = re.compile("[:：]\\s*$")
_SUBTITLE = re.compile(r"\s*(?:——|—|--)|.*(?:写在|之际|纪念|周年)")
# A label that names the page's own date (not 北京时间…, 某公司发布…).
_PUBLISHED_LABEL = re.compile("(?:发布时间|发布日期|发表时间|日期|时间)\\s*[:：]")
# A labelled field of the line under a headline (not 市政府发布了…, 时间紧).
_HEADER_LABEL = re.compile("(?:来源|作者|编辑|发布时间|发布日期|发布|时间|日期)\\s*[:：]")
# A line that is one short labelled field or a run of them, without a sentence in it.
_FIELD_LINE = re.compile(r"\s*[^\s，。；！？:：]{1,6}\s*[:：][^，。；！？]{0,40}$")
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# (a bare hyphen between Han characters too: 华能集团-集团公司召开…; not 2024-2025, COVID-19)
_TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜|--|——|-\s|\s-|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff]))\s*")
PUBLISHED_META = frozenset(
    "article:published_time pubdate publishdate publish_date publishtime og:release_date datepublished "
    "article:published dc.date.issued dc.date".split()
)


@dataclass(frozen=True, slots=True)
class HtmlText:
    """Main text of an HTML page.

    ``offsets[i]`` is the index in the raw HTML string (the ``str`` given to
    :func:`html_to_text`) of the character that output character ``text[i]`` came from;
    the tuple is strictly increasing and as long as ``text``.  ``title``, ``published``
    (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``) and ``outlet`` are empty strings when not found.
    """

    text: str
    offsets: tuple[int, ...]
    title: str = ""
    published: str = ""
    outlet: str = ""


@dataclass(frozen=True, slots=True)
class HtmlHints:
    """Class/id token lexicons (see ``models/lexicons/html_hints.json``)."""

    positive_tokens: frozenset[str]
    positive_substrings: tuple[str, ...]
    negative_tokens: frozenset[str]
    negative_substrings: tuple[str, ...]
    drop_tokens: frozenset[str]

    @classmethod
    def from_file(cls, path: Path = DEFAULT_HINTS) -> HtmlHints:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            frozenset(data["positive"]["tokens"]),
            tuple(data["positive"]["substrings"]),
            frozenset(data["negative"]["tokens"]),
            tuple(data["negative"]["substrings"]),
            frozenset(data["drop"]["tokens"]),
        )

    def weigh(self, attr: str) -> tuple[float, bool]:
        """``(bonus, drop)`` for a lower-cased ``class`` + ``id`` string."""
        if not attr:
            return 0.0, False
        tokens = set(_TOKEN.findall(attr))
        pos = bool(tokens & self.positive_tokens) or any(s in attr for s in self.positive_substrings)
        neg = bool(tokens & self.negative_tokens) or any(s in attr for s in self.negative_substrings)
        return HINT_WEIGHT * (pos - neg), bool(tokens & self.drop_tokens)


@dataclass(slots=True)
class _Line:
    """One block's worth of text; ``offsets`` index the raw HTML."""

    chars: list[str]
    offsets: list[int]
    owner: int  # element index of the innermost block element holding the line
    link_chars: int
    break_at: int  # raw index of the tag that opened the line (for the newline in front of it)
    soft: bool = False  # inside a <header>/<footer>: metadata only, never body


class _Walker(HTMLParser):
    """Flattens a page into an element table and text lines without recursion."""

    def __init__(self, raw: str, hints: HtmlHints) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.hints = hints
        self.line_starts = [0]
        pos = raw.find("\n")
        while pos != -1:
            self.line_starts.append(pos + 1)
            pos = raw.find("\n", pos + 1)
        # Element table; element 0 is the document root.
        self.tags: list[str] = ["#root"]
        self.parents: list[int] = [-1]
        self.blocks: list[int] = [0]  # innermost block element (self when the element is a block)
        self.bonus: list[float] = [0.0]
        self.drop: list[bool] = [False]
        self.stack: list[int] = [0]
        self.dropped_depth = 0  # open elements from DROPPED_TAGS, except ...
        self.soft_depth = 0  # ... those from SOFT_DROPPED_TAGS, counted here
        self.link_depth = 0
        self.lines: list[_Line] = []
        self.cur: _Line = _Line([], [], 0, 0, 0)
        self.title_chars: list[str] = []
        self.in_title = 0
        self.h1_chars: list[str] | None = None
        self.h1s: list[str] = []  # texts of the <h1> elements, in page order
        self.meta: dict[str, str] = {}

    # -- positions ----------------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    # -- element stack ------------------------------------------------------------------
    def _push(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # (a form's name says what it holds: <form name="_newscontent_fromname"> is the article)
        named = ("class", "id", "name") if tag == "form" else ("class", "id")
        attr = " ".join((v or "") for k, v in attrs if k in named).lower()
        bonus, drop = self.hints.weigh(attr)
        idx = len(self.tags)
        parent = self.stack[-1]
        self.tags.append(tag)
        self.parents.append(parent)
        self.blocks.append(idx if tag in BLOCK_TAGS else self.blocks[parent])
        self.bonus.append(bonus)
        self.drop.append(drop)
        self.stack.append(idx)
        if tag in SOFT_DROPPED_TAGS:
            self.soft_depth += 1
        elif tag in DROPPED_TAGS:
            self.dropped_depth += 1
        if tag == "a":
            self.link_depth += 1
        if tag == "title":
            self.in_title += 1
        if tag == "h1" and self.h1_chars is None:
            self.h1_chars = []

    def _pop(self) -> None:
        tag = self.tags[self.stack.pop()]
        if tag in SOFT_DROPPED_TAGS:
            self.soft_depth -= 1
        elif tag in DROPPED_TAGS:
            self.dropped_depth -= 1
        if tag == "a":
            self.link_depth -= 1
        if tag == "title":
            self.in_title -= 1
        if tag == "h1" and self.h1_chars is not None and "h1" not in (self.tags[i] for i in self.stack[-8:]):
            text = " ".join("".join(self.h1_chars).split())
            if text:
                self.h1s.append(text)
            self.h1_chars = None

    def _close_to(self, tag: str) -> bool:
        """Pop up to and including the innermost open ``tag`` (searching a bounded depth)."""
        stack = self.stack
        for depth in range(1, min(END_TAG_SEARCH, len(stack) - 1) + 1):
            if self.tags[stack[-depth]] == tag:
                for _ in range(depth):
                    self._pop()
                return True
        return False

    # -- lines --------------------------------------------------------------------------
    def _break(self, at: int) -> None:
        """End the current line at raw index ``at`` (a tag start)."""
        if any(ch not in _WS for ch in self.cur.chars):
            self.lines.append(self.cur)
        self.cur = _Line([], [], self.blocks[self.stack[-1]], 0, at)

    def _emit(self, text: str, start: int, literal: bool) -> None:
        """Add ``text``: raw characters from ``start`` on when ``literal``, else all mapped to ``start``."""
        if self.in_title:
            self.title_chars.append(text)
        if self.h1_chars is not None:
            self.h1_chars.append(text)
        if self.dropped_depth:
            return
        cur = self.cur
        if not cur.chars:
            cur.owner = self.blocks[self.stack[-1]]
            cur.soft = self.soft_depth > 0
        for i, ch in enumerate(text):
            off = start + i if literal else start
            if ch in _WS:
                if cur.chars and cur.chars[-1] == " ":
                    continue
                ch = " "
            cur.chars.append(ch)
            cur.offsets.append(off)
            if self.link_depth and ch != " ":
                cur.link_chars += 1

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # Python before 3.13 raises AssertionError on "<![" followed by a name it does not know
        # (a stray "<" before a markdown image "![img](a.jpg)", found by tests/robustness/fuzz.py);
        # HTML5 reads it as a bogus comment up to the next ">".
        position = self.lineno, self.offset  # the failing scan may have moved it already
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    # -- HTMLParser callbacks -----------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self._pos()
        if tag == "meta":
            key = next((v for k, v in attrs if k in ("name", "property", "itemprop") and v), None)
            content = next((v for k, v in attrs if k == "content" and v), None)
            if key and content:
                self.meta.setdefault(key.lower(), content.strip())
        if tag in BLOCK_TAGS or tag == "br":
            self._break(at)
        if tag in VOID_TAGS:
            return
        top = self.tags[self.stack[-1]]
        if (tag in CLOSES_P and top == "p") or (tag == "li" and top == "li") or (tag == "a" and self.link_depth):
            self._close_to("p" if tag in CLOSES_P else tag)
        self._push(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            if tag == "br":
                self._break(self._pos())
            return
        at = self._pos()
        if self._close_to(tag) and tag in BLOCK_TAGS:
            self._break(at)

    def handle_data(self, data: str) -> None:
        self._emit(data, self._pos(), literal=True)

    def handle_entityref(self, name: str) -> None:
        at = self._pos()
        end = at + 1 + len(name)
        has_semicolon = self.raw.startswith(";", end)
        written = self.raw[at : end + has_semicolon]
        decoded = unescape(written) if name in name2codepoint or (name + ";") in html5 or name in html5 else written
        if decoded != written:
            self._emit(decoded, at, literal=False)
        else:  # not an entity (&wp: without its semicolon): keep the characters as written
            self._emit(written, at, literal=True)

    def handle_charref(self, name: str) -> None:
        at = self._pos()
        decoded = unescape(f"&#{name};")
        if decoded in _WS or decoded.isprintable():
            self._emit(decoded, at, literal=False)

    def finish(self) -> None:
        # HTMLParser would hand an unfinished tag or comment at the end of the page over as
        # text; a browser drops it, and so do we.
        if _UNFINISHED.match(self.rawdata):
            self.rawdata = ""
        self.close()
        self._break(len(self.raw))


def _line_text(line: _Line) -> str:
    return "".join(line.chars).strip()


class _Scorer:
    """Scores elements from their lines and picks the main region."""

    def __init__(self, walker: _Walker) -> None:
        self.w = walker
        n = len(walker.tags)
        self.chars = [0] * n
        self.links = [0] * n
        self.score = [0.0] * n
        # (the same from lines outside headings: a wrapper holding only the headline, <div class="simple-text
        # title"><h3>…</h3></div>, may carry a content hint, but it is no article)
        self.prose = [0.0] * n
        self.line_scores: list[float] = []
        for line in walker.lines:
            text = _line_text(line)
            size = sum(1 for ch in text if ch != " ")
            self.chars[line.owner] += size
            self.links[line.owner] += line.link_chars
            own = size - line.link_chars
            value = 0.0
            # (a labelled field, 发布日期：113-05-09 / 浏览人次：2345, is page metadata, not prose)
            if not line.soft and own >= LINE_MIN_CHARS and line.link_chars <= LINK_LINE_MAX * size and not _FIELD_LINE.match(text):
                value = 1.0 + len(_ZH_PUNCT.findall(text)) + min(own / LINE_LEN_UNIT, LINE_LEN_CAP)
            self.line_scores.append(value)
            node, weight = line.owner, 1.0
            heading = walker.tags[line.owner] in _HEADINGS
            for step in range(3):
                if node < 0:
                    break
                self.score[node] += value * weight
                if not heading:
                    self.prose[node] += value * weight
                node = walker.parents[node]
                weight = 1.0 if step == 0 else 0.5
        # Subtree totals: children come after their parents in the table.
        for i in range(n - 1, 0, -1):
            parent = walker.parents[i]
            self.chars[parent] += self.chars[i]
            self.links[parent] += self.links[i]

    def final(self, i: int) -> float:
        if self.score[i] <= 0 or self.prose[i] <= 0:
            return 0.0
        density = self.links[i] / self.chars[i] if self.chars[i] else 0.0
        return self.score[i] * (1.0 - density) + self.w.bonus[i]

    def region(self) -> set[int]:
        """Elements whose subtrees form the main text."""
        w = self.w
        finals = [self.final(i) for i in range(len(w.tags))]
        # A form is the article only when its name or class says so; a comment list or a survey
        # in a form may outscore a short article, but it is never the main text.
        candidates = [i for i in range(1, len(finals)) if not _plain_form(w, i)]
        # Inside a container named only as furniture (<div id="comment">, a share bar: a drop hint, no content hint),
        # a content hint names a comment's text (<div class="c-content">), not the article's: it adds nothing, or
        # its bonus outscores a short article. The text there still counts (js_img_share_area may wrap the article).
        buried = [False] * len(finals)
        for i in range(1, len(finals)):
            buried[i] = buried[w.parents[i]] or (w.drop[i] and w.bonus[i] < 0)
            if buried[i] and w.bonus[i] > 0 and finals[i] > 0:
                finals[i] -= w.bonus[i]
        best = max(candidates, key=lambda i: (finals[i], i), default=0)
        if finals[best] <= 0:
            return {0}
        chosen = {best}
        parent = w.parents[best]
        threshold = max(SIBLING_MIN, finals[best] * SIBLING_SHARE)
        # (a sibling form is a comment list or a survey, not more of the article)
        for i in range(best + 1, len(w.tags)):
            if w.parents[i] == parent and finals[i] >= threshold and not _plain_form(w, i):
                chosen.add(i)
        for i in range(1, best):
            if w.parents[i] == parent and finals[i] >= threshold and not _plain_form(w, i):
                chosen.add(i)
        return chosen


def _plain_form(walker: _Walker, i: int) -> bool:
    """A ``<form>`` whose name, class and id carry no article hint (search, login, comments)."""
    return walker.tags[i] == "form" and walker.bonus[i] <= 0


def _flags(walker: _Walker, chosen: set[int]) -> tuple[list[bool], list[bool]]:
    """Per element: inside the region; inside a furniture (``drop`` hint or ``form``) subtree.

    A hint on the region or one of its ancestors does not count: a whole article may sit in
    a wrapper named after its print button (``common-detail-page-printer``).
    """
    n = len(walker.tags)
    above: set[int] = set(chosen)
    node = min(chosen)  # the chosen elements are siblings: one walk up covers their ancestors
    while node > 0:
        node = walker.parents[node]
        above.add(node)
    inside = [0 in chosen] * n
    furniture = [False] * n
    for i in range(1, n):
        parent = walker.parents[i]
        inside[i] = inside[i] or i in chosen or inside[parent]
        # A plain form is furniture (search, login, comments, surveys) unless it holds the region
        # (an ASP.NET page is one form); Chinese CMS pages name the article's form
        # (<form name="_newscontent_fromname">), which then is no furniture.
        furniture[i] = furniture[parent] or ((walker.drop[i] or _plain_form(walker, i)) and i not in above)
    return inside, furniture


def _clean_title(title: str) -> str:
    parts = [p for p in _TITLE_SPLIT.split(title) if p]
    return max(parts, key=len) if parts else ""


def _overlap(a: str, b: str) -> float:
    """Share of the characters of ``a`` found in ``b``."""
    if not a:
        return 0.0
    bag = set(b)
    return sum(1 for ch in a if ch in bag) / len(a)


def _iso_date(text: str) -> str:
    m = GREGORIAN_STAMP.search(text)
    # (报到时间：2024年6月4日, 活动时间：2024-06-04: an event's day or a deadline, not the page's date; nor 生于…, a life's)
    if not m or event_dated(text, m.start()) or life_dated(text, m.start(), m.end()):
        return ""
    try:  # (2024年2月30日 names no day of the calendar: no date, so the next candidate may date the page)
        value = dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return ""
    if m["H"] and m["M"] and int(m["H"]) < 24 and int(m["M"]) < 60:
        value += f"T{int(m['H']):02d}:{m['M']}"
    return value


def _split_stamp(text: str) -> str:
    """The date of a line that is only a split posting stamp (2026 06/ 12 18:40:22), else ``""``."""
    m = _SPLIT_STAMP.fullmatch(text)
    if not m:
        return ""
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return ""


def _dateline_like(text: str) -> bool:
    """A short line under a headline that dates or sources it (2024-05-07 09:30 来源：…, 发布时间：…)."""
    return (len(text) <= HEADER_MAX_CHARS and "。" not in text
            and bool(_DATELINE.match(text) or _HEADER_LABEL.search(text)))


def _shows_day(text: str, day: str) -> bool:
    """Whether ``text`` writes the ISO ``day`` as a date (2019-09-11, 2019年09月11日, 2019/9/11; on a Taiwan page the
    Republic-of-China year, 發布日期：113-09-27)."""
    for pattern, offset in ((GREGORIAN_STAMP, 0), (ROC_DATE, ROC_YEAR_OFFSET)):
        for m in pattern.finditer(text):
            try:
                if dt.date(int(m["y"]) + offset, int(m["m"]), int(m["d"])).isoformat() == day:
                    return True
            except ValueError:
                continue
    return False


def _meta_published(meta: dict[str, str]) -> str:
    for key, value in meta.items():
        if key in PUBLISHED_META:
            found = _iso_date(value)
            if found:
                return found
    return ""


class _Page:
    """The walked page with its lines' texts, used to pick the body and the metadata."""

    def __init__(self, raw: str, hints: HtmlHints) -> None:
        self.walker = walker = _Walker(raw, hints)
        walker.feed(raw)
        walker.finish()
        self.lines = walker.lines
        self.texts = [_line_text(line) for line in self.lines]
        self.sizes = [sum(1 for ch in text if ch != " ") for text in self.texts]
        self.inside, self.furniture = _flags(walker, _Scorer(walker).region())
        self.page_title = " ".join("".join(walker.title_chars).split())

    def body(self) -> list[int]:
        """Indices of the body lines: inside the region, not furniture, not link lists."""
        keep = []
        for j, line in enumerate(self.lines):
            if line.soft or not self.inside[line.owner] or self.furniture[line.owner] or not self.texts[j]:
                continue
            if line.link_chars > LINK_LINE_MAX * self.sizes[j]:
                continue
            keep.append(j)
        return keep

    def plain(self, j: int) -> bool:
        """A short line outside furniture and mostly not link text (headline/dateline material)."""
        line = self.lines[j]
        return (
            bool(self.texts[j])
            and len(self.texts[j]) <= HEADER_MAX_CHARS
            and not self.furniture[line.owner]
            and line.link_chars <= LINK_LINE_MAX * self.sizes[j]
            and not self.texts[j].endswith((":", "："))  # a dangling label ("分享到：")
        )

    def before(self, first: int) -> list[int]:
        """The :data:`HEADER_MAX_LINES` lines before line ``first`` that are not furniture (share
        and comment widgets between a headline and its body do not count), in page order."""
        found: list[int] = []
        j = first - 1
        while j >= 0 and len(found) < HEADER_MAX_LINES and first - j <= HEADER_MAX_SPAN:
            if not self.furniture[self.lines[j].owner]:
                found.append(j)
            j -= 1
        return found[::-1]

    def headline(self, first: int) -> tuple[str, int]:
        """Title and the index of its line when it sits just before line ``first`` (else -1)."""
        w, texts = self.walker, self.texts
        short_title = _clean_title(self.page_title)
        # (the headline may open the region itself: <div class="news_detail"><div class="news_title">…)
        window = [j for j in self.before(first) + [first] if j < len(texts) and self.plain(j)]
        h1_texts = set(w.h1s)
        tests = (
            lambda j: texts[j] in h1_texts and (not short_title or _overlap(texts[j], short_title) >= 0.8),
            # (<title>第三届…旅游节开幕 - 岚山县人民政府</title> over an <h1> site name 岚山县人民政府 and the headline's own
            # line: the line within the title's headline part wins over one that is only its site part)
            lambda j: len(texts[j]) >= 6 and bool(short_title) and texts[j] in short_title,
            lambda j: len(texts[j]) >= 6 and texts[j] in self.page_title,
            lambda j: w.tags[self.lines[j].owner] in _HEADINGS and len(_HAN.findall(texts[j])) >= 8,
        )
        for test in tests:
            found = next((j for j in window if test(j)), -1)
            if found >= 0:
                return texts[found], found
        for text in w.h1s:
            if short_title and _overlap(text, short_title) >= 0.8:
                return text, -1
        og = w.meta.get("og:title", "")
        if og and _overlap(og, self.page_title or og) >= 0.8:
            return _clean_title(og), -1
        return short_title, -1

    def published(self, header: list[int], keep: list[int]) -> str:
        """The date shown to the reader (GUIDELINES §2), the sure places first: a dateline or a labelled
        line of the header, a dateline among the widgets under the headline, a dated source line above
        the body, a labelled date after it; then the page's metadata (on real pages it usually repeats a
        shown date the walk missed); a date in another header line comes before it, unless a subtitle
        names an anniversary; then a bare date-and-time line just under the body (a gallery's stamp); last a
        labelled line opening the body."""
        def first(lines: Iterable[int], test: Callable[[str], bool] = lambda t: True) -> str:
            return next((d for d in (_iso_date(self.texts[j]) for j in lines if test(self.texts[j])) if d), "")

        found = first(header[1:], lambda t: bool(_DATELINE.match(t) or _SOURCE_LABEL.search(t) or _DATE_LABEL.search(t)))
        if not found and header and keep:  # a dateline among the widgets under the headline (2019-05-17 · 来源)
            between = [j for j in range(header[0] + 1, min(keep[0], header[0] + 1 + HEADER_MAX_SPAN))
                       if self.lines[j].link_chars <= LINK_LINE_MAX * self.sizes[j]]
            found = first(between, lambda t: bool(_DATELINE.match(t)) and len(t) <= HEADER_MAX_CHARS)
        if not found and keep:  # a dated source line just above the body (no headline was found)
            found = first(range(max(0, keep[0] - HEADER_MAX_LINES), keep[0]),
                          lambda t: bool(_SOURCE_LABEL.search(t)) and len(t) <= HEADER_MAX_CHARS)
        if not found and header and keep and keep[0] > header[0]:
            # (2026-03-15 10:05　来源：江城晚报 as the region's first line: the dateline under the headline, which the
            # walk counted into the body; it is the date the reader sees before any list below the text)
            found = first(keep[:1], lambda t: bool(_DATELINE.match(t) and _HEADER_LABEL.search(t)) and _dateline_like(t))
        if not found and header:  # 2026 06/ 12 18:40:22 just above the headline, its parts in elements of their own
            found = next((d for j in range(max(0, header[0] - HEADER_MAX_LINES), header[0])
                          if self.plain(j) and (d := _split_stamp(self.texts[j]))), "")
        after = [j for j in range(keep[-1] + 1, min(len(self.lines), keep[-1] + 1 + HEADER_MAX_LINES))
                 if self.lines[j].link_chars * 2 < self.sizes[j]] if keep else []
        if not found:  # a labelled date right after the body (article <footer>)
            # (not an item of a list of other posts, half of it or more a link: 江城发布…倡议书 2026-03-10, whose 发布 is
            # its linked headline's; nor a revision stamp, 本網頁最近修訂日期：…, which gives way to the page's other
            # stamps and dates it only where none is shown, GUIDELINES §2 thirty-fifth round)
            found = first(after, lambda t: bool(_DATE_LABEL.search(t)) and not _REVISION_LABEL.search(t))
        # (a date in another header line, but not a subtitle's anniversary: ——写在2024年5月12日…)
        found = found or first(header[1:], lambda t: not _SUBTITLE.match(t))
        found = found or self._shown_meta_date()
        # (a bare posting stamp under the text: a gallery's caption, then its time; not a comment's, not the time of a
        # related item whose linked title stands beside it, nor an event's time the body's last line labels)
        if not found and keep and not _LABEL_END.search(self.texts[keep[-1]]):
            found = first((j for j in range(keep[-1] + 1, min(len(self.lines), keep[-1] + 1 + STAMP_AFTER_LINES))
                           if not self.furniture[self.lines[j].owner] and not self._beside_link(j)),
                          lambda t: bool(_STAMP_LINE.match(t)))
        # (a body line mentions the event's date: only a line labelled like a dateline counts)
        found = found or first(keep[:3], lambda t: bool(_PUBLISHED_LABEL.search(t)))
        if found:
            return found
        # (a revision stamp after the body gives way to the release's own dateline closing its text, 完 / 2023年11月8日
        # （星期三） / 香港時間17時45分, and dates the page only where no other stamp is shown)
        revised = first(after, lambda t: bool(_DATE_LABEL.search(t)))
        released = [j for j in keep[-STAMP_AFTER_LINES:] if _RELEASE_DATE.fullmatch(self.texts[j])
                    and j + 1 < len(self.texts) and _RELEASE_CLOCK.fullmatch(self.texts[j + 1])]
        return (first(released) or revised) if revised else ""

    def _shown_meta_date(self) -> str:
        """The date of the page's metadata when a line of the page shows the same day (the metadata repeats a shown
        date the walk missed, 2019年09月11日01:53 in a byline span); a date only in hidden metadata is no date a reader
        sees (GUIDELINES §2 thirty-second review round, §10), else ``""``."""
        found = _meta_published(self.walker.meta)
        return found if found and any(_shows_day(text, found[:10]) for text in self.texts) else ""

    def _beside_link(self, j: int) -> bool:
        """Whether the line before or after line ``j`` is mostly link text (a list item's title beside its time)."""
        return any(0 <= k < len(self.lines) and self.lines[k].link_chars > LINK_LINE_MAX * self.sizes[k]
                   for k in (j - 1, j + 1))

    def outlet(self, header: list[int], keep: list[int]) -> str:
        found = self.walker.meta.get("og:site_name", "")
        if not found:
            matches = (_OUTLET.search(self.texts[j]) for j in header[1:] + keep[:2])
            found = next((m["v"] for m in matches if m), "")
        return found


def html_to_text(raw: str, hints: HtmlHints | None = None) -> HtmlText:
    """Main text of the HTML page ``raw`` with per-character offsets into ``raw``.

    Never raises on malformed markup; a page with no text gives an empty :class:`HtmlText`.
    """
    page = _Page(raw, hints or _default_hints())
    keep = page.body()
    first = keep[0] if keep else len(page.lines)
    title, title_line = page.headline(first)
    header = [title_line] if title_line >= 0 else []
    header += [j for j in range(title_line + 1, first) if title_line >= 0 and page.plain(j)]
    if keep and title_line == first:
        # The headline opens the region: it and the dateline lines under it (时间：… 来源：…) are the
        # header, read for the shown date before the page's metadata, as when they sit above the region.
        # (a dateline in an element of its own between the headline's and the text's is header too)
        rest = keep[1:]
        header = [first] + [j for j in range(first + 1, rest[0] if rest else first + 1) if page.plain(j)]
        n = 0
        while n < min(len(rest), HEADER_MAX_LINES) and page.plain(rest[n]) and _dateline_like(page.texts[rest[n]]):
            n += 1
        header, keep = header + rest[:n], rest[n:]

    chars: list[str] = []
    offsets: list[int] = []
    for j in header + keep:
        line = page.lines[j]
        lo, hi = 0, len(line.chars)
        while lo < hi and line.chars[lo] == " ":
            lo += 1
        while hi > lo and line.chars[hi - 1] == " ":
            hi -= 1
        if chars:
            chars.append("\n")
            offsets.append(line.break_at)  # the tag that ended the previous block; after every earlier char
        chars.extend(line.chars[lo:hi])
        offsets.extend(line.offsets[lo:hi])
    return HtmlText(
        "".join(chars), tuple(offsets), title, page.published(header, keep), page.outlet(header, keep)
    )


_HINTS: dict[str, HtmlHints] = {}


def _default_hints() -> HtmlHints:
    """The shipped hints, loaded once per process."""
    if "default" not in _HINTS:
        _HINTS["default"] = HtmlHints.from_file()
    return _HINTS["default"]
