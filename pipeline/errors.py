"""The catalogue of error codes.

Every failure a user can see has a code here with its message, cause and fix.  A batch
never dies on one bad document: the driver turns a :class:`PipelineError` into a
:class:`Rejection` record and goes on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ErrorCode:
    code: str
    message: str
    cause: str
    fix: str


CATALOGUE: dict[str, ErrorCode] = {
    e.code: e
    for e in (
        ErrorCode("E_EMPTY", "input is empty", "the file or record holds no text", "check the scraper output"),
        ErrorCode(
            "E_BINARY",
            "input looks binary",
            "NUL bytes or a known binary signature (PNG, ZIP, PDF, GZIP...)",
            "feed text or HTML only",
        ),
        ErrorCode(
            "E_DECODE",
            "bytes could not be decoded as text",
            "no encoding tried (UTF-8/16, GB18030, Big5) decodes the bytes cleanly",
            "convert the file to UTF-8, or pass --encoding",
        ),
        ErrorCode(
            "E_TOO_LARGE",
            "input exceeds the size limit",
            "the document is larger than limits.max_bytes",
            "split the file or raise --max-bytes",
        ),
        ErrorCode("E_JSONL", "bad JSONL line", "the line is not a JSON object with a text or html field", "fix the line"),
        ErrorCode("E_IO", "input could not be read", "missing file, permissions, or a device error", "check the path"),
        ErrorCode("E_NO_TEXT", "no article text left", "everything was classified as boilerplate", "inspect the page"),
        ErrorCode("E_TIMEOUT", "document took too long", "processing exceeded limits.doc_timeout_s", "inspect the input"),
        ErrorCode("E_STAGE", "a stage failed", "an unexpected exception inside a stage (a bug)", "report it with the doc"),
        ErrorCode("E_CONFIG", "bad configuration", "an unknown key or an invalid value", "fix the named key"),
        # Output codes end the run (no document is at fault): the command line prints them and
        # exits non-zero; what was written before stays valid, and a rerun resumes.
        ErrorCode(
            "E_OUTPUT",
            "output could not be written",
            "a full disk, no permission, a missing or read-only folder, or a path that is not a regular file",
            "free space or choose a writable --out, --errors or --db, then run again (it resumes)",
        ),
        ErrorCode(
            "E_OUTPUT_BUSY",
            "output is being written by another run",
            "another run command holds the lock on this file (the same --out, or the same errors file)",
            "wait for that run to end (a rerun then resumes), or give this run its own --out and --errors",
        ),
    )
}


#: Warnings: the document was processed, with something a reviewer should know (in the
#: record's ``warnings``, as ``CODE: detail``).
WARNINGS: dict[str, str] = {
    "W_DECODE_REPLACED": "a few invalid UTF-8 bytes were replaced by U+FFFD (a file cut inside a character)",
    "W_DECODE_MIXED": "lines that were not UTF-8 were read as GB18030 (a GBK paragraph pasted into a UTF-8 page)",
    "W_MOJIBAKE_UNREPAIRED": "text looks like mojibake that no known encoding pair repairs",
    "W_PINYIN_REMOVED": "inline pinyin glosses of machine-converted text were removed",
    "W_SPAM_REMOVED": "spam strings injected into sentences by a mirror site were removed",
    "W_DATE_UNRESOLVED": "a meeting date has no year: no publication date and no year in the text",
}


class PipelineError(Exception):
    """An expected failure on one document; carries a catalogue code."""

    def __init__(self, code: str, detail: str = "") -> None:
        if code not in CATALOGUE:
            raise KeyError(f"unknown error code {code!r}")
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {CATALOGUE[code].message}" + (f" ({detail})" if detail else ""))


class ConfigError(ValueError):
    """Configuration that cannot be used; names the bad key."""


class OutputError(OSError):
    """A sink that cannot be written (``E_OUTPUT``) or is locked by another run
    (``E_OUTPUT_BUSY``); ends the run, since no document is at fault.  Names the file."""

    def __init__(self, code: str, target: str, detail: str) -> None:
        if code not in CATALOGUE:
            raise KeyError(f"unknown error code {code!r}")
        self.code = code
        self.target = target
        self.detail = detail
        entry = CATALOGUE[code]
        super().__init__(f"{code}: {entry.message}: {target}: {detail}; {entry.fix}")


@dataclass(frozen=True, slots=True)
class Rejection:
    """One document that failed; written to errors.jsonl, never silently dropped."""

    source: str
    doc_id: str | None
    stage: str
    code: str
    detail: str

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["message"] = CATALOGUE[self.code].message if self.code in CATALOGUE else ""
        return data
