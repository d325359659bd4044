"""The Ray engine on a local Ray instance: the same records as the local engine, resume,
and rejections travelling back to the driver."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.batch import run_batch
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


def _run(corpus: Path, out: Path, **kwargs: Any):  # noqa: ANN202
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
