"""Fixtures for the audit tests: a records file and a drawn bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.audit.sample import SampleParams, build_bundle, load_records, write_bundle
from tests.audit.fixtures import write_records

XSS_INDEX = 3


@pytest.fixture
def records_path(tmp_path: Path) -> Path:
    """12 records with clean text and entities; article 3 carries script payloads."""
    return write_records(tmp_path / "records.jsonl", 12, xss_index=XSS_INDEX)


@pytest.fixture
def bundle_dir(tmp_path: Path, records_path: Path) -> Path:
    """A review bundle: 10 items, 2 recall articles, the XSS article forced in via its items."""
    records = load_records(records_path)
    bundle = build_bundle(records, SampleParams(n=10, seed=7, recall_articles=2), source=str(records_path))
    out = tmp_path / "batch-01"
    write_bundle(bundle, out)
    return out
