"""Inputs to documents: files, folders, JSONL, HTML, stdin -> :class:`Document`.

Inputs are streamed: :func:`iter_inputs` yields one :class:`RawInput` at a time and
never holds a corpus in memory.  :func:`decode` turns raw bytes into text with encoding
detection and records the encoding; ``doc_id`` is the SHA-256 of the raw bytes.

Known limitations: a JSONL article's raw bytes are the UTF-8 encoding of its ``text``
(or ``html``) field, so its offsets point into that field, not into the JSONL line.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from pipeline.document import Document
from pipeline.errors import PipelineError

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# Magic numbers of binary formats scrapers pick up by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG"),
    (b"PK\x03\x04", "ZIP"),
    (b"%PDF", "PDF"),
    (b"\x1f\x8b", "GZIP"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\x7fELF", "ELF"),
    (b"BZh", "BZIP2"),
    (b"\xfd7zXZ", "XZ"),
    (b"RIFF", "RIFF"),
)
# Share of replacement characters tolerated when decoding a damaged UTF-8 file
# (a scraper that cut a file mid-character leaves one or two); calibrated so that
# the truncated corpus articles pass and random binary does not.
MAX_REPLACEMENT_SHARE = 0.002
# Plausibility a BOM-less UTF-16 reading must reach (share of CJK/ASCII characters); real
# articles score above 0.97, binary read as UTF-16 about 0.35.
UTF16_MIN_CJK_SCORE = 0.9
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body|meta|div|p)\b", re.I)
# The document-level tags: a page, whatever its file is called.
_HTML_DOCUMENT = re.compile(rb"<\s*(!doctype\s+html|html|head|body|meta)\b", re.I)
# Tags that lay out a page rather than format a paragraph.
_LAYOUT_TAG = re.compile(rb"<\s*(div|table|tr|td|ul|ol|li|a|script|style|nav|header|footer|article|section|form|iframe|img)\b", re.I)
#: A text file with only block tags is HTML when more than this share of its lines hold a tag
#: (<p>…</p> throughout); a stray <p> in a text copy leaves it text.
HTML_TAGGED_LINES = 0.5


def sniff_html(data: bytes) -> bool:
    """Whether a file read as text is an HTML page: a document tag in its first 2 KB, or block tags
    (<p>, <div>) on most of its lines."""
    head = data[:2048]
    if _HTML_DOCUMENT.search(head):
        return True
    if not _HTML_SNIFF.search(head):
        return False
    lines = [ln for ln in data[:65536].splitlines() if ln.strip()]
    tagged = sum(1 for ln in lines if re.search(rb"<\s*/?\s*[A-Za-z][A-Za-z0-9]*[^<>]{0,300}>", ln))
    # (<p>…</p>, <br/>, <span style=…> around every paragraph: an article's inner HTML saved as text,
    # read as text with its tags cut out; the page extractor would look for a page in it and keep
    # one block. Layout tags (div, table, lists, links, scripts) make it a page.)
    # (<p>…</p><p>…</p> on one line: cutting its tags would glue the paragraphs; the page reader splits them)
    layout = _LAYOUT_TAG.search(data[:65536]) is not None or re.search(rb"</p>[ \t]*<p\b", data[:65536], re.I) is not None
    return bool(lines) and tagged / len(lines) > HTML_TAGGED_LINES and layout


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


@dataclass(frozen=True, slots=True)
class RawInput:
    """One article's bytes and where they came from (``source`` is path or path:line)."""

    source: str
    data: bytes
    is_html: bool
    hints: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not even be read into a :class:`RawInput`."""

    source: str
    code: str
    detail: str
    doc_id: str | None = None


def doc_id_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_file(path: Path, max_bytes: int) -> RawInput | InputProblem:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            with path.open("rb") as fh:
                head = fh.read(1 << 16)
            digest = hashlib.sha256()
            with path.open("rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
            del head
            return InputProblem(str(path), "E_TOO_LARGE", f"{size} bytes > {max_bytes}", digest.hexdigest())
        data = path.read_bytes()
    except OSError as exc:
        return InputProblem(str(path), "E_IO", str(exc))
    is_html = path.suffix.lower() in HTML_SUFFIXES or sniff_html(data)
    return RawInput(str(path), data, is_html)


def _iter_jsonl(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[RawInput | InputProblem]:
    for lineno, line in enumerate(stream, 1):
        source = f"{name}:{lineno}"
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield InputProblem(source, "E_TOO_LARGE", f"line of {len(line)} bytes > {max_bytes}", doc_id_of(line))
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield InputProblem(source, "E_JSONL", f"not JSON: {exc}", doc_id_of(line))
            continue
        if not isinstance(obj, dict):
            yield InputProblem(source, "E_JSONL", "line is not a JSON object", doc_id_of(line))
            continue
        body, is_html = obj.get("text"), False
        if body is None and "html" in obj:
            body, is_html = obj.get("html"), True
        if not isinstance(body, str):
            yield InputProblem(source, "E_JSONL", "field 'text' or 'html' missing or not a string", doc_id_of(line))
            continue
        hints = {k: obj[k] for k in ("url", "published", "title", "outlet") if isinstance(obj.get(k), str)}
        if isinstance(obj.get("id"), (str, int)):
            hints["id"] = str(obj["id"])
        yield RawInput(source, body.encode("utf-8", "surrogatepass"), is_html, hints)


def iter_inputs(paths: list[str], max_bytes: int) -> Iterator[RawInput | InputProblem]:
    """Yield every article under ``paths`` (files, folders recursively, ``-`` for stdin)."""
    for spec in paths:
        if spec == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            if data.lstrip()[:1] == b"{":
                import io

                yield from _iter_jsonl(io.BytesIO(data), "<stdin>", max_bytes)
            elif len(data) > max_bytes:
                yield InputProblem("<stdin>", "E_TOO_LARGE", f"more than {max_bytes} bytes")
            else:
                yield RawInput("<stdin>", data, sniff_html(data))
            continue
        path = Path(spec)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.exists():
            files = [path]
        else:
            yield InputProblem(spec, "E_IO", "no such file or directory")
            continue
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with file.open("rb") as fh:
                        yield from _iter_jsonl(fh, str(file), max_bytes)
                except OSError as exc:
                    yield InputProblem(str(file), "E_IO", str(exc))
            else:
                yield _read_file(file, max_bytes)


def _looks_binary(data: bytes) -> str | None:
    for magic, name in BINARY_SIGNATURES:
        if data.startswith(magic):
            return name
    sample = data[:8192]
    if sample.count(0) > len(sample) // 100 and not _utf16_guess(sample):
        return "NUL bytes"
    return None


def _utf16_guess(sample: bytes) -> str | None:
    """UTF-16 without BOM: NULs at every other position for ASCII-heavy text."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def _utf16_by_content(data: bytes) -> str | None:
    """UTF-16 without BOM for Chinese-heavy text, which has too few NULs for :func:`_utf16_guess`.

    Chinese text in UTF-16 holds a NUL byte only where a code point ends in 00 (开 is
    U+5F00), which made whole articles read as binary.  The bytes must decode cleanly,
    hold no U+0000 and read as Chinese (:func:`_cjk_score`); random binary decoded as
    UTF-16 scores about 0.35, the other byte order of a Chinese text far lower.
    """
    if len(data) % 2 or 0 not in data[:8192] or any(data.startswith(m) for m, _ in BINARY_SIGNATURES):
        return None
    for name in ("utf-16-le", "utf-16-be"):
        try:
            sample = data.decode(name)[:4096]
        except UnicodeDecodeError:
            continue
        if "\x00" not in sample and _cjk_score(sample) > UTF16_MIN_CJK_SCORE:
            return name
    return None


