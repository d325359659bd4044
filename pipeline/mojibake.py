"""Mojibake repair: text whose bytes were decoded with the wrong codec, put right.

The input is a ``str`` (the decoded document); the bytes it came from are gone, so
every repair re-encodes characters to the bytes they must have been read from and
decodes those bytes again.  Four kinds are handled:

1. UTF-8 read as Latin-1 or cp1252 (``å¼€å\\x8f\\x91åŒº``): runs of U+0080..U+00FF and
   the cp1252 specials (``€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ``) go back to bytes and are
   decoded as UTF-8.  A last byte that cp1252 leaves undefined and a decoder dropped or showed
   as U+FFFD (``â€`` / ``â€\ufffd`` for ``”``) is restored when only one common character can have
   had it; the ``Â`` of a no-break space between Chinese characters (``书记Â 李明``) goes first.
2. GBK or Big5 read as Latin-1 or cp1252 (``¿ª·¢Çø``): the same runs, plus ASCII
   characters in the trail-byte range ``0x40..0x7E`` that complete a pair, decoded as
   GBK and as Big5; the decoding with more common characters wins.  One codec is
   chosen per line, and a line is repaired only when the decoding is mostly common
   Hanzi and Chinese punctuation, and only when case 3 would not re-read the decoding one
   byte off (as it stands or in Simplified form): the repair's output must be a fixed point.
3. GBK read one byte off (``確?!薄拔鍌€`` for ``確保”“五個``): a byte was lost, so
   the decoder paired each trail byte with the next lead byte until an ASCII byte (or
   the cp936 single byte ``0x80``, ``€``) put it back in step.  Around *anchors* (rare
   Hanzi, symbols that only such pairs produce: bopomofo, ``㈤``, ``⑷``, ``€``...) the
   text is re-encoded to GBK, with ASCII ``!;:,`` standing for their full-width forms,
   and read with a one-byte shift.  A shifted region is kept when a character unigram
   model says it is far more likely than the text as it is.  The byte before the
   shifted pairs (and, unless an ASCII/``€`` byte ends the region, the byte after
   them) belonged to characters that cannot be rebuilt: those are reported in
   ``warnings`` with input offsets and the characters around them are left alone.
4. UTF-8 read as GBK (``浼氬悗锛屼笌`` for ``会后，与``), on a line of its own among clean ones:
   lines whose GB18030 bytes read as UTF-8 give enough characters (two codec calls decide) are
   walked from each character boundary; a stretch that decodes strictly as UTF-8 into mostly
   common Chinese, from characters that are mostly not, is replaced.  A U+FFFD the decoder left
   stands for one unreadable byte: a character missing one byte is the one common candidate, ``。``
   ending a line, or the candidate that makes a frequent word with a neighbour when both neighbours
   are read; else it is dropped (never guessed).  ``锟斤拷`` (two U+FFFD written as UTF-8 and read as
   GBK) goes wherever it stands, and a line of nothing but U+FFFD is emptied.

Where characters come from: ``Repair.positions[i]`` is the index in the *input* text of
the first input character that supplied a byte of output character ``i``; the list is
strictly increasing and the output is never longer than the input.

The unigram model is ``models/lexicons/common_hanzi.txt`` (see :func:`build_lexicon`):
character counts summed over the words of jieba's dictionary, with Traditional forms
given the count of their Simplified form, so Traditional text is judged fairly.

Known limitations:
- A byte dropped by an earlier step cannot be recovered. ``normalize.unicode_step`` keeps
  U+00A0 and U+00AD beside Latin-1 characters for this step (both are common UTF-8
  continuation bytes: ``中`` is ``E4 B8 AD``), and the normalizer clears the ones the repair
  did not use; elsewhere they are spaces and soft hyphens and go first.
- Only one wrong decoding is undone (no UTF-8 read as cp1252 read as cp1252 again): such a line
  (``Ã¤Â¼Âš``) is read as GBK once and stays garbled (盲录職).
- Case 4 drops characters whose bytes the decoder lost where no rule tells them (会议 with both
  bytes of 议 lost reads 会); a stretch losing more than a third of its characters stays as it is.
  A lone U+FFFD inside clean text (主席\ufffd\ufffd建平) stays: what it stood for is unknown.
- Misaligned Big5 and misaligned UTF-8 are not attempted; a second byte lost inside a
  shifted region yields a wrong (but common) character there, as the bytes allow no
  better.
- Short GBK/Big5 fragments on a line of their own (one or two characters) stay, since
  two bytes of Latin-1 are too weak evidence to rewrite text.
- Rare Hanzi in names are anchors too; they stay because no shifted reading of their
  neighbourhood is likely enough, which costs a little time on such documents.
"""

from __future__ import annotations

import argparse
import bisect
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.config import MODELS_DIR
from pipeline.regex_gate import char_class  # (a general helper, kept importable from here as before)

LEXICON_PATH = MODELS_DIR / "lexicons" / "common_hanzi.txt"

# -- tuned constants -------------------------------------------------------------------
# Calibrated on invented round trips (tests/test_mojibake.py) and on the development
# corpus: every real fragment in ../shared/corpus/raw is repaired, no clean text changes.
# Costs are negative natural logs of probabilities under the unigram model.

# Hanzi with fewer counts than this are "rare" (anchors for case 3).  200 is about rank
# 4,700 in jieba's dictionary: GB2312 level 1 plus the common half of level 2.
RARE_COUNT = 200
# Decoded Hanzi needing at least this count are "common" when judging cases 1 and 2.
COMMON_COUNT = 50
# Cost of a Hanzi that the lexicon does not list, and of a symbol that only mojibake makes.
UNKNOWN_COST = 20.0
# Cost of ordinary Chinese punctuation (also ASCII !;:, read as its full-width form).
PUNCT_COST = 6.0
# Cost of other symbols GBK can encode (arrows, circled digits, math signs).
SYMBOL_COST = 12.0
# Cost of an ASCII byte (letter, "_", "^"...) or "€" closing a run of Hanzi: rare in text.
ASCII_TRAIL_COST = 12.0
# Cost of a character lost at either edge of a shifted region (the orphan byte).
LOST_COST = 8.0
# The same when the decoder left a "?" or U+FFFD right beside it: the mark already says
# that a byte went missing there.
LOST_COST_MARKED = 2.0
# Bonus for two neighbours forming a two-character word of jieba's dictionary; it is
# what tells "慶;動" from "慶活動" when the unigram costs of ";" and "活" are close.
WORD_BONUS = 5.0
# Two-character words need at least this frequency in jieba's dictionary to count.
WORD_MIN_FREQ = 3
# A shifted region must lower the cost of its window by this much to be kept.
MIN_GAIN = 14.0
# No decoded character of an accepted shifted region may cost more than this.
MAX_REPAIRED_COST = 16.5
# How far (in characters) a case-3 window reaches to each side of an anchor.
WINDOW_REACH = 12
# Case 2 keeps a line when at least this share of the decoded characters is common...
DBCS_COMMON_SHARE = 0.7
# ...and at least this many common characters came out of it.
DBCS_MIN_COMMON = 2
# Case 1 keeps a line when at least this share of its candidate bytes decodes as UTF-8.
UTF8_MIN_SHARE = 0.8
# Case 3 is skipped (with a warning) when a text has more anchors than this share of its
# length plus ANCHOR_FLOOR: a foreign script (kana, Greek) or text garbled throughout,
# where windows would cost time and find nothing (about 0.1 ms per anchor).
ANCHOR_SHARE = 0.05
ANCHOR_FLOOR = 200
# Case 4 keeps a UTF-8 reading of GB18030 characters of at least this many characters...
GBK_UTF8_MIN_CHARS = 2
# ...when at least this share of them is common (Hanzi with COMMON_COUNT, Chinese marks)...
GBK_UTF8_COMMON_SHARE = 0.8
# ...and at most this share of the characters it replaces was (clean Chinese: about 0.95; such
# readings: 0.3 to 0.65, as GBK lists the Hanzi that UTF-8 lead bytes give, 澶 浜 琛).
GBK_SOURCE_COMMON_SHARE = 0.7
# A character with an unreadable byte is the candidate whose word with a neighbour is this many
# times as frequent in jieba's dictionary as the next candidate's (召开 9138 : 召引 3).
LOST_WORD_MARGIN = 10
# Rounds of that choice (each may settle a neighbour for the next): enough for three in a row.
LOST_ROUNDS = 3
# A line is read by case 4 only when its non-ASCII characters, as GB18030 bytes read as UTF-8,
# give at least this many characters per source character (about 0.67 for UTF-8 read as GBK,
# below 0.1 for clean text full of rare characters: their bytes are seldom valid UTF-8).
GBK_LINE_YIELD = 0.25
# A Latin-1 run at least this long left undecoded is reported.
REPORT_RUN = 4

