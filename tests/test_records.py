"""The record schema: the published JSON Schema is the one the code generates, and records validate."""

from __future__ import annotations

import json

import pytest

from pipeline import SCHEMA_VERSION
from pipeline.config import load_config
from pipeline.ingest import iter_inputs, to_document
from pipeline.nlp import Pipeline
from pipeline.records import ArticleRecord, json_schema, to_record
from tests.conftest import PROJECT_ROOT

SCHEMA_FILE = PROJECT_ROOT / "models" / "record.schema.json"
SPEC_FILES = sorted((PROJECT_ROOT / "corpus" / "raw").glob("*.txt"))


def test_published_schema_is_generated_from_the_models() -> None:
    published = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert published == json_schema(), "run: python run_pipeline.py schema --out models/record.schema.json"


def test_schema_names_the_required_fields() -> None:
    props = json_schema()["$defs"]
    assert set(props["Meeting"]["properties"]) >= {
        "name", "date", "date_text", "time_of_day", "location", "organizer", "host", "attendee_count",
        "attendee_approx", "evidence",
    }
    assert set(props["Funding"]["properties"]) >= {"amount", "amount_high", "currency", "approximate", "text",
                                                   "purpose", "evidence"}
    assert set(props["Evidence"]["properties"]) == {"text", "clean_start", "clean_end", "raw_start", "raw_end"}


@pytest.fixture(scope="module")
def records() -> list[tuple[str, dict]]:
    nlp = Pipeline(load_config())
    out = []
    for item in iter_inputs([str(p) for p in SPEC_FILES], 10**8):
        doc = nlp(to_document(item))
        out.append((doc.raw_text, to_record(doc, with_text=True, with_entities=True)))
    return out


def test_records_validate_and_carry_the_schema_version(records: list[tuple[str, dict]]) -> None:
    for _raw, record in records:
        ArticleRecord.model_validate(record)
        assert record["schema_version"] == SCHEMA_VERSION


def _same_char(raw_char: str, clean_char: str) -> bool:
    import unicodedata

    import opencc

    raw_char = unicodedata.normalize("NFKC", raw_char)
    return clean_char in (raw_char, opencc.OpenCC("t2s").convert(raw_char))


def _evidence(record: dict) -> list[dict]:
    out = [m["evidence"] for m in record["meetings"]] + [a["evidence"] for a in record["awards"]]
    out += [f["evidence"] for f in record["funding"]]
    out += [e for s in record["speakers"] for e in s["evidence"]]
    return out


def test_evidence_offsets_point_at_their_text(records: list[tuple[str, dict]]) -> None:
    checked = 0
    for raw, record in records:
        clean = record["clean_text"]
        for ev in _evidence(record):
            assert clean[ev["clean_start"] : ev["clean_end"]] == ev["text"]
            assert 0 <= ev["raw_start"] <= ev["raw_end"] <= len(raw)
            # The raw span starts at the source of the sentence's first character (before t2s and NFKC).
            assert _same_char(raw[ev["raw_start"]], ev["text"][0])
            checked += 1
    assert checked > 10


def test_entities_offsets_and_sources(records: list[tuple[str, dict]]) -> None:
    types = set()
    for raw, record in records:
        for e in record["entities"]:
            assert record["clean_text"][e["start"] : e["end"]] == e["text"]
            assert 0 <= e["raw_start"] < e["raw_end"] <= len(raw)
            assert e["source"] in ("rule", "model")
            types.add(e["type"])
    assert {"DATE", "COUNT", "MONEY", "TITLE"} <= types
