"""The Ray engine on a local Ray instance: the same records as the local engine, resume,
rejections travelling back to the driver, the time limit and a dying actor."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.batch import Summary, run_batch
from pipeline.config import load_config
from pipeline.ingest import iter_inputs
from tests.conftest import require
from tests.test_batch import OVERRIDES, make_corpus, read_jsonl, records_by_id

DOCS = 10


@pytest.fixture(scope="module")
def ray_local() -> Iterator[Any]:
    require(importlib.util.find_spec("ray") is not None, 'Ray is not installed (pip install -e ".[distributed]")')
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ray_corpus")
    make_corpus(folder, DOCS)
    (folder / "binary.txt").write_bytes(b"%PDF-1.4\n\x00\x01")
    return folder


def _run(corpus: Path, out: Path, **kwargs: Any) -> Summary:
    config = load_config(overrides=OVERRIDES)
    return run_batch(iter_inputs([str(corpus)], config["limits"]["max_bytes"]), config, out, **kwargs)


def test_ray_gives_the_local_records_and_resumes(ray_local: Any, corpus: Path, tmp_path: Path) -> None:
    local_out = tmp_path / "local" / "out.jsonl"
    ray_out = tmp_path / "ray" / "out.jsonl"
    _run(corpus, local_out, workers=0)
    summary = _run(corpus, ray_out, workers=2, engine="ray")
    assert summary.docs == DOCS
    assert dict(summary.errors) == {"E_BINARY": 1}
    assert records_by_id(ray_out) == records_by_id(local_out)
    assert len(records_by_id(ray_out)) == DOCS
    assert [e["code"] for e in read_jsonl(ray_out.with_name("errors.jsonl"))] == ["E_BINARY"]
    assert sorted(w.worker for w in summary.workers) == ["ray-1", "ray-2"]
    assert sum(w.docs for w in summary.workers) == DOCS + 1  # the binary file is read by a worker too
    assert summary.stage_seconds["normalize"] > 0
    again = _run(corpus, ray_out, workers=2, engine="ray")
    assert (again.docs, again.skipped) == (0, DOCS)
    assert len(read_jsonl(ray_out)) == DOCS


def test_ray_time_limit_and_actor_crash(ray_local: Any, tmp_path: Path) -> None:
    from tests.engines.stages_for_tests import CRASH_MARK, SLOW_MARK
    from tests.test_batch import SETUP

    folder = tmp_path / "in"
    make_corpus(folder, 4)
    (folder / "doc_001_slow.txt").write_text(f"市委召开会议。\n{SLOW_MARK}这篇稿件处理得很慢。\n", encoding="utf-8")
    (folder / "doc_002_crash.txt").write_text(f"市委召开会议。\n{CRASH_MARK}这篇稿件让进程崩溃。\n", encoding="utf-8")
    config = load_config(overrides={**OVERRIDES, "limits": {"doc_timeout_s": 3.0},
                                    "stages": [*load_config()["stages"], "misbehave"]})
    out = tmp_path / "out" / "out.jsonl"
    summary = run_batch(iter_inputs([str(folder)], config["limits"]["max_bytes"]), config, out, workers=2,
                        engine="ray", setup=SETUP)
    assert summary.docs == 4
    assert dict(summary.errors) == {"E_TIMEOUT": 1, "E_STAGE": 1}
    errors = {e["code"]: e for e in read_jsonl(out.with_name("errors.jsonl"))}
    assert errors["E_TIMEOUT"]["source"].endswith("doc_001_slow.txt")
    assert errors["E_STAGE"]["source"].endswith("doc_002_crash.txt")
    assert len(records_by_id(out)) == 4
