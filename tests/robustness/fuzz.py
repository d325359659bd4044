"""Mutation fuzzer: real articles, damaged on purpose, through ingest + pipeline + to_record.

``python -m tests.robustness.fuzz --cases 10000 [--seed S] [--timeout S] [--workers N]``

Seeds are the specification articles in ``corpus/raw`` and, when present, the development
articles in ``../shared/corpus/raw``.  Case ``i`` of seed ``S`` is built from
``random.Random(f"{S}:{i}")`` alone, so ``--seed S --only I`` replays it.  Each case gets
one to three mutations:

- ``truncate``: cut at any byte (often inside a multi-byte character);
- ``flip``: random bytes set to random values;
- ``gbk_chunk``: a stretch re-encoded as GBK/GB18030 (or Big5) inside UTF-8 text;
- ``nul`` / ``control``: NULs and C0/C1 control characters inserted;
- ``long_line``: newlines dropped and the text repeated into one line of 10 kB to 200 kB;
- ``repeat``: a block of lines repeated many times;
- ``markup``: tags, entities and unclosed elements spliced in;
- ``encode``: the whole text re-encoded (UTF-16 with or without BOM, GB18030, Big5).

Every case runs in a worker process (one :class:`~pipeline.nlp.Pipeline` per worker, built
once) behind a per-case time limit; a worker that overruns is killed and replaced.  The
input is written to a file and read back with :func:`pipeline.ingest.iter_inputs`, as the
``run`` command does.  An outcome is:

- ``ok``: a record that serializes to JSON and whose offsets are in range;
- ``rejected``: an ingest problem or a stage failure with a catalogue code other than
  ``E_STAGE`` (empty, binary, undecodable, too large, no text left);
- ``crash``: any other exception, an ``E_STAGE`` failure (a bug inside a stage), a record
  whose offsets are wrong, or a worker that died;
- ``timeout``: no answer within ``--timeout`` seconds.

Crashing and timed-out inputs are saved to ``--save`` (``<kind>_<seed>_<index>.bin`` plus a
``.json`` with the source, mutations and traceback).  The summary (cases, outcomes,
rejection codes, slowest case, peak RSS of the workers) is printed as JSON.

Known limitations: inputs derived from the development corpus are third-party text; keep
saved cases out of the repository and turn a finding into a small invented regression case.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import resource
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SEED_DIRS = (PROJECT_ROOT / "corpus" / "raw", PROJECT_ROOT.parent / "shared" / "corpus" / "raw")

# Bounds of the mutations (bytes).  A 200 kB line is about 20x a long scraped page and takes
# about 2 s through the pipeline; the 10 MB line is a case of tests/robustness/hostile.py.
LONG_LINE_MIN, LONG_LINE_MAX = 10_000, 200_000
REPEAT_MAX = 50
MAX_FLIPS = 40
MAX_INSERTS = 30


@dataclass(frozen=True, slots=True)
class Case:
    """One fuzz input and how it was made."""

    index: int
    source: str
    mutations: tuple[str, ...]
    data: bytes


@dataclass(slots=True)
class Outcome:
    """What one case did; ``detail`` is the code, or the traceback of a crash."""

    index: int
    kind: str  # ok | rejected | crash | timeout
    seconds: float
    detail: str = ""


@dataclass
class Report:
    """The run's figures (printed as JSON)."""

    cases: int = 0
    outcomes: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)
    mutations: Counter = field(default_factory=Counter)
    slowest: dict[str, Any] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    seconds: float = 0.0
    seeds: int = 0

    @property
    def crashes(self) -> int:
        return self.outcomes["crash"]

    @property
    def timeouts(self) -> int:
        return self.outcomes["timeout"]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("outcomes", "codes", "mutations"):
            data[key] = dict(getattr(self, key))
        data["crashes"], data["timeouts"] = self.crashes, self.timeouts
        return data


# -- seeds and mutations -----------------------------------------------------------------


def load_seeds(dirs: tuple[Path, ...] = SEED_DIRS) -> list[tuple[str, bytes]]:
    """``(name, bytes)`` of every seed article found (sorted, so case numbers are stable)."""
    seeds = []
    for folder in dirs:
        if folder.is_dir():
            seeds += [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.txt"))]
    return seeds


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _flip(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, MAX_FLIPS) if buf else 0):
        buf[rng.randrange(len(buf))] = rng.randrange(256)
    return bytes(buf)


