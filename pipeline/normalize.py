"""Normalization steps: the clean text that later stages read, with its offset map.

Each step is a function ``(text) -> Edit`` where :class:`Edit` carries the new text, the
position in the step's input of every output character, and warnings.  The steps run
in the order of ``config["normalize_steps"]``; :class:`Normalizer` composes their maps
into the document's :class:`~pipeline.document.OffsetMap`, so every clean character
still points at its source character in the raw text.

Steps:
- ``entities``: HTML character references in text input (``&ldquo;``, ``&amp;``, ``&#8220;``)
  to their characters.
- ``unicode``: full-width ASCII letters/digits to half-width, exotic spaces to a plain
  space, zero-width and control characters dropped, CR/CRLF to LF.  Chinese
  punctuation stays.
- ``mojibake``: see :mod:`pipeline.mojibake`.
- ``pinyin``: inline pinyin left by converters after a Hanzi (``會(huì)``) is dropped.
- ``spam``: spam strings injected into sentences by mirror sites (``bat365中国官方网站``) are
  dropped; the patterns are data (``inline_spam`` in ``models/lexicons/boilerplate.json``).
- ``punctuation``: runs of commas/full stops left by conversion (``,,`` ``,。``) collapse
  to the strongest mark.
- ``t2s``: Traditional to Simplified, character for character (OpenCC ``t2s``
  dictionaries; phrase conversions that would change length are refused per segment so
  offsets stay true); sets ``doc.language``.

Known limitations: pinyin without tone marks (``(hui)``) is kept, because it cannot be
told apart from a Latin abbreviation in parentheses; regional phrase conversions
(``tw2sp``) are not used since they change length; ``unwrap`` runs before ``t2s``, so its test of a word cut by a
lone line's wrap (jieba's dictionary, Simplified) finds fewer cut words in a Traditional page.
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.document import Document, OffsetMap


@dataclass(frozen=True, slots=True)
class Edit:
    """Output of one step: ``positions[i]`` is the input index of output char ``i``."""

    text: str
    positions: list[int] | range
    warnings: list[str] = field(default_factory=list)


def apply_replacements(text: str, replacements: list[tuple[int, int, str]]) -> Edit:
    """Replace non-overlapping ``[start, end)`` spans, sorted by start, with shorter-or-equal strings.

    Output char ``k`` of a replacement maps to input index ``start + k``; a replacement
    may not be longer than its span, which keeps the map strictly increasing.
    """
    if not replacements:
        return Edit(text, range(len(text)))
    parts: list[str] = []
    positions: list[int] = []
    cursor = 0
    for start, end, new in replacements:
        if start < cursor or len(new) > end - start:
            raise ValueError(f"bad replacement [{start}, {end}) -> {new!r} at cursor {cursor}")
        parts.append(text[cursor:start])
        positions.extend(range(cursor, start))
        parts.append(new)
        positions.extend(range(start, start + len(new)))
        cursor = end
    parts.append(text[cursor:])
    positions.extend(range(cursor, len(text)))
    return Edit("".join(parts), positions)


# -- unicode ---------------------------------------------------------------------------

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_DROP = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\n\t") + "\x7f"
# Full-width letters, digits and the few symbols that belong to numbers (％ ． ＋ －).
_FULLWIDTH = {
    ord(ch): chr(ord(ch) - 0xFEE0)
    for ch in map(chr, range(0xFF01, 0xFF5F))
    if chr(ord(ch) - 0xFEE0).isalnum() or ch in "％．＋－＠＃＆＊＝／"
}
# Kangxi and supplementary radicals (⽇ ⽉ ⻓ of PDF copies) to the ideographs they stand for.
_RADICALS = {
    c: ord(unicodedata.normalize("NFKC", chr(c)))
    for c in (*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6))
    if len(unicodedata.normalize("NFKC", chr(c))) == 1 and unicodedata.normalize("NFKC", chr(c)) != chr(c)
} | {ord(r): ord(c) for r, c in zip("⻅⻆⻉⻋⻐⻓⻔⻙⻚⻛⻜⻠⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰", "见角贝车金长门韦页风飞食马鱼鸟卤麦黄黾齐齿龙", strict=True)}
# (the simplified forms of the radicals supplement have no compatibility mapping: written out)
# Pictographs, dingbats and block or arrow bullets (🔹 💪 ▌ ◆ ▶) a page puts before or after a
# paragraph: a space, so they join nothing to a title or a name (▲ △ • ● ■ ○ stay: captions, list
# items and the zero of 二○二三 use them).
_PICTOGRAPHS = "\U0001F000-\U0001FAFF\u2600-\u2604\u2607-\u27BF\u2B00-\u2BFF\u2580-\u259F\u25C6\u25C7\u25B6\u25BA\u25C0\u25C4\ufe0f\ufe0e"
_UNICODE_TABLE = {
    **_FULLWIDTH, **{ord(c): " " for c in _SPACES}, **_RADICALS, 0x2028: "\n", 0x2029: "\n",
    # (★ ☆ stay: ★★★★★党支部 is a rating)
    **{c: " " for lo, hi in ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x2580, 0x259F)) for c in range(lo, hi + 1)
       if c not in (0x2605, 0x2606)},
    **{ord(c): " " for c in "\u25c6\u25c7\u25b6\u25ba\u25c0\u25c4\ufe0f\ufe0e"},
}
_UNICODE_TODO = re.compile(
    "[" + re.escape(_SPACES + _DROP + _CONTROL) + "\r" + "\uff01-\uff5e\u2028\u2029\u2E80-\u2EF3\u2F00-\u2FD5"
    + _PICTOGRAPHS + "]"
)
# What the character loop of the unicode step is needed for: characters dropped, CR, and the
# U+00A0/U+00AD that may be kept beside Latin-1 characters.
_UNICODE_REMOVES = re.compile("[" + re.escape(_DROP + _CONTROL) + "\r\u00a0\u00ad]")
_CRLF = "\r\n"


def _latin_neighbour(text: str, i: int) -> bool:
    """``text[i]`` inside a run of at least three Latin-1 characters (U+0080-U+00FF): the bytes of a
    wrong decoding (a Chinese character is three UTF-8 bytes), which the mojibake step needs whole;
    not José García, 38°, ¥ 500."""
    lo = hi = i
    while lo > 0 and _latin_like(text[lo - 1]):
        lo -= 1
    while hi + 1 < len(text) and _latin_like(text[hi + 1]):
        hi += 1
    # (县委书记\xa0\xa0\xa0王强: padding, not bytes; at least two other characters in the run)
    return hi - lo + 1 >= MOJIBAKE_RUN_MIN and sum(ch not in "\u00a0\u00ad" for ch in text[lo : hi + 1]) >= 2


#: Latin-1 characters in a row from which U+00A0/U+00AD are kept for the mojibake step.
MOJIBAKE_RUN_MIN = 3
# cp1252's characters for the bytes 0x80-0x9F (UTF-8 read as Windows-1252: 孙 = å\xad™).
_CP1252_HIGH = frozenset("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")


def _latin_like(ch: str) -> bool:
    return "\u0080" <= ch <= "\u00ff" or ch in _CP1252_HIGH


def unicode_step(text: str) -> Edit:
    """(U+00A0 and U+00AD beside Latin-1 characters are kept: UTF-8 read as Latin-1 holds them as
    continuation bytes, 中 = E4 B8 AD; the mojibake step repairs them or clears them afterwards.)"""
    if not _UNICODE_TODO.search(text):
        return Edit(text, range(len(text)))
    if not _UNICODE_REMOVES.search(text):
        # only one-for-one mappings (full-width forms, spaces, radicals, pictographs): a translation
        return Edit(text.translate(_UNICODE_TABLE), range(len(text)))
    # (only the characters _UNICODE_REMOVES finds need a decision of their own; the stretches between them are
    # one-for-one mappings, translated whole: the table maps every character to one character)
    out: list[str] = []
    positions: list[int] = []
    n = len(text)
    cursor = 0
    for m in _UNICODE_REMOVES.finditer(text):
        i = m.start()
        out.append(text[cursor:i].translate(_UNICODE_TABLE))
        positions.extend(range(cursor, i))
        cursor = i + 1
        ch = text[i]
        if ch == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                continue  # the LF that follows stands for the pair
            out.append("\n")
        elif ch in "\u00a0\u00ad" and _latin_neighbour(text, i):
            out.append(ch)
        elif ch in _DROP or ch in _CONTROL:
            continue
        else:
            mapped = _UNICODE_TABLE.get(ord(ch), ch)
            out.append(chr(mapped) if isinstance(mapped, int) else mapped)
        positions.append(i)
    out.append(text[cursor:].translate(_UNICODE_TABLE))
    positions.extend(range(cursor, n))
    return Edit("".join(out), positions)


# -- entities --------------------------------------------------------------------------

# &ldquo;, &amp;, &#8220;, &#x201C;: HTML character references left in a page saved as text.
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,10}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# The rest of a reference after an escaped ampersand (&amp;ldquo;).
_ESCAPED_TWICE = re.compile(r"[A-Za-z][A-Za-z0-9]{1,10};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};")
_SPACE_ENTITIES = frozenset({"&nbsp;", "&ensp;", "&emsp;", "&thinsp;", "&#160;", "&#xa0;"})
_HAN = re.compile("[\u4e00-\u9fff]")
_MARKUP_ENTITIES = frozenset({"&lt;", "&gt;", "&amp;", "&#60;", "&#62;", "&#38;", "&quot;", "&apos;"})
# A reference written without its semicolon (发放奖金&nbsp20万元, &ldquo;优秀&rdquo, &#8220优秀): many CMSs and
# scrapers leave them so. Read only in a page saved as text, and only for the names in :data:`_BARE_NAMES`.
# (not a URL's query parameter: ?id=5&lang=zh)
_BARE_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,10}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6})(?![;=0-9A-Za-z])|&[A-Za-z][A-Za-z0-9]{1,10}(?=[0-9])(?![0-9]*=)")
# The names a reference without its semicolon is read for: the legacy names a browser decodes so (those of
# html.entities.html5 without their semicolon: nbsp, copy, amp, quot, times, middot, laquo, …), and the typographic
# ones a CMS writes so (&ldquo优秀&rdquo, 1998&mdash2024; a browser shows these literally, a reader would want the
# marks, GUIDELINES §1). Other html5 names are English words too often (male&female, Rock&or, Tom&it).
_BARE_NAMES = frozenset(
    {name for name in html.entities.html5 if not name.endswith(";")}
    | {"ldquo", "rdquo", "lsquo", "rsquo", "bdquo", "mdash", "ndash", "hellip", "bull", "ensp", "emsp", "thinsp"}
)


@dataclass(frozen=True)
class _Reference:
    """A character reference found in the text: where it is written, and the reference with its semicolon."""

    start: int
    end: int
    name: str


def _bare_reference(m: re.Match[str]) -> _Reference | None:
    """The reference a match of _BARE_ENTITY stands for, or None when it is none of :data:`_BARE_NAMES`: a
    number, a name before no letter or digit (&ldquo优秀), or a name before a digit (&nbsp20, &copy2024,
    &mdash2024; not &region, R&D, &female)."""
    written = m.group()
    if written[1] == "#":
        return _Reference(m.start(), m.end(), written + ";")
    if written[1:] in _BARE_NAMES:
        return _Reference(m.start(), m.end(), written + ";")
    for cut in range(len(written) - 1, 2, -1):
        if written[1:cut] in _BARE_NAMES and written[cut].isdigit():
            return _Reference(m.start(), m.start() + cut, written[:cut] + ";")
    return None


def _references(text: str, html_page: bool) -> list[_Reference]:
    """The character references of the text in order: written with their semicolon, and (in a page
    saved as text) written without it."""
    found = [_Reference(m.start(), m.end(), m.group()) for m in _ENTITY.finditer(text)]
    if html_page or not _BARE_ENTITY.search(text):
        return found
    taken = {ref.start for ref in found}
    for m in _BARE_ENTITY.finditer(text):
        ref = _bare_reference(m) if m.start() not in taken else None
        if ref is not None:
            found.append(ref)
    return sorted(found, key=lambda r: r.start)


def entities_step(text: str, html_page: bool = False) -> Edit:
    """Character references decoded to their characters (``html.unescape``), each mapped to the
    reference's first character; unknown names stay as written."""
    if "&" not in text:
        return Edit(text, range(len(text)))
    replacements = []
    matches = _references(text, html_page)
    for k, m in enumerate(matches):
        # (&nbsp; and the other spaces are a plain space, as a page shows them: 2023/5/9&nbsp;14:30,
        # 王强&nbsp;李明; on HTML pages the markup stage decoded the references once, and a second
        # decoding takes only typographic ones: &amp;ldquo; shows “, &amp;lt;p&amp;gt; stays text)
        name = m.name  # (names are case-sensitive: &NBSP; is no reference)
        if html_page and name in _MARKUP_ENTITIES:
            continue
        inner = _ESCAPED_TWICE.match(text, m.end) if name == "&amp;" and not html_page else None
        if inner is not None:
            # &amp;ldquo; (escaped twice by a feed or a CMS): the typographic character it shows
            reference = "&" + inner.group()
            shown = html.unescape(reference)
            if reference not in _MARKUP_ENTITIES and reference not in _SPACE_ENTITIES and len(shown) == 1 and shown != reference:
                replacements.append((m.start, inner.end(), shown))
                continue
        if name in _SPACE_ENTITIES:
            # one between Chinese characters joins a word the page justified (县委&nbsp;党校); a run, or
            # one beside a digit or a letter, separates (王强&nbsp;&nbsp;李明, 2023/5/9&nbsp;14:30)
            after_space = k > 0 and matches[k - 1].end == m.start and matches[k - 1].name in _SPACE_ENTITIES
            before_space = k + 1 < len(matches) and matches[k + 1].start == m.end and matches[k + 1].name in _SPACE_ENTITIES
            between_han = _HAN.match(text[m.start - 1 : m.start] or "a") and _HAN.match(text[m.end : m.end + 1] or "a")
            # (a run is one space, written at its first reference)
            char = "" if after_space or (between_han and not before_space) else " "
        else:
            char = html.unescape(name)
        if char != name and len(char) <= len(name):
            replacements.append((m.start, m.end, char))
    return apply_replacements(text, replacements)


