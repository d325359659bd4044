"""Batch runs: inputs -> pipeline -> sinks, one document at a time, never dying on one.

:func:`process` turns one :class:`~pipeline.ingest.RawInput` into either an article
record or a :class:`~pipeline.errors.Rejection`; :func:`run_batch` streams inputs,
skips documents already stored (resume), writes records and rejections, and returns a
summary.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import PipelineError, Rejection
from pipeline.ingest import InputProblem, RawInput, doc_id_of, to_document
from pipeline.nlp import Pipeline, StageFailure
from pipeline.records import to_record
from pipeline.sinks.jsonl import JsonlSink, stored_ids


@dataclass
class Summary:
    docs: int = 0
    skipped: int = 0
    chars: int = 0
    records: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "skipped": self.skipped,
            "errors": dict(self.errors),
            "records": dict(self.records),
            "chars": self.chars,
            "seconds": round(self.seconds, 3),
            "docs_per_s": round(self.docs / self.seconds, 2) if self.seconds else None,
        }


def process(
    item: RawInput | InputProblem, nlp: Pipeline, *, with_text: bool = False, with_entities: bool = False
) -> dict[str, Any] | Rejection:
    """One input to its record, or to a rejection naming the stage and code."""
    if isinstance(item, InputProblem):
        return Rejection(item.source, item.doc_id, "ingest", item.code, item.detail)
    try:
        doc = to_document(item)
    except PipelineError as exc:
        return Rejection(item.source, doc_id_of(item.data), "ingest", exc.code, exc.detail)
    try:
        doc = nlp(doc)
    except StageFailure as exc:
        return Rejection(item.source, doc.doc_id, exc.stage, exc.error.code, exc.error.detail)
    except PipelineError as exc:
        return Rejection(item.source, doc.doc_id, "pipeline", exc.code, exc.detail)
    return to_record(doc, with_text=with_text, with_entities=with_entities)


def run_batch(
    items: Iterable[RawInput | InputProblem],
    nlp: Pipeline,
    out_path: Path,
    *,
    errors_path: Path | None = None,
    force: bool = False,
    with_text: bool = False,
    with_entities: bool = False,
    extra_sinks: Iterable[Any] = (),
    progress: Any = None,
) -> Summary:
    """Process ``items`` into ``out_path`` (JSONL) and ``errors_path``; resume unless ``force``."""
    errors_path = errors_path or out_path.with_name("errors.jsonl")
    done = set() if force else stored_ids(out_path)
    summary = Summary()
    t0 = time.perf_counter()
    sinks = list(extra_sinks)
    with JsonlSink(out_path, append=not force) as out, JsonlSink(errors_path, append=not force) as err:
        for item in items:
            if isinstance(item, RawInput) and not force and doc_id_of(item.data) in done:
                summary.skipped += 1
                continue
            result = process(item, nlp, with_text=with_text, with_entities=with_entities)
            if isinstance(result, Rejection):
                err.write(result.to_json())
                summary.errors[result.code] += 1
            else:
                for sink in sinks:
                    sink.write(result)
                out.write(result)
                done.add(result["doc_id"])
                summary.docs += 1
                summary.chars += len(item.data) if isinstance(item, RawInput) else 0
                for kind in ("meetings", "speakers", "awards", "funding"):
                    summary.records[kind] += len(result.get(kind, []))
            if progress is not None:
                progress(summary)
    summary.seconds = time.perf_counter() - t0
    return summary
