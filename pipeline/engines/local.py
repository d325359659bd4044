"""Local engines: this process (``workers=0``) or a pool of worker processes.

:class:`ProcessPoolEngine` starts ``workers`` processes (``forkserver`` with the pipeline
modules preloaded, ``spawn`` where there is no forkserver; never ``fork``, so no state
leaks in from the parent); each builds its Pipeline once, then takes documents from the
parent over its own pipe, at most two at a time (the one it works on and the next), so
memory stays bounded by ``2 x workers`` documents and the parent can time each document:
a document that runs past ``limits.doc_timeout_s`` is rejected with ``E_TIMEOUT``
(naming the stage it was in, read from a shared-memory marker) and its worker is killed
and replaced; a worker that dies (segfault, ``os._exit``, out of memory) turns its
document into an ``E_STAGE`` rejection and is replaced.  A document queued behind
either goes to another worker.  Results are yielded in the order they complete.

:class:`InlineEngine` runs in the calling process: no start-up cost, but a crash ends
the run.

Known limitations: a replacement worker loads its models again (about the model load
time); the clock of a queued document starts when the parent reads the previous result,
so it is late by the hand-over time, never early; a worker that cannot even build its
Pipeline aborts the run (a configuration problem, not a document problem).  The inline
engine enforces the time limit with ``SIGALRM`` only in the main thread on POSIX, and
cannot interrupt code that never returns to the interpreter (a regular expression stuck
in C); use ``workers >= 1`` when the limit matters.
"""

from __future__ import annotations

import itertools
import math
import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from pipeline.engines.worker import (
    DEFAULT_OPTIONS,
    STAGE_IDLE,
    DocumentWorker,
    JobOptions,
    Result,
    WorkerStats,
    reject_input,
    stage_name,
)
from pipeline.errors import ConfigError, Rejection
from pipeline.ingest import InputProblem, RawInput, doc_id_of

# Modules the forkserver imports once for all workers (about 1 s of imports per worker).
FORKSERVER_PRELOAD = (
    "pipeline.engines.worker",
    "pipeline.records",
    "pipeline.stages",
    "pipeline.values",
    "pipeline.entities.rules",
    "pipeline.normalize",
    "pipeline.boilerplate",
    "pipeline.extract",
    "cn2an",
    "jieba",
)
# Documents sent to a worker at a time: the one it works on and the next, so it never
# waits for the parent between documents.  Memory stays bounded by 2 x workers documents.
QUEUE_PER_WORKER = 2
# Seconds a worker gets to send its figures and exit after the last document.
SHUTDOWN_GRACE_S = 10.0
# Seconds a worker gets to build its Pipeline (jieba dictionary, NER model); a start-up
# slower than this is a broken installation, not a slow document.
STARTUP_LIMIT_S = 300.0


class _DocTimeout(BaseException):
    """Raised by the inline engine's alarm; a BaseException so stages' ``except Exception`` let it through."""


class InlineEngine:
    """Processes documents in the calling process, one after the other."""

    def __init__(
        self,
        config: dict[str, Any],
        *,
        options: JobOptions = DEFAULT_OPTIONS,
        setup: str | None = None,
        nlp: Any = None,
    ) -> None:
        self.worker = DocumentWorker(config, options, setup=setup, name="inline", nlp=nlp)
        self.timeout_s = float(config["limits"]["doc_timeout_s"])
        self.load_times = [self.worker.load_s]
        self.stats: list[WorkerStats] = []
        self.startup_s = 0.0  # the Pipeline was built before the run started
        self._timings_at_start = dict(self.worker.nlp.timings)

    def map_unordered(self, items: Iterable[RawInput | InputProblem]) -> Iterator[tuple[RawInput | InputProblem, Result]]:
        use_alarm = (
            self.timeout_s > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        )
        for item in items:
            if isinstance(item, InputProblem):
                yield item, reject_input(item)
                continue
            if not use_alarm:
                yield item, self.worker.process(item)
                continue
            yield item, self._process_with_alarm(item)

    def _process_with_alarm(self, item: RawInput) -> Result:
        def on_alarm(signum: int, frame: Any) -> None:
            raise _DocTimeout

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, self.timeout_s)
        try:
            return self.worker.process(item)
        except _DocTimeout:
            stage = stage_name(self.worker.stage_names, self.worker.marker.value)
            return _timeout_rejection(item, stage, self.timeout_s)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    def close(self) -> None:
        stats = self.worker.stats()
        # Only this run's share of a Pipeline the caller may have used before.
        stats.stage_seconds = {k: v - self._timings_at_start.get(k, 0.0) for k, v in stats.stage_seconds.items()}
        self.stats = [stats]


