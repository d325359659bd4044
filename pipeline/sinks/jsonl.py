"""Append-only JSONL sinks with resume support.

Each line is written whole with unbuffered writes; a write that fails (a full disk) or
is interrupted (Ctrl-C) is cut back to the end of the previous line, and a line cut by a
crash (no trailing newline) is dropped on the next open, so a resumed run rewrites that
document and nothing is stored twice.

One writer per file: a sink holds an exclusive ``flock`` on its file from opening to
closing, taken before the torn-line repair, the ``--force`` truncation and the resume
read of its caller, so a second run on the same file stops at once with
:class:`~pipeline.errors.OutputError` ``E_OUTPUT_BUSY`` instead of appending the same
documents again or truncating the first run's lines.  A path that exists but is not a
regular file (``/dev/full``, a folder) is refused with ``E_OUTPUT`` before anything is
read from it; any other failure to create, open or write the file is ``E_OUTPUT`` too.

Known limitations: ``flock`` is advisory (a program that does not take it is not kept
out) and may not work on some network file systems; without ``fcntl`` (Windows) there
is no lock.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.errors import OutputError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory locks, documented above
    fcntl = None  # type: ignore[assignment]


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


def check_output_path(path: Path) -> None:
    """Raise ``E_OUTPUT`` when ``path`` exists but is not a regular file.

    Checked before anything reads the file: resuming from ``/dev/full`` or ``/dev/zero``
    would read an endless line, and files beside a device would land in ``/dev``.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError("E_OUTPUT", str(path), exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise OutputError("E_OUTPUT", str(path), f"{kind}; --out and --errors must name regular files")


class JsonlSink:
    """Writes one JSON object per line, UTF-8, not ASCII-escaped; the only writer of its file
    while open (see the module docstring)."""

    def __init__(self, path: str | Path, *, append: bool = True, fsync: bool = False) -> None:
        self.path = Path(path)
        self._fsync = fsync
        check_output_path(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Not O_TRUNC: --force empties the file only once the lock is held.
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        except OSError as exc:
            raise OutputError("E_OUTPUT", str(self.path), exc.strerror or str(exc)) from exc
        try:
            self._lock()
            if append:
                _repair_tail(self.path)
            else:
                os.ftruncate(self._fd, 0)
            self._size = os.fstat(self._fd).st_size
        except OSError as exc:
            os.close(self._fd)
            if isinstance(exc, OutputError):
                raise
            raise OutputError("E_OUTPUT", str(self.path), exc.strerror or str(exc)) from exc

    def _lock(self) -> None:
        if fcntl is None:
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise OutputError("E_OUTPUT_BUSY", str(self.path), "another process holds its lock") from exc

    def truncate(self) -> None:
        """Empty the file (``--force``), under the lock this sink holds."""
        try:
            os.ftruncate(self._fd, 0)
        except OSError as exc:
            raise OutputError("E_OUTPUT", str(self.path), exc.strerror or str(exc)) from exc
        self._size = 0

    def write(self, obj: dict[str, Any]) -> None:
        """Append ``obj`` as one line; on any failure the file is cut back to its last whole line."""
        data = memoryview((json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))
        try:
            written = 0
            while written < len(data):
                written += os.write(self._fd, data[written:])
            if self._fsync:
                os.fsync(self._fd)
        except BaseException as exc:
            # BaseException: a Ctrl-C between two partial writes must not leave half a line.
            try:
                os.ftruncate(self._fd, self._size)
            except OSError:
                pass  # the next open drops the torn line instead
            if isinstance(exc, OSError):
                raise OutputError("E_OUTPUT", str(self.path), exc.strerror or str(exc)) from exc
            raise
        self._size += len(data)

    def close(self) -> None:
        """Release the lock and the file (closing the descriptor drops the ``flock``)."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> JsonlSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