WARNING_CODE = "W_MOJIBAKE_UNREPAIRED"

# -- character classes -----------------------------------------------------------------

# cp1252 puts these at 0x80..0x9F; a lenient decoder leaves the five undefined bytes as
# C1 controls, which the U+0080..U+00FF range already covers.
_CP1252_SPECIALS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# Specials that Chinese text uses on its own: never the reason to look at a run.
_SHARED_SPECIALS = "‘’“”…—–•"
_LATIN1_BYTE: dict[str, int] = {chr(b): b for b in range(0x80, 0x100)}
_LATIN1_BYTE.update({c: c.encode("cp1252")[0] for c in _CP1252_SPECIALS})
_HIGH_CLASS = "\u0080-\u00ff" + _CP1252_SPECIALS
# No-break space stays out of the core: HTML text is full of it.
_CORE_CLASS = "\u0080-\u009f\u00a1-\u00ff" + "".join(c for c in _CP1252_SPECIALS if c not in _SHARED_SPECIALS)
# Fast path for cases 1 and 2: two Latin-1/cp1252 characters in a row, one of them not
# a mark that Chinese text uses itself (“” …… ——).
_LATIN1_PRECHECK = re.compile(f"[{_CORE_CLASS}][{_HIGH_CLASS}]|[{_HIGH_CLASS}][{_CORE_CLASS}]")
_HIGH_RUN = re.compile(f"[{_HIGH_CLASS}]+")
_CORE_CHAR = re.compile(f"[{_CORE_CLASS}]")

# Chinese punctuation that is at home in news text.
_PUNCT = set("，。、；：！？“”‘’（）《》〈〉「」『』【】〔〕—…·～－")
# ASCII marks that a full-width mark became (by a scraper's normalization), and back.
_ASCII_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "!;:,"}
# Symbols that news text uses; they never start a case-3 window.
_PLAIN_SYMBOLS = set("±×÷°℃‰§№☆★○●◎◇◆□■△▲※→←↑↓─━│①②③④⑤⑥⑦⑧⑨⑩ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ\u3000āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê")
# GBK symbols that shifted pairs produce (a trail byte 0xA1..0xA9 read as a lead) and
# news text hardly uses: bopomofo, ㈠, ⑴, ⒈, ⅰ, Greek, Cyrillic, kana, box drawing,
# user-defined areas (PUA), vertical and small forms, and the odd signs of rows A1/A8.
_ODD_SYMBOL = re.compile(
    "[€\u3100-\u312f\u3220-\u3243\u2474-\u249b\u2170-\u217f\u0391-\u03c9\u0401-\u0451"
    "\u3041-\u30ff\u2500-\u257f\ue000-\uf8ff\ufe30-\ufe6b\u3021-\u3029"
    "ˊˋ˙‐‥℅℉↖↗↘↙∕∟∣≒≦≧⊿▁▂▃▄▅▆▇█▉▊▋▌▍▎▏▓▔▕▼▽◢◣◤◥☉⊕〒〝〞∷∽≌⌒∮∝≮≯¤￠〓]"
)
# Odd symbols worth a warning even with no lost-byte mark beside them.
_NEVER_IN_TEXT = re.compile("[€\u3100-\u312f\u3220-\u3229\ue000-\uf8ff]")
# Replacement marks a decoder leaves for bytes it could not read.
_LOST_MARKS = "?\ufffd"
_MARK_BESIDE_HANZI = re.compile(
    "(?<=[\u3400-\u9fff\uf900-\ufaff])[?\ufffd]+|[?\ufffd]+(?=[\u3400-\u9fff\uf900-\ufaff])"
)