# -- pinyin ----------------------------------------------------------------------------

_TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONED = _TONED_VOWELS + "ńňǹḿ"  # (the toned nasals of 嗯 ńg, 呣 ḿ)
_PINYIN_LETTERS = "a-zü" + _TONED
# A Hanzi followed by "(syllable)" where the syllable carries a tone mark; converters
# write one syllable per character, so 領(lǐng)導(dǎo) is two matches;
# A run of annotations after one Hanzi (會(huì)(huì)) goes whole, so that the step is idempotent.
# A gloss of a word gives its syllables in one bracket, spaced (週年(zhōu nián)), at least one of them toned.
_PINYIN = re.compile(
    "(?<=[\u3400-\u9fff\uf900-\ufaff])(?:[(（]"
    f"(?=[{_PINYIN_LETTERS} ]*[{_TONED}])[{_PINYIN_LETTERS}]+(?: [{_PINYIN_LETTERS}]+){{0,5}}"
    "[)）])+"
)


# A word of a gloss made of pinyin syllables (zhōu, zhōngguó), and one bracket of the run; a gloss is pinyin when every word
# is and at least half of them are toned (not 拿铁咖啡(café latte), 点菜(à la carte): a foreign gloss with one accent).
_PINYIN_WORD = re.compile(
    f"(?:(?:[zcs]h|[bpmfdtnlgkhjqxzcsryw])?[aeiouü{_TONED_VOWELS}]{{1,3}}(?:ng|n|r)?|[ńňǹḿ]g?)+")
_PINYIN_BRACKET = re.compile("[(（]([^)）]*)[)）]")


def _is_pinyin(run: str) -> bool:
    for bracket in _PINYIN_BRACKET.finditer(run):
        words = bracket[1].split(" ")
        if not all(_PINYIN_WORD.fullmatch(w) for w in words) or \
                2 * sum(any(c in _TONED for c in w) for w in words) < len(words):
            return False
    return True


def pinyin_step(text: str) -> Edit:
    # (every match opens with a bracket: a text with none is not searched)
    matches = [m for m in _PINYIN.finditer(text) if _is_pinyin(m.group())] if "(" in text or "（" in text else []
    edit = apply_replacements(text, [(m.start(), m.end(), "") for m in matches])
    if matches:
        edit.warnings.append(f"W_PINYIN_REMOVED: {len(matches)} inline pinyin annotation(s)")
    return edit


# -- injected spam ---------------------------------------------------------------------

_SPAM_FILE = Path(__file__).resolve().parents[1] / "models" / "lexicons" / "boilerplate.json"


def _spam_sources() -> list[str]:
    import json

    return list(json.loads(_SPAM_FILE.read_text(encoding="utf-8"))["inline_spam"]["patterns"])


@lru_cache(maxsize=64)
def _spam_pattern(sources: tuple[str, ...] | None = None) -> re.Pattern[str]:
    """The alternation of the spam patterns ``sources`` (default: all of them, in the file's order)."""
    return re.compile("|".join(f"(?:{p})" for p in (_spam_sources() if sources is None else sources)))


def _spam_gates(sources: Sequence[str]) -> list[tuple[str, re.Pattern[str]]] | None:
    """Per spam pattern of ``sources`` (:func:`_spam_sources`, in the file's order), its source and one search for the literals of which every match of it
    holds one (:func:`pipeline.regex_gate.required_literals`); None when a pattern gives no such literals.  A text
    in which a pattern's search finds nothing holds no match of that pattern, so the alternation of the others finds
    the same matches there: most texts hold none, and the whole alternation, tried at every position, costs more than
    the rest of the steps together."""
    from pipeline.regex_gate import any_literal, required_literals

    gates = []
    for source in sources:
        found = required_literals(re.compile(source))
        if found is None:
            return None
        gates.append((source, any_literal(found)))
    return gates


def spam_step(text: str, pattern: re.Pattern[str], gates: list[tuple[str, re.Pattern[str]]] | None = None) -> Edit:
    """``gates``: :func:`_spam_gates` of the patterns ``pattern`` is the alternation of."""
    if gates is not None:
        present = tuple(source for source, gate in gates if gate.search(text))
        if not present:
            return Edit(text, range(len(text)))
        pattern = _spam_pattern(present)
    matches = list(pattern.finditer(text))
    edit = apply_replacements(text, [(m.start(), m.end(), "") for m in matches])
    if matches:
        edit.warnings.append(f"W_SPAM_REMOVED: {len(matches)} injected spam string(s), first {matches[0].group()!r}")
    return edit


# -- punctuation -----------------------------------------------------------------------

_PUNCT_RANK = {",": 1, "，": 1, "、": 1, "。": 2}
_PUNCT_RUN = re.compile("[,，、。](?:[ ]?[,，、。])+")
# A doubled full stop right after a clause that is only a title chain, before the name it titles (…讲话。镇党委书记。。
# 李国栋出席并讲话): a page glitch inside the phrase, dropped whole as a reader repairs it (GUIDELINES §1), so that the
# title stays before the name; not a sentence that ends in a post (他当选为镇党委书记。。, 的/是/为/任 before it; an
# election or an appointment: 大会选举李强当选镇长。。, 会议选举产生镇长。。, 聘任…).
_TITLE_ONLY_BEFORE = re.compile("(?:^|(?<=[。！？\n；]))(?:(?!产生)[^，。！？；\n是为任的由在了选聘 ]){2,16}"
                                "(?:书记|[县镇市区乡省村]长|主任|主席|[局部厅处科所院校站队社行]长|经理|董事长|委员)\\Z")
_DOUBLED_STOP_BEFORE_NAME = re.compile("。[ ]?。[\u4e00-\u9fff]")


# (共 42 人, 2023 年 5 月, 投入 1.5 亿元: a number between Chinese characters spaced on both sides;
# not 编辑：张三 2024-01-09, 10:20 来源, 1 张伟 市一中 at a line's start)
_COUNT_WORD = re.compile("[余多人名位个家项万元亿年月日号]")
# (before a mark, the ASCII comma a run of doubled punctuation collapses to counts too, so the step stays
# idempotent: 一 ,、; after one it does not: 张伟, 副总经理)
_SPACE_AFTER_MARK = re.compile("(?<=[、，。：；！？]) +(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) +(?=[、，。：；！？,])")
_NUMBER_SPACE = re.compile(r"(?:(?<=[\u4e00-\u9fff、，。：；（“])|^)(?P<a> ?)\d{1,6}(?:\.\d+)?(?P<b> ?)(?=[\u4e00-\u9fff])", re.M)


