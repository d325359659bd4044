"""The driver: builds the stage list from config and runs documents through it.

A stage is a callable ``(Document) -> Document`` with ``name``, ``requires`` and
``provides`` attributes.  The order comes from ``config["stages"]`` only; the driver
checks when it is built that every stage's requirements are provided by an earlier
stage, and checks at run time that each stage returned a Document.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from pipeline.document import Document
from pipeline.errors import ConfigError, PipelineError


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class Markup:
    """HTML pages to text with offsets (plain text passes through untouched)."""

    name = "markup"
    requires: tuple[str, ...] = ()
    provides = ("clean_text",)

    def __call__(self, doc: Document) -> Document:
        if not doc.is_html:
            return doc
        from pipeline.document import OffsetMap
        from pipeline.html import html_to_text

        result = html_to_text(doc.raw_text)
        doc.replace_text(result.text, OffsetMap(result.offsets, len(doc.clean_text)))
        for key in ("title", "published", "outlet"):
            value = getattr(result, key, None)
            if value:
                doc.hints.setdefault(key, value)
        return doc


def _markup(config: dict[str, Any]) -> Stage:
    return Markup()


def _normalize(config: dict[str, Any]) -> Stage:
    from pipeline.normalize import Normalizer

    return Normalizer(config["normalize_steps"])


def _boilerplate(config: dict[str, Any]) -> Stage:
    from pipeline.boilerplate import Boilerplate

    return Boilerplate.from_dir(config["lexicons_dir"])


def _segment(config: dict[str, Any]) -> Stage:
    from pipeline.stages import SegmentStage

    return SegmentStage(config)


def _entities(config: dict[str, Any]) -> Stage:
    from pipeline.stages import EntityStage

    return EntityStage(config)


def _extract(config: dict[str, Any]) -> Stage:
    from pipeline.extract import Extractor

    return Extractor(config)


STAGE_FACTORIES: dict[str, Callable[[dict[str, Any]], Stage]] = {
    "markup": _markup,
    "normalize": _normalize,
    "boilerplate": _boilerplate,
    "segment": _segment,
    "entities": _entities,
    "extract": _extract,
}


class Pipeline:
    """Runs documents through the configured stages, in order."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        names = list(config["stages"])
        if names and names[0] != "markup":
            names.insert(0, "markup")  # plain text passes through; HTML needs it first
        unknown = [n for n in names if n not in STAGE_FACTORIES]
        if unknown:
            raise ConfigError(f"stages: unknown stage(s) {unknown}; known: {list(STAGE_FACTORIES)}")
        self.stages: list[Stage] = [STAGE_FACTORIES[n](config) for n in names]
        provided: set[str] = {"raw_text"}
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in provided]
            if missing:
                raise ConfigError(f"stage {stage.name!r} needs {missing}, which no earlier stage provides")
            provided.update(stage.provides)
        self.timings: dict[str, float] = {stage.name: 0.0 for stage in self.stages}

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            t0 = time.perf_counter()
            try:
                out = stage(doc)
            except PipelineError:
                raise
            except (RecursionError, MemoryError) as exc:
                raise StageFailure(stage.name, PipelineError("E_STAGE", f"{type(exc).__name__}")) from exc
            except Exception as exc:  # noqa: BLE001 -- one bad document must not end a batch
                raise StageFailure(stage.name, PipelineError("E_STAGE", f"{type(exc).__name__}: {exc}")) from exc
            self.timings[stage.name] += time.perf_counter() - t0
            if not isinstance(out, Document):
                raise StageFailure(stage.name, PipelineError("E_STAGE", f"stage returned {type(out).__name__}"))
            doc = out
            if stage.name == "boilerplate" and not doc.clean_text.strip():
                raise StageFailure(stage.name, PipelineError("E_NO_TEXT", "nothing left after boilerplate removal"))
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)


class StageFailure(Exception):
    """A :class:`PipelineError` raised inside a named stage."""

    def __init__(self, stage: str, error: PipelineError) -> None:
        super().__init__(f"{stage}: {error}")
        self.stage = stage
        self.error = error
