"""Shared test helpers.

Tests that need something outside Python (a PostgreSQL server, Chromium, HanLP, the MSRA
data, the shared corpus) call :func:`require`: it skips with the reason on a developer
machine, and fails when ``NEWSREC_REQUIRE_ALL=1`` (set by ``.ci/run``) so CI never passes
by skipping them.
"""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


def require(condition: bool, reason: str, *, ci_required: bool = True) -> None:
    """Skip (or, under ``NEWSREC_REQUIRE_ALL=1``, fail) unless ``condition`` holds."""
    if condition:
        return
    if ci_required and os.environ.get("NEWSREC_REQUIRE_ALL") == "1":
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """``../shared/corpus`` beside the project (skips when absent; not required in CI)."""
    require(SHARED_CORPUS.is_dir(), f"shared corpus not found at {SHARED_CORPUS}", ci_required=False)
    return SHARED_CORPUS


def write_sdist(path: Path, members: dict[str, bytes]) -> Path:
    """A source archive at ``path`` holding ``members`` (name -> bytes), for fetch tests that fake pip."""
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path