# Tabs between Chinese characters (赵\t建国): a page's padding inside a sentence, read as spaces as
# wide (one for one), so that the rules for spaces apply to them.
_HAN_TAB = re.compile("(?<=[\u4e00-\u9fff])\t+(?=[\u4e00-\u9fff])")


def punctuation_step(text: str) -> Edit:
    """Collapse ``,,`` / ``,。`` runs to their strongest mark (the last one of that rank); widen
    half-width marks in Chinese text (:func:`_widen`); then drop a
    space between a number and a Chinese character (``共 42 人``) or beside a Chinese mark, as the
    collapsed text has them (so the step is idempotent: ``。, 一``); last, thousands separated by
    full-width commas are narrowed (``1，200万元`` -> ``1,200万元``, :func:`_narrow_thousands`).
    Tabs between Chinese characters are spaces first; a name spaced out a character at a time
    closes up (``赵 建 国``), and so does an amount's thousands set off by a space (``8 600万元``)."""
    if "\t" in text:
        text = _HAN_TAB.sub(lambda m: " " * len(m.group()), text)
    replacements = []
    for m in _PUNCT_RUN.finditer(text):
        run = m.group()
        if _DOUBLED_STOP_BEFORE_NAME.fullmatch(run + text[m.end() : m.end() + 1]) \
                and _TITLE_ONLY_BEFORE.search(text, max(0, m.start() - 17), m.start()):
            replacements.append((m.start(), m.end(), ""))  # 镇党委书记。。李国栋: the glitch dropped whole
            continue
        marks = [(i, ch) for i, ch in enumerate(run) if ch != " "]
        best_rank = max(_PUNCT_RANK[ch] for _, ch in marks)
        keep = max(i for i, ch in marks if _PUNCT_RANK[ch] == best_rank)
        # Keep the chosen mark at its own position: drop what precedes and follows it.
        start = m.start()
        replacements.append((start, start + keep, ""))
        if keep + 1 < len(run):
            replacements.append((start + keep + 1, m.end(), ""))
    edit = apply_replacements(text, [r for r in replacements if r[0] < r[1]])
    # Half-width marks are widened one for one (the offsets stay) after the runs collapse (一,, -> 一，),
    # and again after spaces go (一 , -> 一, -> 一，), whose removal may follow a widened mark (一, 二).
    for _ in range(2):
        edit = Edit(_widen(edit.text), edit.positions, edit.warnings)
        spaces = _space_replacements(edit.text)
        if not spaces:
            break
        spaced = apply_replacements(edit.text, spaces)
        edit = Edit(spaced.text, [edit.positions[p] for p in spaced.positions], edit.warnings)
    return Edit(_narrow_thousands(_widen(edit.text)), edit.positions, edit.warnings)


# A number with its thousands separated by full-width commas (１，２００万元 reads 1，200万元 after the
# unicode step): one to three digits, then groups of exactly three.  The commas are narrowed one for
# one to the comma the number patterns read (1,200万元); a list (3，5，8) does not match.
_THOUSANDS = re.compile(r"(?<![\d.,，])\d{1,3}(?:，\d{3})+(?![\d])")


def _narrow_thousands(text: str) -> str:
    if "，" not in text:
        return text
    return _THOUSANDS.sub(lambda m: m.group().replace("，", ","), text)


def _widen(text: str) -> str:
    """Half-width marks typed in Chinese text to the full-width ones the rules read, one for one:
    ``,`` ``;`` ``:`` ``?`` ``!`` after a Chinese character (or a closing quote) and before Chinese
    text or a space; ``.`` after a Chinese character and before a space, a line end or Chinese text
    (not 12.5, 3.8万); straight double quotes paired within a line that holds Chinese (“…”);
    a Latin ``O`` between Chinese numerals of a year (二O二三年); a name's dot typed as •, ・ or ‧
    between Chinese characters (买买提•艾力 -> 买买提·艾力)."""
    if not _HALF_WIDTH_TODO.search(text):
        return text
    # (买买提•艾力, 迈克尔・哈特: a name's dot typed as a bullet or a katakana dot, to the · the rules read)
    if _NAME_DOT_CHAR.search(text):
        text = _NAME_DOT.sub("·", text)
    if "." in text:  # (米夏埃尔．舒尔茨: a full stop typed for the dot)
        text = _TRANSLIT_DOT.sub(lambda m: m.group() if _place_stop(text, m.start()) else "·", text)
    marks = list(_HALF_MARK.finditer(text))
    zeros = list(_LATIN_ZERO.finditer(text)) if "年" in text else []
    quoted = list(_QUOTED_LINE.finditer(text)) if '"' in text else []
    if not (marks or zeros or quoted):
        return text
    chars = list(text)
    for m in marks:
        group = "mark" if m["mark"] else "stop" if m["stop"] else "stop2"
        chars[m.start(group)] = _FULL_MARK[m[group]]
    for m in zeros:
        chars[m.start("o")] = "〇"
    for line in quoted:
        # (straight and curly quotes mixed, “优秀共产党员"和…: a straight one closes an open curly one)
        inside = False
        if line.group().count('"') % 2 and not _CURLY_QUOTE.search(line.group()):
            continue
        for quote in _QUOTE_CHAR.finditer(line.group()):  # (the quotes of the line: nothing else is read)
            k, ch = quote.start(), quote.group()
            if ch == "“":
                inside = True
            elif ch == "”":
                inside = False
            elif ch == '"':
                chars[line.start() + k] = "”" if inside else "“"
                inside = not inside
    return "".join(chars)


# The dots typed between the parts of a foreign name (made the middle dot ·): inside a character class.
_NAME_DOTS = "•・‧∙･﹒"
_HALF_WIDTH_TODO = re.compile(r'[\u4e00-\u9fff”」』）][,;:?!.' + _NAME_DOTS + r']|"|[〇○零一二三四五六七八九][Oo]')
_NAME_DOT = re.compile(f"(?<=[\u4e00-\u9fff])[{_NAME_DOTS}](?=[\u4e00-\u9fff])")
_NAME_DOT_CHAR = re.compile(f"[{_NAME_DOTS}]")
_QUOTE_CHAR = re.compile('[“”"]')
_CURLY_QUOTE = re.compile("[“”]")
# Characters of transliterated foreign names (Simplified and Traditional; models/lexicons/translit_chars.txt): a full
# stop typed between two runs of them (米夏埃尔．舒尔茨, 阿卜杜拉.艾哈迈德; ． is made . with the full-width letters) is
# the name's dot, no sentence end; two of them on each side, as a sentence ending and one opening on such characters
# are rare.
_TRANSLIT_FILE = Path(__file__).resolve().parents[1] / "models" / "lexicons" / "translit_chars.txt"
_TRANSLIT = "".join(line.split("#", 1)[0].strip() for line in _TRANSLIT_FILE.read_text(encoding="utf-8").splitlines())
_TRANSLIT_DOT = re.compile(f"(?<=[{_TRANSLIT}]{{2}})\\.(?=[{_TRANSLIT}]{{2}})")
# A place told before the stop (在吉林.吉林市委书记…, 抵达巴西利亚.巴西总统…): a sentence ends on the place.
_PLACE_TOLD_BEFORE = re.compile(f"(?:在|于|到|赴|访问|抵达|出访|飞抵|来到|前往)[{_TRANSLIT}]{{2,8}}$")


def _place_stop(text: str, i: int) -> bool:
    """Whether the ``.`` at ``i`` between two runs of transliteration characters ends a sentence on a place: the place
    is told (在西安.西安市市长…) or the next sentence opens on the same word (吉林.吉林市委…), which a name's two
    parts never are."""
    if _PLACE_TOLD_BEFORE.search(text, max(0, i - 10), i):
        return True
    return any(text[i - k : i] == text[i + 1 : i + 1 + k] for k in (2, 3, 4) if k <= i)


_HALF_MARK = re.compile(
    # (a full stop before a space, a line end or Chinese text: 会议.市长王强…; not between Chinese
    # numerals, 七.一, 五.四: a festival's name)
    r"(?<=[\u4e00-\u9fff”」』）])(?:(?P<mark>[,;:?!])(?=\s|[\u4e00-\u9fff“「『（]|$)"
    r"|(?<![一二三四五六七八九十])(?P<stop>\.)(?=[ \t]|$|[\u4e00-\u9fff])|(?P<stop2>\.)(?=[ \t]|$|[\u4e00-\u9fff](?<![一二三四五六七八九十])))",
    re.M,
)
_FULL_MARK = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。"}
_LATIN_ZERO = re.compile("(?<=[〇○零一二三四五六七八九])(?P<o>[Oo])(?=[〇○零一二三四五六七八九]*[Oo]?[〇○零一二三四五六七八九]*年)")
# A line with Chinese text and straight double quotes.
_QUOTED_LINE = re.compile('^(?=[^\n]*[\u4e00-\u9fff])(?=[^\n]*")[^\n]*$', re.M)