def _cjk_score(text: str) -> float:
    """Share of characters that are CJK ideographs or Chinese punctuation (cheap plausibility)."""
    if not text:
        return 0.0
    good = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or ch.isascii())
    return good / len(text)


def _decode_mixed(data: bytes) -> tuple[str, int]:
    """A UTF-8 text with whole lines in another encoding (a GBK paragraph pasted into a UTF-8
    page): each line that is not UTF-8 is read as GB18030 when that gives Chinese text, else
    with U+FFFD for the bad bytes.  Returns the text and the number of lines read as GB18030."""
    parts: list[str] = []
    repaired = 0
    for line in data.split(b"\n"):
        try:
            parts.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        as_utf8 = line.decode("utf-8", errors="replace")
        non_ascii = sum(1 for ch in as_utf8 if not ch.isascii())
        try:
            text = line.decode("gb18030")
        except UnicodeDecodeError:
            text = ""
        # Only a line that is mostly invalid as UTF-8 is another encoding; a few bad bytes (a
        # line cut in the middle of a character) are damage, replaced below.
        bad = as_utf8.count("\ufffd")
        if text and bad >= 2 and bad > non_ascii / 2 and _cjk_score(text) > 0.9:
            parts.append(text)
            repaired += 1
        else:
            parts.append(line.decode("utf-8", errors="replace"))
    return "\n".join(parts), repaired


