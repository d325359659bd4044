"""Append-only JSONL sinks with resume support.

Each line is written whole and flushed; a line cut by a crash (no trailing newline) is
dropped on the next open, so a resumed run rewrites that document and nothing is
stored twice.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO


def _repair_tail(path: Path) -> None:
    """Truncate a last line that a crash left without its newline."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        pos = size
        while pos > 0:
            step = min(65536, pos)
            fh.seek(pos - step)
            chunk = fh.read(step)
            idx = chunk.rfind(b"\n")
            if idx != -1:
                cut = pos - step + idx + 1
                if cut != size:
                    fh.truncate(cut)
                return
            pos -= step
        fh.truncate(0)


def stored_objects(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of the complete lines of a JSONL file (nothing when absent); a torn
    last line (no newline) and lines that are not JSON objects are passed over."""
    if not path.exists():
        return
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if not line.endswith("\n"):
                break
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict):
                yield obj


def stored_ids(path: Path, key: str = "doc_id") -> set[str]:
    """The ``key`` values of the complete lines of a JSONL file (empty when absent)."""
    return {obj[key] for obj in stored_objects(path) if isinstance(obj.get(key), str)}


class JsonlSink:
    """Writes one JSON object per line, UTF-8, not ASCII-escaped."""

    def __init__(self, path: str | Path, *, append: bool = True, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if append:
            _repair_tail(self.path)
        self._fh: TextIO = self.path.open("a" if append else "w", encoding="utf-8")
        self._fsync = fsync

    def write(self, obj: dict[str, Any]) -> None:
        self._fh.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
        self._fh.flush()
        if self._fsync:
            os.fsync(self._fh.fileno())

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> JsonlSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