# A name spaced out a character at a time (赵 建 国, 钱  小  平): one Chinese character with a short
# space on each side and Chinese characters beyond; the spaces go.  (A space between words, 首页 新闻
# 中心, 欧阳 晓峰, has a word of two or more characters on one side, and stays.)
_SPACED_OUT = re.compile("(?<=[\u4e00-\u9fff])(?P<a> {1,3})[\u4e00-\u9fff](?P<b> {1,3})(?=[\u4e00-\u9fff])")
# Two Chinese characters before a gap: a word of its own, no spaced-out character (县委书记 赵 强).
_PADDED_AFTER_WORD = re.compile("[\u4e00-\u9fff]{2} ")
_HAN_OR_GAP = re.compile("[\u4e00-\u9fff ]")
# Thousands set off by a space (a thin, no-break or full-width space, made plain by the unicode step) in an
# amount: 8 600万元, 1 250 000元, and in Traditional text, which this step sees before t2s, 新台幣8 600萬元.
# One to three digits, then one or more groups of a space and exactly three digits, and a unit of money;
# every gap of the run closes, so no group is left behind (not 1 250000元).  Not after 第: an ordinal and
# an amount written apart (第3 500万元 is the third item's 500万元).  A count is written so too in Hong Kong
# (2 450名義工, 1 230間學校, 2 450餘名): the same run before a counting word (one of _COUNT_UNITS) closes.
_COUNT_UNITS = "名位人間间個个家所項项宗戶户件隻只座張张份場场部篇枚面條条"
_SPACED_THOUSANDS = re.compile(rf"(?<![\d.,:：第])\d{{1,3}}(?: \d{{3}})+(?=[万萬亿億元]|[多餘余]?[{_COUNT_UNITS}])")
# A gap between two thousands groups inside a run of _SPACED_THOUSANDS.
_THOUSANDS_GAP = re.compile(r"(?<=\d) (?=\d)")


def _space_replacements(text: str) -> list[tuple[int, int, str]]:
    if " " not in text:
        return []  # (every span below is a space: _NUMBER_SPACE's are its groups a and b when not empty)
    spans = set()
    # 赵 建 国: every gap of a spaced-out run (overlapping matches: 欧 阳 晓 峰)
    pos = 0
    while (m := _SPACED_OUT.search(text, pos)) is not None:
        spans.add(m.span("b"))
        # (县委书记 赵 强: a post, then a two-character name set to the width of three, as bylines print it: the
        # name's own gap goes, the one after the post's word stays, so the line still reads as a post and a name)
        if not (_PADDED_AFTER_WORD.match(text, m.start("a") - 2) and not _HAN_OR_GAP.match(text, m.end("b") + 1)):
            spans.add(m.span("a"))
        pos = m.start("b")
    for m in _SPACED_THOUSANDS.finditer(text):
        spans.update((m.start() + g.start(), m.start() + g.end()) for g in _THOUSANDS_GAP.finditer(m.group()))
    # 共 42 人, 2023 年: a space typed between a number and the Chinese around it
    for m in _NUMBER_SPACE.finditer(text):
        # (spaced on both sides: not 本报讯 1月25日; or before a counting word: 60 余名, 共42 人)
        if m["a"] and m["b"]:
            spans.update(m.span(g) for g in ("a", "b") if m[g])
        elif m["b"] and _COUNT_WORD.match(text, m.end()):
            spans.add(m.span("b"))
    # 党组书记、 局长, 会议 ，: a space beside a Chinese mark (a page's &nbsp;) and Chinese text
    spans.update(m.span() for m in _SPACE_AFTER_MARK.finditer(text))
    return [(s, e, "") for s, e in sorted(spans) if s < e]


# -- hard-wrapped lines ----------------------------------------------------------------

# A line that stops where a sentence goes on (a Han character, a digit, a comma), unless it is a
# labelled meta line (来源：…) or a menu.
_SOFT_END = re.compile(r"(?:[\u4e00-\u9fff\d，、]|(?<![。！？!?…])[”」』])$")
_HAN_START = re.compile(r"[\u4e00-\u9fff\d“「『]")
# (meta lines, menus, bylines, datelines, list items and headings: 1、 一、 （一）)
_NOT_PROSE = re.compile(
    r"[：:|｜>»/&【】]|^\s*[（(]?(?:记者|通讯员|编辑|来源|作者)(?![从在向对就])"
    r"|^\s*(?:\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])"
    r"|^\s*(?:(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?)\s*$"
)
#: 本报记者王芳报道：, 本报记者 王芳 报道, 本报记者王芳、李强报道, 本报记者王芳 通讯员李强报道: a reporters' line that opens a
#: newspaper item like 本报讯 (GUIDELINES §11 twenty-third review round); the caller anchors it at a line's start (据本报记者
#: X报道 inside a sentence opens none). Names of two to four characters, joined by 、 or spaces, 通讯员 before a name.
REPORTERS_ITEM_OPENING = (r"本报(?:特约)?记者[ \t\u3000]*[\u4e00-\u9fff]{2,4}?"
                          r"(?:[ \t\u3000]*[、 \t\u3000][ \t\u3000]*(?:(?:本报)?(?:特约)?(?:记者|通讯员)[ \t\u3000]*)?[\u4e00-\u9fff]{2,4}?)*"
                          r"[ \t\u3000]*报道")
#: A line opening as a report does, with a date or a dateline (5月10日上午，…, 近日，…, 本报讯, 本报记者王芳报道): a lead, not
#: a continuation (shared with the boilerplate stage).
REPORT_OPENING = re.compile(
    r"\s*(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?[，,]|(?:近日|日前)[，,]|本报讯|本网讯|新华社|记者\s|"
    + REPORTERS_ITEM_OPENING + ")"
)
#: A line that ends a sentence (shared with the boilerplate stage).
SENTENCE_END = re.compile("[。！？!?][”」』）)]?$")
#: The lines of a hard-wrapped (WeChat, 秀米) layout are at most this long; longer ones are paragraphs.
WRAPPED_LINE_MAX = 30
#: A broken sentence is joined over at most this many lines.
WRAPPED_RUN_MAX = 6
#: Lines wrapped at a fixed width are at least this long, and that width is shared by at
#: least this many lines of the text.
FIXED_WIDTH_MIN, FIXED_WIDTH_MIN_LINES = 16, 3
#: ... and at most this long (in characters).
FIXED_WIDTH_MAX = 160
_NO_WIDTH = 10**9
#: A paragraph wrapped at a fixed width is joined over at most this many lines.
FIXED_WIDTH_RUN_MAX = 60
# A clause mark: wrapped prose holds one, a list of headlines hardly ever.
_CLAUSE_MARK = re.compile("[，、；,;]")
# A menu, list or meta line, whatever its length.
_MENU_LINE = re.compile(r"[|｜>»]|^\s*[·•]|^\s*[\[【(（]?(?:来源|作者|编辑|责任编辑|发布时间)[:：]")


# A line that ends inside an amount (…投入资金12) and a next line that opens with the rest of it (00万元，…, 万元，…):
# a number cut by a wrap, never a line of its own; a table's rows open with their labels (甲镇 12 / 乙镇 30).
_AMOUNT_CUT_END = re.compile(r"[\u4e00-\u9fff][\d.,]*\d$")
_AMOUNT_REST_START = re.compile(r"[\d.,]*[万亿]*元(?![旦宵])|[\d.,]*[万亿]+")


# The start of a line that no line of its own opens with: a clause's or a sentence's mark, a closing quote or bracket, a
# name's middle dot or a decimal point (…由1990年的117 / .6万元…, 阿卜杜勒拉蒂夫 / ·菲拉利): a wrap cut the sentence
# before it.
_NO_LINE_START = re.compile(r"[，、；：。！？,;:!?”’」』）)》·]|\.\d")
# A report's dateline (新华社北京1月5日电, 本报长沙1月11日电, 据新华社罗马1月8日电, 本报北京1月8日讯): a line opening on
# it is a lead, whatever its marks.
# (Its day stands before 讯 or 电: 本报通讯员… is no dateline.)
_NEWS_DATELINE = re.compile(r"\s*据?(?:本报|新华社|中新社|[\u4e00-\u9fff]{1,6}(?:网|社|台|报))[^，。：\s\d]{0,8}?"
                            r"(?:[\d一二三四五六七八九十〇]{1,3}月)?[\d一二三四五六七八九十〇]{1,3}日(?:电|讯)")
# The end of a paragraph: a sentence's end, or one and a bracketed note after it, a credit or an agency's or editor's word
# (…作出积极的贡献。（全文另发）, …问题。（孟西安王鸣媛）, …仪式。（新华社记者彭张青摄）, …。（据新华社电）).
# (Not a list's number, （三）, which opens the next item.)
_PARAGRAPH_END = re.compile(r"[。！？!?](?:[”」』）)]|[”」』]?[（(](?![一二三四五六七八九十\d]{1,3}[）)])[^（）()\n]{1,24}[）)])?$")
# A Latin letter or an underscore, a space, a clock's colon or a menu's separator: a file name, a code, a comment's
# header (王五 发表于 2024-03-05 18:22), no Chinese sentence's first line.
_NOT_LONE_SENTENCE = re.compile(r"[A-Za-z_\s:|｜>»/【】]")
# A line that is only such a note (a credit of the paragraph above it).
_NOTE_LINE = re.compile(r"[（(](?![一二三四五六七八九十\d]{1,3}[）)])[^（）()\n]{1,24}[）)]$")
# A name's middle dot opening a line (·菲拉利、…): the wrap cut a transliterated name.
_CUT_NAME_DOT = re.compile("·(?=[\u4e00-\u9fff])")
# A middle dot before digits opening a line after a line that ends on a digit (…总投资概算7 / ·61亿元，…): a decimal point
# (as newspapers of the 1990s write it, 4·7万件) that the wrap cut from its number's first digits, not a list's bullet.
_CUT_DECIMAL_DOT = re.compile(r"·\d")
# The end of a line that stops inside a sentence: a Chinese character, a digit, an open quote, bracket or book title, a
# clause mark.
_LONE_OPEN_END = re.compile(r"[\u4e00-\u9fff\d“「『（《，、·]$")


