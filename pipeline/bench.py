"""``python run_pipeline.py bench``: throughput, load time, memory and scaling of ``run``.

The corpus (default: ``corpus/raw`` plus ``../shared/corpus/raw`` when present) is read
once and streamed ``--repeat`` times (default: enough copies for 2 MB of input) through
:func:`pipeline.batch.run_batch` exactly as ``run`` does, records written to a
throw-away JSONL file, once per worker count in ``--workers``.  Each copy of a document
gets its own trailing newlines so its ``doc_id`` differs (resume would skip it
otherwise); trailing blank lines change nothing downstream.

Figures, all wall-clock: per stage (from the Pipeline's own stage timings, summed over
workers) characters and documents per second of stage time; end to end characters per
second after the workers are up, total and per worker; model load time (Pipeline build
plus warm-up, in the worker); worker start-up (process start, imports, load); peak RSS per
worker; the 1 -> 2 worker speed-up; and, as a fixed reference, a plain ``jieba.posseg``
pass in this process over one copy of the same texts once normalized (jieba's HMM on the
raw Traditional-with-pinyin pages runs 10-50 times slower, which would measure those
pages, not the machine); and per stage on documents the process has not seen before (every
other document read once to warm the process, the rest timed): the repeated copies reuse the
patterns some rules compile for one document's names and meetings, so only this figure shows
what those cost on new articles.  Characters are code points of the decoded input text.

Known limitations: the database sink is not part of the measurement (it depends on the
server); ``other`` (decoding, records, process hand-over, writing) is end-to-end worker
time minus stage time, so on a machine with fewer free cores than workers it also holds
waiting for a core; the figures are only as quiet as the machine (the table shows the load
average and how much of each worker's wall time was CPU time: well under 100 % means the
workers waited for a core, and a speed-up cannot show).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pipeline.config import PROJECT_ROOT, load_config
from pipeline.errors import ConfigError, PipelineError

# Targets of the issue "batch runs at scale", reported against (not enforced).
TARGET_CHARS_PER_S_PER_CORE = 100_000.0
TARGET_LOAD_S = 2.0
TARGET_RSS_BYTES = 1 << 30
TARGET_SCALING_2 = 1.8
# Default amount of input text: large enough that start-up and the first documents do not
# dominate, small enough for a run of a minute or two on a laptop.
DEFAULT_MIN_BYTES = 2_000_000

DEFAULT_CORPORA = (PROJECT_ROOT / "corpus" / "raw", PROJECT_ROOT.parent / "shared" / "corpus" / "raw")


def default_corpora() -> list[Path]:
    return [p for p in DEFAULT_CORPORA if p.is_dir()]


def load_corpus(dirs: Sequence[Path], max_bytes: int) -> tuple[list[Any], list[str]]:
    """The readable inputs under ``dirs`` (each once, by content) and their decoded texts."""
    from pipeline.ingest import RawInput, doc_id_of, iter_inputs, to_document

    items, texts, seen = [], [], set()
    for item in iter_inputs([str(d) for d in dirs], max_bytes):
        if not isinstance(item, RawInput) or doc_id_of(item.data) in seen:
            continue
        try:
            text = to_document(item).raw_text
        except PipelineError:
            continue  # an unreadable file measures nothing
        seen.add(doc_id_of(item.data))
        items.append(item)
        texts.append(text)
    return items, texts


def repeated(items: Sequence[Any], repeat: int) -> Iterator[Any]:
    """``repeat`` copies of ``items``, each copy with distinct trailing newlines (distinct doc_id)."""
    from pipeline.ingest import RawInput

    for copy in range(repeat):
        for item in items:
            yield RawInput(item.source, item.data + b"\n" * copy, item.is_html, item.hints)


def normalized_texts(config: dict[str, Any], items: Sequence[Any]) -> list[str]:
    """The texts after the ``normalize`` stage (Simplified, inline pinyin and mojibake gone)."""
    from pipeline.ingest import to_document
    from pipeline.nlp import STAGE_FACTORIES

    normalize = STAGE_FACTORIES["normalize"](config)
    return [normalize(to_document(item)).clean_text for item in items]


def posseg_rate(texts: Sequence[str]) -> float:
    """Characters per second of ``jieba.posseg.cut`` over ``texts`` (dictionary load excluded)."""
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    jieba.initialize()
    list(pseg.cut("预热一下词性标注。"))
    t0 = time.perf_counter()
    for text in texts:
        for _ in pseg.cut(text):
            pass
    return sum(map(len, texts)) / (time.perf_counter() - t0)


def measure(config: dict[str, Any], items: Sequence[Any], repeat: int, workers: int, chars: int) -> dict[str, Any]:
    """One ``run_batch`` over the repeated corpus with ``workers`` workers."""
    from pipeline.batch import run_batch

    cpu0 = time.process_time()
    with tempfile.TemporaryDirectory(prefix="newsrec-bench-") as tmp:
        summary = run_batch(repeated(items, repeat), config, Path(tmp) / "out.jsonl", force=True, workers=workers)
    parent_cpu = time.process_time() - cpu0
    steady = max(summary.seconds - summary.startup_s, 1e-9)
    busy = steady * max(workers, 1)
    stages = dict(summary.stage_seconds)
    return {
        "workers": workers,
        "docs": summary.docs,
        "errors": sum(summary.errors.values()),
        "wall_s": summary.seconds,
        "startup_s": summary.startup_s,
        "steady_s": steady,
        "chars_per_s": chars / steady,
        "chars_per_s_per_worker": chars / steady / max(workers, 1),
        "docs_per_s": summary.docs / steady,
        "load_s": max(summary.load_times, default=0.0),
        "peak_rss_bytes": max((w.peak_rss_bytes for w in summary.workers), default=0),
        "stage_seconds": stages,
        "other_seconds": max(busy - sum(stages.values()), 0.0),
        # CPU seconds over wall seconds: workers below 1.0 wait for a core (or for the parent).
        "worker_cpu_share": sum(w.cpu_s for w in summary.workers) / busy,
        # What one core does when it is not shared: the figure to compare on a busy machine.
        "chars_per_cpu_s": chars / max(sum(w.cpu_s for w in summary.workers), 1e-9),
        "parent_cpu_share": parent_cpu / summary.seconds,
    }


def unseen_stage_rates(config: dict[str, Any], items: Sequence[Any]) -> dict[str, Any]:
    """Stage rates on documents this process has not seen, which the repeated runs above cannot give:
    after their first copy, the patterns a rule builds for one document's names and meetings come
    from the regular-expression cache. One pipeline in this process reads every other document
    (warming the shared patterns), then the rest once, timed per stage."""
    from pipeline.ingest import to_document
    from pipeline.nlp import Pipeline, StageFailure

    pipeline = Pipeline(config)

    def run(part: Sequence[Any]) -> int:
        chars = 0
        for item in part:
            try:
                chars += len(pipeline(to_document(item)).clean_text)
            except (PipelineError, StageFailure):
                continue  # an unreadable document measures nothing
        return chars

    run(items[::2])
    pipeline.timings = dict.fromkeys(pipeline.timings, 0.0)
    measured = items[1::2]
    chars = run(measured)
    stages = {name: {"seconds": seconds, "chars_per_s": chars / seconds if seconds else None}
              for name, seconds in pipeline.timings.items()}
    entities, extract = pipeline.timings.get("entities"), pipeline.timings.get("extract")
    return {"docs": len(measured), "chars": chars, "stages": stages,
            "extract_vs_entities": extract / entities if entities and extract is not None else None}


#: Iterations of the pure-Python loop that measures how well this machine runs two processes.
PARALLEL_PROBE_LOOPS = 5_000_000


def _busy_loop(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_parallelism(loops: int = PARALLEL_PROBE_LOOPS) -> float:
    """Speed-up of two processes over one on the same pure-Python loop: what the machine
    offers right now (about 2.0 with two free cores; a CPU quota, two hyper-threads of one
    core or other jobs show as less).  A noisy probe, printed beside the worker scaling."""
    import multiprocessing

    t0 = time.perf_counter()
    _busy_loop(loops)
    one = time.perf_counter() - t0
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.map(_busy_loop, [1000, 1000])  # start-up outside the timing
        t0 = time.perf_counter()
        pool.map(_busy_loop, [loops, loops])
        two = time.perf_counter() - t0
    return 2 * one / two


def run_bench(
    dirs: Sequence[Path], *, repeat: int | None, workers: Sequence[int], config: dict[str, Any]
) -> dict[str, Any]:
    """All figures as one JSON-ready dict (see the module docstring)."""
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    items, texts = load_corpus(dirs, config["limits"]["max_bytes"])
    if not items:
        raise ConfigError(f"bench: no readable documents under {[str(d) for d in dirs]}")
    size = sum(len(i.data) for i in items)
    repeat = repeat or max(1, math.ceil(DEFAULT_MIN_BYTES / size))
    chars = sum(map(len, texts)) * repeat
    docs = len(items) * repeat
    runs = [measure(config, items, repeat, w, chars) for w in workers]
    base = runs[0]
    stages = {
        name: {
            "seconds": seconds,
            "chars_per_s": chars / seconds if seconds else None,
            "docs_per_s": docs / seconds if seconds else None,
            "share": seconds / (sum(base["stage_seconds"].values()) + base["other_seconds"]),
        }
        for name, seconds in base["stage_seconds"].items()
    }
    bottleneck = max(base["stage_seconds"], key=base["stage_seconds"].get) if base["stage_seconds"] else None
    unseen = unseen_stage_rates(config, items) if len(items) >= 2 else None
    reference = posseg_rate(normalized_texts(config, items))
    by_workers = {r["workers"]: r for r in runs}
    scaling = by_workers[2]["chars_per_s"] / by_workers[1]["chars_per_s"] if {1, 2} <= set(by_workers) else None
    ceiling = machine_parallelism() if scaling is not None else None
    per_core = base["chars_per_s_per_worker"]
    peak = max(r["peak_rss_bytes"] for r in runs)
    load = max(r["load_s"] for r in runs)
    targets = {
        "chars_per_s_per_core": {"value": per_core, "target": TARGET_CHARS_PER_S_PER_CORE,
                                 "met": per_core >= TARGET_CHARS_PER_S_PER_CORE},
        "load_s": {"value": load, "target": TARGET_LOAD_S, "met": load <= TARGET_LOAD_S},
        "peak_rss_bytes_per_worker": {"value": peak, "target": TARGET_RSS_BYTES, "met": 0 < peak <= TARGET_RSS_BYTES},
    }
    targets["chars_per_cpu_s"] = {"value": base["chars_per_cpu_s"], "target": TARGET_CHARS_PER_S_PER_CORE,
                                  "met": base["chars_per_cpu_s"] >= TARGET_CHARS_PER_S_PER_CORE}
    if scaling is not None:
        targets["scaling_1_to_2"] = {"value": scaling, "target": TARGET_SCALING_2, "met": scaling >= TARGET_SCALING_2}
    return {
        "machine": {"cpus": os.cpu_count(), "load_average_1m_before": load_before},
        "corpus": {"dirs": [str(d) for d in dirs], "unique_docs": len(items), "repeat": repeat, "docs": docs,
                   "bytes": size * repeat, "chars": chars},
        "stages": stages,
        "other_seconds": base["other_seconds"],
        "bottleneck": bottleneck,
        "unseen": unseen,
        "runs": runs,
        "scaling_1_to_2": scaling,
        "machine_parallelism": ceiling,
        "reference": {"jieba_posseg_chars_per_s": reference, "pipeline_per_core_vs_posseg": per_core / reference},
        "targets": targets,
    }


def _k(value: float | None) -> str:
    return "-" if value is None else f"{value / 1000:,.1f}k"


def format_report(result: dict[str, Any]) -> str:
    """The compact table printed by default."""
    c = result["corpus"]
    base = result["runs"][0]
    m = result["machine"]
    load = "" if m["load_average_1m_before"] is None else f", load average {m['load_average_1m_before']:.1f} before"
    lines = [
        f"machine: {m['cpus']} CPUs{load}",
        f"corpus: {c['unique_docs']} docs x {c['repeat']} = {c['docs']} docs, {c['bytes'] / 1e6:.2f} MB, "
        f"{c['chars']:,} chars",
        f"stages ({base['workers']} worker{'s' if base['workers'] != 1 else ''}):",
        f"  {'stage':<12} {'seconds':>8} {'chars/s':>10} {'docs/s':>9} {'share':>6}",
    ]
    for name, s in result["stages"].items():
        docs_s = "-" if s["docs_per_s"] is None else f"{s['docs_per_s']:,.0f}"
        lines.append(f"  {name:<12} {s['seconds']:>8.2f} {_k(s['chars_per_s']):>10} {docs_s:>9} {s['share']:>6.0%}")
    lines.append(f"  {'other':<12} {result['other_seconds']:>8.2f}   (decoding, records, hand-over, writing)")
    if result["bottleneck"]:
        lines.append(f"  bottleneck: {result['bottleneck']}")
    unseen = result.get("unseen")
    if unseen and unseen["chars"]:
        rates = ", ".join(f"{name} {_k(s['chars_per_s'])}" for name, s in unseen["stages"].items()
                          if name in ("entities", "extract"))
        ratio = "" if unseen["extract_vs_entities"] is None else \
            f"; extract takes {unseen['extract_vs_entities']:.2f}x the entity stage's time"
        lines.append(f"  unseen documents ({unseen['docs']} docs, each read once after the others warmed the "
                     f"process): {rates} chars/s{ratio}")
    lines.append("runs:")
    lines.append(f"  {'workers':>7} {'wall s':>7} {'start s':>7} {'load s':>6} {'chars/s':>9} {'/worker':>9} "
                 f"{'docs/s':>7} {'peak RSS':>9} {'CPU worker/parent':>18}")
    for r in result["runs"]:
        lines.append(
            f"  {r['workers']:>7} {r['wall_s']:>7.2f} {r['startup_s']:>7.2f} {r['load_s']:>6.2f} "
            f"{_k(r['chars_per_s']):>9} {_k(r['chars_per_s_per_worker']):>9} {r['docs_per_s']:>7.1f} "
            f"{r['peak_rss_bytes'] / 2**20:>5.0f} MiB {r['worker_cpu_share']:>8.0%} / {r['parent_cpu_share']:<6.0%}"
        )
    if result["scaling_1_to_2"] is not None:
        lines.append(f"scaling 1 -> 2 workers: {result['scaling_1_to_2']:.2f}x "
                     f"(for comparison, a plain Python loop in two processes runs at "
                     f"{result['machine_parallelism']:.2f}x one process on this machine now)")
    ref = result["reference"]
    lines.append(f"reference jieba.posseg (normalized text): {_k(ref['jieba_posseg_chars_per_s'])} chars/s; "
                 f"pipeline per core = {ref['pipeline_per_core_vs_posseg']:.2f}x posseg")
    lines.append("targets:")
    names = {"chars_per_s_per_core": ("end to end per core", lambda v: f"{_k(v)} chars/s", ">="),
             "chars_per_cpu_s": ("per worker CPU second", lambda v: f"{_k(v)} chars", ">="),
             "load_s": ("model load", lambda v: f"{v:.2f} s", "<="),
             "peak_rss_bytes_per_worker": ("memory per worker", lambda v: f"{v / 2**20:.0f} MiB", "<="),
             "scaling_1_to_2": ("scaling 1 -> 2", lambda v: f"{v:.2f}x", ">=")}
    for key, t in result["targets"].items():
        label, fmt, op = names[key]
        lines.append(f"  {label:<21} {fmt(t['value']):>16}  target {op} {fmt(t['target']):<14} "
                     f"{'met' if t['met'] else 'NOT MET'}")
    return "\n".join(lines)


def _parse_workers(text: str) -> list[int]:
    try:
        counts = [int(x) for x in text.split(",") if x.strip()]
    except ValueError as exc:
        raise ConfigError(f"--workers: expected numbers separated by commas, got {text!r}") from exc
    if not counts or any(n < 1 for n in counts):
        raise ConfigError(f"--workers: expected counts of at least 1, got {text!r}")
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="run_pipeline.py bench", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="append", help="folder of articles (repeatable; default: "
                        "corpus/raw and ../shared/corpus/raw)")
    parser.add_argument("--repeat", type=int, help="copies of the corpus (default: enough for 2 MB)")
    parser.add_argument("--workers", default="1,2", help="worker counts to measure, comma-separated (default 1,2)")
    parser.add_argument("--config", help="JSON file layered over the defaults")
    parser.add_argument("--ner", help="NER backend (as for run)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        raise ConfigError("--repeat: must be at least 1")
    config = load_config(args.config, {"ner": {"backend": args.ner}} if args.ner else None)
    dirs = [Path(d) for d in args.corpus] if args.corpus else default_corpora()
    result = run_bench(dirs, repeat=args.repeat, workers=_parse_workers(args.workers), config=config)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(format_report(result))
    sys.stdout.flush()
    return 0
