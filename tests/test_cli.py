"""Tests for :mod:`pipeline.cli`: the ``run`` and ``schema`` commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.config import MODELS_DIR
from pipeline.ingest import doc_id_of
from tests.conftest import PROJECT_ROOT, require

RAW = PROJECT_ROOT / "corpus" / "raw"
SPEC = sorted(RAW.glob("*.txt"))
# Mechanics of the command (output, resume, --force) do not depend on the NER backend.
FAST = ["--ner", "none", "--no-db", "--quiet", "--workers", "0"]


def run(args: list[str]) -> int:
    return main(["run", *args])


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def first_run(tmp_path: Path) -> Path:
    out = tmp_path / "out" / "records.jsonl"
    assert run([str(RAW), "--out", str(out), *FAST]) == 0
    return out


def test_run_writes_one_line_per_article(first_run: Path) -> None:
    records = read_jsonl(first_run)
    assert sorted(r["doc_id"] for r in records) == sorted(doc_id_of(p.read_bytes()) for p in SPEC)
    assert sorted(Path(r["source"]).name for r in records) == [p.name for p in SPEC]
    errors = first_run.with_name("errors.jsonl")
    assert not errors.exists() or errors.read_text(encoding="utf-8") == ""


def test_output_is_utf8_not_ascii_escaped(first_run: Path) -> None:
    text = first_run.read_text(encoding="utf-8")
    assert "\\u" not in text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize("path", SPEC, ids=lambda p: p.stem)
def test_record_fields(first_run: Path, path: Path) -> None:
    (record,) = [r for r in read_jsonl(first_run) if r["doc_id"] == doc_id_of(path.read_bytes())]
    raw = path.read_text(encoding="utf-8-sig")
    assert record["encoding"] in ("utf-8", "utf-8-sig")
    assert record["language"] in ("zh-Hans", "zh-Hant", "mixed")
    for key in ("meetings", "speakers", "awards", "funding", "reporters", "editors", "authors"):
        assert isinstance(record[key], list)
    for span in record["quality"]["removed"]:
        assert 0 <= span["raw_start"] < span["raw_end"] <= len(raw)


def test_run_twice_resumes_without_duplicates(first_run: Path) -> None:
    before = first_run.read_text(encoding="utf-8")
    assert run([str(RAW), "--out", str(first_run), *FAST]) == 0
    assert first_run.read_text(encoding="utf-8") == before
    ids = [r["doc_id"] for r in read_jsonl(first_run)]
    assert len(ids) == len(set(ids)) == len(SPEC)


def test_resume_completes_a_partial_output(first_run: Path) -> None:
    lines = first_run.read_text(encoding="utf-8").splitlines(keepends=True)
    first_run.write_text("".join(lines[:2]) + lines[2][:40], encoding="utf-8")  # a line torn by a crash
    assert run([str(RAW), "--out", str(first_run), *FAST]) == 0
    ids = [r["doc_id"] for r in read_jsonl(first_run)]
    assert sorted(ids) == sorted(doc_id_of(p.read_bytes()) for p in SPEC)


def test_force_rewrites(first_run: Path) -> None:
    first_run.write_text(first_run.read_text(encoding="utf-8") * 2, encoding="utf-8")
    assert run([str(RAW), "--out", str(first_run), "--force", *FAST]) == 0
    ids = [r["doc_id"] for r in read_jsonl(first_run)]
    assert len(ids) == len(set(ids)) == len(SPEC)


def test_bad_inputs_go_to_the_errors_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    (folder / "good.txt").write_bytes(SPEC[0].read_bytes())
    out = tmp_path / "records.jsonl"
    assert run([str(folder), "--out", str(out), *FAST]) == 0
    assert [Path(r["source"]).name for r in read_jsonl(out)] == ["good.txt"]
    errors = {Path(e["source"]).name: e["code"] for e in read_jsonl(tmp_path / "errors.jsonl")}
    assert errors == {"empty.txt": "E_EMPTY", "image.txt": "E_BINARY"}


def test_schema_prints_a_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["type"] == "object"
    assert {"doc_id", "source", "encoding", "quality", "meetings"} <= set(schema["properties"])
    assert "doc_id" in schema["required"]


def test_stdin_and_the_default_configuration(tmp_path: Path) -> None:
    """The command as a user runs it: a subprocess, default NER backend and workers, stdin input."""
    require((MODELS_DIR / "ner" / "model.crfsuite").is_file(), "the shipped NER model is not trained yet")
    out = tmp_path / "records.jsonl"
    data = SPEC[0].read_bytes()
    proc = subprocess.run(
        [sys.executable, "run_pipeline.py", "run", "-", "--out", str(out), "--no-db"],
        input=data, cwd=PROJECT_ROOT, capture_output=True, timeout=300, check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    (record,) = read_jsonl(out)
    assert record["doc_id"] == doc_id_of(data)
    assert record["source"] == "<stdin>"
    summary = json.loads(proc.stderr.decode("utf-8").strip().splitlines()[-1])
    assert summary["docs"] == 1
