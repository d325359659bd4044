"""Hostile inputs for a batch run, what each must give, and a peak-memory probe.

:func:`write_corpus` writes a folder of inputs a scraper could plausibly hand over (empty
and binary files, broken encodings, huge files and lines, malformed HTML, bad JSONL lines)
next to good documents, and returns what each must give: a record, a record with a
warning, or a rejection with a given code.  ``python -m tests.robustness.hostile`` runs a
batch over it with the default configuration and prints the outcome per input plus the
peak RSS of a process that ingests the 50 MB file.

Known limitations: the 50 MB and 10 MB inputs are written as files (60 MB of disk);
outcomes that depend on speed (the 10 MB line may be processed or hit
``limits.doc_timeout_s``) accept either.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SPEC_RAW = PROJECT_ROOT / "corpus" / "raw"

# Sizes of the big inputs (bytes): the 50 MB file is over the default limits.max_bytes
# (20 MB) and must be rejected unread; the 10 MB line is under it.
BIG_FILE_BYTES = 50 * 1024 * 1024
LONG_LINE_BYTES = 10 * 1024 * 1024
NESTING_DEPTH = 100_000


@dataclass(frozen=True, slots=True)
class Expectation:
    """What one input must give: a record, or a rejection with one of ``codes``.

    ``record`` is True when a record is required, False when a rejection is, and None
    when either is fine (then a rejection must still carry one of ``codes``).
    ``warning`` is a warning code the record must carry.
    """

    record: bool | None
    codes: tuple[str, ...] = ()
    warning: str | None = None


def _article(index: int = 0) -> str:
    paths = sorted(SPEC_RAW.glob("*.txt"))
    return paths[index % len(paths)].read_text(encoding="utf-8-sig")


def _write_repeated(path: Path, unit: bytes, size: int) -> None:
    """Write ``unit`` repeated to ``size`` bytes in chunks (never the whole file in memory)."""
    chunk = unit * max(1, (1 << 20) // len(unit))
    with path.open("wb") as fh:
        left = size
        while left > 0:
            part = chunk[: min(left, len(chunk))]
            fh.write(part)
            left -= len(part)


def write_corpus(folder: Path, *, big: bool = True) -> dict[str, Expectation]:
    """Write the hostile inputs under ``folder``; return ``{source suffix: expectation}``.

    Keys are file names, or ``name.jsonl:LINE`` for JSONL lines (as ``source`` ends).
    ``big=False`` leaves out the 50 MB file and the 10 MB line.
    """
    folder.mkdir(parents=True, exist_ok=True)
    article = _article(0)
    title, _, body = article.partition("\n")
    expected: dict[str, Expectation] = {}

    def put(name: str, data: bytes, expectation: Expectation) -> None:
        (folder / name).write_bytes(data)
        expected[name] = expectation

    put("good.txt", article.encode("utf-8"), Expectation(True))
    put("good_gb18030.txt", _article(1).encode("gb18030"), Expectation(True))
    put("empty.txt", b"", Expectation(False, ("E_EMPTY",)))
    put("whitespace.txt", b" \r\n\t\n\xe3\x80\x80\n ".replace(b"\xe3\x80\x80", b" "), Expectation(False, ("E_EMPTY",)))
    put("image_png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, Expectation(False, ("E_BINARY",)))
    put("archive_zip.html", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 8,
        Expectation(False, ("E_BINARY",)))
    put("report_pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(2000),
        Expectation(False, ("E_BINARY",)))
    put("invalid_utf8.txt", ("标题\n".encode() + bytes(range(0x80, 0x100)) * 20), Expectation(False, ("E_DECODE",)))
    # A scraper cut the file inside a character: one replacement character and a warning.
    put("cut_utf8.txt", article.encode("utf-8")[:-1] + "字".encode()[:2], Expectation(True, warning="W_DECODE_REPLACED"))
    html = f"<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1>" + "".join(
        f"<p>{p}</p>" for p in body.split("\n") if p.strip()
    ) + "</body></html>"
    # Declares UTF-8, holds GBK (and the other way round): the bytes decide.
    put("charset_says_utf8_is_gbk.html", html.encode("gbk", "replace"), Expectation(True))
    put("charset_says_gbk_is_utf8.html", html.replace('charset="utf-8"', 'charset="gbk"').encode("utf-8"),
        Expectation(True))
    put("charset_unknown.html", html.replace('charset="utf-8"', 'charset="x-no-such-charset"').encode("gb18030"),
        Expectation(True))
    nested = "<html><body>" + "<div>" * NESTING_DEPTH + f"<p>{body}</p>" + "</div>" * (NESTING_DEPTH // 2)
    put("nested_unclosed.html", nested.encode("utf-8"), Expectation(None, ("E_NO_TEXT",)))
    unclosed = f"<html><head><title>{title}<body><div class=x><p>{body.replace(chr(10), '<p>')}<span><a href='"
    put("unclosed.html", unclosed.encode("utf-8"), Expectation(None, ("E_NO_TEXT",)))
    put("tags_only.html", b"<html><body>" + b"<div><span></span></div>" * 1000 + b"</body></html>",
        Expectation(False, ("E_NO_TEXT", "E_EMPTY")))

    rows: list[tuple[str, Expectation]] = [
        (json.dumps({"text": _article(2), "url": "https://example.cn/a", "published": "2021-12-01"},
                    ensure_ascii=False), Expectation(True)),
        (json.dumps({"url": "https://example.cn/missing-text"}), Expectation(False, ("E_JSONL",))),
        (json.dumps({"text": 12345}), Expectation(False, ("E_JSONL",))),
        (json.dumps({"text": None, "html": {"body": "x"}}), Expectation(False, ("E_JSONL",))),
        (json.dumps(["text", "a list"]), Expectation(False, ("E_JSONL",))),
        ('{"text": "cut in the middle', Expectation(False, ("E_JSONL",))),
        (json.dumps({"text": ""}), Expectation(False, ("E_EMPTY",))),
        (json.dumps({"html": "".join(f"<p>{p}</p>" for p in _article(3).split("\n")), "published": 20211201},
                    ensure_ascii=False), Expectation(True)),
    ]
    (folder / "lines.jsonl").write_text("\n".join(r for r, _ in rows) + "\n", encoding="utf-8")
    for lineno, (_, expectation) in enumerate(rows, 1):
        expected[f"lines.jsonl:{lineno}"] = expectation

    if big:
        _write_repeated(folder / "big_50mb.txt", (article + "\n").encode("utf-8"), BIG_FILE_BYTES)
        expected["big_50mb.txt"] = Expectation(False, ("E_TOO_LARGE",))
        _write_repeated(folder / "one_line_10mb.txt", article.replace("\n", " ").encode("utf-8"), LONG_LINE_BYTES)
        expected["one_line_10mb.txt"] = Expectation(None, ("E_TIMEOUT",))
    return expected


def outcomes(out: Path, errors: Path) -> dict[str, dict[str, Any]]:
    """``{source: record or rejection}`` from a batch's output files."""
    found: dict[str, dict[str, Any]] = {}
    for path in (out, errors):
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                obj = json.loads(line)
                found[obj["source"]] = obj
    return found