def _gbk_chunk(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    if not text:
        return data
    # A scraper that glued a GBK page fragment into a UTF-8 one.
    start = rng.randrange(len(text))
    end = min(len(text), start + rng.randint(1, 400))
    codec = rng.choice(["gbk", "gb18030", "big5"])
    chunk = text[start:end].encode(codec, "replace")
    return text[:start].encode("utf-8") + chunk + text[end:].encode("utf-8")


def _boundary(buf: bytes | bytearray, pos: int) -> int:
    """The next UTF-8 character boundary at or after ``pos`` (``flip`` and ``truncate`` split characters)."""
    while pos < len(buf) and 0x80 <= buf[pos] < 0xC0:
        pos += 1
    return pos


def _insert(rng: random.Random, data: bytes, tokens: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, MAX_INSERTS)):
        pos = _boundary(buf, rng.randrange(len(buf) + 1))
        buf[pos:pos] = b"".join(rng.choice(tokens) for _ in range(rng.randint(1, 4)))
    return bytes(buf)


def _nul(rng: random.Random, data: bytes) -> bytes:
    return _insert(rng, data, [b"\x00"])


CONTROL = [bytes([c]) for c in range(1, 32)] + [b"\x7f"] + [chr(c).encode("utf-8") for c in range(0x80, 0xA0)] + [
    ch.encode("utf-8") for ch in "\u200b\u200e\u202e\u2028\u2029\ufeff\ufffe\ufff9\U000e0001"
]


def _control(rng: random.Random, data: bytes) -> bytes:
    return _insert(rng, data, CONTROL)