# A line ending on the verb that tells an event held (…大会召开, …论坛开幕): a headline's predicate, finished.
_HELD_LINE_END = re.compile("(?:召开|举行|举办|开幕|闭幕|落幕|开班|结业|启动|揭牌|签约)$")
# A line opening on a day (3月15日9时，…, 15日，…): a report's lead.
_DAY_START = re.compile(r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日")
#: The characters of the line before that the next line must restate to be read as its body (an event's name).
RESTATED_RUN_MIN = 4
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")


def _headline_break(line: str, nxt: str) -> bool:
    """Whether the break between ``line`` and ``nxt`` (both stripped) ends a headline with no closing mark above its body
    (``3月15日，全省优化营商环境大会召开`` / ``全省优化营商环境大会3月15日在…召开。``): the line tells an event held, finished, and the
    next line opens on a day or restates the event's words; not ``5月6日，某县召开`` / ``全县安全生产工作会议。``, whose
    verb's object the next line holds (GUIDELINES §1, §3 name)."""
    if not _HELD_LINE_END.search(line) or _NO_LINE_START.match(nxt):
        return False  # (…在北京召开 / ，部长某某在会议上强调…: no body opens on a clause mark)
    if _DAY_START.match(nxt):
        return True
    head = _HAN_RUN.findall(line[: -2])
    return any(run[k : k + RESTATED_RUN_MIN] in nxt for run in head for k in range(len(run) - RESTATED_RUN_MIN + 1))


def unwrap_step(text: str) -> Edit:
    """Join a sentence broken over short lines (WeChat copies: ``4月17日下午，阳光社区党委在`` /
    ``社区党群服务中心召开党史学习`` / ``教育动员会，…`` / ``冯丽主持会议并讲话。``).

    A run of short lines is joined when its first line holds a comma and stops mid-sentence,
    every line but the last stops mid-sentence, and the last one ends the sentence; headlines,
    captions and meta lines followed by a paragraph are left alone."""
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    short = [0 < len(line.strip()) <= WRAPPED_LINE_MAX and _NOT_PROSE.search(line) is None for line in lines]
    replacements: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines) - 1:
        first = lines[i].strip()
        # (县财政今年共投入资金12 / 00万元，用于…。: a first line cut inside its amount goes on, comma or not)
        cut = _AMOUNT_CUT_END.search(first) is not None and _AMOUNT_REST_START.match(lines[i + 1].strip()) is not None
        if not (short[i] and _SOFT_END.search(first) and (re.search("[，、]", first) or cut)):
            i += 1
            continue
        end = i
        while (end + 1 < len(lines) and end - i < WRAPPED_RUN_MAX and short[end + 1]
               and _HAN_START.match(lines[end + 1].strip()) and not REPORT_OPENING.match(lines[end + 1])
               and _SOFT_END.search(lines[end].strip())
               and not _headline_break(lines[end].strip(), lines[end + 1].strip())):
            end += 1
            if SENTENCE_END.search(lines[end].strip()):
                break
        if end > i and SENTENCE_END.search(lines[end].strip()):
            # the break goes with the spaces around it (the indentation of WeChat copies)
            replacements += [
                (starts[k] + len(lines[k].rstrip()), starts[k + 1] + len(lines[k + 1]) - len(lines[k + 1].lstrip()), "")
                for k in range(i, end)
            ]
            i = end + 1
        else:
            i += 1
    joined = {r[0] for r in replacements}
    replacements += [r for r in _fixed_width_breaks(lines, starts) if r[0] not in joined]
    joined = {r[0] for r in replacements}
    replacements += [r for r in _prose_breaks(lines, starts) if r[0] not in joined]
    replacements.sort()
    edit = apply_replacements(text, _collapsed_joins(text, replacements))
    if replacements:
        edit.warnings.append(f"I_UNWRAPPED: {len(replacements)} line break(s) inside sentences joined")
    return edit


