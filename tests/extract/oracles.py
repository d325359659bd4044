"""Slow, obviously right versions of fast helpers in pipeline/extract/common.py, that tests compare them against."""

from __future__ import annotations

from pipeline.extract.common import CLAUSE_BREAK


def clause_bounds_by_characters(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos`` found one character at a time: back to the character after a mark of
    CLAUSE_BREAK (or the text's start), on to the next mark (or the text's end); offsets into ``text``."""
    s = pos
    while s > 0 and text[s - 1] not in CLAUSE_BREAK:
        s -= 1
    e = pos
    while e < len(text) and text[e] not in CLAUSE_BREAK:
        e += 1
    return s, e
