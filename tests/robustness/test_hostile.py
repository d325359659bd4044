"""A batch over hostile inputs: every input gives a record or a coded rejection, the batch goes on.

The inputs and their expected outcomes are in :mod:`tests.robustness.hostile`.  The 50 MB
file must be rejected with ``E_TOO_LARGE`` without being read into memory: its ingest runs
in a fresh interpreter whose peak RSS is compared with that of an idle one.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from pipeline.cli import main
from pipeline.config import MODELS_DIR
from tests.robustness import hostile

# Reading the 50 MB file whole would add at least 50 MB; streaming its hash adds about 1 MB.
MAX_EXTRA_RSS_MB = 20
# The 10 MB line gets a shorter per-document limit than the default 60 s, to keep the test short.
LONG_LINE_TIMEOUT_S = 10


def _config(tmp: Path, **limits: Any) -> Path:
    """The default configuration (without NER while the shipped model is not trained yet)."""
    config: dict[str, Any] = {}
    if not (MODELS_DIR / "ner" / "model.crfsuite").is_file():
        config["ner"] = {"backend": "none"}
    if limits:
        config["limits"] = limits
    path = tmp / f"config_{len(limits)}.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def small_batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, hostile.Expectation], dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("hostile")
    expected = hostile.write_corpus(tmp / "in", big=False)
    out, errors = tmp / "out" / "records.jsonl", tmp / "out" / "errors.jsonl"
    code = main(["run", str(tmp / "in"), "--out", str(out), "--errors", str(errors), "--no-db", "--quiet",
                 "--config", str(_config(tmp))])
    assert code == 0
    return expected, hostile.outcomes(out, errors)




def _small_keys() -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return sorted(hostile.write_corpus(Path(tmp), big=False))


@pytest.mark.parametrize("key", _small_keys())
def test_hostile_input(key: str, small_batch: tuple[dict[str, hostile.Expectation], dict[str, Any]]) -> None:
    expected, found = small_batch
    assert hostile.check({key: expected[key]}, found) == []


def test_nothing_is_dropped(small_batch: tuple[dict[str, hostile.Expectation], dict[str, Any]]) -> None:
    expected, found = small_batch
    assert len(found) == len(expected)
    for value in found.values():
        if "code" in value:
            assert value["code"] != "E_STAGE", value
            assert value["message"] and value["stage"]


def test_50mb_file_is_rejected_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big_50mb.txt"
    hostile._write_repeated(path, "北京市召开表彰大会。\n".encode(), hostile.BIG_FILE_BYTES)
    probe = hostile.ingest_peak_rss(path)
    baseline = hostile.baseline_peak_rss()
    with capsys.disabled():
        print(f"\n[hostile] ingest of a 50 MB file: {probe['items'][0][1]}, peak RSS {probe['peak_rss_kb'] / 1024:.1f} MB"
              f" (idle interpreter {baseline / 1024:.1f} MB)")
    assert probe["items"] == [[str(path), "E_TOO_LARGE"]]
    assert probe["peak_rss_kb"] - baseline < MAX_EXTRA_RSS_MB * 1024


def test_10mb_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A 10 MB single line (under the size limit) ends as a record or E_TIMEOUT; peak RSS is reported."""
    folder = tmp_path / "in"
    folder.mkdir()
    line = hostile._article(0).replace("\n", " ").encode("utf-8")
    hostile._write_repeated(folder / "one_line_10mb.txt", line, hostile.LONG_LINE_BYTES)
    (folder / "good.txt").write_text(hostile._article(1), encoding="utf-8")
    out = tmp_path / "out" / "records.jsonl"
    config = _config(tmp_path, doc_timeout_s=LONG_LINE_TIMEOUT_S)
    t0 = time.perf_counter()
    # --workers 0: the whole run in one process, so its peak RSS is the figure.
    run = hostile.run_cli_measured(["run", str(folder), "--out", str(out), "--no-db", "--quiet", "--workers", "0",
                                    "--config", str(config)])
    seconds = time.perf_counter() - t0
    assert run["code"] == 0
    found = hostile.outcomes(out, out.with_name("errors.jsonl"))
    expected = {"one_line_10mb.txt": hostile.Expectation(None, ("E_TIMEOUT",)), "good.txt": hostile.Expectation(True)}
    outcome = next(v.get("code", "record") for k, v in found.items() if k.endswith("one_line_10mb.txt"))
    with capsys.disabled():
        print(f"\n[hostile] 10 MB line: {outcome} in {seconds:.1f} s, peak RSS of the run {run['peak_rss_kb'] / 1024:.0f} MB")
    assert hostile.check(expected, found) == []