def _collapsed_joins(text: str, joins: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The ``joins`` (sorted line breaks to remove), each widened over the weaker of two marks it would bring
    together (``…一，`` / ``。…`` -> ``…一。…``), as :func:`punctuation_step` collapses a run within a line: the
    strongest mark stays, the last of its rank.  So normalizing the joined text again changes nothing."""
    out: list[tuple[int, int, str]] = []
    for start, end, replacement in joins:
        before = _PUNCT_RANK.get(text[start - 1]) if start > 0 else None
        after = _PUNCT_RANK.get(text[end]) if end < len(text) else None
        if before is not None and after is not None:
            if after >= before and (not out or out[-1][1] <= start - 1):
                start -= 1
            elif after < before:
                end += 1
        out.append((start, end, replacement))
    return out


# The end of a line that stops inside a sentence: a Chinese character or a digit, or a short
# bracketed word inside a name (全委（扩大）), or a list's 、 waiting for its next item (甲、乙、 / 丙依次述职。); no
# mark of a sentence's or a clause's end, no closing quote, no bracket that closes a note (（完）, （记者 李明）).
_OPEN_END = re.compile(r"(?:[\u4e00-\u9fff\d]|[\u4e00-\u9fff]（[\u4e00-\u9fff]{1,6}）|[\u4e00-\u9fff]、)$")
# A sentence's end inside a line.
_SENTENCE_MARK = re.compile("[。！？!?]")
# A full stop inside a line: a finished sentence, so the line is prose (a headline may hold ！ or ？,
# 奖金711万元！南州科学奖公布获奖名单, hardly ever 。).
_FULL_STOP = re.compile("。")
# What a line's unfinished sentence may not hold: a space (a photo credit after a caption,
# 刘杰 摄), a label's colon or a menu's separator (责任编辑：…, 首页 > …).
_NOT_SENTENCE = re.compile(r"[\s：:|｜>»/【】]")
# The start of a caption (▲ …, 图为…, 图片新闻): page furniture, never a sentence's other half.
_CAPTION_START = re.compile(r"\s*(?:[▲△]|图为|图片新闻|圖為)")
# A job title (县委副书记, 组织部长, 校长): what a title chain ends in.
_TITLE_WORD = "(?:书记|主任|主席|委员|常委|教授|院士|经理|董事长|总裁|总监|[省市县区镇乡村校院局处厅会社部司所科站]长)"
# The end of a line that leaves a tight unit open, so the sentence cannot stop there: digits (补助资金2000 /
# 万元), a count waiting for its noun (表彰了15个 / 先进基层党组织), a preposition or particle waiting for its object
# (在, 对, 向, 为, 由, 的), 在会上 before its verb, a list's 、 waiting for its next item (…平安乡党委书记张伟、 /
# 石门乡党委书记刘芳…依次述职。), a title waiting for its name (组织部长 / 郑国华), a quote left
# open (30名“五一 / 劳动奖章”), a bracketed word inside a name (全委（扩大） / 会议).  (Not …主持会议 or …通报了有关情况:
# a finished clause may end a paragraph.)
_OPEN_UNIT_END = re.compile(
    r"(?:\d|\d[个名位项家支批]|[在对向为与和及由把将从的]|在[\u4e00-\u9fff]{1,6}上|[\u4e00-\u9fff]、|" + _TITLE_WORD
    + r"|“[^”\n]*|《[^》\n]*|[\u4e00-\u9fff]（[\u4e00-\u9fff]{2,6}）)$"
)
# The start of a line that cannot open a sentence, so it goes on the line before: a particle or a linking
# verb (了, 的, 并讲话, 作工作报告, 等), a conjunction before a count or a quoted name (获得者 / 和10个“工人
# 先锋号”), or an amount's digits with their unit (资金 / 2000万元).  (Not 作为…, 了解…, 并且…, 与会…, which
# may open one; nor a subject with a title, 县委书记刘军出席…: a sentence of its own.)
_CONTINUATION_START = re.compile(r"(?:了(?!解)|的|并(?!且)|作(?!为)|等|[和及与](?=[\d“「])|\d[\d.,]*(?:万|亿)*元)")
# A name, or its first characters, right after a title at a line's end (副校长刘海 / 主持会议, 主任刘建 / 华主持):
# one to three characters after the title.
# (Not 常委会: a title before 会 names a body.)
_TITLE_NAME_END = re.compile(_TITLE_WORD + r"(?P<name>(?!会)[\u4e00-\u9fff]{1,3})$")
# A title and a common surname at a line's end (校党委书记王 / 振宇，校长李德明…): a surname alone is no name, so the
# name goes on in the next line.  Only the commonest surnames, none that is also a verb, a preposition or a body's
# word after a title (区长说, 书记于, 常委会, 主任办), which end a clause or name a body.
_COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯陶黎贺顾毛郝龚邵钱严覃"
)
_TITLE_SURNAME_END = re.compile(_TITLE_WORD + "[" + _COMMON_SURNAMES + "]$")
_NAME_REST_START = re.compile(r"[\u4e00-\u9fff]{1,2}(?:[，、,]|[\u4e00-\u9fff])")
# A quoted or book-titled span, whole or cut by the line's start or end (以《青春 / 心向党 奋进新时代》为题，…):
# its spaces are the title's, not the gap before a photo credit.
_CUT_TITLE_SPAN = re.compile(r"^[^《》“”\n]*[》”]|《[^《》\n]*》|“[^“”\n]*”|[《“][^《》“”\n]*$")
# A line ending on a count waiting for its noun (…和30名 / 优秀共产党员，…), after a verb of the sentence it opens.
_COUNT_CUT_END = re.compile(r"\d[个名位项家支批]$")
# A line ending on a list's 、 (会上，甲、乙、 / 丙依次述职。), after a finished paragraph: the list goes on below.
_LIST_CUT_END = re.compile(r"[\u4e00-\u9fff]、$")
_CLAUSE_VERB = re.compile("表彰|授予|评选|评出|命名|颁发|为|对|共有|共计|其中")
# A line ending on a title or a title and the first characters of a name (校党委副书记 / 黄永强主持会议。, 公司副总经理王
# / 伟主持。): a paragraph's first line broken where a reader joins it; a subheading ends otherwise.
_TITLE_CUT_END = re.compile(_TITLE_WORD + r"[\u4e00-\u9fff]{0,2}$")
# The verb a name at a line's end is the subject of, perhaps after the rest of the name (刘海 / 主持会议，…;
# 刘建 / 华主持会议; 郑国华 / 出席会议并讲话).  (Not 县委书记刘军出席…: a title, not a verb, opens it.)
_SUBJECT_VERB_START = re.compile("(?P<rest>[\u4e00-\u9fff]{0,2}?)(?:主持|出席|讲话|致辞|发言|宣读|参加|传达|通报|部署|强调|指出|表示|要求|介绍|颁)")
# A count whose noun the line's end cuts (表彰了…5个先进 / 集体，…): digits, a measure word and a short word.
_COUNTED_END = re.compile(r"\d[个名位项家支批][\u4e00-\u9fff]{1,4}$")
# A line ending on an item of a 、-list and the next line opening on the joint before its last item (甲、乙、丙 / 和丁依次
# 述职。): one list cut by the wrap; a sentence never opens on 和 before a name.
_LIST_ITEM_END = re.compile(r"、[\u4e00-\u9fff]{2,16}$")
_LAST_ITEM_START = re.compile(r"(?:以及|[和及与])[\u4e00-\u9fff]")
# The rest of that noun on the next line: a first clause of one to three characters (集体，) that is no
# adverbial opener ending in a place, time or linking word (会上，, 随后，, 同时，, 此外，, 其中，, 为此，, 据悉，).
_NOUN_REST_START = re.compile("[\u4e00-\u9fff]{1,3}(?<![上后前中外时此悉先次])[，、和及]")


# A level word ending a line and a body's noun opening the next (…白石镇在镇 / 政府三楼会议室召开…, 在县 / 人民政府…):
# one word, 镇政府, cut by the wrap; a sentence never opens on a bare 政府 or 党委 after a place.
_LEVEL_END = re.compile("[省市县区镇乡]$")
_BODY_REST_START = re.compile("(?:人民)?政府|党委|党工委|人大|政协|纪委")


def splits_unit(line: str, nxt: str) -> bool:
    """Whether the break between ``line`` and the next line ``nxt`` (both stripped) falls inside a word
    or a tight unit, not after a clause that may end a paragraph: the line ends in an open unit, the
    next line opens with what cannot open a sentence, a title and a name end the line and the name's
    verb opens the next (副校长刘海 / 主持会议), or a count's noun is cut (5个先进 / 集体，).
    (县委副书记王强主持会议 / 县委书记刘军出席并讲话。 are two sentences: the first half is a clause of
    its own and the second opens with its own subject.)"""
    if _OPEN_UNIT_END.search(line) or _CONTINUATION_START.match(nxt):
        return True
    if _LEVEL_END.search(line) and _BODY_REST_START.match(nxt):
        return True
    name, verb = _TITLE_NAME_END.search(line), _SUBJECT_VERB_START.match(nxt)
    # (the name's two halves make a name of two or three characters: 刘建 / 华主持, 刘海 / 主持)
    if name is not None and verb is not None and 2 <= len(name["name"]) + len(verb["rest"]) <= 3:
        return True
    if _TITLE_SURNAME_END.search(line) and _NAME_REST_START.match(nxt):
        return True
    if _LIST_ITEM_END.search(line) and _LAST_ITEM_START.match(nxt):
        return True
    return bool(_COUNTED_END.search(line) and _NOUN_REST_START.match(nxt))


def _prose_breaks(lines: list[str], starts: list[int]) -> list[tuple[int, int, str]]:
    """Breaks inside a sentence of a paragraph of any length (a CMS ``<br>``, an e-paper copy):
    ``…会议由市总工会副主席`` / ``李国强主持。…``.

    A break is joined when its line is prose that stops mid-sentence (it holds a finished
    sentence, opens as a report does and holds a clause mark, or goes on a sentence joined
    before; and it ends in a Chinese character or a digit) and the next line finishes that
    sentence: it starts with a Chinese character or a digit and holds a sentence's end, or
    goes on to a line that does (``…表彰了30名“五一`` / ``劳动奖章”获得者，…出席会议`` /
    ``并讲话。``).  Neither part may hold a label, a menu separator or a space, and the break must
    fall inside a word or a tight unit (:func:`splits_unit`): a paragraph whose last sentence lacks
    its 。 (``…王强主持会议`` / ``县委书记刘军出席并讲话。``) stays apart.  Headlines (no finished
    sentence), list items, datelines, bylines, captions and menus are left alone."""
    stripped = [line.strip() for line in lines]

    def opens(j: int) -> bool:
        """Line ``j`` may be a sentence's second half."""
        text = stripped[j]
        return bool(text) and _HAN_START.match(text) is not None and not REPORT_OPENING.match(lines[j]) \
            and not _NOT_PROSE.match(text) and not _MENU_LINE.search(text) and not _CAPTION_START.match(text)

    # finishes[j]: line j ends the sentence a line before it began, itself or over the lines after it
    finishes = [False] * (len(lines) + 1)
    for j in range(len(lines) - 1, 0, -1):
        if not opens(j):
            continue
        close = _SENTENCE_MARK.search(stripped[j])
        if close is not None:
            finishes[j] = not _NOT_SENTENCE.search(_CUT_TITLE_SPAN.sub("", stripped[j][: close.start()]))
        else:
            # (a line that only goes on is a clause or more, in Chinese: 展开全文 or 打开APP阅读全文，体验更佳
            # between the halves is a prompt, which the boilerplate stage removes as a line)
            finishes[j] = bool(_OPEN_END.search(stripped[j])) and _CLAUSE_MARK.search(stripped[j]) is not None \
                and not _NOT_SENTENCE.search(stripped[j]) and not re.search("[A-Za-z]", stripped[j]) and finishes[j + 1]
    breaks: list[tuple[int, int, str]] = []
    going_on = False  # the line goes on a sentence joined to the line before it
    previous = ""  # the last line not empty before line k
    for k in range(len(lines) - 1):
        line = stripped[k]
        ends = list(_SENTENCE_MARK.finditer(line))
        opening = REPORT_OPENING.match(line)
        if _FULL_STOP.search(line):
            tail = line[ends[-1].end() :]
        elif opening and _CLAUSE_MARK.search(line):
            tail = line[opening.end() :]
        elif going_on:
            tail = line
        elif opens(k) and k > 0 and SENTENCE_END.search(previous) and not _NOT_SENTENCE.search(line) \
                and (_TITLE_CUT_END.search(line) or _LIST_CUT_END.search(line)
                     or (_COUNT_CUT_END.search(line) and _CLAUSE_VERB.search(line))):
            # (…召开护理工作会议。 / 会议由公司副总经理王 / 伟主持。: a paragraph after a finished one, broken at
            # its first line's end; a headline comes before the body, not after a sentence of it; so is 会议表彰了…和30名 /
            # 优秀共产党员，…: a count waiting for its noun, after a verb)
            tail = line
        else:
            going_on = False
            if line:
                previous = line
            continue
        going_on = bool(line) and _OPEN_END.search(line) is not None and finishes[k + 1] \
            and not _NOT_SENTENCE.search(_CUT_TITLE_SPAN.sub("", tail)) and not _CAPTION_START.match(line) and not _MENU_LINE.search(line) \
            and splits_unit(tail, stripped[k + 1])
        if going_on:
            breaks.append((starts[k] + len(lines[k].rstrip()), starts[k + 1] + len(lines[k + 1]) - len(lines[k + 1].lstrip()), ""))
        if line:
            previous = line
    return breaks


def _fixed_width_breaks(lines: list[str], starts: list[int]) -> list[tuple[int, int, str]]:
    """The breaks of a text wrapped at a fixed width (e-paper, mail and PDF copies).

    A run of lines that stop mid-sentence is joined with the line after it when that line
    ends the paragraph (a sentence's end, perhaps with a bracketed credit or note after it,
    which the wrap may cut: ``…九十九点九。（满东燕冯`` / ``春林）``) and is no wider than the
    run's lines, and the run is two or more lines of one width or one line of a width of the
    text: one shared by at least :data:`FIXED_WIDTH_MIN_LINES` lines that stop mid-sentence.
    Widths count the indentation, and are measured both in characters (within one) and in
    display columns (within two: a Han character is two, a digit one), as wrapping tools do
    either.  The run must read as prose: a clause mark (，、；) or a full stop in it, or a
    report's dateline opening it, which a list of headlines of equal width does not hold.
    A line of a width of its own is joined only where the break itself says a sentence goes
    on (:func:`_lone_line_goes_on`): each paragraph of a page may be wrapped at its own width,
    and a short paragraph is one line and its end."""
    stripped = [line.strip() for line in lines]
    # (a line opening on a name's middle dot, ·菲拉利, goes on a name the wrap cut, and one opening on a decimal point after
    # a line ending on a digit, 概算7 / ·61亿元, on a number: no list's bullet)
    cut_dot = [bool(_CUT_NAME_DOT.match(t) or (_CUT_DECIMAL_DOT.match(t) and k > 0 and stripped[k - 1][-1:].isdigit()))
               for k, t in enumerate(stripped)]
    open_ended = [FIXED_WIDTH_MIN <= len(t) <= FIXED_WIDTH_MAX and not _PARAGRAPH_END.search(t)
                  and not _MENU_LINE.search(t[1:] if cut else t) for t, cut in zip(stripped, cut_dot, strict=True)]
    if sum(open_ended) < 2 and not any(open_ended[:-1]):
        return []  # (nothing wrapped: most texts, measured no further)
    # Widths of the open-ended lines and of the lines after them (the only ones compared); a line
    # longer than any wrap width is a paragraph and never matches.
    wanted = [ok or (k > 0 and open_ended[k - 1]) for k, ok in enumerate(open_ended)]
    measures = (
        [len(line.rstrip()) if want and len(line) <= FIXED_WIDTH_MAX else _NO_WIDTH for line, want in zip(lines, wanted, strict=True)],
        [_columns(line.rstrip()) if want and len(line) <= FIXED_WIDTH_MAX else _NO_WIDTH
         for line, want in zip(lines, wanted, strict=True)],
    )
    slack = (1, 2)
    text_widths = [_shared_widths([w for w, ok in zip(m, open_ended, strict=True) if ok], d) for m, d in zip(measures, slack, strict=True)]

    def same(a: int, b: int) -> bool:
        return any(abs(m[a] - m[b]) <= d for m, d in zip(measures, slack, strict=True))

    def text_wide(k: int) -> bool:
        return any(abs(m[k] - w) <= d for m, d, ws in zip(measures, slack, text_widths, strict=True) for w in ws)

    breaks: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines) - 1:
        if not open_ended[i]:
            i += 1
            continue
        end = i
        while end + 1 < len(lines) and end - i < FIXED_WIDTH_RUN_MAX and open_ended[end + 1] and same(end + 1, i) \
                and not _headline_break(stripped[end], stripped[end + 1]) and not _opens_report(lines[end + 1]):
            end += 1
        if end + 1 < len(lines) and _headline_break(stripped[end], stripped[end + 1]):
            i = end + 1  # (…大会召开 / 全省…大会在…: a headline of the run's width over its body, GUIDELINES §1)
            continue
        last = end + 1  # the line the run runs into: it ends the paragraph
        goes_on = end == i and last < len(lines) and _lone_line_goes_on(stripped, i)
        if end == i and not text_wide(i) and not goes_on:
            i += 1
            continue
        no_wider = last < len(lines) and any(m[last] <= max(m[i : end + 1]) + d for m, d in zip(measures, slack, strict=True))
        # (a line alone whose break said so itself is prose too)
        prose = goes_on or any(_CLAUSE_MARK.search(stripped[k]) or _FULL_STOP.search(stripped[k]) for k in range(i, end + 1)) \
            or _NEWS_DATELINE.match(stripped[i]) is not None
        if no_wider and prose and stripped[last] and _PARAGRAPH_END.search("".join(stripped[i : last + 1])) \
                and not _opens_report(lines[last]):
            if last + 1 < len(lines) and same(last, i) and _NOTE_LINE.match(stripped[last + 1]):
                last += 1  # (…为获奖代表颁奖。 / （据新华社电）: the wrap fell right after the sentence's mark)
            breaks += [
                (starts[k] + len(lines[k].rstrip()), starts[k + 1] + len(lines[k + 1]) - len(lines[k + 1].lstrip()), "")
                for k in range(i, last)
            ]
            i = last + 1
        else:
            i = end + 1
    return breaks