def _timeout_rejection(item: RawInput, stage: str, limit_s: float) -> Rejection:
    return Rejection(
        item.source, doc_id_of(item.data), stage, "E_TIMEOUT", f"over limits.doc_timeout_s={limit_s:g} s in stage {stage!r}"
    )


def _worker_main(
    conn: Connection, config: dict[str, Any], options: JobOptions, setup: str | None, marker: Any, name: str
) -> None:
    """Body of a worker process: build the Pipeline, then serve documents until told to stop."""
    # Ctrl-C goes to the whole process group; the parent decides, workers just follow.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        worker = DocumentWorker(config, options, marker=marker, setup=setup, name=name)
    except ConfigError as exc:
        conn.send(("init_error", "ConfigError", str(exc)))
        return
    except Exception as exc:  # noqa: BLE001 -- reported to the parent, which aborts the run
        conn.send(("init_error", type(exc).__name__, str(exc)))
        return
    conn.send(("ready", worker.stage_names, worker.load_s))
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone (killed): nothing left to do
        if item is None:
            conn.send(("stats", worker.stats()))
            return
        result = worker.process(item)
        try:
            conn.send(("done", result))
        except (BrokenPipeError, OSError):
            return


def _context(start_method: str | None) -> multiprocessing.context.BaseContext:
    """``forkserver`` with the heavy imports preloaded where it exists, else ``spawn``.

    Neither copies the parent's state into workers (``fork`` would, threads and locks
    included); the forkserver imports the pipeline modules once, so a worker, and above
    all a replacement worker, only has to build its Pipeline.
    """
    method = start_method or ("forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(list(FORKSERVER_PRELOAD))
    return ctx


def start_forkserver(start_method: str | None = None) -> None:
    """Start the pool's forkserver now, so that it imports the pipeline modules while the caller
    does its own start-up (``run``: importing and opening the database, reading the resume state);
    the pool's workers then fork from it as soon as there is a document.  Nothing where there is
    no forkserver (``spawn``), and nothing when it already runs.  The forkserver is no worker:
    it reads no document and exits with the calling process (after its imports, about 2 CPU
    seconds, also when the run turns out to have nothing to do).
    """
    if _context(start_method).get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


@dataclass
class _Slot:
    """One worker process as the parent sees it."""

    name: str
    process: Any
    conn: Connection
    marker: Any
    started: float
    ready: bool = False
    stage_names: tuple[str, ...] = ()
    # Documents sent, oldest (the one being processed) first, each with its deadline
    # (perf_counter; infinite while it waits behind another).
    jobs: deque[list[Any]] = field(default_factory=deque)


class ProcessPoolEngine:
    """``workers`` processes, two documents in flight each, results in completion order."""

    def __init__(
        self,
        config: dict[str, Any],
        workers: int,
        *,
        options: JobOptions = DEFAULT_OPTIONS,
        setup: str | None = None,
        start_method: str | None = None,
    ) -> None:
        if workers < 1:
            raise ConfigError(f"workers: a process pool needs at least 1 worker, got {workers}")
        self.config = config
        self.workers = workers
        self.options = options
        self.setup = setup
        self.timeout_s = float(config["limits"]["doc_timeout_s"])
        self._ctx = _context(start_method)
        self._slots: list[_Slot] = []
        self._started = 0
        self.load_times: list[float] = []
        self.stats: list[WorkerStats] = []
        self.replaced = 0
        # Wall seconds from starting the workers until all of them had built their Pipeline.
        self.startup_s = 0.0
        self._start_t = 0.0
        self._first_ready = 0.0  # for a run that ends before every worker is up
        self._retry: deque[RawInput] = deque()  # sent to a worker that died before starting them

    # -- worker life cycle -------------------------------------------------------------

    def _start(self) -> _Slot:
        self._started += 1
        name = f"worker-{self._started}"
        parent_conn, child_conn = self._ctx.Pipe(duplex=True)
        marker = self._ctx.RawValue("i", STAGE_IDLE)
        process = self._ctx.Process(
            target=_worker_main,
            args=(child_conn, self.config, self.options, self.setup, marker, name),
            name=f"newsrec-{name}",
            daemon=True,
        )
        process.start()
        child_conn.close()  # so a dead worker shows as EOF on the parent's end
        return _Slot(name, process, parent_conn, marker, time.perf_counter())

    def _replace(self, slot: _Slot) -> _Slot:
        self._kill(slot)
        self.replaced += 1
        new = self._start()
        self._slots[self._slots.index(slot)] = new
        return new

    @staticmethod
    def _kill(slot: _Slot) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        slot.conn.close()

    def _on_message(self, slot: _Slot) -> tuple[RawInput, Result] | None:
        """Handle one message from ``slot``; a finished document comes back as its pair."""
        try:
            message = slot.conn.recv()
        except (EOFError, OSError):
            return self._on_death(slot)
        kind = message[0]
        if kind == "ready":
            slot.ready = True
            slot.stage_names = tuple(message[1])
            self.load_times.append(message[2])
            if not self._first_ready:
                self._first_ready = time.perf_counter() - self._start_t
            if not self.startup_s and all(s.ready for s in self._slots):
                self.startup_s = time.perf_counter() - self._start_t
            return None
        if kind == "init_error":
            self._shutdown(kill=True)
            if message[1] == "ConfigError":
                raise ConfigError(message[2])
            raise RuntimeError(f"{slot.name} could not build the pipeline: {message[1]}: {message[2]}")
        if kind == "done" and slot.jobs:
            item = slot.jobs.popleft()[0]
            if slot.jobs:
                # The worker went straight on to the queued document: its clock starts now (a
                # little late, never early).
                slot.jobs[0][1] = self._deadline()
            return item, message[1]
        raise RuntimeError(f"{slot.name} sent an unexpected message {kind!r}")

    def _deadline(self) -> float:
        return time.perf_counter() + self.timeout_s if self.timeout_s > 0 else math.inf

    def _fail_head(self, slot: _Slot) -> tuple[RawInput | None, str]:
        """Replace ``slot``'s worker; return the document it was on and the stage it was in.

        Documents queued behind it were never started: they go back to the queue.
        """
        stage = stage_name(list(slot.stage_names), slot.marker.value)
        head = slot.jobs.popleft()[0] if slot.jobs else None
        self._retry.extend(job[0] for job in slot.jobs)
        slot.jobs.clear()
        self._replace(slot)
        return head, stage

    def _on_death(self, slot: _Slot) -> tuple[RawInput, Result] | None:
        slot.process.join(5)
        code = slot.process.exitcode
        if not slot.ready:
            self._shutdown(kill=True)
            raise RuntimeError(f"{slot.name} exited with code {code} while building the pipeline")
        item, stage = self._fail_head(slot)
        if item is None:
            return None
        return item, Rejection(
            item.source, doc_id_of(item.data), stage, "E_STAGE", f"worker process died (exit code {code}) in stage {stage!r}"
        )

    def _on_timeout(self, slot: _Slot) -> tuple[RawInput, Result] | None:
        item, stage = self._fail_head(slot)
        return None if item is None else (item, _timeout_rejection(item, stage, self.timeout_s))

    # -- the loop ------------------------------------------------------------------------

    def map_unordered(self, items: Iterable[RawInput | InputProblem]) -> Iterator[tuple[RawInput | InputProblem, Result]]:
        source = iter(items)
        # Workers start only once there is a document for them (a resumed run may have none).
        first = None
        for item in source:
            if isinstance(item, InputProblem):
                yield item, reject_input(item)
            else:
                first = item
                break
        if first is None:
            return
        source = itertools.chain([first], source)
        exhausted = False
        self._retry = deque()
        self._start_t = time.perf_counter()
        self._slots = [self._start() for _ in range(self.workers)]
        try:
            while True:
                for slot in self._slots:
                    while slot.ready and len(slot.jobs) < QUEUE_PER_WORKER and (self._retry or not exhausted):
                        item = self._retry.popleft() if self._retry else next(source, None)
                        if item is None:
                            exhausted = True
                        elif isinstance(item, InputProblem):
                            yield item, reject_input(item)
                        else:
                            slot.conn.send(item)
                            slot.jobs.append([item, math.inf if slot.jobs else self._deadline()])
                if exhausted and not self._retry and not any(slot.jobs for slot in self._slots):
                    break
                now = time.perf_counter()
                deadlines = [s.jobs[0][1] for s in self._slots if s.jobs]
                deadlines += [s.started + STARTUP_LIMIT_S for s in self._slots if not s.ready]
                timeout = max(0.0, min(deadlines) - now) if deadlines else None
                waitables: dict[Any, _Slot] = {}
                for slot in self._slots:
                    waitables[slot.conn] = slot
                    waitables[slot.process.sentinel] = slot
                ready = wait(list(waitables), timeout)
                handled: set[int] = set()
                for obj in ready:
                    slot = waitables[obj]
                    if id(slot) in handled or slot not in self._slots:
                        continue
                    handled.add(id(slot))
                    if slot.conn.poll() or not slot.process.is_alive():
                        pair = self._on_message(slot) if slot.conn.poll() else self._on_death(slot)
                        if pair is not None:
                            yield pair
                now = time.perf_counter()
                for slot in list(self._slots):
                    while slot in self._slots and slot.jobs and now >= slot.jobs[0][1] and slot.conn.poll():
                        # Finished in time but not read yet (the parent was busy writing): not a timeout.
                        pair = self._on_message(slot)
                        if pair is not None:
                            yield pair
                    if slot in self._slots and slot.jobs and now >= slot.jobs[0][1]:
                        pair = self._on_timeout(slot)
                        if pair is not None:
                            yield pair
                    elif not slot.ready and now >= slot.started + STARTUP_LIMIT_S:
                        self._shutdown(kill=True)
                        raise RuntimeError(f"{slot.name} did not build its pipeline within {STARTUP_LIMIT_S:g} s")
        finally:
            self.startup_s = self.startup_s or self._first_ready
            self._shutdown(kill=any(slot.jobs for slot in self._slots))

    def _shutdown(self, *, kill: bool) -> None:
        """Stop every worker: politely (collecting figures) unless ``kill``."""
        slots, self._slots = self._slots, []
        if not kill:
            for slot in slots:
                if slot.ready and slot.process.is_alive():
                    try:
                        slot.conn.send(None)
                    except (BrokenPipeError, OSError):
                        continue
            deadline = time.perf_counter() + SHUTDOWN_GRACE_S
            for slot in slots:
                if not slot.ready:
                    continue
                try:
                    if slot.conn.poll(max(0.0, deadline - time.perf_counter())):
                        message = slot.conn.recv()
                        if message[0] == "stats":
                            self.stats.append(message[1])
                except (EOFError, OSError):
                    pass
        for slot in slots:
            if kill or not slot.ready:
                self._kill(slot)
            else:
                slot.process.join(max(0.0, SHUTDOWN_GRACE_S))
                if slot.process.is_alive():
                    slot.process.kill()
                    slot.process.join(5)
                slot.conn.close()

    def close(self) -> None:
        if self._slots:
            self._shutdown(kill=True)
