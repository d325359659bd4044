"""``bench`` on a tiny corpus: every figure is there and is a positive number (no timing thresholds)."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.bench import format_report, main
from tests.test_batch import make_corpus


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("bench_corpus")
    make_corpus(folder, 3)
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["--corpus", str(folder), "--repeat", "1", "--workers", "1,2", "--ner", "none", "--json"]) == 0
    return json.loads(buffer.getvalue())


def _positive(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def test_corpus_figures(result: dict[str, Any]) -> None:
    corpus = result["corpus"]
    assert (corpus["unique_docs"], corpus["repeat"], corpus["docs"]) == (3, 1, 3)
    assert _positive(corpus["bytes"]) and _positive(corpus["chars"])


@pytest.mark.parametrize("stage", ["normalize", "boilerplate", "segment", "entities", "extract"])
def test_stage_rates(result: dict[str, Any], stage: str) -> None:
    figures = result["stages"][stage]
    assert _positive(figures["seconds"])
    assert _positive(figures["chars_per_s"])
    assert _positive(figures["docs_per_s"])


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("key", ["wall_s", "steady_s", "chars_per_s", "chars_per_s_per_worker", "docs_per_s",
                                 "load_s", "peak_rss_bytes", "worker_cpu_share", "parent_cpu_share",
                                 "chars_per_cpu_s"])
def test_run_figures(result: dict[str, Any], workers: int, key: str) -> None:
    (run,) = [r for r in result["runs"] if r["workers"] == workers]
    assert run["docs"] == 3 and run["errors"] == 0
    assert _positive(run[key])


def test_scaling_reference_and_targets(result: dict[str, Any]) -> None:
    assert _positive(result["scaling_1_to_2"])
    assert _positive(result["reference"]["jieba_posseg_chars_per_s"])
    assert _positive(result["reference"]["pipeline_per_core_vs_posseg"])
    assert result["bottleneck"] in result["stages"]
    assert set(result["targets"]) == {"chars_per_s_per_core", "chars_per_cpu_s", "load_s", "peak_rss_bytes_per_worker",
                                      "scaling_1_to_2"}
    for target in result["targets"].values():
        assert _positive(target["value"]) and isinstance(target["met"], bool)


@pytest.mark.parametrize("stage", ["entities", "extract"])
def test_unseen_document_rates(result: dict[str, Any], stage: str) -> None:
    unseen = result["unseen"]
    assert unseen["docs"] == 1 and _positive(unseen["chars"])  # (the middle one of three, after the other two)
    assert _positive(unseen["stages"][stage]["seconds"]) and _positive(unseen["stages"][stage]["chars_per_s"])
    assert _positive(unseen["extract_vs_entities"])


def test_table(result: dict[str, Any]) -> None:
    table = format_report(result)
    for needle in ("corpus: 3 docs x 1", "normalize", "bottleneck:", "scaling 1 -> 2 workers", "jieba.posseg",
                   "end to end per core", "model load", "memory per worker", "unseen documents"):
        assert needle in table


def test_bad_worker_list_is_a_configuration_error(tmp_path: Path) -> None:
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="--workers"):
        main(["--corpus", str(tmp_path), "--workers", "0,x"])