def _opens_report(line: str) -> bool:
    """Whether ``line`` opens a report (a lead with its day, 本报讯, a dateline: 本报北京1月18日讯…): a headline of the wrap's
    width above it is no part of its paragraph (李铁映同全国文化厅局长座谈时强调… / 本报北京1月18日讯…)."""
    return REPORT_OPENING.match(line) is not None or _NEWS_DATELINE.match(line) is not None


def _lone_line_goes_on(stripped: list[str], k: int) -> bool:
    """Whether the open-ended line ``k`` (a run of one line, of no width the text shares) is the first line of a
    paragraph that the next line ends, by the break itself: the line opens on a report's dateline or lead and holds no
    sentence's end yet, so the lead's first sentence is cut (新华社北京1月5日电（记者杨国强）…今天下午在人 / 民大会堂会见了…。,
    12月31日，…发表1998年新 / 年讲话…。); or the break falls inside a unit (:func:`splits_unit`: …举行的“ / 贫困地区…研讨会”。,
    …的经费由1990年的117 / .6万元…); or the line ends on an open bracket or a name's middle dot (…汇率。（ / 黄金老）, …外长于贝尔· /
    韦德里纳。); or the next line opens on
    what opens no line (、陈薪伊…, ”，…, 。（苏宁）).  A finished clause at the line's end is no evidence, with or
    without a finished sentence before it (…会议研究了城市更新工作 / 县长李明强调，…。: a paragraph that lost its 。), nor
    is a clause mark (会上，…要求各级各部门 / 压实责任。: a headline with a comma stands over a short paragraph as well)."""
    line, nxt = stripped[k], stripped[k + 1]
    if not _LONE_OPEN_END.search(line) or _NOT_PROSE.match(line) or _NOT_PROSE.match(nxt) or _NOT_LONE_SENTENCE.search(line):
        return False  # (nor a list's item, …各单位要抓好落实 / 一、提高政治站位，…。, nor a file's name or a comment's header, 微信图片_20230320102233)
    close = _SENTENCE_MARK.search(nxt)
    if _NOT_SENTENCE.search(_CUT_TITLE_SPAN.sub("", nxt[: close.start()] if close else nxt)):
        return False  # (…以《青春 / 心向党》为题 讲授党课。: a space outside the title, no sentence's second half)
    lead = _NEWS_DATELINE.match(line) is not None or (REPORT_OPENING.match(line) is not None and _CLAUSE_MARK.search(line) is not None)
    if lead and not _SENTENCE_MARK.search(line):
        return True
    return bool(splits_unit(line, nxt) or line.endswith(("（", "(", "·")) or _NO_LINE_START.match(nxt)
                or _cuts_word(line, nxt))


# The Chinese characters at a line's end and at the next line's start that the word test reads (a word of jieba's is
# at most a few characters; the window keeps the test cheap and its context the clause the break falls in).
_WORD_WINDOW = 10
_HAN_TAIL = re.compile(f"[\u4e00-\u9fff]{{1,{_WORD_WINDOW}}}$")
_HAN_HEAD = re.compile(f"[\u4e00-\u9fff]{{1,{_WORD_WINDOW}}}")
# A clause's or a sentence's mark: a line holding one is prose, not a headline.
_PROSE_MARK = re.compile("[，、；。！？]")


def _cuts_word(line: str, nxt: str) -> bool:
    """Whether the break between ``line`` and ``nxt`` (both stripped) falls inside one word of jieba's segmentation of
    the characters around it (…翌日，张明与代表 / 团举行了会谈。, …在市会议中心举 / 行的…, …副部 / 长王强主持…, …。阿卜杜 /
    拉希莫夫表示…): the wrap cut the word, so the line goes on.  A word of the dictionary counts wherever it falls; a word
    only jieba's HMM makes of unknown characters (a transliterated name) only when the line is prose (holds a clause's
    or a sentence's mark), as a headline's last characters and a lead's first may read as one name.  Words that meet
    at the break (…城市更新工作 / 县长李明强调…) are no cut.  jieba is loaded only when a line reaches this test."""
    left, right = _HAN_TAIL.search(line), _HAN_HEAD.match(nxt)
    if left is None or right is None:
        return False
    from pipeline.jieba_dict import default_tokenizer  # (lazily: most texts never reach a lone line's break)

    tokenizer = default_tokenizer()
    cut = len(left.group())
    for word, start, end in tokenizer.tokenize(left.group() + right.group()):
        if start < cut < end:
            return tokenizer.FREQ.get(word, 0) > 0 or _PROSE_MARK.search(line) is not None
        if start >= cut:
            break
    return False


