"""Tests for :mod:`pipeline.sinks.jsonl`: one writer per file, paths that are not files,
and writes that fail or are interrupted half-way (the file keeps whole lines only)."""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import OutputError
from pipeline.sinks import jsonl
from pipeline.sinks.jsonl import JsonlSink, stored_ids
from tests.conftest import PROJECT_ROOT

pytestmark = pytest.mark.skipif(jsonl.fcntl is None, reason="no flock on this platform")


def record(i: int) -> dict[str, Any]:
    return {"doc_id": f"{i:064x}", "title": f"第{i}次会议", "text": "会" * (50 + i)}


def lines_of(path: Path) -> list[dict[str, Any]]:
    raw = path.read_bytes()
    assert raw == b"" or raw.endswith(b"\n"), "a torn last line"
    return [json.loads(line) for line in raw.decode("utf-8").splitlines()]


@pytest.mark.parametrize("append", [True, False], ids=["resume", "force"])
def test_a_second_writer_is_refused_and_changes_nothing(tmp_path: Path, append: bool) -> None:
    out = tmp_path / "out.jsonl"
    with JsonlSink(out) as first:
        first.write(record(1))
        with pytest.raises(OutputError) as caught:
            JsonlSink(out, append=append)  # --force would have truncated the first run's lines
        assert caught.value.code == "E_OUTPUT_BUSY"
        assert str(out) in str(caught.value)
        first.write(record(2))
    assert [r["doc_id"] for r in lines_of(out)] == [record(1)["doc_id"], record(2)["doc_id"]]
    # Closing releases the lock: the next run resumes.
    with JsonlSink(out) as again:
        again.write(record(3))
    assert len(stored_ids(out)) == 3


def test_force_empties_the_file_once_locked(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps(record(1)) + "\n", encoding="utf-8")
    with JsonlSink(out, append=False) as sink:
        sink.write(record(2))
    assert [r["doc_id"] for r in lines_of(out)] == [record(2)["doc_id"]]


@pytest.mark.parametrize("kind", ["folder", "device", "file_as_folder"])
def test_a_path_that_cannot_hold_the_output_is_refused(tmp_path: Path, kind: str) -> None:
    if kind == "device" and not Path("/dev/null").exists():
        pytest.skip("no /dev/null")
    path = {
        "folder": tmp_path,
        "device": Path("/dev/null"),
        "file_as_folder": tmp_path / "plain.txt" / "out.jsonl",
    }[kind]
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        JsonlSink(path)
    assert caught.value.code == "E_OUTPUT"
    assert str(path) in str(caught.value)


def _failing_os(fail_with: BaseException) -> types.SimpleNamespace:
    """``os`` whose ``write`` writes half of what it is given, then fails on the next call."""
    calls = [0]

    def write(fd: int, data: Any) -> int:
        calls[0] += 1
        if calls[0] == 1:
            return os.write(fd, bytes(data[: len(data) // 2]))
        raise fail_with

    return types.SimpleNamespace(**{**vars(os), "write": write})


@pytest.mark.parametrize(
    "failure",
    [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()],
    ids=["disk_full", "ctrl_c"],
)
def test_a_write_that_fails_half_way_leaves_whole_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    out = tmp_path / "out.jsonl"
    with JsonlSink(out) as sink:
        sink.write(record(1))
        monkeypatch.setattr(jsonl, "os", _failing_os(failure))
        with pytest.raises(OutputError if isinstance(failure, OSError) else KeyboardInterrupt) as caught:
            sink.write(record(2))
        monkeypatch.undo()
        if isinstance(failure, OSError):
            assert caught.value.code == "E_OUTPUT" and "No space left" in str(caught.value)
        assert [r["doc_id"] for r in lines_of(out)] == [record(1)["doc_id"]]
        sink.write(record(3))  # space came back: the sink goes on from the last whole line
    assert [r["doc_id"] for r in lines_of(out)] == [record(1)["doc_id"], record(3)["doc_id"]]


_FILL_UNTIL_FULL = """
import sys
from pipeline.errors import OutputError
from pipeline.sinks.jsonl import JsonlSink
with JsonlSink(sys.argv[1]) as sink:
    for i in range(10000):
        try:
            sink.write({"doc_id": f"{i:064x}", "text": "会" * 300})
        except OutputError as exc:
            print(exc.code, i, exc, file=sys.stderr)
            sys.exit(3)
"""


def _file_size_limit(limit: int) -> None:
    # What a full disk looks like to a writer: write() fails (EFBIG here, ENOSPC there).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_real_full_disk_leaves_whole_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    # No bytecode: the size limit would leave truncated .pyc files behind.
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(PROJECT_ROOT)}
    proc = subprocess.run([sys.executable, "-c", _FILL_UNTIL_FULL, str(out)], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=60, preexec_fn=lambda: _file_size_limit(20_000))
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.startswith("E_OUTPUT ") and str(out) in proc.stderr
    written = int(proc.stderr.split()[1])
    assert 0 < written == len(lines_of(out))


def test_a_forced_run_empties_nothing_when_its_errors_file_is_busy(tmp_path: Path) -> None:
    from pipeline.batch import run_batch
    from pipeline.config import load_config

    out = tmp_path / "b.jsonl"
    out.write_text(json.dumps(record(1)) + "\n", encoding="utf-8")
    with JsonlSink(tmp_path / "errors.jsonl"), pytest.raises(OutputError, match="errors.jsonl"):
        # The errors file is another run's (its --out is a.jsonl in the same folder).
        run_batch([], load_config(overrides={"ner": {"backend": "none"}}), out, force=True, workers=1)
    assert [r["doc_id"] for r in lines_of(out)] == [record(1)["doc_id"]]
