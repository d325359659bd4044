"""Engines: where documents are processed (this process, a local process pool, a Ray cluster).

An engine takes a stream of inputs and yields ``(input, result)`` pairs in the order the
results complete, where a result is an article record (``dict``) or a
:class:`~pipeline.errors.Rejection`.  Engines never write anything: the batch runner in
the calling process owns the sinks.  After :meth:`Engine.close` an engine's ``stats``
lists one :class:`~pipeline.engines.worker.WorkerStats` per worker, ``load_times`` the
Pipeline build time of every worker started, and ``startup_s`` the wall time until the
first workers were ready.

Known limitations: the figures of a worker that was replaced (after a timeout or crash)
are lost except its load time, which engines keep in ``load_times``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from pipeline.engines.worker import DEFAULT_OPTIONS, JobOptions, Result, WorkerStats
from pipeline.errors import ConfigError
from pipeline.ingest import InputProblem, RawInput

ENGINES = ("local", "ray")


class Engine(Protocol):
    stats: list[WorkerStats]
    load_times: list[float]
    startup_s: float

    def map_unordered(
        self, items: Iterable[RawInput | InputProblem]
    ) -> Iterator[tuple[RawInput | InputProblem, Result]]: ...

    def close(self) -> None: ...


def make_engine(
    config: dict[str, Any],
    *,
    engine: str = "local",
    workers: int = 1,
    options: JobOptions = DEFAULT_OPTIONS,
    ray_address: str | None = None,
    setup: str | None = None,
) -> Engine:
    """The engine named ``engine`` with ``workers`` workers (0: this process, local only)."""
    if engine not in ENGINES:
        raise ConfigError(f"engine: unknown engine {engine!r}; known: {list(ENGINES)}")
    if workers < 0:
        raise ConfigError(f"workers: must be 0 or more, got {workers}")
    if engine == "ray":
        from pipeline.engines.ray_engine import RayEngine

        return RayEngine(config, max(workers, 1), options=options, address=ray_address, setup=setup)
    if ray_address:
        raise ConfigError("--ray-address needs --engine ray")
    if workers == 0:
        from pipeline.engines.local import InlineEngine

        return InlineEngine(config, options=options, setup=setup)
    from pipeline.engines.local import ProcessPoolEngine

    return ProcessPoolEngine(config, workers, options=options, setup=setup)