def _columns(text: str) -> int:
    """Display columns: two for a wide (Han, full-width) character, one for the rest."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _shared_widths(widths: list[int], slack: int) -> list[int]:
    """The widths that at least :data:`FIXED_WIDTH_MIN_LINES` of ``widths`` share within
    ``slack`` (a copied page may hold paragraphs wrapped by two tools)."""
    counts: dict[int, int] = {}
    for w in widths:
        counts[w] = counts.get(w, 0) + 1
    return [w for w in counts if sum(counts.get(w + k, 0) for k in range(-slack, slack + 1)) >= FIXED_WIDTH_MIN_LINES]


# -- Traditional to Simplified -----------------------------------------------------------


# 著 read zhù: after a word of works or renown, or before one (not the particle after a verb).
_ZHU = re.compile("(?<=[專专卓土名原譯译編编論论巨新遺遗昭合拙顯显])著|著(?=[作稱称述書书者錄录])")
#: Variant-table targets that are Traditional forms OpenCC's TSCharacters does not simplify.
_TRADITIONAL_TARGETS = frozenset("擡潨")
#: Characters OpenCC's t2s maps away that the 通用规范汉字表 (2013) keeps as standard Simplified for
#: names and surnames (华昇, 甦醒 of a given name, 甯/氾 as surnames, 哪吒): a Simplified page keeps them as
#: written, so a company or person name is not rewritten (华昇 -> 华升); a Traditional page still converts.
_SIMPLIFIED_NAME_CHARS = frozenset("昇陞甦氾甯吒")


class T2S:
    """OpenCC ``t2s`` conversion that never changes length.

    Uses the dictionaries of ``opencc-python-reimplemented`` directly: characters with
    ``str.translate`` from ``TSCharacters.txt`` (first Simplified form; Hong Kong and Taiwan
    variant forms through the package's ``HKVariantsRev``/``TWVariantsRev`` first), and the phrases
    of ``TSPhrases.txt`` that convert differently from their characters (乾坤 keeps 乾,
    一目瞭然 -> 一目了然) by longest match first, as OpenCC does.  Phrases whose Simplified
    form has another length are skipped: they would break the offset map.  This is the
    package's own algorithm on its own data, about ten times faster than its pure-Python
    converter.
    """

    def __init__(self) -> None:
        import opencc  # imported here for its data files only

        folder = Path(opencc.__file__).parent / "dictionary"

        def entries(name: str) -> list[tuple[str, list[str]]]:
            """(key, its forms) of each line of one of the package's tables."""
            return [(key, forms.split(" ") if forms else []) for key, _, forms in
                    (line.partition("\t") for line in (folder / name).read_text(encoding="utf-8").splitlines())]

        ts_entries, st_entries = entries("TSCharacters.txt"), entries("STCharacters.txt")
        self.chars: dict[str, str] = {}
        for trad, simps in ts_entries:
            first = simps[0] if simps else ""
            if len(trad) == 1 and len(first) == 1 and first != trad:
                self.chars[trad] = first
        # Hong Kong and Taiwan variant forms (衞, 綫, 衹) first go to the standard Traditional form
        # of the package's HKVariantsRev/TWVariantsRev tables, then to Simplified (as ``hk2s`` does).
        variants: set[str] = set()  # characters mapped through a variant table
        # (a standard Simplified character is never a variant to convert: the Taiwan table reads 么 as
        # a variant of 幺, which turned every 什么 into 什幺)
        simplified_keys = {simp for simp, _ in st_entries}
        for table in ("HKVariantsRev.txt", "TWVariantsRev.txt"):
            for line in (folder / table).read_text(encoding="utf-8").splitlines():
                variant, _, standard = line.partition("\t")
                first = standard.split(" ")[0] if standard else ""
                # (nor is a common Simplified character mapped to a Traditional form: HKVariantsRev has 抬 -> 擡,
                # which TSCharacters does not take back)
                if len(variant) == 1 and len(first) == 1 and variant not in self.chars and variant not in simplified_keys \
                        and self.chars.get(first, first) not in _TRADITIONAL_TARGETS:
                    target = self.chars.get(first, first)
                    if target != variant:
                        self.chars[variant] = target
                        variants.add(variant)
        # 出 (出/齣), 致 (致/緻), 席 (席/蓆) are Simplified forms that are standard Traditional too: not
        # evidence of Simplified script (STCharacters lists the character itself among its Traditional forms)
        also_traditional = {simp for simp, trads in st_entries if len(simp) == 1 and simp in trads}
        # A Simplified form that is a Traditional character of its own (薴 -> 苧 -> 苎) maps on to the
        # end of the chain, so that converting twice changes nothing (found by the idempotence test).
        for trad, simp in list(self.chars.items()):
            seen = {trad}
            while simp in self.chars and simp not in seen:
                seen.add(simp)
                simp = self.chars[simp]
            if simp != trad:
                self.chars[trad] = simp
        self.simplified_forms = frozenset(self.chars.values()) - frozenset(self.chars) - frozenset(also_traditional)
        self._table = str.maketrans(self.chars)
        # Characters that are Simplified as well, read as Traditional only in a Traditional or mixed text:
        # those TSCharacters lists among their own Simplified forms (乾 -> 干 乾: 萧乾, 乾坤; 藉 -> 藉 借:
        # 慰藉), 著, which only the Taiwan variant table reads as the particle 着 (显著, 专著, 执著), and
        # the standard name characters of :data:`_SIMPLIFIED_NAME_CHARS`.
        self.ambiguous = frozenset({"著"} | {trad for trad, simps in ts_entries if len(trad) == 1 and trad in simps}
                                   | (_SIMPLIFIED_NAME_CHARS & frozenset(self.chars)))
        self._simplified_table = str.maketrans({k: v for k, v in self.chars.items() if k not in self.ambiguous})
        #: The characters :func:`classify_script` counts as Traditional-specific.
        self.traditional_only = frozenset(self.chars) - self.ambiguous
        from pipeline.regex_gate import char_class

        # (classify_script's counts, each one C-level scan of the text: its Han characters that count as Traditional,
        # and those that count as Simplified)
        self.traditional_han = char_class(c for c in self.traditional_only if _HAN.fullmatch(c))
        self.simplified_han = char_class(c for c in self.simplified_forms - self.traditional_only if _HAN.fullmatch(c))
        self._phrases: dict[str, str] = {}
        for line in (folder / "TSPhrases.txt").read_text(encoding="utf-8").splitlines():
            trad, _, simp = line.partition("\t")
            first = simp.split(" ")[0] if simp else ""
            if len(trad) > 1 and len(first) == len(trad) and trad.translate(self._table) != first:
                self._phrases[trad] = first
        # Phrases in which a variant character is the standard one after all (著名, 顯著 keep 著, which
        # the Taiwan table otherwise reads as a variant of 着): the package's *VariantsRevPhrases.
        for table in ("HKVariantsRevPhrases.txt", "TWVariantsRevPhrases.txt"):
            for line in (folder / table).read_text(encoding="utf-8").splitlines():
                variant, _, standard = line.partition("\t")
                first = standard.split(" ")[0] if standard else ""
                if len(variant) < 2 or len(first) != len(variant):
                    continue
                simplified = "".join(
                    s if v == s and v in variants else self.chars.get(s, s) for v, s in zip(variant, first, strict=True)
                )
                if simplified != variant.translate(self._table):
                    self._phrases.setdefault(variant, simplified)
                if simplified.translate(self._table) != simplified:
                    # (显著, 卓著 in Simplified text: the phrase as Simplified text writes it keeps 著 too)
                    self._phrases.setdefault(simplified, simplified)
        alternatives = sorted(self._phrases, key=len, reverse=True)
        self._phrase_re = re.compile("|".join(map(re.escape, alternatives))) if alternatives else None

    def convert(self, text: str, simplified: bool = False) -> str:
        """``text`` in Simplified; ``simplified``: the text is Simplified already, so characters that
        are Simplified as well (:attr:`ambiguous`) stay as written."""
        converted = text.translate(self._simplified_table if simplified else self._table)
        if not simplified and "著" in text:
            # 著 (zhù) of a work or of renown stays in Simplified (專著, 卓著, 土著, 著作, 著稱); only the
            # particle (接著, 隨著) becomes 着, which is all the Taiwan variant table knows
            chars = list(converted)
            for m in _ZHU.finditer(text):
                chars[m.start()] = "著"
            converted = "".join(chars)
        if self._phrase_re is None:
            return converted
        parts, cursor = [], 0
        for m in self._phrase_re.finditer(text):
            parts.append(converted[cursor : m.start()])
            parts.append(self._phrases[m.group()])
            cursor = m.end()
        parts.append(converted[cursor:])
        return "".join(parts)


# Share of Traditional-specific characters among script-specific ones that makes a
# text zh-Hant (at or above) or zh-Hans (at or below); in between it is mixed.
HANT_SHARE = 0.8
#: Han characters left without the undecodable lines for the script to be judged on them alone.
SCRIPT_MIN_HAN = 20
HANS_SHARE = 0.2


def classify_script(text: str, t2s: T2S) -> tuple[str, int]:
    """Return ``(language, n_traditional)``: zh-Hans, zh-Hant or mixed.

    A character is Traditional-specific when t2s changes it and it is not Simplified as well
    (:attr:`T2S.ambiguous`), Simplified-specific when it is a Simplified form that is not itself
    Traditional (会 for 會).
    """
    # (a line with U+FFFD is undecodable junk, often GBK read as UTF-8, whose characters look
    # Traditional: 鏈缃戠珯; it says nothing of the article's script)
    if "\ufffd" in text:
        # (a line with U+FFFD goes when the rest still says enough: a one-line page keeps its line)
        kept = "\n".join(line for line in text.split("\n") if "\ufffd" not in line)
        if len(_HAN.findall(kept)) >= SCRIPT_MIN_HAN:
            text = kept
    # (Han characters Traditional-specific when t2s changes them and they are not Simplified as well, 显著, 萧乾: no
    # evidence; else Simplified-specific when they are a Simplified form; T2S holds a pattern of each kind)
    trad = len(t2s.traditional_han.findall(text))
    simp = len(t2s.simplified_han.findall(text))
    share = trad / (trad + simp) if trad + simp else 0.0
    if share <= HANS_SHARE:
        return "zh-Hans", trad
    if share >= HANT_SHARE:
        return "zh-Hant", trad
    return "mixed", trad


# -- the stage ---------------------------------------------------------------------------

Step = Callable[[str], Edit]


class Normalizer:
    """The normalize stage: runs the configured steps and composes their offset maps."""

    name = "normalize"
    requires: tuple[str, ...] = ()
    provides = ("clean_text", "language")

    def __init__(self, steps: list[str]) -> None:
        self._t2s: T2S | None = None
        self._spam_re: re.Pattern[str] | None = None
        self._spam_gates: list[tuple[str, re.Pattern[str]]] | None = None
        available: dict[str, Step] = {
            "entities": entities_step,
            "unicode": unicode_step,
            "mojibake": self._mojibake,
            "pinyin": pinyin_step,
            "spam": self._spam,
            "punctuation": punctuation_step,
            "unwrap": unwrap_step,
            "t2s": self._t2s_step,
        }
        unknown = [s for s in steps if s not in available]
        if unknown:
            from pipeline.errors import ConfigError

            raise ConfigError(f"normalize_steps: unknown step(s) {unknown}; known: {sorted(available)}")
        self.steps = [(name, available[name]) for name in steps]
        if "t2s" in steps:
            self._t2s = T2S()  # loaded with the stage, not on the first document
        if "mojibake" in steps:
            from pipeline import mojibake

            mojibake.preload()  # the same: about 0.2 s
        self._language = "zh-Hans"
        self._pinyin_removed = False

    def _spam(self, text: str) -> Edit:
        if self._spam_re is None:
            sources = _spam_sources()  # (the lexicon read once for the alternation and its gates)
            self._spam_re, self._spam_gates = _spam_pattern(tuple(sources)), _spam_gates(sources)
        return spam_step(text, self._spam_re, self._spam_gates)

    def _mojibake(self, text: str) -> Edit:
        from pipeline import mojibake  # a sibling module; imported on first use

        repair = mojibake.repair(text)
        # U+00A0/U+00AD the unicode step kept for the repair and the repair did not use, and what the
        # repair wrote that the unicode step rewrites (a full-width －): cleared now, so a second pass
        # changes nothing
        kept = "\u00a0" in repair.text or "\u00ad" in repair.text
        rest = unicode_step(repair.text) if kept or (repair.text != text and _UNICODE_TODO.search(repair.text)) else None
        if rest is None:
            if repair.text == text:
                # (nothing repaired: the positions, strictly increasing and as many as the characters, are 0..n-1;
                # as a range they leave the document's map as it is, with no map to compose)
                return Edit(text, range(len(text)), list(repair.warnings))
            return Edit(repair.text, repair.positions, list(repair.warnings))
        return Edit(rest.text, [repair.positions[p] for p in rest.positions], list(repair.warnings))

    def _t2s_step(self, text: str) -> Edit:
        if self._t2s is None:
            self._t2s = T2S()
        language, n_trad = classify_script(text, self._t2s)
        # Machine-converted Traditional with pinyin glosses is "mixed" (corpus/GUIDELINES.md).
        if language == "zh-Hant" and self._pinyin_removed:
            language = "mixed"
        self._language = language
        if n_trad == 0:
            return Edit(text, range(len(text)))
        converted = self._t2s.convert(text, simplified=language == "zh-Hans")
        if converted == text:
            return Edit(text, range(len(text)))
        return Edit(converted, range(len(converted)), [f"I_T2S: {n_trad} Traditional character(s) converted"])

    def __call__(self, doc: Document) -> Document:
        self._language = "zh-Hans"
        self._pinyin_removed = False
        text = doc.clean_text
        # The steps' maps composed here, as a list (the document's map is an array, slow to index and build): the
        # index in the stage's input of each character of ``text``; None while every step kept the text's length.
        positions: list[int] | None = None
        for name, step in self.steps:
            edit = entities_step(text, html_page=True) if name == "entities" and doc.is_html else step(text)
            if name == "pinyin" and edit.warnings:
                self._pinyin_removed = True
            if not isinstance(edit.positions, range) or len(edit.text) != len(text):
                positions = list(edit.positions) if positions is None else [positions[p] for p in edit.positions]
            # (else same length, one-for-one: the map is unchanged)
            text = edit.text
            doc.warnings.extend(edit.warnings)
        if positions is not None:
            doc.replace_text(text, OffsetMap(positions, len(doc.clean_text)))
        elif text != doc.clean_text:
            doc.clean_text = text
        doc.language = self._language
        return doc
