"""What every engine runs per worker: one Pipeline, built once, turning inputs into results.

:func:`process` turns one :class:`~pipeline.ingest.RawInput` into an article record or a
:class:`~pipeline.errors.Rejection`.  :class:`DocumentWorker` holds the Pipeline of one
worker (a process of the local pool, a Ray actor, or the calling process), records which
stage is running (so a timed-out document can be blamed on its stage) and reports load
time, stage timings and peak memory as :class:`WorkerStats`.

Known limitations: peak RSS is the high-water mark of the whole worker process (the
Python interpreter, imports and pages shared with the forkserver included), not of the
Pipeline alone.
"""

from __future__ import annotations

import importlib
import os
import resource
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from pipeline.document import Document
from pipeline.errors import PipelineError, Rejection
from pipeline.ingest import InputProblem, RawInput, doc_id_of, to_document
from pipeline.nlp import Pipeline, StageFailure

# Values of the stage marker outside any pipeline stage.
STAGE_IDLE = -2
STAGE_INGEST = -1

Result = dict[str, Any] | Rejection

# A short article touching every stage (title, date, meeting, speaker, award, Arabic and
# Chinese numerals, amounts, Traditional characters), run once when a worker starts so
# that what most articles load on first use (OpenCC, cn2an: up to about 1 s) loads inside
# the load time, not inside the first document's time limit.  (The mojibake repairer's
# word list, which most real pages wake, is read by the normalize stage when it is built.)
WARM_UP_TEXT = (
    "市委召开全体会议\n"
    "2024年1月5日上午，市委书记张三主持召开全体会议并讲话。會議表彰了12名优秀党员和十二个先进集体，"
    "拨款20万元，另拨二十万元。\n"
    "（记者 李四）\n"
)


@dataclass(frozen=True, slots=True)
class JobOptions:
    """What goes into each record (the ``run`` options ``--with-text``/``--with-entities``)."""

    with_text: bool = False
    with_entities: bool = False


DEFAULT_OPTIONS = JobOptions()


@dataclass(slots=True)
class WorkerStats:
    """One worker's figures: seconds, characters (decoded raw text) and bytes."""

    worker: str
    load_s: float
    docs: int = 0
    chars: int = 0
    peak_rss_bytes: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    cpu_s: float = 0.0  # CPU seconds (user + system) spent on documents, start-up excluded


def reject_input(problem: InputProblem) -> Rejection:
    """The rejection of an input that could not even be read."""
    return Rejection(problem.source, problem.doc_id, "ingest", problem.code, problem.detail)


def process(
    item: RawInput | InputProblem, nlp: Pipeline, *, with_text: bool = False, with_entities: bool = False
) -> Result:
    """One input to its record, or to a rejection naming the stage and code."""
    from pipeline.records import to_record

    if isinstance(item, InputProblem):
        return reject_input(item)
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


def peak_rss_bytes() -> int:
    """High-water resident set size of this process in bytes.

    Linux: ``VmHWM`` of ``/proc/self/status`` (``ru_maxrss`` survives ``exec``, so a worker
    spawned from a large parent would report the parent's peak); elsewhere ``getrusage``.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024  # reported in kB
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return int(peak) if sys.platform == "darwin" else int(peak) * 1024


def run_setup(spec: str) -> None:
    """Call ``module:function`` (used to register extra stages before the Pipeline is built)."""
    module, _, func = spec.partition(":")
    if not module or not func:
        raise ValueError(f"setup {spec!r} must be 'module:function'")
    getattr(importlib.import_module(module), func)()


class _TrackedStage:
    """A stage wrapper that writes the stage's index into a marker before running it."""

    def __init__(self, stage: Any, index: int, marker: Any) -> None:
        self._stage = stage
        self._index = index
        self._marker = marker
        self.name = stage.name
        self.requires = stage.requires
        self.provides = stage.provides

    def __call__(self, doc: Document) -> Document:
        self._marker.value = self._index
        return self._stage(doc)


class _LocalMarker:
    """Stands in for a shared-memory value when nobody outside the process reads it."""

    value: int = STAGE_IDLE


class DocumentWorker:
    """A Pipeline built once from ``config``, processing one input at a time.

    ``marker`` is any object with an ``int`` attribute ``value`` (for the local pool, a
    shared-memory value the parent reads when a document overruns its time limit).
    ``setup`` is an optional ``module:function`` called before the Pipeline is built.
    """

    def __init__(
        self,
        config: dict[str, Any],
        options: JobOptions = DEFAULT_OPTIONS,
        *,
        marker: Any = None,
        setup: str | None = None,
        name: str = "",
        nlp: Pipeline | None = None,
    ) -> None:
        t0 = time.perf_counter()
        if setup:
            run_setup(setup)
        # A Pipeline handed in belongs to the caller: it is used as is, its stages unwrapped.
        self.nlp = nlp if nlp is not None else Pipeline(config)
        self.load_s = time.perf_counter() - t0 if nlp is None else 0.0
        self.options = options
        self.marker = marker if marker is not None else _LocalMarker()
        self.marker.value = STAGE_IDLE
        self.stage_names = [stage.name for stage in self.nlp.stages]
        if nlp is None:
            self.nlp.stages = [_TrackedStage(s, i, self.marker) for i, s in enumerate(self.nlp.stages)]
            self._warm_up()
            self.load_s = time.perf_counter() - t0
        self.name = name or f"pid {os.getpid()}"
        self.docs = 0
        self.chars = 0
        self._cpu_at_start = time.process_time()

    def _warm_up(self) -> None:
        """Run one short article so lazily loaded dictionaries load now, not in the first document's time."""
        process(RawInput("<warm-up>", WARM_UP_TEXT.encode("utf-8"), False), self.nlp, **_option_kwargs(self.options))
        self.marker.value = STAGE_IDLE
        for name in self.nlp.timings:
            self.nlp.timings[name] = 0.0

    def process(self, item: RawInput | InputProblem) -> Result:
        """Process one input; never raises for a bad document."""
        self.marker.value = STAGE_INGEST
        result = process(item, self.nlp, **_option_kwargs(self.options))
        # Not reset when an alarm interrupts the document: the handler reads the stage it was in.
        self.marker.value = STAGE_IDLE
        self.docs += 1
        if isinstance(item, RawInput):
            self.chars += len(item.data.decode("utf-8", "replace")) if isinstance(result, dict) else 0
        return result

    def stats(self) -> WorkerStats:
        return WorkerStats(
            worker=self.name,
            load_s=self.load_s,
            docs=self.docs,
            chars=self.chars,
            peak_rss_bytes=peak_rss_bytes(),
            stage_seconds=dict(self.nlp.timings),
            cpu_s=time.process_time() - self._cpu_at_start,
        )


def stage_name(stage_names: list[str], marker_value: int) -> str:
    """The stage a marker value read from another process stands for."""
    if 0 <= marker_value < len(stage_names):
        return stage_names[marker_value]
    return "ingest" if marker_value == STAGE_INGEST else "pipeline"


def _option_kwargs(options: JobOptions) -> dict[str, bool]:
    return {"with_text": options.with_text, "with_entities": options.with_entities}
