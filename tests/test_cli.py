"""Tests for :mod:`pipeline.cli`: the ``run`` and ``schema`` commands; for ``run`` also
outputs that cannot be written, a second run on a busy output, and runs stopped by Ctrl-C
or SIGTERM then resumed (subprocesses)."""

from __future__ import annotations

import json
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli import EXIT_OUTPUT, EXIT_OUTPUT_BUSY, main
from pipeline.config import MODELS_DIR
from pipeline.ingest import doc_id_of
from pipeline.sinks.jsonl import JsonlSink
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


# --- outputs that cannot be written, a second run on the same output, signals ----------


def test_a_second_run_on_a_busy_output_stops_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "records.jsonl"
    with JsonlSink(out) as running:  # a first run, still writing
        running.write({"doc_id": "a" * 64})
        # --workers 1: workers start only after the lock, so the refusal costs no model load.
        for force in ([], ["--force"]):
            assert run([str(RAW), "--out", str(out), *FAST, *force, "--workers", "1"]) == EXIT_OUTPUT_BUSY
            err = capsys.readouterr().err
            assert "E_OUTPUT_BUSY" in err and str(out) in err
    assert read_jsonl(out) == [{"doc_id": "a" * 64}]  # neither appended to nor truncated


@pytest.mark.parametrize("workers", [0, 1])
def test_the_pool_starts_importing_before_the_database_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    # The workers' imports (the forkserver) run beside the database's import and opening, not after
    # them; a run in this process (--workers 0) starts no forkserver.
    import pipeline.engines.local as local
    import pipeline.sinks.database as database

    events: list[str] = []
    real_start, real_sink = local.start_forkserver, database.DatabaseSink

    def start_forkserver() -> None:
        events.append("forkserver")
        real_start()

    def sink(url: str) -> object:
        events.append("database")
        return real_sink(url)

    monkeypatch.setattr(local, "start_forkserver", start_forkserver)
    monkeypatch.setattr(database, "DatabaseSink", sink)
    out = tmp_path / "records.jsonl"
    assert run([str(SPEC[0]), "--out", str(out), "--ner", "none", "--quiet", "--workers", str(workers)]) == 0
    assert events == (["forkserver", "database"] if workers else ["database"])
    assert len(read_jsonl(out)) == 1


def test_two_runs_into_one_folder_need_their_own_errors_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with JsonlSink(tmp_path / "errors.jsonl"):  # the errors file of a run into a.jsonl
        assert run([str(RAW), "--out", str(tmp_path / "b.jsonl"), *FAST, "--workers", "1"]) == EXIT_OUTPUT_BUSY
        assert str(tmp_path / "errors.jsonl") in capsys.readouterr().err
        own = ["--errors", str(tmp_path / "b.errors.jsonl")]
        assert run([str(SPEC[0]), "--out", str(tmp_path / "b.jsonl"), *FAST, *own]) == 0
    assert len(read_jsonl(tmp_path / "b.jsonl")) == 1


@pytest.mark.parametrize("where", ["folder_is_a_file", "out_is_a_folder", "errors_is_out"])
def test_an_output_that_cannot_be_written_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    args = {
        "folder_is_a_file": ["--out", str(tmp_path / "plain.txt" / "records.jsonl")],
        "out_is_a_folder": ["--out", str(tmp_path)],
        "errors_is_out": ["--out", str(tmp_path / "r.jsonl"), "--errors", str(tmp_path / "r.jsonl")],
    }[where]
    status = run([str(RAW), *args, *FAST, "--workers", "1"])  # refused before any worker starts
    err = capsys.readouterr().err
    if where == "errors_is_out":
        assert status == 2 and "same file" in err
    else:
        assert status == EXIT_OUTPUT and "E_OUTPUT" in err and args[1] in err


