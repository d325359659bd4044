"""Regular expressions behind a look-ahead on the characters their matches can open with (:func:`first_char_gated`)
or behind a test for the literals every match contains (:func:`literal_gated`); and two builders of plain patterns,
one character of a set (:func:`char_class`) and any of a list of literals (:func:`any_literal`).

Shared by the rule entity tagger (pipeline/entities/rules.py) and the extractors (pipeline/extract/),
which import it from here or through pipeline.extract.common, and by the normalize, boilerplate and mojibake modules.

Known limitations: both read the pattern with the standard library's parser (``re._parser``); an item it returns
that they do not know leaves the pattern ungated.  A literal-gated pattern is a :class:`LiteralGated`, not a
``re.Pattern``: it equals its compiled pattern (``m.re == gated``) but is not it (``m.re is gated`` is false), and the
``re`` module's functions do not take it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any

try:  # the regex parser is public as sre_parse up to Python 3.10 and moved to re._parser in 3.11
    import re._constants as sre_constants
    import re._parser as sre_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse as sre_parser  # type: ignore[no-redef]


# Largest set of opening characters worth a look-ahead (a class of CJK ranges is no cheaper than the pattern itself).
MAX_GATE_CHARS = 400
# Fewest required literals for which one search of their alternation beats an ``in`` test per literal on a whole
# string (measured on 3,000 snapshot sentences: 1 literal 0.40 vs 0.37 ms, 2: 0.67 vs 1.13, 5: 1.05 vs 0.94, 13-16:
# 2.2-3.3 vs 1.0-1.2); on a part of a string (pos, endpos) the search is always the faster.
LITERAL_SCAN_MIN = 3
# Stands for the class \\d among the opening characters (written into the look-ahead as it is).
DIGIT_CLASS = r"\d"


def widest_match(source: str, flags: int = 0) -> int:
    """The most characters a match of the pattern ``source`` can span, as the standard library's parser bounds it (a
    very large number where it is unbounded, so that a search anchored on it starts at the text's start)."""
    return int(sre_parser.parse(source, flags).getwidth()[1])


def _opening_chars(items: Any) -> set[str] | None:
    """Every character a match of the parsed items can open with (``DIGIT_CLASS`` for any of \\d), or None when
    that is not a small known set (a negated class, one with other categories, a wildcard, items that may all be
    empty, case folding).  An optional item (a repeat of at least zero: ``x?``, ``(?:…)?``, ``x*``) adds
    its own opening characters to those of what follows it, since a match opens with either.  A look-ahead whose
    matches open with known characters gives those (the character at the match's start must open it); any other
    look-around, an anchor (^, $, \\b) or a group of alternatives made of those only is skipped (zero width: the
    match opens with what follows)."""
    c = sre_constants
    optional: set[str] = set()
    for op, av in items:
        if op is c.ASSERT and av[0] == 1:
            ahead = _opening_chars(av[1])
            if ahead is not None:
                # (a look-ahead that needs a character: the match opens with one it opens with, or with an
                # optional item before it)
                return ahead | optional
            continue
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT) or op is c.BRANCH and all(map(_zero_width, av[1])):
            continue  # zero width (a look-around, ^, $, \b, (?:^|(?<=，))): the match opens with what follows
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0:
            opening = _opening_chars(av[2])
            if opening is None:
                return None
            optional |= opening  # the match opens here or, the item left out, with what follows
            continue
        opening = _opening_item(op, av)
        return None if opening is None else opening | optional
    return None  # (every item may be empty: the match may open anywhere)


def _zero_width(items: Any) -> bool:
    """Whether the parsed items are look-arounds and anchors only, or alternatives of those: they match no character."""
    c = sre_constants
    return all(op in (c.ASSERT, c.ASSERT_NOT, c.AT) or op is c.BRANCH and all(map(_zero_width, av[1]))
               for op, av in items)


def _class_chars(items: Any, max_range: int, digit: str | None) -> set[str] | None:
    """The characters of a parsed class ``[...]``: its literals and its ranges narrower than ``max_range``, plus
    ``digit`` for \\d when given; None for anything else (a negated class, another category, a wide range)."""
    c = sre_constants
    chars: set[str] = set()
    for kind, value in items:
        if kind is c.LITERAL:
            chars.add(chr(value))
        elif kind is c.RANGE and value[1] - value[0] < max_range:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        elif digit is not None and kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
            chars.add(digit)
        else:
            return None
    return chars


