"""Regular expressions behind a look-ahead on the characters their matches can open with.

Shared by the rule entity tagger (pipeline/entities/rules.py) and the extractors (pipeline/extract/),
which import it from here or through pipeline.extract.common.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the regex parser is public as sre_parse up to Python 3.10 and moved to re._parser in 3.11
    import re._constants as sre_constants
    import re._parser as sre_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse as sre_parser  # type: ignore[no-redef]


# Largest set of opening characters worth a look-ahead (a class of CJK ranges is no cheaper than the pattern itself).
MAX_GATE_CHARS = 400
# Stands for the class \\d among the opening characters (written into the look-ahead as it is).
DIGIT_CLASS = r"\d"


def _opening_chars(items: Any) -> set[str] | None:
    """Every character a match of the parsed items can open with (``DIGIT_CLASS`` for any of \\d), or None when
    that is not a small known set (a negated class, one with other categories, a wildcard, an anchor, items that
    may all be empty, case folding).  An optional item (a repeat of at least zero: ``x?``, ``(?:…)?``, ``x*``) adds
    its own opening characters to those of what follows it, since a match opens with either."""
    c = sre_constants
    optional: set[str] = set()
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the match opens with what follows
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0:
            opening = _opening_chars(av[2])
            if opening is None:
                return None
            optional |= opening  # the match opens here or, the item left out, with what follows
            continue
        opening = _opening_item(op, av)
        return None if opening is None else opening | optional
    return None  # (every item may be empty: the match may open anywhere)


def _opening_item(op: Any, av: Any) -> set[str] | None:
    """The opening characters of one parsed item that cannot be left out (see :func:`_opening_chars`)."""
    c = sre_constants
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < MAX_GATE_CHARS:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                chars.add(DIGIT_CLASS)  # (\\d, kept as the class itself: its Unicode digits are many)
            else:
                return None
        return chars
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


def first_char_gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead on the characters any of its matches opens with: the same matches, spans and
    groups, found faster by ``search``/``finditer``/``findall``.

    Why: Python's engine skips ahead to a possible first character only when a pattern opens with a literal, a class
    or alternatives that each open with a literal; one that opens with a group of alternatives (召开|举行…) or a
    look-behind is tried in full at every position of the text, which made the gate of the meeting patterns one of
    the costliest searches of the extract stage. The look-ahead fails at one test where no match can open.  The
    pattern comes back unchanged when the engine already skips ahead, when the opening characters are not a small
    known set, or under IGNORECASE.  Compile time only: never call it per document.
    """
    if pattern.flags & re.IGNORECASE:
        return pattern
    try:
        data = sre_parser.parse(pattern.pattern, pattern.flags).data
    except Exception:  # (a parser of another Python version that reads the pattern otherwise: no gate)
        return pattern
    head = data
    while head and head[0][0] is sre_constants.SUBPATTERN:
        head = head[0][1][3].data
    if head and (head[0][0] in (sre_constants.LITERAL, sre_constants.IN) or head[0][0] is sre_constants.BRANCH and all(
            alternative and alternative[0][0] is sre_constants.LITERAL for alternative in head[0][1][1])):
        return pattern  # (the engine's own prefix scan: a look-ahead would only slow it)
    opening = _opening_chars(data)
    if not opening or len(opening) > MAX_GATE_CHARS:
        return pattern
    gate = "".join(ch if ch == DIGIT_CLASS else re.escape(ch) for ch in sorted(opening))
    return re.compile(f"(?=[{gate}])(?:{pattern.pattern})", pattern.flags)