def _memory_limit() -> None:
    # A regression that reads /dev/full for resume would eat memory without end.
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def test_a_device_as_output_is_refused_before_anything_is_read() -> None:
    require(Path("/dev/full").exists(), "no /dev/full", ci_required=False)
    proc = subprocess.run([sys.executable, "run_pipeline.py", "run", str(SPEC[0]), "--out", "/dev/full", *FAST],
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120, preexec_fn=_memory_limit)
    assert proc.returncode == EXIT_OUTPUT, proc.stderr[-2000:]
    assert "E_OUTPUT" in proc.stderr and "/dev/full" in proc.stderr and "regular file" in proc.stderr
    assert not Path("/dev/errors.jsonl").exists() and not Path("/dev/records.db").exists()


# Stops and locks are under test, not the extractors: the two cheapest stages keep each
# subprocess start near the interpreter's (the full pipeline's start-up would triple it).
LIGHT_STAGES = {"stages": ["normalize", "boilerplate"]}
N_SHORT = 300  # enough that a run is still writing a few milliseconds after its fifth line


def write_short_articles(folder: Path) -> dict[str, bytes]:
    """``N_SHORT`` small distinct articles; returns doc_id -> raw bytes."""
    folder.mkdir()
    docs = {}
    for i in range(N_SHORT):
        data = f"第{i}次街道工作会议召开\n\n{i % 28 + 1}日，街道召开第{i}次工作会议，表彰了{i + 2}名优秀网格员。\n".encode()
        (folder / f"{i:03d}.txt").write_bytes(data)
        docs[doc_id_of(data)] = data
    return docs


def _run_cmd(folder: Path, out: Path) -> list[str]:
    # With the database: nothing may be stored twice in either sink.
    config = out.parent.parent / "light.json"
    config.write_text(json.dumps(LIGHT_STAGES), encoding="utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    return [sys.executable, "run_pipeline.py", "run", str(folder), "--out", str(out), "--config", str(config),
            "--quiet", "--workers", "0"]


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _stored_once(out: Path, docs: dict[str, bytes]) -> None:
    ids = [r["doc_id"] for r in read_jsonl(out)]
    assert len(ids) == len(set(ids)) and set(ids) == set(docs)
    with sqlite3.connect(out.with_name("records.db")) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT doc_id) FROM articles").fetchone() == (len(docs),) * 2


def test_two_runs_started_together_store_every_document_once(tmp_path: Path) -> None:
    docs = write_short_articles(tmp_path / "in")
    out = tmp_path / "out" / "records.jsonl"
    procs = [subprocess.Popen(_run_cmd(tmp_path / "in", out), cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in procs]
    # The first to lock the output writes; the other stops at once (or, when it came after
    # the first had finished, resumes and skips everything).
    assert 0 in [status for status, _ in results], results
    for status, err in results:
        assert status == 0 or (status == EXIT_OUTPUT_BUSY and "E_OUTPUT_BUSY" in err), (status, err[-2000:])
    _stored_once(out, docs)


def _stop_half_way(cmd: list[str], out: Path, sig: signal.Signals, total: int) -> str:
    """Start ``cmd``, send ``sig`` once it has written a few more lines; return its stderr."""
    before = _lines(out)
    # SIGINT at its default even when this test runs in a background job (which ignores it).
    proc = subprocess.Popen(cmd, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and _lines(out) < before + 5 and time.monotonic() < deadline:
            time.sleep(0.005)
        proc.send_signal(sig)
        err = proc.communicate(timeout=60)[1]
    finally:
        proc.kill()
        proc.wait()
    assert _lines(out) < total, "the run finished before the signal: nothing was tested"
    assert proc.returncode == 128 + sig, err[-2000:]
    assert f"stopped by {sig.name}" in err and "run the same command again to resume" in err
    return err


def test_ctrl_c_and_sigterm_half_way_then_resume_store_every_document_once(tmp_path: Path) -> None:
    docs = write_short_articles(tmp_path / "in")
    out = tmp_path / "out" / "records.jsonl"
    cmd = _run_cmd(tmp_path / "in", out)
    _stop_half_way(cmd, out, signal.SIGINT, len(docs))
    _stop_half_way(cmd, out, signal.SIGTERM, len(docs))  # the resumed run, stopped again
    assert main(cmd[2:]) == 0  # in this process: resume is what is tested, and it saves a start
    _stored_once(out, docs)
