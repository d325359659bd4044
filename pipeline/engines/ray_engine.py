"""The Ray engine: Ray actors, each holding one Pipeline, fed documents by the driver.

Each actor (``num_cpus=1``) builds its Pipeline once when it starts, exactly as a local
pool worker does (:class:`~pipeline.engines.worker.DocumentWorker`), and the driver keeps
at most two documents in flight per actor, so records, rejections, the per-document time
limit and resume behave as with ``--engine local``; all writing happens in the driver,
into the same sinks.  A document past ``limits.doc_timeout_s`` is rejected with ``E_TIMEOUT``
and its actor killed and replaced; an actor that dies turns its document into an
``E_STAGE`` rejection and is replaced.

Why actors and ``ray.wait`` rather than Ray Data ``map_batches``: a Dataset wants its
input up front (or a custom datasource), while inputs here are a stream the driver
filters for resume; and ``map_batches`` can neither time one document nor lose only one
document when an actor dies.  The actor loop is the ActorPool pattern with those two
additions.

Known limitations: the stage named in a Ray ``E_TIMEOUT`` rejection is ``pipeline`` (the
actor is busy and cannot be asked which stage it is in); every node needs this package
installed and the configured model paths present (the configuration travels with the
actors, the files it names do not); documents travel through the Ray object store one at
a time, which costs a few milliseconds each on a remote cluster.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.engines.worker import (
    DEFAULT_OPTIONS,
    DocumentWorker,
    JobOptions,
    Result,
    WorkerStats,
    reject_input,
)
from pipeline.errors import ConfigError, Rejection
from pipeline.ingest import InputProblem, RawInput, doc_id_of

# Documents sent to an actor at a time (the one it works on and the next), as in the local pool.
QUEUE_PER_ACTOR = 2
# Seconds an actor gets to start and build its Pipeline before the run is abandoned
# (a cluster without free CPUs keeps actors pending forever).
ACTOR_START_LIMIT_S = 300.0


class PipelineActor:
    """The actor class: one :class:`DocumentWorker` per actor."""

    def __init__(self, config: dict[str, Any], options: JobOptions, setup: str | None, name: str) -> None:
        try:
            self.worker: DocumentWorker | None = DocumentWorker(config, options, setup=setup, name=name)
            self.error = ""
        except ConfigError as exc:
            # Kept to report from ready(): an exception here would only say "actor died".
            self.worker, self.error = None, f"ConfigError:{exc}"
        except Exception as exc:  # noqa: BLE001 -- reported to the driver, which aborts the run
            self.worker, self.error = None, f"{type(exc).__name__}:{exc}"

    def ready(self) -> tuple[str, float]:
        """``("", load seconds)`` or ``(error, 0.0)`` when the Pipeline could not be built."""
        return (self.error, 0.0) if self.worker is None else ("", self.worker.load_s)

    def process(self, item: RawInput) -> Result:
        if self.worker is None:  # never sent work after a failed ready(); kept total for safety
            return Rejection(item.source, doc_id_of(item.data), "pipeline", "E_STAGE", self.error)
        return self.worker.process(item)

    def stats(self) -> WorkerStats | None:
        return None if self.worker is None else self.worker.stats()


class RayEngine:
    """``workers`` Ray actors, two documents in flight each, results in completion order."""

    def __init__(
        self,
        config: dict[str, Any],
        workers: int,
        *,
        options: JobOptions = DEFAULT_OPTIONS,
        address: str | None = None,
        setup: str | None = None,
    ) -> None:
        try:
            import ray
        except ImportError as exc:
            raise ConfigError('--engine ray needs Ray: pip install -e ".[distributed]"') from exc
        self._ray = ray
        self._owns_ray = not ray.is_initialized()
        if self._owns_ray:
            # address None starts a private local instance; "auto" or ray://HOST:PORT joins a cluster.
            ray.init(address=address, include_dashboard=False, log_to_driver=False)
        self.config = config
        self.options = options
        self.setup = setup
        self.workers = workers
        self.timeout_s = float(config["limits"]["doc_timeout_s"])
        self._actor_class = ray.remote(num_cpus=1, max_restarts=0)(PipelineActor)
        self._actors: list[Any] = []
        self._started = 0
        self.load_times: list[float] = []
        self.stats: list[WorkerStats] = []
        self.replaced = 0
        # Wall seconds from starting the actors until all of them had built their Pipeline.
        self.startup_s = 0.0

    def _start_actors(self, count: int) -> list[Any]:
        """Start ``count`` actors and wait until each has built its Pipeline."""
        actors = []
        for _ in range(count):
            self._started += 1
            actors.append(self._actor_class.remote(self.config, self.options, self.setup, f"ray-{self._started}"))
        refs = [actor.ready.remote() for actor in actors]
        done, pending = self._ray.wait(refs, num_returns=len(refs), timeout=ACTOR_START_LIMIT_S)
        if pending:
            self._kill_all(actors)
            raise RuntimeError(f"Ray actors did not start within {ACTOR_START_LIMIT_S:g} s (no free CPUs?)")
        for error, load_s in self._ray.get(refs):
            if error:
                self._kill_all(actors)
                kind, _, message = error.partition(":")
                if kind == "ConfigError":
                    raise ConfigError(message)
                raise RuntimeError(f"a Ray actor could not build the pipeline: {error}")
            self.load_times.append(load_s)
        return actors

    def _kill_all(self, actors: list[Any]) -> None:
        for actor in actors:
            self._ray.kill(actor)

    def _deadline(self) -> float:
        return time.perf_counter() + self.timeout_s if self.timeout_s > 0 else math.inf

    def map_unordered(self, items: Iterable[RawInput | InputProblem]) -> Iterator[tuple[RawInput | InputProblem, Result]]:
        ray = self._ray
        from ray.exceptions import RayActorError

        source = iter(items)
        exhausted = False
        # Per actor, the documents sent to it in order: [object ref, document, deadline].
        queues: list[deque[list[Any]]] = []
        retry: deque[RawInput] = deque()

        def fail_actor(index: int) -> RawInput | None:
            """Replace actor ``index``; return the document it was on, re-queue the ones behind it."""
            queue = queues[index]
            head = queue.popleft()[1] if queue else None
            retry.extend(job[1] for job in queue)
            queue.clear()
            started = time.perf_counter()
            self._replace(index)
            # The driver waited for the new actor to load its models: that wait is no document's
            # time, so the other actors' running documents get it back.
            spent = time.perf_counter() - started
            for other in queues:
                if other and other[0][2] != math.inf:
                    other[0][2] += spent
            return head

        try:
            while True:
                while (retry or not exhausted) and (not queues or any(len(q) < QUEUE_PER_ACTOR for q in queues)):
                    item = retry.popleft() if retry else next(source, None)
                    if item is None:
                        exhausted = True
                    elif isinstance(item, InputProblem):
                        yield item, reject_input(item)
                    else:
                        if not queues:  # actors start with the first document (a resumed run may have none)
                            t0 = time.perf_counter()
                            self._actors = self._start_actors(self.workers)
                            self.startup_s = time.perf_counter() - t0
                            queues = [deque() for _ in self._actors]
                        index = min(range(len(queues)), key=lambda i: len(queues[i]))
                        ref = self._actors[index].process.remote(item)
                        queues[index].append([ref, item, math.inf if queues[index] else self._deadline()])
                owner = {job[0]: i for i, queue in enumerate(queues) for job in queue}
                if not owner:
                    break
                timeout = max(0.0, min(q[0][2] for q in queues if q) - time.perf_counter())
                done, _ = ray.wait(list(owner), num_returns=1, timeout=min(timeout, 3600.0))
                for ref in done:
                    index = owner[ref]
                    try:
                        result: Result = ray.get(ref)
                    except RayActorError as exc:
                        head = fail_actor(index)
                        if head is not None:
                            yield head, Rejection(head.source, doc_id_of(head.data), "pipeline", "E_STAGE",
                                                  f"Ray actor died: {str(exc).splitlines()[0][:200]}")
                        continue
                    queue = queues[index]
                    job = next(j for j in queue if j[0] == ref)
                    queue.remove(job)
                    if queue and queue[0][2] == math.inf:
                        queue[0][2] = self._deadline()  # the actor went straight on to the next one
                    yield job[1], result
                now = time.perf_counter()
                for index, queue in enumerate(queues):
                    if queue and now >= queue[0][2] and not ray.wait([queue[0][0]], timeout=0)[0]:
                        head = fail_actor(index)
                        if head is not None:
                            yield head, Rejection(head.source, doc_id_of(head.data), "pipeline", "E_TIMEOUT",
                                                  f"over limits.doc_timeout_s={self.timeout_s:g} s")
        finally:
            self._shutdown(collect=not any(queues))

    def _replace(self, index: int) -> None:
        self._ray.kill(self._actors[index])
        self.replaced += 1
        self._actors[index] = self._start_actors(1)[0]

    def _shutdown(self, *, collect: bool) -> None:
        actors, self._actors = self._actors, []
        if collect and actors:
            try:
                self.stats = [s for s in self._ray.get([a.stats.remote() for a in actors], timeout=60) if s is not None]
            except Exception:  # noqa: BLE001 -- figures are optional; the records are already written
                self.stats = []
        self._kill_all(actors)

    def close(self) -> None:
        if self._actors:
            self._shutdown(collect=False)
        if self._owns_ray:
            self._ray.shutdown()
            self._owns_ray = False
