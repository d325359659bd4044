"""The one object that flows through the pipeline.

A :class:`Document` holds the raw text exactly as decoded from the input bytes, the
clean text that later stages read, and an offset map from every clean character to
the raw character it came from.  Stages add metadata, entities and records; none of
them ever modifies ``raw_text``.

Offsets everywhere are Python ``str`` indices (code points), half-open ``[start, end)``.
"clean" offsets point into :attr:`Document.clean_text`, "raw" offsets into
:attr:`Document.raw_text`.

Known limitations: the offset map stores one int per clean character (about 8 bytes
each in an ``array``), which is fine for news articles and bounded by the input-size
limit in :mod:`pipeline.config`.
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar


@dataclass(frozen=True, slots=True)
class Entity:
    """A typed span of the clean text.

    ``start``/``end`` index :attr:`Document.clean_text`; ``raw_start``/``raw_end`` index
    :attr:`Document.raw_text` (filled in by :meth:`Document.raw_span`).  ``value`` holds
    the normalized value of rule entities (for example ``{"year": 2021, "month": 1,
    "day": 25}`` for a DATE) and is an empty dict when there is none.
    """

    type: str
    text: str
    start: int
    end: int
    source: str  # "model" | "rule"
    value: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Removal:
    """A raw span dropped from the clean text, with the reason (for audits)."""

    raw_start: int
    raw_end: int
    reason: str


class OffsetMap:
    """Maps clean-text positions to raw-text positions.

    ``positions[i]`` is the raw index of the source character of clean character ``i``.
    The map is strictly increasing: normalization only deletes or replaces characters
    one-for-one (or many-raw-for-one-clean for repaired bytes and line endings), it never
    reorders them.
    """

    __slots__ = ("positions", "raw_length")

    def __init__(self, positions: Iterable[int], raw_length: int) -> None:
        self.positions = array("q", positions)
        self.raw_length = raw_length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(range(length), length)

    def __len__(self) -> int:
        return len(self.positions)

    def raw_index(self, clean_index: int) -> int:
        """Raw index of the character at ``clean_index``."""
        return self.positions[clean_index]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` covering clean ``[start, end)``.

        The end is one past the raw source of the last clean character, so the raw span
        covers any characters dropped inside the clean span (pinyin, zero-width marks).
        An empty clean span maps to an empty raw span at the matching position.
        """
        if not 0 <= start <= end <= len(self.positions):
            raise IndexError(f"clean span [{start}, {end}) outside 0..{len(self.positions)}")
        if start == end:
            pos = self.positions[start] if start < len(self.positions) else self.raw_length
            return pos, pos
        return self.positions[start], self.positions[end - 1] + 1

    def compose(self, inner: OffsetMap) -> OffsetMap:
        """Map of a text derived from this map's clean text by ``inner``.

        ``inner`` maps a newer text into this map's clean text; the result maps the newer
        text straight into the raw text.
        """
        return OffsetMap(map(self.positions.__getitem__, inner.positions), self.raw_length)


@dataclass(slots=True)
class Document:
    """An article on its way through the pipeline.

    ``raw_text`` is the decoded input and is never modified.  ``clean_text`` and
    ``offsets`` are replaced together by normalization stages.
    """

    doc_id: str
    source: str
    raw_text: str
    encoding: str
    clean_text: str = ""
    offsets: OffsetMap = field(default_factory=lambda: OffsetMap((), 0))
    is_html: bool = False
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    hints: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    # Words as (start, end) clean-text offsets; empty unless the segment stage is asked for them.
    tokens: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # Values that later stages derive from the finished text and metadata, each computed once per document
    # (:func:`derived_view`): view name -> (the inputs it was computed from, the value).  Not part of the document's
    # identity; emptied when the clean text is replaced.
    derived: dict[str, tuple[Any, Any]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_raw(cls, doc_id: str, source: str, raw_text: str, encoding: str, **kw: Any) -> Document:
        return cls(
            doc_id=doc_id,
            source=source,
            raw_text=raw_text,
            encoding=encoding,
            clean_text=raw_text,
            offsets=OffsetMap.identity(len(raw_text)),
            **kw,
        )

    def replace_text(self, new_text: str, inner: OffsetMap) -> None:
        """Install a new clean text; ``inner`` maps it into the current clean text."""
        if len(inner) != len(new_text):
            raise ValueError(f"offset map length {len(inner)} != text length {len(new_text)}")
        self.offsets = self.offsets.compose(inner)
        self.clean_text = new_text
        self.derived.clear()

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.raw_span(start, end)

    def warn(self, code: str, detail: str) -> None:
        self.warnings.append(f"{code}: {detail}")


_View = TypeVar("_View")


def derived_view(inputs: Callable[[Document], Hashable]) -> Callable[[Callable[[Document], _View]], Callable[[Document], _View]]:
    """Memoize a function of a document per document: its value is kept in :attr:`Document.derived` with
    ``inputs(doc)`` (what the function reads: the clean text, metadata fields) and computed again only when those
    differ.  For views several extractors ask of the same document (the page's region is read by the speaker, meeting
    and funding readings).  ``inputs`` must name everything the function reads that a stage may change; the value
    must not be mutated by callers (the same object is returned each time)."""

    def decorate(compute: Callable[[Document], _View]) -> Callable[[Document], _View]:
        name = f"{compute.__module__}.{compute.__qualname__}"

        @functools.wraps(compute)
        def view(doc: Document) -> _View:
            key = inputs(doc)
            cached = doc.derived.get(name)
            if cached is not None and cached[0] == key:
                return cached[1]  # type: ignore[no-any-return]
            value = compute(doc)
            doc.derived[name] = (key, value)
            return value

        return view

    return decorate