def _is_hanzi(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


@lru_cache(maxsize=65536)
def _gbk_pair(ch: str) -> bytes | None:
    """The two GBK bytes of ``ch`` (ASCII ``!;:,`` as their full-width forms), else None."""
    ch = _ASCII_FULLWIDTH.get(ch, ch)
    try:
        data = ch.encode("gbk")
    except UnicodeEncodeError:
        return None
    return data if len(data) == 2 else None


def _trail_byte(ch: str) -> int | None:
    """The single byte a lone trail byte of a GBK pair is shown as (ASCII 0x40..0x7E, €)."""
    if ch == "€":
        return 0x80
    o = ord(ch)
    return o if 0x40 <= o <= 0x7E else None


@lru_cache(maxsize=65536)
def _decode_pair(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if len(text) == 1 else None


# -- lexicon ---------------------------------------------------------------------------


class HanziLexicon:
    """Character counts for a unigram model of Chinese news text.

    ``cost(ch)`` is ``-ln P(ch)`` for Hanzi, with fixed costs for punctuation, symbols
    and unlisted characters (see the tuned constants above).
    """

    def __init__(self, counts: dict[str, int]) -> None:
        if not counts:
            raise ValueError("empty Hanzi lexicon")
        self.counts = counts
        total = sum(counts.values())
        self._log_total = math.log(total)
        self.rare_count = RARE_COUNT
        self.common_count = COMMON_COUNT
        # Characters that never start a case-3 window: common Hanzi, punctuation, ASCII.
        self.plain = frozenset(
            [c for c, n in counts.items() if n >= RARE_COUNT]
            + [chr(o) for o in range(0x80)]
            + list(_PUNCT)
            + list(_PLAIN_SYMBOLS)
        )
        self._not_plain = char_class(self.plain, negated=True)

    @classmethod
    def from_file(cls, path: Path | str) -> HanziLexicon:
        """Read ``char<TAB>count`` lines; ``#`` lines are comments."""
        counts: dict[str, int] = {}
        with open(path, encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 2 or len(parts[0]) != 1 or not parts[1].isdigit():
                    raise ValueError(f"{path}:{lineno}: expected 'char<TAB>count', got {line!r}")
                counts[parts[0]] = int(parts[1])
        return cls(counts)

    def cost(self, ch: str) -> float:
        if _is_hanzi(ch):
            n = self.counts.get(ch, 0)
            return self._log_total - math.log(n) if n else UNKNOWN_COST
        if ch in _PUNCT or ch in _ASCII_FULLWIDTH:
            return PUNCT_COST
        if ch in _PLAIN_SYMBOLS:
            return SYMBOL_COST
        if _trail_byte(ch) is not None:
            return ASCII_TRAIL_COST
        if _ODD_SYMBOL.match(ch):
            return UNKNOWN_COST
        return SYMBOL_COST

    def not_plain(self, text: str) -> set[str]:
        """The characters of ``text`` not in :attr:`plain` (``set(text) - plain``, without a set of every character)."""
        return set(self._not_plain.findall(text))

    def is_common(self, ch: str) -> bool:
        """A Hanzi with at least ``COMMON_COUNT`` counts, or Chinese punctuation."""
        return ch in _PUNCT or self.counts.get(ch, 0) >= self.common_count

    def is_anchor(self, ch: str) -> bool:
        """A character that a one-byte shift of GBK text produces and news text rarely has."""
        if ch in self.plain:
            return False
        if ch == "€":
            return True
        if _gbk_pair(ch) is None:
            return False
        if _is_hanzi(ch):
            return self.counts.get(ch, 0) < self.rare_count
        return _ODD_SYMBOL.match(ch) is not None


class WordPairs:
    """Two-character words, to reward neighbours that form a word.

    Words are Simplified; Traditional characters are folded to Simplified one for one
    (OpenCC's character table) before the look-up.
    """

    def __init__(self, words: Iterable[str] | dict[str, int], fold: dict[str, str]) -> None:
        self.words = frozenset(w for w in words if len(w) == 2)
        # (counts in jieba's dictionary, where given: they rank the candidates for a lost byte)
        self.counts = {w: n for w, n in words.items() if len(w) == 2} if isinstance(words, dict) else {}
        self._fold = str.maketrans(fold)

    @classmethod
    def from_packages(cls, min_freq: int = WORD_MIN_FREQ) -> WordPairs:
        """Words from jieba's ``dict.txt`` (~0.2 s, a few hundredths from this project's cache of jieba's
        dictionary, :mod:`pipeline.jieba_dict`), folding from OpenCC's ``TSCharacters.txt`` (read once, shared with
        the repair's own check, _simplified_forms)."""
        from pipeline.jieba_dict import cached

        words = cached("mojibake-word-pairs", _read_word_pairs, (min_freq,))
        return cls(words, _simplified_forms())

    def __call__(self, a: str, b: str) -> bool:
        return (a + b).translate(self._fold) in self.words

    def count(self, a: str, b: str) -> int:
        """How often ``a + b`` is in jieba's dictionary (0 when it is no word or counts were not read)."""
        return self.counts.get(self.fold(a + b), 0)

    def fold(self, text: str) -> str:
        """``text`` with Traditional characters folded to Simplified, as the words are kept."""
        return text.translate(self._fold)


def _read_word_pairs(path: Path, min_freq: int) -> dict[str, int]:
    """The two-character words of jieba's dictionary at ``path`` with at least ``min_freq`` counts, with their counts."""
    words: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split(" ", 2)
            if len(parts) >= 2 and len(parts[0]) == 2 and parts[1].isdigit() and int(parts[1]) >= min_freq:
                words[parts[0]] = int(parts[1])
    return words


def _read_ts_characters(path: Path) -> dict[str, str]:
    """OpenCC ``TSCharacters.txt``: Traditional char -> its first Simplified form."""
    fold = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            trad, _, simp = line.rstrip("\n").partition("\t")
            if len(trad) == 1 and simp:
                fold[trad] = simp.split()[0]
    return fold


# -- result ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Repair:
    """Repaired text.

    ``positions[i]`` is the index in the input text of the (first) source character of
    ``text[i]``; ``warnings`` name input spans as ``input[start:end]``; ``repaired`` is
    the number of output characters that were rebuilt from bytes.
    """

    text: str
    positions: list[int]
    warnings: list[str]
    repaired: int


@dataclass(frozen=True, slots=True)
class _Edit:
    """Replace input ``[start, end)`` by ``text``; ``positions`` are absolute input indices."""

    start: int
    end: int
    text: str
    positions: list[int]
    repaired: int


# -- cases 1 and 2: Latin-1 / cp1252 readings ------------------------------------------


@dataclass(frozen=True, slots=True)
class _Piece:
    """One output character of a Latin-1 decoding: from ``length`` input chars at ``start``."""

    char: str
    start: int
    length: int
    decoded: bool


# The bytes cp1252 leaves undefined: a decoder drops them or shows U+FFFD (” is E2 80 9D, read
# â€ or â€\ufffd).
_CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def _lost_last_byte(data: bytes, i: int, lexicon: HanziLexicon | None) -> str | None:
    """The character of a three-byte sequence at ``data[i]`` whose last byte cp1252 lost (it
    leaves 0x81 0x8D 0x8F 0x90 0x9D undefined): the one candidate that is common Chinese text
    (â€ -> ”: the others are U+2001, U+200D, U+200F, U+2010), else None."""
    if lexicon is None or not 0xE0 <= data[i] <= 0xEF or i + 1 >= len(data) or not 0x80 <= data[i + 1] <= 0xBF:
        return None
    if i + 2 < len(data) and 0x80 <= data[i + 2] <= 0xBF:
        return None  # (a continuation byte follows: not a lost one)
    found = set()
    for lost in _CP1252_UNDEFINED:
        try:
            char = bytes((data[i], data[i + 1], lost)).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if lexicon.is_common(char):
            found.add(char)
    return found.pop() if len(found) == 1 else None


def _utf8_pieces(line: str, offset: int, lexicon: HanziLexicon | None = None) -> list[list[_Piece]]:
    """UTF-8 decodings of every high run of ``line`` (invalid bytes kept as they are; a last byte
    that cp1252 lost is restored when only one common character can have had it)."""
    runs = []
    for m in _HIGH_RUN.finditer(line):
        if not _CORE_CHAR.search(m.group()):
            continue
        data = bytes(_LATIN1_BYTE[c] for c in m.group())
        pieces: list[_Piece] = []
        i = 0
        while i < len(data):
            b = data[i]
            size = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 0
            char = None
            if size and i + size <= len(data):
                try:
                    char = data[i : i + size].decode("utf-8")
                except UnicodeDecodeError:
                    char = None
            # (not after bytes left undecoded: åšâ€ lost a byte inside 做 too, and a restored ” beside them
            # would be read again as cp1252 0x94 by the next pass: 嚔)
            lost = _lost_last_byte(data, i, lexicon) if char is None and (not pieces or pieces[-1].decoded) else None
            # (a two-byte character, Latin or Cyrillic, whose second byte is a mark Chinese text uses itself
            # is that mark beside a stray letter: Ã” is no Ô; otherwise a quote the first pass made from " would
            # be read into a letter by the second)
            if size == 2 and char is not None and line[m.start() + i + 1] in _SHARED_SPECIALS:
                char = None
            if char is not None and char.isprintable():
                pieces.append(_Piece(char, offset + m.start() + i, size, True))
                i += size
            elif lost is not None:
                # (the U+FFFD a decoder left for the lost byte, right after the run, goes with it)
                marked = i + 2 == len(data) and line[m.end() : m.end() + 1] == "\ufffd"
                pieces.append(_Piece(lost, offset + m.start() + i, 3 if marked else 2, True))
                i += 2
            else:
                pieces.append(_Piece(line[m.start() + i], offset + m.start() + i, 1, False))
                i += 1
        runs.append(pieces)
    return runs


def _dbcs_pieces(line: str, offset: int, codec: str, lexicon: HanziLexicon) -> list[list[_Piece]]:
    """Double-byte decodings (``gbk``/``big5``) of the high segments of ``line``.

    A segment starts at a Latin-1 character that is not a mark Chinese text uses itself
    and goes on while characters are high; a lead byte takes the next character as its
    trail when that is high or ASCII 0x40..0x7E (then only if the result is common).
    """
    segments = []
    n = len(line)
    i = 0
    while i < n:
        if not _CORE_CHAR.match(line, i):
            i += 1
            continue
        pieces: list[_Piece] = []
        while i < n and line[i] in _LATIN1_BYTE:
            lead = _LATIN1_BYTE[line[i]]
            char = None
            if 0x81 <= lead <= 0xFE and i + 1 < n:
                nxt = line[i + 1]
                if nxt in _LATIN1_BYTE:
                    char = _decode_pair(bytes((lead, _LATIN1_BYTE[nxt])), codec)
                elif 0x40 <= ord(nxt) <= 0x7E:
                    char = _decode_pair(bytes((lead, ord(nxt))), codec)
                    if char is not None and not lexicon.is_common(char):
                        char = None
            if char is not None:
                pieces.append(_Piece(char, offset + i, 2, True))
                i += 2
            else:
                pieces.append(_Piece(line[i], offset + i, 1, False))
                i += 1
        segments.append(pieces)
    return segments


@lru_cache(maxsize=1)
def _simplified_forms() -> dict[str, str]:
    """Traditional character -> the Simplified form the normalizer's ``t2s`` step gives it (first form)."""
    import opencc  # imported here for its data files only

    return _read_ts_characters(Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt")


def _reread_by_shift(
    line: str, offset: int, segments: list[list[_Piece]], lexicon: HanziLexicon, words: WordPairs | None
) -> bool:
    """Whether case 3 would read a double-byte decoding of ``line`` one byte off again.

    Case 3 looks around rare Hanzi, and a decoding of stray Latin-1 can be mostly common Hanzi
    with a rare or unlisted one among them (``®\\xa0\\x81°`` as GBK is 疇伆): the next pass, or the
    next normalization once ``t2s`` has made 疇 畴 (other GBK bytes), re-read it in a shifted step.
    A decoding the repair itself would not leave alone is no evidence of that codec, so it is
    checked as it stands and in its Simplified form."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    i = 0
    for pieces in segments:
        if not any(p.decoded for p in pieces):
            continue
        start = pieces[0].start - offset
        end = pieces[-1].start + pieces[-1].length - offset
        out.append(line[i:start])
        at = sum(map(len, out))
        out.append("".join(p.char for p in pieces))
        spans.append((at, at + len(pieces)))
        i = end
    out.append(line[i:])
    decoded = "".join(out)
    forms = _simplified_forms()
    for text in {decoded, "".join(forms.get(c, c) for c in decoded)}:
        shifts, _ = _shift_edits(text, lexicon, words, [])
        if any(e.start < b and a < e.end for e in shifts for a, b in spans):
            return True
    return False


def _latin1_line(
    line: str, offset: int, lexicon: HanziLexicon, words: WordPairs | None = None
) -> tuple[list[_Edit], list[str]]:
    """Edits and warnings for one line that may hold UTF-8/GBK/Big5 read as Latin-1."""
    edits: list[_Edit] = []
    utf8 = _utf8_pieces(line, offset, lexicon)
    utf8_bytes = sum(p.length for run in utf8 for p in run if p.decoded)
    undecoded = sum(1 for run in utf8 for p in run if not p.decoded and _CORE_CHAR.match(p.char))
    chosen: list[list[_Piece]] | None = None
    best_common = 0
    if utf8_bytes and utf8_bytes >= UTF8_MIN_SHARE * (utf8_bytes + undecoded):
        chosen = utf8
        # Some GBK byte pairs are valid UTF-8 too (一 = D2 BB reads as Cyrillic һ): a double-byte
        # reading still wins when it gives more common Hanzi than the UTF-8 one.
        best_common = sum(1 for run in utf8 for p in run if p.decoded and lexicon.is_common(p.char))
    if chosen is None or best_common == 0:
        for codec in ("gbk", "big5"):
            segments = _dbcs_pieces(line, offset, codec, lexicon)
            decoded = [p.char for seg in segments for p in seg if p.decoded]
            common = sum(1 for c in decoded if lexicon.is_common(c))
            if (
                common > best_common
                and common >= DBCS_MIN_COMMON
                and common >= DBCS_COMMON_SHARE * len(decoded)
                and not _reread_by_shift(line, offset, segments, lexicon, words)
            ):
                chosen, best_common = segments, common
    warnings: list[str] = []
    if chosen is None:
        for m in _HIGH_RUN.finditer(line):
            if len(m.group()) >= REPORT_RUN and len(_CORE_CHAR.findall(m.group())) >= REPORT_RUN // 2:
                warnings.append(
                    f"{WARNING_CODE}: input[{offset + m.start()}:{offset + m.end()}] "
                    "looks like text read as Latin-1, no codec decodes it"
                )
        return edits, warnings
    for pieces in chosen:
        if not any(p.decoded for p in pieces):
            continue
        start = pieces[0].start
        end = pieces[-1].start + pieces[-1].length
        edits.append(
            _Edit(
                start,
                end,
                "".join(p.char for p in pieces),
                [p.start for p in pieces],
                sum(p.decoded for p in pieces),
            )
        )
        left = [p for p in pieces if not p.decoded and _CORE_CHAR.match(p.char)]
        if left:
            spans = ", ".join(f"input[{p.start}:{p.start + 1}]" for p in left)
            warnings.append(f"{WARNING_CODE}: {spans} could not be decoded with the rest of the run")
    return edits, warnings


def _twice_edits(line: str, offset: int, lexicon: HanziLexicon) -> list[_Edit]:
    """Edits for high runs of ``line`` that are UTF-8 read as Latin-1/cp1252 twice (会 -> ä¼š ->
    Ã¤Â¼Âš): the run's bytes read as UTF-8 give characters U+0080..U+00FF (or cp1252's), whose
    bytes read as UTF-8 again give mostly common Chinese.  A byte lost on the way (cp1252 leaves
    0x8F undefined) costs its character, as in case 4."""
    edits = []
    for m in _HIGH_RUN.finditer(line):
        if len(m.group()) < 8 or not _CORE_CHAR.search(m.group()):
            continue
        data = [_LATIN1_BYTE[c] for c in m.group()]
        inner: list[int | None] = []
        owner: list[int] = []
        i = 0
        while i < len(data):
            b = data[i]
            owner.append(offset + m.start() + i)
            if b in (0xC2, 0xC3) and i + 1 < len(data) and 0x80 <= data[i + 1] <= 0xBF:
                inner.append(data[i + 1] + (0x40 if b == 0xC3 else 0))
                i += 2
            elif b == 0xC5 or b == 0xC6 or b == 0xCB or b == 0xE2:
                size = 2 if b != 0xE2 else 3
                try:
                    char = bytes(data[i : i + size]).decode("utf-8")
                except UnicodeDecodeError:
                    char = ""
                if char not in _LATIN1_BYTE:
                    break
                inner.append(_LATIN1_BYTE[char])  # (a cp1252 special the first reading made: š is 0x9A)
                i += size
            elif b == 0xC2:
                inner.append(None)  # (its continuation byte was lost)
                i += 1
            else:
                owner.pop()
                break
        if i < len(data) or len(inner) < 6:
            continue
        items, positions, k, _ = _read_utf8(inner, owner, 0, lexicon, gbk=False)
        if k < len(inner):
            continue
        resolved = _resolve_lost(items, True, None)
        out = [c for c in resolved if c is not None]
        lost = len(resolved) - len(out)
        common = sum(1 for c in out if lexicon.is_common(c))
        if len(out) >= 2 and lost <= max(1, len(out) // 3) and common >= GBK_UTF8_COMMON_SHARE * len(out):
            kept = [pos for c, pos in zip(resolved, positions, strict=True) if c is not None]
            edits.append(_Edit(offset + m.start(), offset + m.end(), "".join(out), kept, len(out)))
    return edits


def _latin1_edits(
    text: str, lexicon: HanziLexicon, words: WordPairs | None = None
) -> tuple[list[_Edit], list[str]]:
    edits: list[_Edit] = []
    warnings: list[str] = []
    seen_lines: set[int] = set()
    for m in _LATIN1_PRECHECK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start in seen_lines:
            continue
        seen_lines.add(line_start)
        line_end = text.find("\n", m.start())
        line_end = len(text) if line_end < 0 else line_end
        twice = _twice_edits(text[line_start:line_end], line_start, lexicon)
        if twice:
            edits.extend(twice)
            continue
        line_edits, line_warnings = _latin1_line(text[line_start:line_end], line_start, lexicon, words)
        edits.extend(line_edits)
        warnings.extend(line_warnings)
    return edits, warnings


# -- case 3: GBK read one byte off -----------------------------------------------------


def _window_bounds(text: str, anchor: int, blocked: Callable[[int], bool]) -> tuple[int, int]:
    """Window ``[start, end)`` of GBK-encodable characters around ``anchor``.

    All but the last character have two GBK bytes; the last may be a single trail byte
    (ASCII 0x40..0x7E or ``€``) that ended a shifted run.
    """
    n = len(text)
    start = anchor
    if _gbk_pair(text[anchor]) is None:  # "€" itself: only ever the last character
        end = anchor + 1
    else:
        end = anchor + 1
        while end < n and end - anchor <= WINDOW_REACH and not blocked(end) and _gbk_pair(text[end]) is not None:
            end += 1
        if end < n and not blocked(end) and _trail_byte(text[end]) is not None:
            end += 1
    while start > 0 and anchor - start < WINDOW_REACH and not blocked(start - 1) and _gbk_pair(text[start - 1]):
        start -= 1
    return start, end


@dataclass(frozen=True, slots=True)
class _Shift:
    start: int  # first input char of the region (its first byte is the lost lead's trail)
    end: int  # one past the last input char of the region
    text: str  # the pairs read in step: one char per input char but the last
    gain: float
    end_orphan: bool  # the last char's second byte lost its partner too


def _best_shift(
    text: str, start: int, end: int, anchors: set[int], lexicon: HanziLexicon, words: WordPairs | None
) -> _Shift | None:
    """The shifted region inside window ``[start, end)`` that lowers its cost most, if any.

    Pair ``k`` of a region starting at ``s`` is (second byte of char ``s+k``, first byte of
    char ``s+k+1``), so it does not depend on ``s``: the pairs are read once per window
    and a region ``[s, e)`` is replaced by pairs ``s..e-2``.  The cost of a text is the
    sum of its unigram costs, ``LOST_COST`` per lost character, minus ``WORD_BONUS`` per
    pair of neighbours that is a dictionary word (neighbours outside the window count).
    """
    width = end - start
    chars = text[start:end]
    first: list[int] = []
    second: list[int | None] = []
    for ch in chars:
        pair = _gbk_pair(ch)
        if pair is None:
            first.append(_trail_byte(ch) or 0)
            second.append(None)
        else:
            first.append(pair[0])
            second.append(pair[1])
    shifted: list[str | None] = []
    for k in range(width - 1):
        b2 = second[k]
        char = _decode_pair(bytes((b2, first[k + 1])), "gbk") if b2 is not None and b2 >= 0x81 else None
        if char is not None and (lexicon.cost(char) > MAX_REPAIRED_COST or lexicon.is_anchor(char)):
            char = None
        shifted.append(char)

    def is_word(a: str | None, b: str | None) -> int:
        return int(words is not None and a is not None and b is not None and words(a, b))

    # Prefix sums over the window: unigram costs, anchors, words among neighbours.
    cost_o, cost_p, n_anchor, word_o, word_p = [0.0], [0.0], [0], [0], [0]
    for i, ch in enumerate(chars):
        cost_o.append(cost_o[-1] + lexicon.cost(ch))
        n_anchor.append(n_anchor[-1] + ((start + i) in anchors))
        if i < width - 1:
            p = shifted[i]
            cost_p.append(cost_p[-1] + (lexicon.cost(p) if p is not None else 0.0))
            word_o.append(word_o[-1] + is_word(ch, chars[i + 1]))
            word_p.append(word_p[-1] + (is_word(p, shifted[i + 1]) if i + 1 < width - 1 else 0))

    def lost_cost(mark: str | None) -> float:
        return LOST_COST_MARKED if mark is not None and mark in _LOST_MARKS else LOST_COST

    best: _Shift | None = None
    for s in range(width - 1):
        before = text[start + s - 1] if start + s > 0 else None
        start_lost = lost_cost(before)
        for k in range(s, width - 1):
            if shifted[k] is None:
                break
            e = k + 2  # region [s, e): pairs s..k; char e-1 is the last one read
            if n_anchor[e] == n_anchor[s]:
                continue
            end_orphan = second[e - 1] is not None
            after = text[start + e] if start + e < len(text) else None
            gain = (cost_o[e] - cost_o[s]) - (cost_p[k + 1] - cost_p[s]) - start_lost
            if end_orphan:
                gain -= lost_cost(after)
            old_words = word_o[e - 1] - word_o[s] + is_word(before, chars[s]) + is_word(chars[e - 1], after)
            # A lost character stands between the region and its neighbour on an orphan's
            # side, so those neighbours are not a word: only the end without one counts.
            new_words = word_p[k] - word_p[s] + (0 if end_orphan else is_word(shifted[k], after))
            gain += WORD_BONUS * (new_words - old_words)
            if gain >= MIN_GAIN and (best is None or gain > best.gain):
                region = "".join(c for c in shifted[s : k + 1] if c is not None)
                best = _Shift(start + s, start + e, region, gain, end_orphan)
    return best


def _byte_hex(data: int) -> str:
    return f"0x{data:02X}"


def _shift_edits(
    text: str, lexicon: HanziLexicon, words: WordPairs | None, taken: Sequence[tuple[int, int]]
) -> tuple[list[_Edit], list[str]]:
    """Edits and warnings for GBK fragments read one byte off."""
    rare = [c for c in lexicon.not_plain(text) if lexicon.is_anchor(c)]
    has_marks = "?" in text or "\ufffd" in text
    if not rare and not has_marks:
        return [], []
    taken_starts = [s for s, _ in taken]

    def blocked(i: int) -> bool:
        k = bisect.bisect_right(taken_starts, i) - 1
        return k >= 0 and i < taken[k][1]

    odd = set()
    for ch in rare:  # (a find per rare character: no pattern compiled per text)
        i = text.find(ch)
        while i >= 0:
            if not blocked(i):
                odd.add(i)
            i = text.find(ch, i + 1)
    # Hanzi beside a lost-byte mark open windows too (but are not reported on their own).
    marked = set()
    if has_marks:
        for m in _MARK_BESIDE_HANZI.finditer(text):
            for i in (m.start() - 1, m.end()):
                if 0 <= i < len(text) and _is_hanzi(text[i]) and not blocked(i):
                    marked.add(i)
    anchor_set = odd | marked
    if len(anchor_set) > ANCHOR_SHARE * len(text) + ANCHOR_FLOOR:
        return [], [
            f"{WARNING_CODE}: input[0:{len(text)}] has {len(anchor_set)} rare characters or lost-byte marks, "
            "too many to look for GBK read one byte off"
        ]
    anchors = sorted(anchor_set)
    edits: list[_Edit] = []
    warnings: list[str] = []
    covered_to = 0
    for a in anchors:
        if a < covered_to:
            continue
        w_start, w_end = _window_bounds(text, a, blocked)
        w_start = max(w_start, covered_to)
        shift = _best_shift(text, w_start, w_end, anchor_set, lexicon, words)
        if shift is None:
            continue
        covered_to = shift.end
        edits.append(
            _Edit(
                shift.start,
                shift.end,
                shift.text,
                list(range(shift.start, shift.start + len(shift.text))),
                len(shift.text),
            )
        )
        lost_from = shift.start
        while lost_from > 0 and text[lost_from - 1] in _LOST_MARKS:
            lost_from -= 1
        orphan = _byte_hex(_gbk_pair(text[shift.start])[0])  # type: ignore[index]
        warnings.append(
            f"{WARNING_CODE}: input[{lost_from}:{shift.start + 1}] a character was lost where GBK was read one "
            f"byte off (only its trail byte {orphan} survives, in input[{shift.start}]); "
            f"input[{shift.start}:{shift.end}] re-read in step as {shift.text!r}"
        )
        if shift.end_orphan:
            last = shift.end - 1
            lost_to = shift.end
            while lost_to < len(text) and text[lost_to] in _LOST_MARKS:
                lost_to += 1
            lead = _byte_hex(_gbk_pair(text[last])[1])  # type: ignore[index]
            warnings.append(
                f"{WARNING_CODE}: input[{last}:{lost_to}] a character was lost where GBK was read one byte off "
                f"(only its lead byte {lead} survives, in input[{last}])"
            )
    # Anchors next to a lost-byte mark or odd symbols left as they were: say so.
    edit_spans = [(e.start, e.end) for e in edits]
    for a in sorted(odd):
        if any(s <= a < e for s, e in edit_spans):
            continue
        near_mark = any(0 <= j < len(text) and text[j] in _LOST_MARKS for j in (a - 2, a - 1, a + 1, a + 2))
        if near_mark or _NEVER_IN_TEXT.match(text[a]):
            warnings.append(f"{WARNING_CODE}: input[{a}:{a + 1}] {text[a]!r} looks like mojibake, not repaired")
    return edits, warnings


# -- case 4: UTF-8 read as GBK -------------------------------------------------------


def _utf8_as_gbk_signature() -> str:
    """Characters that GBK makes of a UTF-8 lead byte of a CJK character or mark (0xE2..0xEF)
    followed by a continuation byte (0x80..0xBF): one in every three characters of such a
    reading (会后， -> 浼氬悗锛), and GB2312's rarer second level or GBK's extension in clean text."""
    chars = []
    for lead in range(0xE2, 0xF0):
        for trail in range(0x80, 0xC0):
            char = _decode_pair(bytes((lead, trail)), "gb18030")
            if char is not None:
                chars.append(char)
    return "".join(chars)


_GBK_SIGNATURE = re.compile("[" + re.escape(_utf8_as_gbk_signature()) + "]")
# Non-ASCII stretches of a line: the candidates for case 4 (split further where a character has
# no two GB18030 bytes at or above 0x80 and is no U+FFFD, which stands for one unreadable byte).
_NON_ASCII_RUN = re.compile("[^\x00-\x7f]{2,}")


# A line of nothing but replacement marks (and spaces): what a decoder left of a line it could not
# read at all.  The marks go; the line break stays.
_MARKS_LINE = re.compile("(?m)^[ \t\u3000]*\ufffd[\ufffd \t\u3000]*\ufffd[\ufffd \t\u3000]*$")


@lru_cache(maxsize=65536)
def _gbk_high_pair(ch: str) -> bytes | None:
    """The two GB18030 bytes of ``ch`` when both are 0x80 or above, else None."""
    try:
        data = ch.encode("gb18030")
    except UnicodeEncodeError:
        return None
    return data if len(data) == 2 and data[1] >= 0x80 else None


def _utf8_size(lead: int) -> int:
    return 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0


def _lost_byte_candidates(data: list[int | None], lexicon: HanziLexicon) -> list[str]:
    """The common characters that UTF-8 bytes ``data`` with one unknown (None) continuation byte
    can be; [] when the lead byte or more than one byte is unknown."""
    if data.count(None) != 1 or data[0] is None:
        return []
    return list(_candidates(tuple(data), lexicon))


@lru_cache(maxsize=4096)
def _candidates(data: tuple[int | None, ...], lexicon: HanziLexicon) -> tuple[str, ...]:
    found = []
    for b in range(0x80, 0xC0):
        try:
            char = bytes(b if x is None else x for x in data).decode("utf-8")  # type: ignore[misc]
        except UnicodeDecodeError:
            continue
        if lexicon.is_common(char):
            found.append(char)
    return tuple(found)


# The candidates of E3 80 ? or E3 ? ? ending a run: a full stop lost its bytes (、 never ends a run).
_FULL_STOP_LOST = ("。", "、", "〃", "〈", "〉", "《", "》", "「", "」", "『", "』", "【", "】")


def _read_utf8(
    data: Sequence[int | None], owner: Sequence[int], start: int, lexicon: HanziLexicon, *, gbk: bool
) -> tuple[list[str | Sequence[str]], list[int], int, int]:
    """Read bytes ``data[start:]`` (None: a lost byte) as UTF-8 characters while they decode.

    Returns the items (a character, or the candidates of one with a lost byte, as
    :func:`_resolve_lost` takes them), the ``owner`` position of each item's first byte, the index
    after the last byte read, and the count of U+FFFD characters read.  ``gbk`` is the GB18030
    reading (:func:`_gbk_run_edits`): a character with a lost byte must still show continuation
    bytes, a lost full stop ending the data reads as ``_FULL_STOP_LOST``, and U+FFFD decoded from
    bytes (锟斤拷) is counted and dropped; the Latin-1-twice reading (:func:`_twice_edits`) keeps
    U+FFFD as a character (its stretch then fails the common-character test)."""
    n = len(data)
    items: list[str | Sequence[str]] = []
    positions: list[int] = []
    marks = 0
    q = start
    while q < n:
        lead = data[q]
        size = _utf8_size(lead) if lead is not None else 0
        if not size:
            break
        seq = list(data[q : q + size])
        if len(seq) < size or None in seq:
            if gbk and not all(b is None or 0x80 <= b <= 0xBF for b in seq[1:]):
                break
            seq += [None] * (size - len(seq))
            full_stop = gbk and seq[0] == 0xE3 and seq[1] in (0x80, None) and q + size >= n
            items.append(_FULL_STOP_LOST if full_stop else _lost_byte_candidates(seq, lexicon))
            positions.append(owner[q])
            q = min(q + size, n)
            continue
        try:
            char = bytes(seq).decode("utf-8")  # type: ignore[arg-type]
        except UnicodeDecodeError:
            break
        if gbk and char == "\ufffd":
            marks += 1
        else:
            items.append(char)
            positions.append(owner[q])
        q += size
    return items, positions, q, marks


def _dominant(scored: list[tuple[int, str]]) -> str | None:
    """The item of the highest score when that is positive and ``LOST_WORD_MARGIN`` times the next."""
    scored.sort()
    if not scored or not scored[-1][0] or (len(scored) > 1 and scored[-1][0] < LOST_WORD_MARGIN * scored[-2][0]):
        return None
    return scored[-1][1]


def _resolve_lost(items: list[str | Sequence[str]], at_end: bool, words: WordPairs | None) -> list[str | None]:
    """Characters of a stretch; a sequence holds the candidates of a character with an unreadable
    byte.  One candidate is taken as it is; ``。`` for E3 80 ? or E3 ? ? ending the stretch (、 never
    ends one); of several, with both neighbours read, the one that makes a word of jieba's
    dictionary with one of them far more often than any other does (业 ? 区: 园区), or the pair of
    two such characters that does (京 ? ? 。: 召开).  Else the character is lost (None): with one
    neighbour only, a word is too weak a sign (? 先进 would read 为先, not 个先)."""
    out: list[str | None] = [item if isinstance(item, str) else item[0] if len(item) == 1 else None for item in items]
    if at_end and out and out[-1] is None and items[-1] == _FULL_STOP_LOST:
        out[-1] = "。"
    open_ = [k for k, item in enumerate(items) if out[k] is None and not isinstance(item, str) and len(item) > 1]
    if words is None or not open_:
        return out
    pairs = words.load() if isinstance(words, _LazyWordPairs) else words
    # (unfolded: a Traditional candidate folded to Simplified would compete with Simplified
    # neighbours, 囌 + 区 as 苏区 against 园区)
    counts = pairs.counts
    last = len(out) - 1
    for _ in range(LOST_ROUNDS):
        found = False
        for k in open_:
            before = out[k - 1] if k > 0 else None
            after = out[k + 1] if k < last else None
            if before is None or after is None:
                continue
            choice = _dominant(
                [(max(counts.get(before + c, 0), counts.get(c + after, 0)), c) for c in items[k] if _is_hanzi(c)]
            )
            if choice is not None:
                out[k], found = choice, True
        if not found:
            for k in open_:
                if k + 1 not in open_ or out[k] is not None or out[k + 1] is not None:
                    continue
                if k == 0 or k + 1 == last or out[k - 1] is None or out[k + 2] is None:
                    continue
                if len(items[k]) * len(items[k + 1]) > 1600:
                    continue
                pair = _dominant([(counts.get(c + d, 0), c + d) for c in items[k] for d in items[k + 1]])
                if pair is not None:
                    out[k], out[k + 1], found = pair[0], pair[1], True
        open_ = [k for k in open_ if out[k] is None]
        if not found or not open_:
            break
    return out


def _fullwidth(ch: str) -> bool:
    return "\uff01" <= ch <= "\uff5e"


def _common_count(chars: Iterable[str], lexicon: HanziLexicon) -> int:
    """How many of ``chars`` read as Chinese text: common Hanzi or full-width marks."""
    return sum(1 for c in chars if lexicon.is_common(c) or _fullwidth(c))


def _gbk_bytes(text: str, start: int, end: int) -> tuple[list[int | None], list[int], set[int]]:
    """GB18030 bytes of ``text[start:end]`` (None for a U+FFFD), the input index of each byte, and
    the byte indices where an input character begins."""
    data: list[int | None] = []
    owner: list[int] = []
    starts: set[int] = set()
    for i in range(start, end):
        starts.add(len(data))
        if text[i] == "\ufffd":
            data.append(None)
            owner.append(i)
        else:
            data.extend(_gbk_high_pair(text[i]))  # type: ignore[arg-type]
            owner.extend((i, i))
    return data, owner, starts


def _gbk_run_edits(text: str, start: int, end: int, lexicon: HanziLexicon, words: WordPairs | None) -> list[_Edit]:
    """Edits for ``text[start:end]``, characters with two GB18030 bytes at or above 0x80 or U+FFFD,
    where those bytes are UTF-8.  From each character boundary the bytes are read as UTF-8 while
    they decode; a stretch is kept by :func:`_gbk_stretch_ok`.  U+FFFD decoded from bytes (锟斤拷
    is EF BF BD EF BF BD, two of them) goes, and so does a character with an unreadable byte that
    :func:`_lost_byte_char` cannot tell."""
    data, owner, starts = _gbk_bytes(text, start, end)
    n = len(data)
    edits: list[_Edit] = []
    p = 0
    while p < n:
        lead = data[p]
        if p not in starts or lead is None or not _utf8_size(lead):
            p += 1
            continue
        items, item_positions, q, marks = _read_utf8(data, owner, p, lexicon, gbk=True)
        resolved = _resolve_lost(items, q >= n, words)
        out = [c for c in resolved if c is not None]
        positions = [pos for c, pos in zip(resolved, item_positions, strict=True) if c is not None]
        lost = len(resolved) - len(out)
        if q > p and _gbk_stretch_ok(text[owner[p] : owner[q - 1] + 1], out, lost, marks, lexicon):
            edits.append(_Edit(owner[p], owner[q - 1] + 1, "".join(out), positions, len(out)))
            p = q
            while p < n and p not in starts:
                p += 1  # (the other byte of a character whose first byte ended the stretch)
        else:
            # (a short stretch may have started one character too early: 席锟斤拷 reads as ϯ and two
            # U+FFFD; a long one is skipped whole, so that a line costs no more than its bytes)
            p = p + 1 if q - p <= 12 else q
    return edits


def _gbk_stretch_ok(source: str, out: list[str], lost: int, marks: int, lexicon: HanziLexicon) -> bool:
    """Whether a UTF-8 reading ``out`` of GB18030 characters ``source`` replaces them: at least
    ``GBK_UTF8_MIN_CHARS`` characters, ``GBK_UTF8_COMMON_SHARE`` of them common (Hanzi, Chinese or
    full-width marks), few characters lost, and ``source`` itself mostly not common; or nothing but
    U+FFFD read from bytes (锟斤拷)."""
    if not out:
        return marks >= 2 and lost == 0
    if len(out) < GBK_UTF8_MIN_CHARS or lost > max(1, len(out) // 3):
        return False
    common = _common_count(out, lexicon)
    was_common = _common_count(source, lexicon)
    return common >= GBK_UTF8_COMMON_SHARE * len(out) and was_common <= GBK_SOURCE_COMMON_SHARE * len(source)


_NON_ASCII = re.compile("[^\x00-\x7f]")
_DECODED_TEXT = re.compile("[^\x00-\x7f\ufffd]")


def _utf8_yield(line: str) -> bool:
    """Whether the GB18030 bytes of ``line`` read as UTF-8 give :data:`GBK_LINE_YIELD` characters per
    non-ASCII character of it (two C-level codec calls: most lines with rare characters stop here)."""
    source = len(_NON_ASCII.findall(line))
    decoded = len(_DECODED_TEXT.findall(line.encode("gb18030", "replace").decode("utf-8", "replace")))
    return decoded >= 2 and decoded >= GBK_LINE_YIELD * source


def _gbk_utf8_edits(
    text: str, lexicon: HanziLexicon, words: WordPairs | None, taken: list[tuple[int, int]]
) -> tuple[list[_Edit], list[tuple[int, int]]]:
    """Case 4 edits, and the spans of the lines they are on (no GBK there was read one byte off:
    case 3 leaves them alone).  Only lines with two :data:`_GBK_SIGNATURE` characters are read."""
    edits: list[_Edit] = [_Edit(m.start(), m.end(), "", [], 0) for m in _MARKS_LINE.finditer(text)]
    lines: list[tuple[int, int]] = []
    hits = sorted(
        [m.start() for m in _GBK_SIGNATURE.finditer(text)] + [m.start() for m in re.finditer("锟斤拷", text)]
    )
    if len(hits) < 2:
        return edits, lines
    done_to = -1  # (end of the last line looked at: each line is found once, not once per hit)
    for a, b in zip(hits, hits[1:], strict=False):
        if a < done_to:
            continue
        line_end = text.find("\n", a)
        line_end = len(text) if line_end < 0 else line_end
        if b > line_end:
            continue  # (one hit on this line)
        done_to = line_end
        line_start = text.rfind("\n", 0, a) + 1
        found = len(edits)
        if not _utf8_yield(text[line_start:line_end]):
            # (no UTF-8 read as GBK here: a 锟斤拷 run in clean text still goes)
            for m in re.finditer("(?:锟斤拷)+", text[line_start:line_end]):
                if not any(s < line_start + m.end() and line_start + m.start() < e for s, e in taken):
                    edits.append(_Edit(line_start + m.start(), line_start + m.end(), "", [], 0))
            continue
        for m in _NON_ASCII_RUN.finditer(text, line_start, line_end):
            if any(s < m.end() and m.start() < e for s, e in taken) or _MARKS_LINE.fullmatch(m.group()):
                continue
            run_start = m.start()
            for i in range(m.start(), m.end() + 1):
                if i < m.end() and (text[i] == "\ufffd" or _gbk_high_pair(text[i]) is not None):
                    continue
                if i - run_start >= 2:
                    edits.extend(_gbk_run_edits(text, run_start, i, lexicon, words))
                run_start = i + 1
        if len(edits) > found and not _line_repaired(text, line_start, line_end, edits[found:], lexicon):
            del edits[found:]  # (half repaired, half garbled: left whole, as a line unread)
        if len(edits) > found:
            lines.append((line_start, line_end))
    return edits, lines


def _line_repaired(text: str, start: int, end: int, edits: list[_Edit], lexicon: HanziLexicon) -> bool:
    """Whether the line ``text[start:end]`` with ``edits`` applied reads as Chinese: the stretches
    of it left unrepaired may not make it more than :data:`GBK_UTF8_COMMON_SHARE` uncommon (a line
    of which a few words came back and the rest stayed garbled would glue its garble to the next
    line's sentence)."""
    pieces: list[str] = []
    at = start
    for edit in sorted(edits, key=lambda e: e.start):
        pieces.append(text[at : edit.start])
        pieces.append(edit.text)
        at = edit.end
    pieces.append(text[at:end])
    chars = [c for c in "".join(pieces) if not c.isascii() and not c.isspace()]
    return _common_count(chars, lexicon) >= GBK_UTF8_COMMON_SHARE * len(chars)


# -- driver ----------------------------------------------------------------------------


def _apply(text: str, edits: Iterable[_Edit]) -> tuple[str, list[int], int]:
    parts: list[str] = []
    positions: list[int] = []
    repaired = 0
    cursor = 0
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.start < cursor or len(edit.text) > edit.end - edit.start or len(edit.text) != len(edit.positions):
            raise ValueError(f"bad mojibake edit [{edit.start}, {edit.end}) at cursor {cursor}")
        parts.append(text[cursor : edit.start])
        positions.extend(range(cursor, edit.start))
        parts.append(edit.text)
        positions.extend(edit.positions)
        repaired += edit.repaired
        cursor = edit.end
    parts.append(text[cursor:])
    positions.extend(range(cursor, len(text)))
    return "".join(parts), positions, repaired


# No-break spaces written as UTF-8 and read as Latin-1 (C2 A0: "Â\xa0", or "Â " where a page made the
# no-break space a plain one) between Chinese characters: 县委书记Â 李明, 县委副书记Â Â 王刚.  No
# Chinese text has a lone Â beside a Hanzi; a wholly misread text has no Hanzi to stand beside.
_NBSP_MOJIBAKE = re.compile("(?<=[\u3400-\u9fff\uf900-\ufaff])(?:Â[\u00a0 ]+)+(?=[\u3400-\u9fff\uf900-\ufaff])")


def _nbsp_leads(text: str) -> Repair:
    """``text`` without the ``Â`` of each no-break space :data:`_NBSP_MOJIBAKE` finds (the space
    stays, so the unicode step reads it as any no-break space); ``repaired`` counts them."""
    if "Â" not in text:
        return Repair(text, list(range(len(text))), [], 0)
    drop = {m.start() + k for m in _NBSP_MOJIBAKE.finditer(text) for k, ch in enumerate(m.group()) if ch == "Â"}
    if not drop:
        return Repair(text, list(range(len(text))), [], 0)
    kept = [i for i in range(len(text)) if i not in drop]
    return Repair("".join(text[i] for i in kept), kept, [], len(drop))


#: Repair passes over a text at most (a further pass finds nothing in practice).
MAX_PASSES = 3


class MojibakeRepairer:
    """Repairs the four kinds of mojibake described in the module docstring."""

    def __init__(self, lexicon: HanziLexicon, words: WordPairs | None = None) -> None:
        self.lexicon = lexicon
        self.words = words

    def __call__(self, text: str) -> Repair:
        """Repair until nothing changes (at most :data:`MAX_PASSES`): one line read with two
        codecs (Big5 ``¤@`` beside UTF-8 ``Ã\x80``) is repaired one codec per pass.  First the
        ``Â`` of no-break spaces between Chinese characters goes (:func:`_nbsp_leads`)."""
        if not isinstance(text, str):
            raise TypeError(f"repair() needs str, got {type(text).__name__}")
        spaces = _nbsp_leads(text)
        if not spaces.repaired:
            return self._passes(text)
        rest = self._passes(spaces.text)
        return Repair(rest.text, [spaces.positions[i] for i in rest.positions], rest.warnings, spaces.repaired + rest.repaired)

    def _passes(self, text: str) -> Repair:
        result = self._once(text)
        for _ in range(MAX_PASSES - 1):
            if not result.repaired:
                break
            again = self._once(result.text)
            if not again.repaired:
                break
            result = Repair(
                again.text,
                [result.positions[i] for i in again.positions],
                result.warnings + again.warnings,
                result.repaired + again.repaired,
            )
        return result

    def _once(self, text: str) -> Repair:
        edits, warnings = ([], []) if not _LATIN1_PRECHECK.search(text) else _latin1_edits(text, self.lexicon, self.words)
        gbk_edits, gbk_lines = _gbk_utf8_edits(text, self.lexicon, self.words, [(e.start, e.end) for e in edits])
        edits.extend(gbk_edits)
        taken = _merged(sorted([(e.start, e.end) for e in edits] + gbk_lines))
        shift_edits, shift_warnings = _shift_edits(text, self.lexicon, self.words, taken)
        edits.extend(shift_edits)
        warnings.extend(shift_warnings)
        if not edits:
            return Repair(text, list(range(len(text))), warnings, 0)
        new_text, positions, repaired = _apply(text, edits)
        return Repair(new_text, positions, warnings, repaired)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ``spans`` with overlapping ones joined (case 4 lines hold case 1 and 2 edits)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


class _LazyWordPairs:
    """:class:`WordPairs` read on first use or by :func:`preload`: only a text with a
    suspected one-byte-off GBK fragment needs them, and a caller of :func:`repair` alone
    need not pay for reading jieba's dictionary up front."""

    def __init__(self) -> None:
        self._pairs: WordPairs | None = None

    def load(self) -> WordPairs:
        if self._pairs is None:
            self._pairs = WordPairs.from_packages()
        return self._pairs

    def __call__(self, a: str, b: str) -> bool:
        return self.load()(a, b)

    def count(self, a: str, b: str) -> int:
        return self.load().count(a, b)


@lru_cache(maxsize=1)
def default_repairer() -> MojibakeRepairer:
    """The repairer with the shipped lexicon and jieba's words, loaded once per process."""
    return MojibakeRepairer(HanziLexicon.from_file(LEXICON_PATH), _LazyWordPairs())  # type: ignore[arg-type]


def preload() -> None:
    """Read the lexicon and jieba's words now (a pipeline stage does, so that no document's
    time limit pays for it: most real pages hold a rare character or a ``?`` that wakes
    the one-byte-off check)."""
    words = default_repairer().words
    if isinstance(words, _LazyWordPairs):
        words.load()


def repair(text: str) -> Repair:
    """Repair mojibake in ``text`` with the shipped lexicon; see :class:`Repair` for offsets."""
    return default_repairer()(text)


# -- building the lexicon --------------------------------------------------------------

LEXICON_MIN_COUNT = 5

LEXICON_HEADER = """\
# Character counts for pipeline/mojibake.py (a unigram model of Chinese news text).
# Made by `python -m pipeline.mojibake --build-lexicon models/lexicons/common_hanzi.txt`
# from jieba {jieba_version} dict.txt: the count of a Hanzi is the sum of the frequencies of
# the dictionary words containing it (single-character entries tagged "zg" are skipped:
# many of them are mojibake themselves, e.g. 鍚 鍒).  Hanzi with fewer than {min_count}
# counts are left out.  Traditional forms from OpenCC's TSCharacters.txt get the count
# of their Simplified form when that is larger, so Traditional text is judged fairly.
# Format: one "char<TAB>count" per line, largest count first.
"""


def build_lexicon(jieba_dict: Path, ts_characters: Path, min_count: int = LEXICON_MIN_COUNT) -> Counter[str]:
    """Hanzi counts from jieba's ``dict.txt`` and OpenCC's ``TSCharacters.txt``."""
    counts: Counter[str] = Counter()
    with open(jieba_dict, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, freq = parts[0], int(parts[1])
            if len(word) == 1 and len(parts) > 2 and parts[2] == "zg":
                continue
            for ch in word:
                if _is_hanzi(ch):
                    counts[ch] += freq
    counts = Counter({c: n for c, n in counts.items() if n >= min_count})
    for trad, simp in _read_ts_characters(ts_characters).items():
        n = counts.get(simp, 0)
        if n > counts.get(trad, 0):
            counts[trad] = n
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Hanzi lexicon used by the mojibake repair.")
    parser.add_argument("--build-lexicon", metavar="OUT", required=True, help="where to write common_hanzi.txt")
    args = parser.parse_args(argv)
    import jieba  # imported here: only building the lexicon needs them
    import opencc

    jieba_dict = Path(jieba.__file__).parent / "dict.txt"
    ts_characters = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    counts = build_lexicon(jieba_dict, ts_characters)
    with open(args.build_lexicon, "w", encoding="utf-8") as out:
        out.write(LEXICON_HEADER.format(jieba_version=jieba.__version__, min_count=LEXICON_MIN_COUNT))
        for ch, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            out.write(f"{ch}\t{n}\n")
    print(f"wrote {len(counts)} characters to {args.build_lexicon}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