def decode(data: bytes, declared: str | None = None) -> tuple[str, str, list[str]]:
    """Decode ``data``; return ``(text, encoding, warnings)`` or raise :class:`PipelineError`."""
    if not data.strip():
        raise PipelineError("E_EMPTY", f"{len(data)} bytes, none printable")
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name, []
            except UnicodeDecodeError as exc:
                raise PipelineError("E_DECODE", f"{name} BOM but invalid at byte {exc.start}") from exc
    guess16 = _utf16_guess(data[:8192])
    if guess16:
        try:
            return data.decode(guess16), guess16, []
        except UnicodeDecodeError:
            pass
    content16 = _utf16_by_content(data)
    if content16:
        return data.decode(content16), content16, []
    kind = _looks_binary(data)
    if kind:
        raise PipelineError("E_BINARY", kind)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    candidates = []
    if declared:
        candidates.append(declared.lower())
    candidates += ["gb18030", "big5"]
    best: tuple[float, str, str] | None = None
    for name in dict.fromkeys(candidates):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _cjk_score(text)
        # A declared charset wins ties; GB18030 decodes almost anything, so Big5 must be compared.
        if best is None or score > best[0] + 0.01:
            best = (score, name, text)
    if best is not None and best[0] > 0.9:
        return best[2], best[1], []
    # A page pasted together from a UTF-8 and a GBK source: read the invalid stretches as GB18030.
    text_mixed, repaired = _decode_mixed(data)
    bad = text_mixed.count("\ufffd")
    if repaired and bad <= max(2, len(text_mixed) * MAX_REPLACEMENT_SHARE):
        return text_mixed, "utf-8+gb18030", [
            f"W_DECODE_MIXED: {repaired} line(s) read as GB18030 in a UTF-8 text, first bad byte {utf8_error.start}"
        ]
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(2, len(text) * MAX_REPLACEMENT_SHARE):
        return text, "utf-8", [f"W_DECODE_REPLACED: {bad} invalid UTF-8 sequence(s), first at byte {utf8_error.start}"]
    raise PipelineError("E_DECODE", f"not UTF-8 (byte {utf8_error.start}), GB18030 or Big5")


def to_document(raw: RawInput) -> Document:
    """Decode a :class:`RawInput` into a fresh :class:`Document` (clean text == raw text)."""
    declared = None
    if raw.is_html:
        m = _META_CHARSET.search(raw.data[:4096])
        declared = m.group(1).decode("ascii", "replace") if m else None
    text, encoding, warnings = decode(raw.data, declared)
    doc = Document.from_raw(doc_id_of(raw.data), raw.source, text, encoding, is_html=raw.is_html)
    doc.hints.update(raw.hints)
    doc.warnings.extend(warnings)
    return doc
