"""Rule-tagged entities: dates, times, counts, money, percentages, job titles and honours.

:class:`RuleTagger` finds typed spans in clean text with regular expressions built from
the value grammar of :mod:`pipeline.values` and the lexicons and context rules under
``models/lexicons`` and ``models/patterns``.  Every entity has ``source="rule"``,
offsets into the text given to :meth:`RuleTagger.tag` (``text[e.start:e.end] == e.text``)
and a ``value`` dict of plain JSON types whose keys depend only on the type:

=========  ==========================================================================
DATE       year, month, day, hour, minute, part_of_day, relative_days, era
TIME       hour, minute, part_of_day
COUNT      value, approximate, unit, kind (person/org/item/generic)
MONEY      low, high, currency, approximate, currency_explicit
PERCENT    value
TITLE      units (one per title of the chain), heads (the title words)
HONOR      name (without quotes), quoted
=========  ==========================================================================

A date followed by a part of the day or a clock time is *one* DATE entity
(``1月25日下午`` -> part_of_day ``"afternoon"``; ``2021-01-26 17:23`` -> hour 17, minute
23): the extractors want the time of the dated event, and two entities would have to be
glued back together.  TIME is a part of the day or clock time standing alone
(``当天下午``, ``14:30``).

TITLE is a chain of job titles, each optionally preceded by its organization:
organization words (党委, 管委会, 科) from the lexicon, with at most a few other
characters between and before them (巴彦淖尔经济技术|开发区), joined by 、 or 兼 or
nothing, ending in a title word (开发区党工委副书记、管委会主任).  The chain never reaches
past its last title word, so a following person name is not taken; a run of characters
that starts right after a title with a surname is read as a person name and not as the
start of the next organization.

Entities never overlap: the longer span wins, then the type order of :data:`LABEL_ORDER`.

Known limitations: organization names with a stop character in them lose their head
(和平区党委书记 -> 平区党委书记 is cut to 党委书记 at 和); names in parentheses
(联邦制药(内蒙古)有限公司) end the organization; a title word used as an ordinary word
(主任务) is tagged unless listed as a blocker; unquoted honours are found from the lexicon
and head + tail words only; counts written as 一个/一名 are counts of one even in set
phrases.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, NamedTuple

from pipeline import values
from pipeline.config import DEFAULTS
from pipeline.document import Document, Entity
from pipeline.regex_gate import first_char_gated

#: Tie-break between overlapping entities of the same length (earlier wins).
LABEL_ORDER = ("DATE", "MONEY", "PERCENT", "COUNT", "TIME", "HONOR", "TITLE")
_RANK = {label: i for i, label in enumerate(LABEL_ORDER)}
#: Sentence ends for the award-verb context of quoted honours.
_SENTENCE_ENDS = "。！？；;!?\n"
#: Characters an organization name may consist of (CJK unified ideographs).
_HAN_LOW, _HAN_HIGH = "\u4e00", "\u9fff"
#: Half-open window before a quote searched for a trigger word (characters).
_TRIGGER_WINDOW = 8

# A number must not continue a longer number, an identifier or an ordinal (第3名).
# A bare 角 amount in Chinese numerals (三角) is almost always part of a word (长三角, 金三角).
# 块 and 毛 are measure words too (一块纸片, 两块石头): a small Chinese numeral with one of them,
# right before a noun, is no money (but 五块五, 五块钱, 五毛一斤, 500块给… are).
_CLASSIFIER_UNITS = ("块", "毛")
_MEASURE_WORD = re.compile("[一两二三四五六七八九十几]{1,2}[块毛]")
_NOUN_AFTER = re.compile("[\u4e00-\u9fff](?<![钱多余一二两三四五六七八九十半给买卖花捐送交付])")
# A count in figures before 块 and a noun (设置了200多块公告栏, 立起30块标牌): 块 as a measure word too, not yuan, GUIDELINES §6
# thirty-sixth round; not before the money it is (300块钱, 500块奖金, 800块工资, 200块的红包, 500块给…).
_COUNTED_BLOCKS = re.compile("\\d+[多余]?块")
_MONEY_NOUN_AFTER = re.compile("[钱奖工补费现红压路生利收的]")
# 一块 after a verb of taking a share (从预算内挤一块、省长预备费切一块、上年结余拿一块: a portion of the money, 块 as a
# measure word with no noun after it) is no sum of one yuan, §6 twenty-ninth round; 一块钱 and 捐了一块 stay amounts.
_PORTION_VERB_BEFORE = re.compile("[挤切拿调划分砍凑抠省匀]$")
# (not 一块钱, nor 一块五: one yuan and a half, money after all)
_NO_MONEY_AFTER = re.compile("(?![钱五])")
_PLACE_JIAO = re.compile("[一二三四五六七八九两]角")
# A one-figure Chinese numeral before 元 that runs on into a word (三元前驱体, 三元正极材料, 二元结构, 三元里, 三元区,
# 一元二次方程): a term, a place or a district, not a sum; 三元钱, 五元一斤, 两元左右, 十元的 stay amounts, and so do sums
# before the money they are (五元生活补贴, 三元爱心款, 一元红包).
_NUMERAL_YUAN = re.compile("[一二三四五六七八九十两]元")
_WORD_AFTER_YUAN = re.compile("(?![^，。；\\s]{0,3}?(?:费|款|金|资|补|奖|红包))"
                              "[\u4e00-\u9fff](?<![钱多余一二两三四五六七八九十半给买卖花捐送交付左上以的至到及和或整每起])"
                              "|[一二]次")
# Such a numeral and 元 as an item of a list of places (涉及双河、三元两个乡, 覆盖三元、双河两个镇): a place, not a sum, when
# the item next to it across 、 holds no 元 (捐五元、十元的 stays a list of sums).
_PLACE_ITEM_BEFORE = re.compile("[\u4e00-\u9fff](?<!元)、$")
_PLACE_ITEM_AFTER = re.compile("、(?![^，。；、]{0,3}元)[\u4e00-\u9fff]")
# A funding word right before a bare amount in 万/亿 (总投资20亿, 拨付资金200万, 筹集善款12万余),
# with at most a verb or an approximation word between.
_BARE_MONEY_BEFORE = re.compile(
    # (捐了30万, 捐出30万, 捐献50万, 送来50万捐给…: a gift's verb; 送来, 汇来, 寄来 only with a verb of giving after, below)
    "(?:总投资|投资|投入|资金|经费|拨付|拨款|下拨|善款|捐款|捐资|补助|补贴|奖金|奖励金|融资|募集|筹集|募得|筹得|出资|斥资|注资|筹资"
    "|捐(?:出|献|赠|助|来)?|(?P<brought>送来|汇来|寄来))"
    "(?:额|总额|金额)?(?:共|共计|合计|总计|累计)?(?:为|达|达到|了)?(?:约|近|超|超过|逾|超出)?$"
)
_MAGNITUDE_END = re.compile("[万亿][多余]?$")
# The joint between a bare amount in 万/亿 and the next amount of a list (分别拨出40万和300万港元, 分别捐款3万、5万美元):
# the next amount's written unit is the bare one's too (GUIDELINES §6, fortieth review round).
_LISTED_AMOUNT_JOINT = re.compile("和|与|及|、")
# A verb of use or of what the money pays for right after such a bare 万/亿 (出资5000万设立…, 投入3000万用于…, 投资2亿建设…):
# the amount ends there; any other word after it is a unit of people or things (5000万人次, 3000万株), no money.
_BARE_MONEY_USE_AFTER = re.compile("(?:专项|主要|全部)?(?:用于|用来|用作|作为|设立|成立|建设|兴建|新建|修建|扩建|改建|改造|援建|购置|支持|扶持|帮助"
                                   "|捐给|捐赠给|捐献给|赠给|资助)")
_HAN = re.compile("[\u4e00-\u9fff]")
_NUM_BEFORE = r"(?<![\dA-Za-z.·・〇○零一二三四五六七八九十百千万亿两廿卅])"


_LATIN_BEFORE = re.compile("[A-Za-z0-9]")
# The unit of an amount written in digits (2亿元, 500万, 80美元): a run of Han characters that starts with it
# right after the digits is the sentence after a sum (2亿元用于乡村教师…), never the head of an organization.
_MONEY_UNIT_HEAD = re.compile("[万亿]*[美港欧日澳]?元|[万亿]")
_YEAR_YUAN = re.compile(r"(?:[A-Z]{2,3} ?)?(?:19|20)\d{2}元")


class _Span(NamedTuple):
    label: str
    start: int
    end: int
    value: dict[str, Any]


class _Unit(NamedTuple):
    """One title of a chain: organization + title word, ``head`` the title word span."""

    start: int
    head_start: int
    end: int


def read_lexicon(path: str | Path) -> list[tuple[str, str]]:
    """Entries of a lexicon file: ``(entry, kind)``; kind is the tab-separated second column or ``""``.

    Blank lines and lines starting with ``#`` are skipped; entries keep their order.
    """
    entries = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            entry, _, kind = line.partition("\t")
            entries.append((entry.strip(), kind.strip()))
    return entries


def read_patterns(path: str | Path) -> dict[str, Any]:
    """A pattern file with its ``_comment`` keys removed (at every level)."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if not k.startswith("_")}
        return node

    with open(path, encoding="utf-8") as fh:
        return strip(json.load(fh))


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, as a character trie.

    Python's ``re`` tries alternatives one by one; a trie tests each character once,
    which keeps a 500-word alternation fast.
    """
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"  # greedy: the longer word is tried first
        return body

    pattern = build(trie)
    return pattern if pattern else "(?!)"


def _is_han(ch: str) -> bool:
    return _HAN_LOW <= ch <= _HAN_HIGH


class RuleTagger:
    """Finds rule entities in clean text; holds the compiled lexicons and patterns.

    Build it once per process (compiling takes ~50 ms) and call :meth:`tag` per text, or
    use it as a pipeline stage: ``tagger(doc)`` appends to ``doc.entities``.
    """

    name = "rules"
    requires = ("clean_text",)
    provides = ("entities",)

    def __init__(
        self,
        lexicons_dir: str | Path = DEFAULTS["lexicons_dir"],
        patterns_dir: str | Path = DEFAULTS["patterns_dir"],
    ) -> None:
        lex, pat = Path(lexicons_dir), Path(patterns_dir)
        self._init_numbers(lex, read_patterns(pat / "counts.json"), read_patterns(pat / "dates.json"))
        self._init_titles(lex, read_patterns(pat / "titles.json"))
        self._init_honors(lex, read_patterns(pat / "honors.json"))

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> RuleTagger:
        return cls(config["lexicons_dir"], config["patterns_dir"])

    # ------------------------------------------------------------------ set-up

    def _init_numbers(self, lex: Path, counts: dict[str, Any], dates: dict[str, Any]) -> None:
        classifiers = read_lexicon(lex / "classifiers.txt")
        self._classifier_kind = {word: kind or "generic" for word, kind in classifiers}
        self._count_re = first_char_gated(
            _NUM_BEFORE
            + values.COUNT_NUMBER_PATTERN
            + f" ?(?P<cls>{trie_pattern(self._classifier_kind)})(?P<after>左右|以上)?"
        )
        self._count_reject_after = {k: tuple(v) for k, v in counts["reject_after"].items()}
        self._count_reject_before = tuple(counts["reject_before"]["words"])
        self._count_reject_unless = tuple(counts["reject_before"]["unless"])
        self._money_re = first_char_gated(_NUM_BEFORE + "(?:" + values.MONEY_PATTERN + ")")
        self._percent_re = first_char_gated(_NUM_BEFORE + "(?:" + values.PERCENT_PATTERN + ")")
        self._date_re = first_char_gated(
            r"(?<![\dA-Za-z.:〇○零一二三四五六七八九十两廿卅])" + values.DATE_PATTERN + r"(?!\d)")
        self._time_re = first_char_gated(r"(?<![\d:：.])(?:" + values.TIME_PATTERN + r")(?!\d)")
        self._cn_day_after = frozenset(dates["cn_day_alone_after"]["chars"])
        self._cn_day_re = re.compile("[〇○零一二三四五六七八九十廿卅]+日")
        self._day_alone_re = re.compile(r"\d{1,2}日")
        self._day_reject_after = tuple(dates["day_alone_reject_after"]["words"])

    def _init_titles(self, lex: Path, rules: dict[str, Any]) -> None:
        titles = [w for w, _ in read_lexicon(lex / "job_titles.txt")]
        orgs = [w for w, _ in read_lexicon(lex / "org_suffixes.txt")]
        modifiers = rules["modifiers"]["words"]
        self._titles = set(titles)
        kinds: dict[str, str] = {}
        for word in orgs:
            kinds[word] = "org"
        for word in titles:
            kinds[word] = "title"
        for word in rules["blockers"]["words"]:
            kinds[word] = "block"
        self._word_kind = kinds
        # A modifier (副, 常务副) counts only right before a title word; matching it as an
        # optional prefix with a look-ahead keeps the pattern small (spelling out every
        # modifier + title pair made a 16 times larger trie and a second of compile time).
        title_words = [w for w, k in kinds.items() if k == "title"]
        self._word_re = first_char_gated(
            f"(?P<mod>(?:{trie_pattern(modifiers)})(?={trie_pattern(title_words)}))?(?P<word>{trie_pattern(kinds)})"
        )
        self._joiners = frozenset(rules["joiners"]["words"])
        self._zhang_reject = frozenset(rules["reject_after_zhang"]["chars"])
        self._stop_chars = frozenset(rules["stop_chars"]["chars"])
        self._stop_words = frozenset(rules["stop_words"]["words"])
        self._stop_lengths = sorted({len(w) for w in self._stop_words}, reverse=True)
        self._head_max = int(rules["free_text"]["head_max"])
        self._inner_max = int(rules["free_text"]["inner_max"])
        self._surnames = frozenset(w for w, _ in read_lexicon(lex / "surnames.txt"))
        self._compound_surnames = frozenset(w for w in self._surnames if len(w) == 2)

    def _init_honors(self, lex: Path, rules: dict[str, Any]) -> None:
        entries = read_lexicon(lex / "honor_words.txt")
        names = [w for w, kind in entries if kind in ("", "honor")]
        heads = [w for w, kind in entries if kind == "head"]
        tails = rules["tails"]["words"]
        scope = trie_pattern(rules["scope_prefixes"]["words"])
        gap = "(?:(?![的和与及地得])[\u4e00-\u9fff]){0,4}?"
        self._honor_re = first_char_gated(
            f"(?:{scope})?(?:{trie_pattern(names)}|(?:{trie_pattern(heads)}){gap}(?:{trie_pattern(tails)}))"
        )
        self._head_re = re.compile(trie_pattern(heads))
        quotes = rules["quotes"]
        self._quote_re = re.compile(
            "|".join(
                f"{re.escape(p[0])}([^{re.escape(p)}\n]{{{quotes['min_len']},{quotes['max_len']}}}){re.escape(p[1])}"
                for p in quotes["pairs"]
            )
        )
        glue = "(?:了|为|过)?"
        self._strong_re = re.compile(f"(?:{trie_pattern(rules['strong_triggers']['words'])}){glue}$")
        self._weak_re = re.compile(f"(?:{trie_pattern(rules['weak_triggers']['words'])}){glue}$")
        self._award_re = re.compile(trie_pattern(rules["award_verbs"]["words"]))
        self._title_words = tuple(sorted(rules["title_words"]["words"], key=len, reverse=True))
        self._quote_tails = tuple(sorted(rules["quote_tails"]["words"], key=len, reverse=True))

    # ------------------------------------------------------------------ tagging

    def __call__(self, doc: Document) -> Document:
        """Append the rule entities of ``doc.clean_text``; bare 元 reads as ``doc.hints["currency"]``
        when a previous stage set it (``"TWD"`` for Taiwan), else CNY."""
        currency = doc.hints.get("currency", "CNY")
        doc.entities.extend(self.tag(doc.clean_text, default_currency=currency))
        return doc

    def tag(self, text: str, *, default_currency: str = "CNY") -> list[Entity]:
        """Rule entities of ``text``, sorted by start offset; offsets index ``text``."""
        spans: list[_Span] = []
        spans += self._dates(text)
        spans += self._times(text)
        counts = self._counts(text)
        spans += counts
        spans += self._money(text, default_currency)
        spans += self._percents(text)
        spans += self._titles_in(text)
        spans += self._honors(text, {s.end for s in counts})
        kept = _resolve_overlaps(spans, len(text))
        return [Entity(s.label, text[s.start : s.end], s.start, s.end, "rule", s.value) for s in kept]

    # -- numbers and dates

    def _dates(self, text: str) -> list[_Span]:
        out = []
        for m in self._date_re.finditer(text):
            core = m.group("core")
            if self._cn_day_re.fullmatch(core) and text[m.start() - 1 : m.start()] not in self._cn_day_after:
                continue
            if self._day_alone_re.fullmatch(core) and text.startswith(self._day_reject_after, m.start("core") + len(core)):
                continue
            end = m.end()
            value = values.parse_date(text[m.start() : end])
            if value is None:
                # The time tail may be what fails (25日25时): keep the date proper alone.
                end = m.end("core")
                value = values.parse_date(core)
                if value is None:
                    continue
            out.append(_Span("DATE", m.start(), end, _value_dict(value)))
        return out

    def _times(self, text: str) -> list[_Span]:
        out = []
        for m in self._time_re.finditer(text):
            value = values.parse_time(m.group())
            if value is not None:
                out.append(_Span("TIME", m.start(), m.end(), _value_dict(value)))
        return out

    def _counts(self, text: str) -> list[_Span]:
        out = []
        for m in self._count_re.finditer(text):
            cls = m.group("cls")
            if m.group("after") is None and text.startswith(self._count_reject_after.get(cls, ()), m.end()):
                continue
            head = text[max(0, m.start() - 3) : m.start()]
            if head.endswith(self._count_reject_before) and not head.endswith(self._count_reject_unless):
                continue
            value = values.parse_count(m.group())
            if value is None:
                continue
            data = _value_dict(value)
            data["kind"] = self._classifier_kind[cls]
            out.append(_Span("COUNT", m.start(), m.end(), data))
        return out

    def _money(self, text: str, default_currency: str) -> list[_Span]:
        out = []
        for m in self._money_re.finditer(text):
            start, end = m.start(), m.end()
            if m.group("pre") is None and m.group("pre2") is None and m.group("suf") is None and m.group("suf1") is None:
                if (unit := self._listed_unit(text, m)) is not None:
                    value = values.parse_money(text[start:end] + unit, default_currency=default_currency)
                    if value is not None:
                        out.append(_Span("MONEY", start, end, _value_dict(replace(value, text=text[start:end]))))
                        continue
                # 总投资20亿，拨付资金200万，用于…: 万/亿 of a funding word with 元 left out; any other
                # bare number is the common case, skipped before parsing
                before = _BARE_MONEY_BEFORE.search(text, max(0, start - 12), start)
                if not (m.group("sep") is None and _MAGNITUDE_END.search(text, start, end) and before
                        and (_BARE_MONEY_USE_AFTER.match(text, end) or not (_HAN.match(text, end) or before["brought"]))):
                    continue  # (送来50万 alone may be anything brought: only 送来50万捐给… is a gift)
                value = values.parse_money(text[start:end] + "元", default_currency=default_currency)
                if value is not None:
                    value = replace(value, text=text[start:end], currency_explicit=False)
                    out.append(_Span("MONEY", start, end, _value_dict(value)))
                continue
            while end > start and text[end - 1] == " ":
                end -= 1  # the optional spaces of the pattern may trail the match
            code = m.group("pre") or m.group("pre2") or ""
            year_yuan = _YEAR_YUAN.fullmatch(text, start, end) is not None and _HAN.match(text, end) is not None
            if year_yuan and (code or text.startswith("素", end)):
                continue  # HK2024元朗区花卉展, 2024元素艺术展: a year before a word starting with 元, no sum
            if code.isascii() and code.isalpha() and not re.search("[万亿]", text[start:end]) and (
                    _LATIN_BEFORE.match(text[start - 1 : start]) or (text[end - 1] in "角块毛" and _HAN.match(text, end))):
                continue  # NT200角磨机, XHK300元: a code inside a name, not a sum of money
            if _PLACE_JIAO.fullmatch(text, start, end) and not text.startswith("钱", end):
                continue  # 长三角、珠三角, 三角形: a word, not three dimes
            if _NUMERAL_YUAN.fullmatch(text, start, end) and (
                    _WORD_AFTER_YUAN.match(text, end) or _PLACE_ITEM_BEFORE.search(text, max(0, start - 2), start)
                    or _PLACE_ITEM_AFTER.match(text, end)):
                continue  # 三元前驱体, 二元结构, 三元里, 双河、三元两个乡: a word or a place, not three yuan
            if text[end - 1 : end] in _CLASSIFIER_UNITS and _MEASURE_WORD.fullmatch(text, start, end) \
                    and _NOUN_AFTER.match(text, end):
                continue  # 一块纸片, 两毛衣: 块/毛 as a measure word before its noun, not money
            if _COUNTED_BLOCKS.fullmatch(text, start, end) and _NOUN_AFTER.match(text, end) \
                    and not _MONEY_NOUN_AFTER.match(text, end):
                continue  # 200多块公告栏: 块 as a measure word after a count in figures, not money
            if text[start:end] == "一块" and _PORTION_VERB_BEFORE.search(text, max(0, start - 1), start) \
                    and _NO_MONEY_AFTER.match(text, end):
                continue  # 预算内挤一块、…切一块: a share of the money, not one yuan
            value = values.parse_money(text[start:end], default_currency=default_currency)
            if value is not None:
                out.append(_Span("MONEY", start, end, _value_dict(value)))
        return out

    def _listed_unit(self, text: str, m: re.Match[str]) -> str | None:
        """The unit written after the next amount of a list that the bare amount ``m`` (a figure in 万/亿, no unit)
        opens (40万和300万港元 -> 港元, 3万、5万元 -> 元), or None where no such amount follows right after its joint."""
        if m.group("sep") is not None or not _MAGNITUDE_END.search(text, m.start(), m.end()):
            return None
        joint = _LISTED_AMOUNT_JOINT.match(text, m.end())
        following = self._money_re.match(text, joint.end()) if joint else None
        if following is None or following.group("pre") is not None or following.group("pre2") is not None \
                or following.group("sep") is not None or following.group("suf1") is None \
                or not _MAGNITUDE_END.search(text, following.start(), following.start("suf1")):
            return None
        return following.group("suf1")

    def _percents(self, text: str) -> list[_Span]:
        out = []
        for m in self._percent_re.finditer(text):
            value = values.parse_percent(m.group())
            if value is not None:
                out.append(_Span("PERCENT", m.start(), m.end(), _value_dict(value)))
        return out

    # -- titles

    def _tokens(self, text: str) -> tuple[list[tuple[int, int]], dict[int, int], bytearray]:
        """Title tokens ``(start, end)``, organization tokens by end, and a mask of blocker words."""
        titles: list[tuple[int, int]] = []
        org_by_end: dict[int, int] = {}
        blocked = bytearray(0)
        kinds = self._word_kind
        for m in self._word_re.finditer(text):
            start, end = m.span()
            kind = kinds[m["word"]]
            if m["mod"] and kind != "title":
                # The look-ahead saw a title, but a longer organization or blocker word won.
                start = m.start("word")
            if kind == "org":
                # 公安局长: the organization word swallowed the 局 of 局长.
                if text[end : end + 1] == "长" and text[end - 1] + "长" in self._titles:
                    kind, end = "title", end + 1
                else:
                    org_by_end[end] = start
                    continue
            if kind == "block":
                if not blocked:
                    blocked = bytearray(len(text))
                blocked[start:end] = b"\x01" * (end - start)
                continue
            if text[end - 1] == "长" and text[end : end + 1] in self._zhang_reject:
                continue
            titles.append((start, end))
        return titles, org_by_end, blocked

    def _stop_ends_at(self, text: str, j: int) -> bool:
        if text[j - 1] in self._stop_chars:
            return True
        return any(text[j - k : j] in self._stop_words for k in self._stop_lengths if k <= j)

    def _looks_like_name(self, text: str, j: int) -> bool:
        """Whether a person name (surname + given name) starts at ``j``."""
        return text[j : j + 2] in self._compound_surnames or text[j : j + 1] in self._surnames

    def _organization_start(
        self, text: str, pos: int, floor: int, after_title: bool, org_by_end: dict[int, int], blocked: bytearray
    ) -> int:
        """Start of the organization written before the title word at ``pos`` (``pos`` if none).

        Scans left from ``pos`` over organization words and short runs of other Han
        characters, never past ``floor`` (the end of the previous title).  The word right
        before the title must be an organization word.
        """
        start = i = pos
        if i not in org_by_end:
            return pos
        scan_max = max(self._head_max, self._inner_max)
        while True:
            org_start = org_by_end.get(i, -1)
            if org_start >= floor:
                start = i = org_start
                continue
            j, n, hit = i, 0, "stop"
            while True:
                if j <= floor:
                    hit = "floor"
                    break
                if not _is_han(text[j - 1]) or (blocked and blocked[j - 1]) or self._stop_ends_at(text, j):
                    break
                if n == scan_max:
                    hit = "limit"
                    break
                j -= 1
                n += 1
                if org_by_end.get(j, -1) >= floor:
                    hit = "org"
                    break
            if n == 0 or hit == "limit":
                return start
            if hit == "org":
                if n > self._inner_max:
                    return start
                i = j
                continue
            if n > self._head_max:
                return start
            if hit == "floor" and after_title and self._looks_like_name(text, j):
                return start  # 书记王世华党委...: the run is the name of the previous title's holder
            if j and text[j - 1].isdigit() and _MONEY_UNIT_HEAD.match(text, j):
                return start  # 安排2亿元用于乡村教师: the run is an amount's unit and verb, no organization
            return j

    def _titles_in(self, text: str) -> list[_Span]:
        titles, org_by_end, blocked = self._tokens(text)
        if not titles:
            return []
        units: list[_Unit] = []
        floor = 0
        for t_start, t_end in titles:
            after_title = bool(units)  # floor is then the end of the previous title
            start = self._organization_start(text, t_start, floor, after_title, org_by_end, blocked)
            units.append(_Unit(start, t_start, t_end))
            floor = t_end
        out = []
        chain = [units[0]]
        for unit in units[1:]:
            if text[chain[-1].end : unit.start] in self._joiners:
                chain.append(unit)
            else:
                out.append(self._title_span(text, chain))
                chain = [unit]
        out.append(self._title_span(text, chain))
        return out

    @staticmethod
    def _title_span(text: str, chain: list[_Unit]) -> _Span:
        value = {
            "units": [text[u.start : u.end] for u in chain],
            "heads": [text[u.head_start : u.end] for u in chain],
        }
        return _Span("TITLE", chain[0].start, chain[-1].end, value)

    # -- honours

    def _honors(self, text: str, count_ends: set[int]) -> list[_Span]:
        out = []
        for m in self._honor_re.finditer(text):
            out.append(_Span("HONOR", m.start(), m.end(), {"name": m.group(), "quoted": False}))
        for m in self._quote_re.finditer(text):
            content = next(g for g in m.groups() if g is not None)
            start, end = m.span()
            tail = next((w for w in self._quote_tails if text.startswith(w, end)), "")
            before = text[max(0, start - _TRIGGER_WINDOW) : start]
            has_head = self._head_re.search(content) is not None
            if self._strong_re.search(before) or text.startswith(self._title_words, end + len(tail)):
                accept = True
            elif self._weak_re.search(before):
                accept = has_head
            elif start in count_ends:
                accept = has_head or self._award_re.search(_sentence(text, start, end)) is not None
            else:
                accept = False
            if accept:
                out.append(_Span("HONOR", start, end + len(tail), {"name": content + tail, "quoted": True}))
        return out


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``[start, end)``: from the previous sentence end to the next one."""
    left = max(text.rfind(ch, 0, start) for ch in _SENTENCE_ENDS) + 1
    rights = [i for i in (text.find(ch, end) for ch in _SENTENCE_ENDS) if i >= 0]
    return text[left : min(rights) if rights else len(text)]


def _value_dict(value: Any) -> dict[str, Any]:
    """A value dataclass as a plain dict, without its ``text`` (the entity has it).

    The value classes hold only scalars, so a shallow read of the fields is enough;
    ``dataclasses.asdict`` deep-copies and cost ~3 % of pipeline time.
    """
    return {f.name: getattr(value, f.name) for f in fields(value) if f.name != "text"}


def _resolve_overlaps(spans: list[_Span], length: int) -> list[_Span]:
    """Non-overlapping spans: longer first, then :data:`LABEL_ORDER`, then earlier; sorted by start."""
    taken = bytearray(length)
    kept = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, _RANK[s.label], s.start)):
        if span.start >= span.end or any(taken[span.start : span.end]):
            continue
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        kept.append(span)
    kept.sort(key=lambda s: (s.start, s.end))
    return kept
