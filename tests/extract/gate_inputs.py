"""Inputs shared by the tests that prove a gate exact: the tuning pages under ``corpus/`` and the stages
before extraction.

A gate test compares a gated reading with its plain one on every tuning page; the sealed ``corpus/heldout_*``
folders are left out so that no sealed page's text shows up in a failure message.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.config import PROJECT_ROOT, load_config
from pipeline.document import Document
from pipeline.ingest import RawInput, to_document
from pipeline.nlp import Pipeline

#: Every raw text page under ``corpus/`` but the sealed sets.
REAL_FILES = sorted(path for path in Path(PROJECT_ROOT, "corpus").glob("**/raw/*.txt")
                    if not any(part.startswith("heldout") for part in path.parts))


def rules_only_pipeline() -> Pipeline:
    """The stages before extraction, with the rules alone (no NER model)."""
    nlp = Pipeline(load_config(overrides={"ner": {"backend": "none"}}))
    nlp.stages = [stage for stage in nlp.stages if stage.name != "extract"]
    return nlp


def prepared(nlp: Pipeline, text: str) -> Document | None:
    """``text`` run through ``nlp``; ``None`` when nothing is left to compare (a random string with no text after
    boilerplate removal, say)."""
    try:
        return nlp(to_document(RawInput("gate", text.encode("utf-8"), False, {})))
    except Exception:  # noqa: BLE001 (no text left after boilerplate: nothing to compare)
        return None