def _long_line(rng: random.Random, data: bytes) -> bytes:
    line = data.replace(b"\r", b"").replace(b"\n", b" ") or b"x"
    size = rng.randint(LONG_LINE_MIN, LONG_LINE_MAX)
    return (line * (size // len(line) + 1))[:size]


def _repeat(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\n")
    start = rng.randrange(len(lines))
    block = lines[start : start + rng.randint(1, 8)]
    return b"\n".join(lines[:start] + block * rng.randint(2, REPEAT_MAX) + lines[start:])


MARKUP = [b"<div>", b"</div>", b"<p>", b"</p", b"<a href='x'>", b"&nbsp;", b"&#x4e2d;", b"<br/>", b"<!--", b"-->",
          b"<script>var a='<p>';</script>", b"<html><body>", b"<table><tr><td>", b"<meta charset=gbk>", b"]]>",
          b"![img](a.jpg)", b"<" * 50]


def _markup(rng: random.Random, data: bytes) -> bytes:
    buf = data
    for _ in range(rng.randint(1, 20)):
        pos = _boundary(buf, rng.randrange(len(buf) + 1))
        buf = buf[:pos] + rng.choice(MARKUP) + buf[pos:]
    return buf


def _encode(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    codec = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5", "utf-8-sig"])
    return text.encode(codec, "replace")


MUTATIONS = {
    "truncate": _truncate,
    "flip": _flip,
    "gbk_chunk": _gbk_chunk,
    "nul": _nul,
    "control": _control,
    "long_line": _long_line,
    "repeat": _repeat,
    "markup": _markup,
    "encode": _encode,
}


def make_case(seeds: list[tuple[str, bytes]], seed: int, index: int) -> Case:
    """Case ``index`` of run ``seed`` (depends on nothing else)."""
    rng = random.Random(f"{seed}:{index}")
    name, data = seeds[rng.randrange(len(seeds))]
    names = rng.sample(sorted(MUTATIONS), rng.randint(1, 3))
    # A long line or a re-encoding last, so that byte damage is not multiplied a thousand times.
    names.sort(key=lambda n: n in ("long_line", "encode"))
    for mutation in names:
        data = MUTATIONS[mutation](rng, data)
    return Case(index, name, tuple(names), data)


# -- one case, inside a worker ---------------------------------------------------------------


def check_record(record: dict[str, Any], clean_len: int, raw_len: int) -> None:
    """Raise ``AssertionError`` when a record's offsets are out of range or it is not JSON."""
    json.dumps(record, ensure_ascii=False)
    for span in record["quality"]["removed"]:
        if not 0 <= span["raw_start"] < span["raw_end"] <= raw_len:
            raise AssertionError(f"removed span {span} outside the raw text of {raw_len} chars")
    stack: list[Any] = [record[k] for k in ("meetings", "speakers", "awards", "funding")]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            if "clean_start" in value:
                if not 0 <= value["clean_start"] <= value["clean_end"] <= clean_len:
                    raise AssertionError(f"evidence {value} outside the clean text of {clean_len} chars")
                if not 0 <= value["raw_start"] <= value["raw_end"] <= raw_len:
                    raise AssertionError(f"evidence {value} outside the raw text of {raw_len} chars")
            stack.extend(value.values())


def run_one(path: Path, data: bytes, nlp: Any, max_bytes: int) -> tuple[str, str]:
    """``(kind, detail)`` of one input: ``ok``, ``rejected`` (with its code) or ``crash``."""
    from pipeline.errors import PipelineError
    from pipeline.ingest import InputProblem, iter_inputs, to_document
    from pipeline.nlp import StageFailure
    from pipeline.records import to_record

    path.write_bytes(data)
    try:
        (item,) = list(iter_inputs([str(path)], max_bytes))
        if isinstance(item, InputProblem):
            return "rejected", item.code
        try:
            doc = to_document(item)
        except PipelineError as exc:
            return "rejected", exc.code
        try:
            doc = nlp(doc)
        except StageFailure as exc:
            if exc.error.code == "E_STAGE":
                return "crash", f"{exc.stage}: {exc.error.detail}\n" + "".join(
                    traceback.format_exception(exc.__cause__) if exc.__cause__ else []
                )
            return "rejected", exc.error.code
        record = to_record(doc, with_text=True, with_entities=True)
        check_record(record, len(doc.clean_text), len(doc.raw_text))
        if record["clean_text"] != doc.clean_text:
            raise AssertionError("clean_text changed in the record")
        return "ok", ""
    except Exception:  # noqa: BLE001 -- the fuzzer's job is to report whatever escapes
        return "crash", traceback.format_exc()


def _worker(conn: Connection, config: dict[str, Any]) -> None:
    from pipeline.nlp import Pipeline

    try:
        nlp = Pipeline(config)
    except Exception:  # noqa: BLE001 -- reported to the parent, which stops the run
        conn.send(("error", traceback.format_exc()))
        return
    conn.send(("ready", ""))
    max_bytes = config["limits"]["max_bytes"]
    with tempfile.TemporaryDirectory(prefix="newsrec-fuzz-") as tmp:
        path = Path(tmp) / "case.txt"
        while True:
            message = conn.recv()
            if message is None:
                break
            index, data = message
            t0 = time.perf_counter()
            kind, detail = run_one(path, data, nlp, max_bytes)
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
            conn.send((index, kind, detail, time.perf_counter() - t0, rss))


class _Slot:
    """One worker process and the case it is working on."""

    def __init__(self, ctx: Any, config: dict[str, Any]) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, config), daemon=True)
        self.proc.start()
        child.close()
        status, detail = self.conn.recv()
        if status != "ready":
            self.proc.join()
            raise RuntimeError(f"the pipeline could not be built:\n{detail}")
        self.case: Case | None = None
        self.started = 0.0

    def submit(self, case: Case) -> None:
        self.case, self.started = case, time.perf_counter()
        self.conn.send((case.index, case.data))

    def stop(self) -> None:
        if self.proc.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()


def _save(folder: Path, seed: int, case: Case, outcome: Outcome) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{outcome.kind}_{seed}_{case.index}"
    (folder / f"{stem}.bin").write_bytes(case.data)
    meta = {"seed": seed, "index": case.index, "source": case.source, "mutations": list(case.mutations),
            "bytes": len(case.data), "kind": outcome.kind, "seconds": round(outcome.seconds, 3),
            "detail": outcome.detail}
    (folder / f"{stem}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    return str(folder / f"{stem}.bin")


def fuzz(
    cases: int,
    *,
    seed: int = 0,
    timeout: float = 20.0,
    workers: int = 1,
    config: dict[str, Any] | None = None,
    save_dir: Path | None = None,
    only: list[int] | None = None,
    progress: bool = False,
) -> Report:
    """Run ``cases`` cases (or the ``only`` indices) and return the figures."""
    from pipeline.config import load_config

    config = config if config is not None else load_config()
    seeds = load_seeds()
    if not seeds:
        raise RuntimeError(f"no seed articles in {[str(d) for d in SEED_DIRS]}")
    report = Report(seeds=len(seeds))
    indices = iter(only if only is not None else range(cases))
    ctx = mp.get_context("spawn")  # a clean interpreter: no state inherited from the caller
    slots = [_Slot(ctx, config) for _ in range(max(1, workers))]
    t0 = time.perf_counter()
    peak = 0

    def record(case: Case, outcome: Outcome) -> None:
        report.cases += 1
        report.outcomes[outcome.kind] += 1
        report.mutations.update(case.mutations)
        if outcome.kind == "rejected":
            report.codes[outcome.detail] += 1
        if not report.slowest or outcome.seconds > report.slowest["seconds"]:
            report.slowest = {"index": case.index, "seconds": round(outcome.seconds, 3), "source": case.source,
                              "mutations": list(case.mutations), "bytes": len(case.data), "kind": outcome.kind}
        if outcome.kind in ("crash", "timeout"):
            saved = _save(save_dir, seed, case, outcome) if save_dir is not None else None
            report.failures.append({"index": case.index, "kind": outcome.kind, "source": case.source,
                                    "mutations": list(case.mutations), "saved": saved,
                                    "detail": outcome.detail.strip().splitlines()[-1:] if outcome.detail else []})
        if progress and report.cases % 500 == 0:
            print(f"{report.cases} cases, {dict(report.outcomes)}, {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    def feed(slot: _Slot) -> None:
        index = next(indices, None)
        slot.case = None
        if index is not None:
            slot.submit(make_case(seeds, seed, index))

    try:
        for slot in slots:
            feed(slot)
        while any(s.case is not None for s in slots):
            busy = [s for s in slots if s.case is not None]
            now = time.perf_counter()
            remaining = min(s.started + timeout - now for s in busy)
            ready = wait([s.conn for s in busy] + [s.proc.sentinel for s in busy], timeout=max(0.0, remaining))
            for i, slot in enumerate(slots):
                case = slot.case
                if case is None:
                    continue
                elapsed = time.perf_counter() - slot.started
                if slot.conn in ready and slot.conn.poll():
                    try:
                        index, kind, detail, seconds, rss = slot.conn.recv()
                    except EOFError:
                        index = None
                    if index is not None:
                        peak = max(peak, rss)
                        record(case, Outcome(index, kind, seconds, detail))
                        feed(slot)
                        continue
                if not slot.proc.is_alive() or elapsed >= timeout:
                    dead = not slot.proc.is_alive()
                    slot.proc.kill()
                    slot.proc.join()
                    kind = "crash" if dead else "timeout"
                    detail = f"worker exited with code {slot.proc.exitcode}" if dead else f"over {timeout} s"
                    record(case, Outcome(case.index, kind, elapsed, detail))
                    slots[i] = _Slot(ctx, config)
                    feed(slots[i])
    finally:
        for slot in slots:
            slot.stop()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    report.peak_rss_mb = round(max(peak, children) / 2**20, 1)
    report.seconds = round(time.perf_counter() - t0, 1)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.robustness.fuzz", description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=1000, help="number of cases (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="run seed; case i depends on (seed, i) only")
    parser.add_argument("--timeout", type=float, help="per-case limit in seconds (default: limits.doc_timeout_s)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--config", help="JSON configuration layered over the defaults (default: the defaults)")
    parser.add_argument("--save", default="out/fuzz", help="folder for crashing/timed-out inputs (default out/fuzz)")
    parser.add_argument("--only", type=int, nargs="+", help="replay these case indices only")
    parser.add_argument("--report", help="also write the JSON summary to this file")
    args = parser.parse_args(argv)

    from pipeline.config import load_config

    config = load_config(args.config)
    timeout = args.timeout if args.timeout is not None else config["limits"]["doc_timeout_s"]
    report = fuzz(args.cases, seed=args.seed, timeout=timeout, workers=args.workers,
                  config=config, save_dir=Path(args.save), only=args.only, progress=True)
    text = json.dumps(report.as_dict(), ensure_ascii=False, indent=1)
    print(text)
    if args.report:
        Path(args.report).write_text(text + "\n", encoding="utf-8")
    return 1 if report.crashes or report.timeouts else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