def _opening_item(op: Any, av: Any) -> set[str] | None:
    """The opening characters of one parsed item that cannot be left out (see :func:`_opening_chars`)."""
    c = sre_constants
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        # (\\d kept as the class itself: its Unicode digits are many)
        return _class_chars(av, MAX_GATE_CHARS, DIGIT_CLASS)
    if op is c.BRANCH:
        chars = set()
        for alternative in av[1]:
            opening = _opening_chars(alternative)
            if opening is None:
                return None
            chars |= opening
        return chars
    if op is c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _opening_chars(av[3])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _opening_chars(av[2])
    return None


def first_char_gated(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead on the characters any of its matches opens with: the same matches, spans and
    groups, found faster by ``search``/``finditer``/``findall``.

    Why: Python's engine skips ahead to a possible first character only when a pattern opens with a literal, a class
    or alternatives that each open with a literal; one that opens with a group of alternatives (召开|举行…) or a
    look-behind is tried in full at every position of the text, which made the gate of the meeting patterns one of
    the costliest searches of the extract stage. The look-ahead fails at one test where no match can open.  The
    pattern comes back unchanged (compiled) when the engine already skips ahead, when the opening characters are not
    a small known set, or under IGNORECASE.  Compile time only: never call it per document.

    ``pattern`` is the source text with its ``flags`` (the usual form: only the pattern that is used gets compiled,
    about 6 ms for a large one at start-up) or a compiled pattern (``flags`` then ignored).
    """
    if isinstance(pattern, re.Pattern):
        compiled: re.Pattern[str] | None = pattern
        source, flags = pattern.pattern, pattern.flags
    else:
        compiled, source = None, pattern
    if flags & re.IGNORECASE:
        return compiled or re.compile(source, flags)
    try:
        data = sre_parser.parse(source, flags).data
    except Exception:  # (a parser of another Python version that reads the pattern otherwise: no gate)
        return compiled or re.compile(source, flags)
    head = data
    while head and head[0][0] is sre_constants.SUBPATTERN:
        head = head[0][1][3].data
    if head and (head[0][0] in (sre_constants.LITERAL, sre_constants.IN, sre_constants.AT) or head[0][0] is sre_constants.BRANCH and all(
            alternative and alternative[0][0] is sre_constants.LITERAL for alternative in head[0][1][1])):
        # (the engine's own prefix scan, or an anchor that fails at once: a look-ahead would only slow it)
        return compiled or re.compile(source, flags)
    gate = _opening_class(data)
    if gate is None:
        return compiled or re.compile(source, flags)
    return re.compile(f"(?=[{gate}])(?:{source})", flags)


def opening_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can open with (:func:`_opening_chars`), or None when that is not a
    small known set of characters (a class with \\d among them included) or under IGNORECASE: a caller that tests one
    character before trying the pattern at a place skips only places where no match can open.  Compile time only."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        opening = _opening_chars(sre_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # (a parser of another Python version that reads the pattern otherwise: no set)
        return None
    if not opening or len(opening) > MAX_GATE_CHARS or DIGIT_CLASS in opening:
        return None
    return frozenset(opening)


def _opening_class(items: Any) -> str | None:
    """The body of a character class of every character a match of the parsed items opens with (:func:`_opening_chars`),
    for a gate's look-ahead ``(?=[...])``; None when that set is not small and known."""
    opening = _opening_chars(items)
    if not opening or len(opening) > MAX_GATE_CHARS:
        return None
    return "".join(ch if ch == DIGIT_CLASS else re.escape(ch) for ch in sorted(opening))


def opening_gate(source: str, flags: int = 0) -> str:
    """``source`` (a part of a pattern, often an alternation of words) behind a look-ahead on the characters its
    matches open with, as a string to write inside a larger pattern: ``(?=[F])(?:source)``; ``source`` itself
    when those characters are not a small known set (see :func:`_opening_chars`), under IGNORECASE, or when
    ``source`` sets flags of its own (``(?i)``).

    Why: a lazy run followed by a long alternation (``[^，。]{0,40}?(?:座谈会|研讨会|…)``) tries the alternation at
    every step of the run, and the engine tests the first character of each of its branches in turn; the look-ahead
    is one test of a class there.  The same matches, spans and groups (every match of ``source`` opens with one of
    the characters).  Compile time only."""
    parsed = sre_parser.parse(source, flags)
    if (flags | parsed.state.flags) & re.IGNORECASE or (parsed.state.flags ^ flags) & ~re.UNICODE:
        return source  # (case folding; or flags written in the source, which only open a whole pattern)
    gate = _opening_class(parsed.data)
    return source if gate is None else f"(?=[{gate}])(?:{source})"


# Most opening pairs (first two characters) followed through a pattern; a pattern that can open with more is not
# pair-gated (the pairs are only ever written as two classes, but their walk grows as their product).
MAX_OPENING_PAIRS = 4096


def _openings(items: Any, k: int) -> set[str] | None:
    """For every match of the parsed items, its first ``k`` characters (or the whole match when shorter) is one of the
    returned strings; None when that set is not small and known (see :func:`_opening_item_strings`).  Look-arounds and
    anchors are zero width (skipping their test gives a superset, which is all a gate needs)."""
    strings: set[str] = {""}
    for op, av in getattr(items, "data", items):  # (the parser's list itself: indexing its wrapper is slow)
        if all(len(s) >= k for s in strings):
            break
        grown: set[str] = set()
        tails: dict[int, set[str] | None] = {}
        for s in strings:
            if len(s) >= k:
                grown.add(s)
                continue
            need = k - len(s)
            if need not in tails:
                tails[need] = _opening_item_strings(op, av, need)
            tail = tails[need]
            if tail is None:
                return None
            grown.update(s + t for t in tail)
        if len(grown) > MAX_OPENING_PAIRS:
            return None
        strings = grown
    return strings


def _opening_item_strings(op: Any, av: Any, k: int) -> set[str] | None:
    """:func:`_openings` of one parsed item."""
    c = sre_constants
    if op is c.LITERAL:
        return {chr(av)}
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {""}
    if op is c.IN:
        return _class_chars(av, MAX_GATE_CHARS, None)
    if op is c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _openings(av[3], k)
    if op is c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            alt = _openings(alternative, k)
            if alt is None:
                return None
            union |= alt
        return union
    if op in _REPEATS:
        low, high, body = av
        once = _openings(body, k)
        if once is None:
            return None
        # (copies past the k-th add no character to the first k: a copy that matched nothing can be left out)
        strings, power = set(), {""}
        for count in range(min(high, low + k) + 1):
            if count >= low:
                strings |= power
            power = {a + b[: k - len(a)] if len(a) < k else a for a in power for b in once}
            if len(power) > MAX_OPENING_PAIRS:
                return None
        return {s[:k] for s in strings}
    return None


def pair_gated(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead on the first two characters of its matches, ``(?=[F][S])``: the same matches,
    spans and groups, found faster by ``search``/``finditer`` where the pattern opens with a large alternation.

    Why: a lexicon alternation (the title words: 233 first characters) opens on about one Han character in four; at
    each such place the engine tries every branch of the alternation in turn, which cost about 0.9 us per character
    searched.  Two classes tested first (the first character, then the second) let through only places where a word's
    first two characters could stand, and the search of the title words runs about 1.8 times as fast (measured on the
    snapshot texts' sentences).  The pattern comes back unchanged (compiled) where some match may be shorter than two
    characters, the two sets are not small and known, or under IGNORECASE.  Compile time only."""
    compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
    source, flags = compiled.pattern, compiled.flags  # (the flags the source sets inline among them)
    if flags & re.IGNORECASE:
        return compiled
    try:
        pairs = _openings(sre_parser.parse(source, flags).data, 2)
    except Exception:  # (a parser of another Python version that reads the pattern otherwise: no gate)
        pairs = None
    if not pairs or any(len(pair) < 2 for pair in pairs):
        return compiled
    first, second = ("".join(map(re.escape, sorted({pair[i] for pair in pairs}))) for i in (0, 1))
    try:
        return re.compile(f"(?=[{first}][{second}])(?:{source})", flags)
    except re.error:  # (global flags written inline at the source's start may not stand after the gate)
        return compiled

# Largest finite set of strings followed through a run of items (the product of the sets of 召开|举行, 会议?, …); a
# run whose product grows beyond it is cut into shorter runs.
MAX_EXACT_STRINGS = 64
# Most literals worth a precheck: each is one ``in`` test of the whole string, and a longer list costs about what the
# search it spares does (calibrated on the extract stage's calls over the snapshot texts: three of the patterns that
# gained most, with 9 to 14 literals, lose nothing against 8 literals; none with more gained).
MAX_REQUIRED_LITERALS = 16
# Rough share of a text's sentences that hold a literal of 1, 2, 3 or more characters, and the cost of one ``in`` test
# of a sentence against one search of a pattern there: they choose among the literal sets a pattern gives (one Han
# character is common, two rarely meet by chance; the few literals of 贷款 beat eight of 项目审批, 工程批复, …).
LITERAL_HIT_SHARE = (0.2, 0.02, 0.004)
LITERAL_TEST_COST = 0.04


class _UnknownItem(Exception):
    """An item of the parsed pattern that the required-literal walk does not know (a parser of another version)."""


def _product(left: set[str], right: set[str]) -> set[str] | None:
    if len(left) * len(right) > MAX_EXACT_STRINGS:
        return None
    return {a + b for a in left for b in right}


def _exact_strings(items: Any) -> set[str] | None:
    """Every string the parsed items can match, when that is a finite set of at most ``MAX_EXACT_STRINGS`` (a
    superset is fine: the set is only ever used as "a match is one of these"); None otherwise."""
    strings: set[str] | None = {""}
    for op, av in getattr(items, "data", items):  # (the parser's list itself: indexing its wrapper is slow)
        item = _exact_item(op, av)
        if item is None or strings is None:
            return None
        strings = _product(strings, item)
    return strings


def _exact_item(op: Any, av: Any) -> set[str] | None:
    """The strings one parsed item can match (see :func:`_exact_strings`); zero-width items match ``""``."""
    c = sre_constants
    if op is c.LITERAL:
        return {chr(av)}
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {""}  # (zero width: what stands on either side meets in the match)
    if op is c.IN:
        chars = _class_chars(av, MAX_EXACT_STRINGS, None)  # (None: a negated class, a category, a wide range)
        return chars if chars is not None and len(chars) <= MAX_EXACT_STRINGS else None
    if op is c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _exact_strings(av[3])
    if op is c.BRANCH:
        strings: set[str] = set()
        for alternative in av[1]:
            alt = _exact_strings(alternative)
            if alt is None:
                return None
            strings |= alt
        return strings if len(strings) <= MAX_EXACT_STRINGS else None
    if op in _REPEATS:
        low, high, body = av
        once = _exact_strings(body)
        if once is None or high is c.MAXREPEAT or high > MAX_EXACT_STRINGS:
            return None
        strings, power = set(), {""}
        for count in range(high + 1):
            if count >= low:
                strings |= power
            if count < high:
                power = _product(power, once)  # type: ignore[assignment]
                if power is None:
                    return None
        return strings if len(strings) <= MAX_EXACT_STRINGS else None
    return None


def _test_cost(literals: frozenset[str]) -> tuple[float, int]:
    """What testing for ``literals`` costs, in searches of the pattern: one ``in`` test per literal, plus the search
    itself in the sentences one occurs in (a rough share by length); ties go to the longer literals."""
    hits = sum(LITERAL_HIT_SHARE[min(len(s), len(LITERAL_HIT_SHARE)) - 1] for s in literals)
    return (hits + LITERAL_TEST_COST * len(literals), -sum(map(len, literals)))


def _minimal(strings: set[str]) -> frozenset[str] | None:
    """``strings`` without those that contain another of them (a text holding the longer one holds the shorter one,
    so the test is the same); None when the empty string is among them (every text would pass) or when more than
    ``MAX_REQUIRED_LITERALS`` remain."""
    if "" in strings:
        return None
    kept: list[str] = []
    for s in sorted(strings, key=lambda s: (len(s), s)):
        if not any(k in s for k in kept):
            kept.append(s)
            if len(kept) > MAX_REQUIRED_LITERALS:
                return None
    return frozenset(kept)


def _required(items: Any) -> frozenset[str] | None:
    """The cheapest set of literals to test of which every match of the parsed items contains one, or None.

    Candidates: every run of consecutive items that each match one of a few known strings (their product, while it
    stays within ``MAX_EXACT_STRINGS``), and each item that cannot be left out whose own parts give a set (a group,
    a repeat of at least one, alternatives that each give a set: the union).  Optional items and look-arounds give
    nothing by themselves (inside a run they are a possibly empty string and zero width)."""
    c = sre_constants
    items = getattr(items, "data", items)  # (the parser's list itself: indexing its wrapper is slow)
    candidates: list[frozenset[str]] = []
    exact = [_exact_item(op, av) for op, av in items]
    for i, first in enumerate(exact):  # (runs of such items, as long as their product allows)
        previous = exact[i - 1] if i else None
        if first is None or (previous is not None and len(previous) == 1):
            continue  # (a run from the item before, one string, holds every string of this one)
        strings: set[str] = {""}
        for j in range(i, len(items)):
            grown = None if exact[j] is None else _product(strings, exact[j])  # type: ignore[arg-type]
            if grown is None:
                break
            strings = grown
            found = _minimal(strings)
            if found is not None:
                candidates.append(found)
    for op, av in items:  # (an item with a few known strings may hold a better set inside: 地点 in 【地点】, 地点：)
        if op is c.SUBPATTERN:
            found = None if av[1] & re.IGNORECASE else _required(av[3])
        elif op is c.ATOMIC_GROUP:
            found = _required(av)
        elif op in _REPEATS:
            found = _required(av[2]) if av[0] >= 1 else None
        elif op is c.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                alt = _required(alternative)
                if alt is None:
                    union = set()
                    break
                union |= alt
            found = _minimal(union) if union else None
        elif op is c.LITERAL or op in _NO_LITERALS:
            found = None  # (a literal counts in its run above)
        else:
            raise _UnknownItem(op)
        if found is not None:
            candidates.append(found)
    return min(candidates, key=_test_cost) if candidates else None


_REPEATS = tuple(getattr(sre_constants, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(sre_constants, name))
# Items that carry no literal a match must contain (any character, classes, anchors, look-arounds, back-references,
# a conditional group): they give no candidate, and the other items still do.
_NO_LITERALS = tuple(getattr(sre_constants, name) for name in (
    "ANY", "IN", "NOT_LITERAL", "AT", "CATEGORY", "ASSERT", "ASSERT_NOT", "GROUPREF", "GROUPREF_EXISTS")
    if hasattr(sre_constants, name))


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """A set of literal strings of which every match of ``pattern`` contains at least one (inside the matched span),
    chosen the most selective among those the parsed pattern gives; None when it gives none, under IGNORECASE, or
    when the parser returns an item the walk does not know."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        data = sre_parser.parse(pattern.pattern, pattern.flags).data
        return _required(data)
    except (_UnknownItem, re.error, RecursionError):
        return None


def char_class(chars: Iterable[str], negated: bool = False) -> re.Pattern[str]:
    """A pattern of one character of ``chars`` (or, ``negated``, of any other): one C-level scan finds the few
    characters of a text that are in such a set (or out of it), where a set of the text's characters costs a new
    string per character."""
    codes = sorted(set(map(ord, chars)))
    if not codes:
        return re.compile("(?s:.)" if negated else "(?!)")
    parts = []
    low = high = codes[0]
    for code in [*codes[1:], None]:
        if code is not None and code == high + 1:
            high = code
            continue
        parts.append(re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else ""))
        if code is not None:
            low = high = code
    return re.compile("[" + ("^" if negated else "") + "".join(parts) + "]")


def any_literal(words: Iterable[str]) -> re.Pattern[str]:
    """One search for any of ``words`` (an alternation of them escaped, duplicates dropped, longest first and then in
    code-point order): it finds something in a text exactly when one of them occurs in it, and at each position the
    longest of those that start there."""
    return re.compile("|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))))


class LiteralGated:
    """A compiled pattern behind a test that one of its required literals (:func:`required_literals`) occurs in the
    string: ``search``, ``finditer``, ``findall``, ``sub``, ``subn`` and ``split`` answer at once (no match) when none
    occurs and as the pattern's own do otherwise; ``match`` and ``fullmatch`` are the pattern's own, untested (an
    anchored match fails at its position at once, a literal test would read the rest of the string).

    Why: many extractor patterns are searched over every sentence of every text and match in few of them; where the
    pattern opens with a look-behind, a class or a group of alternatives, the engine tries it at every position,
    while ``in`` finds a literal with a fast scan.  With ``pos``/``endpos`` the test looks at the part of the string
    the pattern can see (its look-behinds may look before ``pos``, but a required literal lies inside the match)."""

    __slots__ = ("_compiled", "literals", "_any_literal", "_scan_whole", "pattern", "flags", "groups", "groupindex",
                 "match", "fullmatch")

    def __init__(self, compiled: re.Pattern[str], literals: frozenset[str]) -> None:
        self._compiled = compiled
        # (longest first: the rarest, the likeliest to settle the test at the first literal when one occurs)
        self.literals: tuple[str, ...] = tuple(sorted(literals, key=lambda s: (-len(s), s)))
        # (one search for any of the literals: it finds one in string[pos:endpos] exactly when a str.find of one does,
        # the alternation having no anchor, class or look-around; a bounded find per literal costs several times
        # more, and so does an ``in`` per literal once there are three or more of them)
        self._any_literal = any_literal(self.literals)
        self._scan_whole = len(self.literals) >= LITERAL_SCAN_MIN
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex
        self.match = compiled.match
        self.fullmatch = compiled.fullmatch

    def __repr__(self) -> str:
        return f"LiteralGated({self._compiled!r}, literals={self.literals!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (LiteralGated, (self._compiled, frozenset(self.literals)))

    def __eq__(self, other: object) -> bool:
        """Equal to its compiled pattern, which is what a match's ``re`` is, so that ``m.re in (gated, …)`` and
        ``m.re == gated`` still hold (``m.re is gated`` cannot: a pattern told apart by identity is not gated)."""
        if isinstance(other, LiteralGated):
            other = other._compiled
        return bool(self._compiled == other)

    def __hash__(self) -> int:
        return hash(self._compiled)

    def _absent(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether no required literal lies in ``string[pos:endpos]`` (a negative bound is 0, as for the pattern)."""
        if pos <= 0 and endpos >= len(string) and not self._scan_whole:
            for literal in self.literals:
                if literal in string:
                    return False
            return True
        return self._any_literal.search(string, max(pos, 0), max(endpos, 0)) is None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos or endpos < len(string):
            return None if self._any_literal.search(string, max(pos, 0), max(endpos, 0)) is None \
                else self._compiled.search(string, pos, endpos)
        if self._scan_whole:
            return None if self._any_literal.search(string) is None else self._compiled.search(string)
        for literal in self.literals:  # (inline: the plain call is the common one, and a call costs)
            if literal in string:
                return self._compiled.search(string)
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(string, pos, endpos) else self._compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(string, pos, endpos) else self._compiled.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return string if self._absent(string) else self._compiled.sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return (string, 0) if self._absent(string) else self._compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return [string] if self._absent(string) else self._compiled.split(string, maxsplit)


def gate_literals(words: Iterable[str], patterns: Iterable[re.Pattern[str] | LiteralGated],
                  chosen: dict[int, frozenset[str]] | None = None) -> set[str] | None:
    """The literals of which a text that holds one of ``words`` or that one of ``patterns`` matches in holds at least
    one: ``words`` and each pattern's required literals (a :class:`LiteralGated` pattern's own, or those ``chosen``
    names for it by ``id``, where the parser's choice is a word on nearly every page); None when a pattern's are not
    known, or when there is none or an empty one: no gate can be built (the page gates of the award and speaker
    extractors)."""
    literals: set[str] = set(words)
    for pattern in patterns:
        required = (chosen or {}).get(id(pattern)) or (
            frozenset(pattern.literals) if isinstance(pattern, LiteralGated) else required_literals(pattern))
        if required is None:
            return None
        literals |= required
    return literals if literals and all(literals) else None


def literal_gated(pattern: re.Pattern[str]) -> re.Pattern[str] | LiteralGated:
    """``pattern`` behind a test for its required literals (:class:`LiteralGated`), or unchanged when it has none.
    Compile time only: never call it per document."""
    literals = required_literals(pattern)
    return pattern if literals is None else LiteralGated(pattern, literals)