def check(expected: dict[str, Expectation], found: dict[str, dict[str, Any]]) -> list[str]:
    """Problems (empty when every input gave what it must)."""
    problems = []
    for key, expectation in expected.items():
        matches = [v for source, v in found.items() if source == key or source.endswith("/" + key)]
        if len(matches) != 1:
            problems.append(f"{key}: {len(matches)} results")
            continue
        got = matches[0]
        is_record = "code" not in got
        if expectation.record is True and not is_record:
            problems.append(f"{key}: rejected with {got['code']} ({got.get('detail')}), a record was due")
        elif expectation.record is False and is_record:
            problems.append(f"{key}: gave a record, a rejection {expectation.codes} was due")
        elif not is_record and got["code"] not in expectation.codes:
            problems.append(f"{key}: code {got['code']} ({got.get('detail')}), expected one of {expectation.codes}")
        elif is_record and expectation.warning and not any(
            w.startswith(expectation.warning) for w in got["quality"]["warnings"]
        ):
            problems.append(f"{key}: record lacks warning {expectation.warning}")
    return problems


# Peak RSS of the probing process itself.  Linux keeps ru_maxrss across exec, so a child
# forked from a large pytest process would report the parent's size; VmHWM belongs to the
# new address space.  ru_maxrss is the fallback where /proc is missing.
PEAK_RSS = """
def peak_rss_kb():
    import resource
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

PROBE = PEAK_RSS + """
import json, sys
from pipeline.ingest import iter_inputs
from pipeline.config import load_config
items = [(i.source, getattr(i, "code", None)) for i in iter_inputs([sys.argv[1]], load_config()["limits"]["max_bytes"])]
print(json.dumps({"items": items, "peak_rss_kb": peak_rss_kb()}))
"""


def ingest_peak_rss(path: Path) -> dict[str, Any]:
    """Ingest ``path`` in a fresh interpreter; return its items and peak RSS (kB, Linux)."""
    proc = subprocess.run([sys.executable, "-c", PROBE, str(path)], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=300, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


BASELINE_PROBE = PEAK_RSS + """
import json
import pipeline.ingest, pipeline.config
print(json.dumps({"peak_rss_kb": peak_rss_kb()}))
"""

CLI_PROBE = PEAK_RSS + """
import json, sys
from pipeline.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "peak_rss_kb": peak_rss_kb()}))
"""


def run_cli_measured(args: list[str], timeout: float = 600) -> dict[str, Any]:
    """Run the command line in this project's interpreter; return its exit code and peak RSS (kB)."""
    proc = subprocess.run([sys.executable, "-c", CLI_PROBE, *args], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=timeout, check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def baseline_peak_rss() -> int:
    """Peak RSS (kB) of an interpreter that only imports the ingest module."""
    proc = subprocess.run([sys.executable, "-c", BASELINE_PROBE], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=120, check=True)
    return int(json.loads(proc.stdout.strip().splitlines()[-1])["peak_rss_kb"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.robustness.hostile", description=__doc__.split("\n")[0])
    parser.add_argument("--dir", help="folder for the inputs and outputs (default: a temporary folder)")
    parser.add_argument("--config", help="JSON configuration layered over the defaults")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    from pipeline.cli import main as cli_main

    with tempfile.TemporaryDirectory(prefix="newsrec-hostile-") as tmp:
        base = Path(args.dir) if args.dir else Path(tmp)
        expected = write_corpus(base / "in")
        out, errors = base / "out" / "records.jsonl", base / "out" / "errors.jsonl"
        cli_args = ["run", str(base / "in"), "--out", str(out), "--errors", str(errors), "--no-db", "--quiet",
                    "--force", "--workers", str(args.workers)]
        if args.config:
            cli_args += ["--config", args.config]
        cli_main(cli_args)
        found = outcomes(out, errors)
        for source, value in sorted(found.items()):
            print(f"{Path(source).name:40} {value.get('code', 'record')} {value.get('detail', '')[:80]}")
        probe = ingest_peak_rss(base / "in" / "big_50mb.txt")
        print(f"ingest of the 50 MB file: {probe['items']}, peak RSS {probe['peak_rss_kb'] / 1024:.1f} MB "
              f"(interpreter alone {baseline_peak_rss() / 1024:.1f} MB)")
        problems = check(expected, found)
        for problem in problems:
            print("PROBLEM", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
