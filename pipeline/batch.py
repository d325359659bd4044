"""Batch runs: inputs -> engine -> sinks, streaming, resumable, never dying on one document.

:func:`run_batch` streams inputs (one at a time from :func:`pipeline.ingest.iter_inputs`),
skips documents every sink already holds (resume), hands the rest to an engine (this
process, a local process pool, or Ray; see :mod:`pipeline.engines`), and writes each
result as it completes: a record to every sink that lacks it, a rejection to
``errors.jsonl``.  Only the calling process writes, so sinks need no locking between
workers; the output and errors files are locked against other runs for the whole run
(a second run on them stops with ``E_OUTPUT_BUSY``, see :mod:`pipeline.sinks.jsonl`).

Resume across sinks: a document is skipped when the JSONL output and every extra sink
(anything with ``write(record)`` and, optionally, ``stored_ids() -> set[str]``) already
hold its ``doc_id``; otherwise it is processed and written to each sink that lacks it.
The JSONL sink drops a line torn by a crash when it opens, so after ``kill -9`` a rerun
stores every document exactly once.  Rejected documents are retried on a rerun (a fix or
a larger limit may let them through); their line is not appended again when
``errors.jsonl`` already holds one with the same source, ``doc_id``, stage and code.

Known limitations: the ``doc_id`` sets of all sinks are held in memory (about 100 bytes
per document and sink); a document rejected once and stored later keeps its old line in
``errors.jsonl``; ``chars`` counts the UTF-8 decoding of the input bytes (approximate for
GB18030/Big5 inputs).
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.engines import make_engine
from pipeline.engines.local import InlineEngine
from pipeline.engines.worker import JobOptions, WorkerStats, process
from pipeline.errors import ConfigError, Rejection
from pipeline.ingest import InputProblem, RawInput, doc_id_of
from pipeline.nlp import Pipeline
from pipeline.sinks.jsonl import JsonlSink, check_output_path, stored_ids, stored_objects

__all__ = ["RECORD_KINDS", "Summary", "process", "run_batch"]

RECORD_KINDS = ("meetings", "speakers", "awards", "funding")


@dataclass
class Summary:
    """What a run did; ``seconds`` is wall-clock time (``startup_s`` of it spent starting
    workers), ``stage_seconds`` is summed over workers."""

    docs: int = 0
    skipped: int = 0
    chars: int = 0
    records: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    stage_seconds: Counter = field(default_factory=Counter)
    workers: list[WorkerStats] = field(default_factory=list)
    load_times: list[float] = field(default_factory=list)
    startup_s: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "skipped": self.skipped,
            "errors": dict(self.errors),
            "records": dict(self.records),
            "chars": self.chars,
            "seconds": round(self.seconds, 3),
            "docs_per_s": round(self.docs / self.seconds, 2) if self.seconds else None,
            "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
        }


def _stored_rejections(path: Path) -> set[tuple[str, str, str, str]]:
    """``(doc_id, stage, code, source)`` of the complete lines of an errors file (empty when absent)."""
    return {
        (obj["doc_id"], str(obj.get("stage")), str(obj.get("code")), str(obj.get("source")))
        for obj in stored_objects(path)
        if isinstance(obj.get("doc_id"), str)
    }


def run_batch(
    items: Iterable[RawInput | InputProblem],
    nlp: Pipeline | dict[str, Any],
    out_path: Path,
    *,
    errors_path: Path | None = None,
    force: bool = False,
    with_text: bool = False,
    with_entities: bool = False,
    extra_sinks: Iterable[Any] = (),
    progress: Callable[[Summary], None] | None = None,
    workers: int = 0,
    engine: str = "local",
    ray_address: str | None = None,
    setup: str | None = None,
) -> Summary:
    """Process ``items`` into ``out_path`` (JSONL), ``extra_sinks`` and ``errors_path``.

    ``nlp`` is a built Pipeline or a configuration: ``workers=0`` with the local engine
    runs in this process (a Pipeline is used as is), otherwise each worker builds its own
    Pipeline from the configuration.  Resumes unless ``force``.  ``setup`` is an optional
    ``module:function`` each worker calls before building its Pipeline.
    """
    config = nlp.config if isinstance(nlp, Pipeline) else nlp
    errors_path = errors_path or out_path.with_name("errors.jsonl")
    options = JobOptions(with_text=with_text, with_entities=with_entities)
    sinks = list(extra_sinks)
    if out_path.resolve() == errors_path.resolve():
        raise ConfigError(f"--errors and --out name the same file {out_path}; give them two files")
    check_output_path(errors_path)  # before the output is created or truncated
    summary = Summary()
    t0 = time.perf_counter()
    with contextlib.ExitStack() as stack:
        # Lock both files before reading or emptying either: a second run on the same output
        # or errors file stops here (E_OUTPUT_BUSY), before it starts workers or, with
        # --force, truncates its other file.
        out = stack.enter_context(JsonlSink(out_path))
        err = stack.enter_context(JsonlSink(errors_path))
        if force:
            out.truncate()
            err.truncate()
        jsonl_done: set[str] = set() if force else stored_ids(out_path)
        sinks_done: list[set[str]] = [
            set() if force or not hasattr(sink, "stored_ids") else set(sink.stored_ids()) for sink in sinks
        ]
        rejected = set() if force else _stored_rejections(errors_path)

        def stored_everywhere(doc_id: str) -> bool:
            return doc_id in jsonl_done and all(doc_id in done for done in sinks_done)

        own_files = {str(p) for path in (out_path, errors_path) for p in (path, path.resolve())}

        def pending() -> Iterator[RawInput | InputProblem]:
            for item in items:
                if item.source in own_files or item.source.rpartition(":")[0] in own_files:
                    # Reading the output while appending to it would never end.
                    raise ConfigError(f"input {item.source} is this run's output; put --out outside the inputs")
                if isinstance(item, RawInput) and stored_everywhere(doc_id_of(item.data)):
                    summary.skipped += 1
                    continue
                yield item

        if isinstance(nlp, Pipeline) and workers == 0 and engine == "local":
            runner: Any = InlineEngine(config, options=options, nlp=nlp)
        else:
            runner = make_engine(config, engine=engine, workers=workers, options=options, ray_address=ray_address,
                                 setup=setup)
        stack.callback(runner.close)
        for item, result in runner.map_unordered(pending()):
            if isinstance(result, Rejection):
                # The source is part of the key: two inputs with the same bytes (two empty
                # files) are two rejections; only a rerun of the same input is not repeated.
                key = (result.doc_id or "", result.stage, result.code, result.source)
                if result.doc_id is None or key not in rejected:
                    err.write(result.to_json())
                    rejected.add(key)
                summary.errors[result.code] += 1
            else:
                doc_id = result["doc_id"]
                if stored_everywhere(doc_id):
                    summary.skipped += 1  # the same bytes twice in one run
                else:
                    # The database first: a run stopped between the two writes leaves the
                    # document in the database only, and the rerun adds its JSONL line.
                    for sink, done in zip(sinks, sinks_done, strict=True):
                        if doc_id not in done:
                            sink.write(result)
                            done.add(doc_id)
                    if doc_id not in jsonl_done:
                        out.write(result)
                        jsonl_done.add(doc_id)
                    summary.docs += 1
                    if isinstance(item, RawInput):
                        summary.chars += len(item.data.decode("utf-8", "replace"))
                    for kind in RECORD_KINDS:
                        summary.records[kind] += len(result.get(kind, []))
            summary.seconds = time.perf_counter() - t0
            if progress is not None:
                progress(summary)
    summary.workers = list(runner.stats)
    summary.load_times = list(runner.load_times)
    summary.startup_s = runner.startup_s
    for stats in summary.workers:
        summary.stage_seconds.update(stats.stage_seconds)
    summary.seconds = time.perf_counter() - t0
    return summary
