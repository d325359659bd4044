"""Score the boilerplate stage against per-line keep/remove annotations.

Annotations live in ``tests/data/boilerplate/<stem>.json`` (format in the README
there): every non-blank raw line has a label ``keep``, ``remove`` or ``meta`` (either
outcome is fine for meta).  A raw line counts as kept when at least half of its
non-space characters lie outside the raw spans the boilerplate stage removed
(characters dropped by normalization, such as inline pinyin, do not count).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.document import Document
from pipeline.ingest import RawInput, to_document
from pipeline.nlp import Pipeline

# Share of a line's non-space characters that must survive for the line to count as kept.
SURVIVAL_SHARE = 0.5


@dataclass
class LineScores:
    keep_total: int = 0
    keep_lost: int = 0
    remove_total: int = 0
    remove_removed: int = 0
    mistakes: list[str] = field(default_factory=list)

    @property
    def removal_rate(self) -> float:
        return self.remove_removed / self.remove_total if self.remove_total else 1.0

    @property
    def body_loss_rate(self) -> float:
        return self.keep_lost / self.keep_total if self.keep_total else 0.0

    def add(self, other: LineScores) -> None:
        self.keep_total += other.keep_total
        self.keep_lost += other.keep_lost
        self.remove_total += other.remove_total
        self.remove_removed += other.remove_removed
        self.mistakes.extend(other.mistakes)


def surviving_raw_positions(doc: Document) -> bytearray:
    """1 for every raw character not inside a span removed as boilerplate."""
    alive = bytearray(b"\x01") * len(doc.raw_text)
    for span in doc.removed:
        alive[span.raw_start : span.raw_end] = bytes(span.raw_end - span.raw_start)
    return alive


def score_file(annotation: Path, raw_path: Path, nlp: Pipeline) -> LineScores:
    spec = json.loads(annotation.read_text(encoding="utf-8"))
    data = raw_path.read_bytes()
    doc = nlp(to_document(RawInput(str(raw_path), data, False)))
    alive = surviving_raw_positions(doc)
    raw = doc.raw_text
    # Line starts in the raw text (the annotation splits on "\n", 1-based).
    starts = [0]
    for i, ch in enumerate(raw):
        if ch == "\n":
            starts.append(i + 1)
    scores = LineScores()
    for row in spec["lines"]:
        n = row["n"]
        begin = starts[n - 1]
        end = starts[n] - 1 if n < len(starts) else len(raw)
        line = raw[begin:end].rstrip("\r")
        digest = hashlib.sha1(line.strip().encode("utf-8")).hexdigest()[:12]
        if digest != row["sha1"]:
            raise ValueError(f"{annotation.name}: line {n} hash mismatch (raw file changed?)")
        chars = [i for i in range(begin, begin + len(line)) if not raw[i].isspace()]
        kept = sum(alive[i] for i in chars) >= SURVIVAL_SHARE * len(chars)
        if row["label"] == "keep":
            scores.keep_total += 1
            if not kept:
                scores.keep_lost += 1
                scores.mistakes.append(f"{raw_path.name}:{n} body line lost ({row['reason']})")
        elif row["label"] == "remove":
            scores.remove_total += 1
            if kept:
                scores.mistakes.append(f"{raw_path.name}:{n} boilerplate kept ({row['reason']})")
            else:
                scores.remove_removed += 1
    return scores


def score_dir(annotations: Path, raw_dirs: list[Path], nlp: Pipeline, stems: list[str] | None = None) -> LineScores:
    total = LineScores()
    for annotation in sorted(annotations.glob("*.json")):
        if stems is not None and annotation.stem not in stems:
            continue
        raw = next((d / f"{annotation.stem}.txt" for d in raw_dirs if (d / f"{annotation.stem}.txt").exists()), None)
        if raw is None:
            continue
        total.add(score_file(annotation, raw, nlp))
    return total
