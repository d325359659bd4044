"""Run the whole default pipeline (without the NER model: the rules alone) on short texts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pipeline.config import load_config
from pipeline.extract.common import Lexicons
from pipeline.ingest import RawInput, to_document
from pipeline.nlp import Pipeline
from pipeline.records import to_record
from tests.extract.gate_inputs import REAL_FILES, rules_only_pipeline


def _runner(nlp: Pipeline) -> Callable[..., dict[str, Any]]:
    def run(text: str, published: str | None = None) -> dict[str, Any]:
        hints = {"published": published} if published else {}
        doc = nlp(to_document(RawInput("test", text.encode("utf-8"), False, hints)))
        record = to_record(doc, with_text=True)
        record["_doc"] = doc
        return record

    return run


@pytest.fixture(scope="session")
def extract() -> Callable[..., dict[str, Any]]:
    """The rules alone (no NER model)."""
    return _runner(Pipeline(load_config(overrides={"ner": {"backend": "none"}})))


@pytest.fixture(scope="session")
def extract_with_model() -> Callable[..., dict[str, Any]]:
    """The default pipeline with the shipped NER model (names the rules alone do not read)."""
    return _runner(Pipeline(load_config()))


@pytest.fixture(scope="session")
def lex() -> Lexicons:
    """The default configuration's lexicons (for the tests that build an extractor themselves)."""
    config = load_config()
    return Lexicons.from_dirs(config["patterns_dir"], config["lexicons_dir"])


@pytest.fixture(scope="session")
def before_extract() -> Pipeline:
    """The stages before extraction (the rules alone, no NER model), for the gate tests."""
    return rules_only_pipeline()


@pytest.fixture(scope="session")
def real_pages() -> list[str]:
    """The text of every tuning page under ``corpus/`` (never a sealed one), for the gate tests."""
    assert REAL_FILES, "no raw articles under corpus/"
    return [path.read_text(encoding="utf-8", errors="replace") for path in REAL_FILES]
