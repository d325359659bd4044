"""BMES character tagging: read/write files, convert spans <-> tags, score entities.

A BMES file holds one ``CHAR TAG`` pair per line (separated by one space or a tab) and a
blank line between sentences; tags are ``O`` or ``B-X``/``M-X``/``E-X``/``S-X`` for an
entity type ``X`` (MSRA uses PER, ORG, LOC). Lines may end in ``\\r\\n`` (the MSRA files do).

Spans are ``(start, end, label)`` with ``start``/``end`` character offsets into the sentence
text (``end`` exclusive), so ``text[start:end]`` is the entity surface.

Known limitations:
- Decoding is strict: only ``B-X (M-X)* E-X`` and ``S-X`` make an entity. Orphan ``M``/``E``
  tags and an unclosed ``B`` are ignored (the MSRA test file has 11 orphan tags; its reference
  entity counts, PER 2,064 / LOC 2,964 / ORG 1,418, follow this rule).
- A character that is whitespace cannot be stored in a ``CHAR TAG`` line; :func:`write_bmes`
  refuses such sentences rather than writing a file that reads back differently.
- Scoring is exact-match on (start, end, label); partial overlaps count as one false positive
  plus one false negative.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int, str]

OUTSIDE = "O"


@dataclass(frozen=True)
class Sentence:
    """One tagged sentence: ``text`` and one BMES tag per character of it."""

    text: str
    tags: tuple[str, ...]

    def __post_init__(self) -> None:
        if len(self.text) != len(self.tags):
            raise ValueError(f"sentence has {len(self.text)} characters but {len(self.tags)} tags: {self.text[:30]!r}")


def read_bmes(path: str | Path) -> list[Sentence]:
    """Read a BMES file (UTF-8) into sentences, in file order.

    Raises ``ValueError`` naming the file and 1-based line number for a line that is not
    ``CHAR TAG`` or whose tag is not ``O`` / ``[BMES]-TYPE``.
    """
    path = Path(path)
    sentences: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for lineno, raw in enumerate(handle, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                if chars:
                    sentences.append(Sentence("".join(chars), tuple(tags)))
                    chars, tags = [], []
                continue
            parts = line.split()
            if len(parts) != 2 or len(parts[0]) != 1:
                raise ValueError(f"{path}:{lineno}: expected 'CHAR TAG', got {line[:40]!r}")
            char, tag = parts
            if tag != OUTSIDE and (len(tag) < 3 or tag[0] not in "BMES" or tag[1] != "-"):
                raise ValueError(f"{path}:{lineno}: bad tag {tag!r} (expected O or B-/M-/E-/S-TYPE)")
            chars.append(char)
            tags.append(tag)
    if chars:
        sentences.append(Sentence("".join(chars), tuple(tags)))
    return sentences


def write_bmes(sentences: Iterable[Sentence], path: str | Path) -> None:
    """Write sentences as ``CHAR TAG`` lines (``\\n`` line ends), blank line after each."""
    lines: list[str] = []
    for index, sentence in enumerate(sentences):
        for offset, char in enumerate(sentence.text):
            if char.isspace():
                raise ValueError(f"sentence {index}: whitespace character at offset {offset} cannot be written")
        lines.extend(f"{char} {tag}" for char, tag in zip(sentence.text, sentence.tags, strict=True))
        lines.append("")
    Path(path).write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")


def tags_to_spans(tags: Sequence[str]) -> list[Span]:
    """Entity spans ``(start, end, label)`` (character offsets, end exclusive) from BMES tags."""
    spans: list[Span] = []
    start = -1
    label = ""
    for index, tag in enumerate(tags):
        prefix = tag[0]
        kind = tag[2:]
        if prefix == "S":
            spans.append((index, index + 1, kind))
            start = -1
        elif prefix == "B":
            start, label = index, kind
        elif prefix == "M":
            if start >= 0 and kind != label:
                start = -1
        elif prefix == "E":
            if start >= 0 and kind == label:
                spans.append((start, index + 1, kind))
            start = -1
        else:
            start = -1
    return spans


def spans_to_tags(length: int, spans: Iterable[Span]) -> list[str]:
    """BMES tags for a sentence of ``length`` characters holding the given spans.

    Raises ``ValueError`` for a span outside ``[0, length]``, an empty span or overlapping spans.
    """
    tags = [OUTSIDE] * length
    for start, end, label in sorted(spans):
        if not 0 <= start < end <= length:
            raise ValueError(f"span ({start}, {end}, {label!r}) outside a sentence of {length} characters")
        if any(tag != OUTSIDE for tag in tags[start:end]):
            raise ValueError(f"span ({start}, {end}, {label!r}) overlaps another span")
        if end - start == 1:
            tags[start] = f"S-{label}"
            continue
        tags[start] = f"B-{label}"
        for index in range(start + 1, end - 1):
            tags[index] = f"M-{label}"
        tags[end - 1] = f"E-{label}"
    return tags


@dataclass(frozen=True)
class Counts:
    """Exact-match counts for one entity type (or all of them)."""

    true_positives: int = 0
    gold: int = 0
    predicted: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Scores:
    """Per-type and micro-averaged entity scores."""

    per_type: dict[str, Counts] = field(default_factory=dict)
    micro: Counts = field(default_factory=Counts)

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        """``{type or "micro": {precision, recall, f1, gold, predicted, true_positives}}`` (fractions 0..1)."""
        rows = dict(sorted(self.per_type.items()))
        rows["micro"] = self.micro
        return {
            name: {
                "precision": c.precision,
                "recall": c.recall,
                "f1": c.f1,
                "gold": c.gold,
                "predicted": c.predicted,
                "true_positives": c.true_positives,
            }
            for name, c in rows.items()
        }

    def format_table(self) -> str:
        """A plain-text table: type, gold, predicted, P, R, F1 (percent, one decimal)."""
        lines = [f"{'type':<6} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}"]
        rows = dict(sorted(self.per_type.items()))
        rows["micro"] = self.micro
        for name, c in rows.items():
            lines.append(
                f"{name:<6} {c.gold:>6} {c.predicted:>6} {100 * c.precision:>6.2f} {100 * c.recall:>6.2f} {100 * c.f1:>6.2f}"
            )
        return "\n".join(lines)


def score_spans(gold: Sequence[Iterable[Span]], predicted: Sequence[Iterable[Span]]) -> Scores:
    """Entity-level exact-match scores; ``gold[i]`` and ``predicted[i]`` belong to sentence ``i``."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    tp: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    for gold_spans, pred_spans in zip(gold, predicted, strict=True):
        gold_set = set(gold_spans)
        pred_set = set(pred_spans)
        for _, _, label in gold_set:
            n_gold[label] = n_gold.get(label, 0) + 1
        for span in pred_set:
            n_pred[span[2]] = n_pred.get(span[2], 0) + 1
            if span in gold_set:
                tp[span[2]] = tp.get(span[2], 0) + 1
    labels = set(n_gold) | set(n_pred)
    per_type = {label: Counts(tp.get(label, 0), n_gold.get(label, 0), n_pred.get(label, 0)) for label in labels}
    micro = Counts(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values()))
    return Scores(per_type, micro)
