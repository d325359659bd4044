"""``python run_pipeline.py eval``: run the pipeline on raw articles and score it against gold.

By default it scores three gold sets and prints per-field precision/recall/F1 and the
overall mean for each part:

- ``tuning`` / ``heldout``: the real articles of ``corpus/gold`` split by ``corpus/split.json``
  (``all`` is both);
- ``synthetic``: invented articles written for tuning (``corpus/synthetic``);
- ``syn_heldout``: invented articles written by someone who never saw the rules, used only
  for scoring (``corpus/heldout_synthetic``);
- ``fresh`` / ``fresh_heldout``: sets of invented pages whose gold was written from the guidelines
  before the extractor ever ran on them (``corpus/fresh``, ``corpus/heldout_fresh``): ``fresh``
  sets were then used for fixing, ``fresh_heldout`` sets were sealed and are only scored;
  ``fresh2`` / ``fresh2_heldout`` (``corpus/fresh2``, ``corpus/heldout_fresh2``) likewise, for sets of
  whole real-style pages, kept apart so that each pair's gate minimums stay those of its own pages;
  ``fresh3`` / ``fresh3_heldout`` (``corpus/fresh3``, ``corpus/heldout_fresh3``) likewise, for a pair of
  real-style pages weighted to meeting dates and award counts; ``fresh4`` / ``fresh4_heldout`` (``corpus/fresh4``,
  ``corpus/heldout_fresh4``), a pair weighted to organizers, venues, hosts and speakers' titles and roles;
  ``fresh5`` / ``fresh5_heldout`` (``corpus/fresh5``, ``corpus/heldout_fresh5``), a pair weighted to funding,
  organizers and venues; ``fresh6`` / ``fresh6_heldout`` (``corpus/fresh6``, ``corpus/heldout_fresh6``), a pair
  weighted to meeting dates, award counts and speakers' roles; ``fresh7`` / ``fresh7_heldout`` (``corpus/fresh7``,
  ``corpus/heldout_fresh7``), a pair with all record kinds in balance; ``fresh8`` / ``fresh8_heldout``
  (``corpus/fresh8``, ``corpus/heldout_fresh8``), a pair with all record kinds in balance and money on more pages;
  ``fresh9`` / ``fresh9_heldout`` (``corpus/fresh9``, ``corpus/heldout_fresh9``), a pair of whole real-style pages
  weighted to meeting dates and award counts; ``fresh10`` / ``fresh10_heldout`` (``corpus/fresh10``,
  ``corpus/heldout_fresh10``), a pair of real-style pages weighted to organizers, venues, funding precision, meeting
  dates and award counts; ``fresh11`` / ``fresh11_heldout`` (``corpus/fresh11``, ``corpus/heldout_fresh11``), a pair of
  real-style pages weighted to meeting dates and award counts, with party-building meeting pages; ``fresh12`` /
  ``fresh12_heldout`` (``corpus/fresh12``, ``corpus/heldout_fresh12``), a pair shaped like the real development pages
  (text pages, half of them cut off by the scraper, and whole HTML pages, two GBK-encoded), weighted to meeting dates,
  venues, organizers, speakers' roles and award counts; ``fresh13`` / ``fresh13_heldout`` (``corpus/fresh13``, ``corpus/heldout_fresh13``), a
  second pair shaped like the real development pages, with pages that show no publication date; ``fresh14`` /
  ``fresh14_heldout`` (``corpus/fresh14``, ``corpus/heldout_fresh14``), a third such pair; ``fresh15`` / ``fresh15_heldout``
  (``corpus/fresh15``, ``corpus/heldout_fresh15``), a fourth; ``fresh16`` / ``fresh16_heldout`` (``corpus/fresh16``,
  ``corpus/heldout_fresh16``), a fifth; ``fresh17`` / ``fresh17_heldout`` (``corpus/fresh17``,
  ``corpus/heldout_fresh17``), a sixth; ``fresh18`` / ``fresh18_heldout`` (``corpus/fresh18``,
  ``corpus/heldout_fresh18``), a seventh; ``fresh19`` / ``fresh19_heldout`` (``corpus/fresh19``,
  ``corpus/heldout_fresh19``), an eighth; ``fresh20`` / ``fresh20_heldout`` (``corpus/fresh20``,
  ``corpus/heldout_fresh20``), a ninth; ``fresh21`` / ``fresh21_heldout`` (``corpus/fresh21``,
  ``corpus/heldout_fresh21``), a tenth;
- ``syn_noisy`` / ``syn_heldout_noisy``: the text articles of the two invented sets with page
  furniture added at random, seeded (:mod:`pipeline.evaluation.noise`), against the same gold;
- ``probes`` / ``probe_heldout``: real news sentences of the MSRA data annotated in
  ``corpus/probes/gold`` (:mod:`pipeline.evaluation.probes`), when the MSRA data is found;
- ``pages`` / ``page_heldout``: real news pages of the ``gne`` package annotated in
  ``corpus/pages/gold`` (:mod:`pipeline.evaluation.pages`), when the pages are found;
- ``daily`` / ``daily_heldout``: whole People's Daily articles of January 1998 annotated in
  ``corpus/daily/gold`` (:mod:`pipeline.evaluation.daily`), when the corpus file is found;
- ``daily_recheck_heldout`` / ``daily_recheck_first``: the held-out articles of the first two draws that were
  annotated a second time, blind, under later guidelines (``corpus/heldout_daily_recheck/gold``), scored against
  that second annotation and, on the same articles, against their first (``corpus/daily/gold``): the two differ by
  how far the first gold has drifted from the guidelines.

With ``--gold DIR`` it scores that folder alone (``tuning``/``heldout``/``all`` by the split).
``--mismatches FILE`` writes every missed, spurious or wrong item as JSONL.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.config import PROJECT_ROOT, load_config
from pipeline.entities import msra
from pipeline.evaluation import daily, noise, pages, probes
from pipeline.evaluation.records import DIAGNOSTIC_FIELDS, FIELDS, Report, evaluate
from pipeline.ingest import RawInput, to_document
from pipeline.nlp import Pipeline, StageFailure
from pipeline.records import to_record

DEFAULT_SPLIT = PROJECT_ROOT / "corpus" / "split.json"
DEFAULT_GOLD = PROJECT_ROOT / "corpus" / "gold"
#: Where the articles of the gold files are: the specification articles in the project and
#: the development corpus beside it (third-party text, not copied into the repository).
DEFAULT_RAW = (
    PROJECT_ROOT / "corpus" / "raw",
    PROJECT_ROOT.parent / "shared" / "corpus" / "raw",
    PROJECT_ROOT.parent / "shared" / "corpus" / "html",
)
#: The invented gold sets: part name and its folder under ``corpus/``, which holds ``gold/`` and ``raw/``.
#: Invented text is the project's own, so it lives in the repository.
_INVENTED_FOLDERS = (
    ("synthetic", "synthetic"), ("syn_heldout", "heldout_synthetic"),
    ("fresh", "fresh"), ("fresh_heldout", "heldout_fresh"),
    ("fresh2", "fresh2"), ("fresh2_heldout", "heldout_fresh2"),
    ("fresh3", "fresh3"), ("fresh3_heldout", "heldout_fresh3"),
    ("fresh4", "fresh4"), ("fresh4_heldout", "heldout_fresh4"),
    ("fresh5", "fresh5"), ("fresh5_heldout", "heldout_fresh5"),
    ("fresh6", "fresh6"), ("fresh6_heldout", "heldout_fresh6"),
    ("fresh7", "fresh7"), ("fresh7_heldout", "heldout_fresh7"),
    ("fresh8", "fresh8"), ("fresh8_heldout", "heldout_fresh8"),
    ("fresh9", "fresh9"), ("fresh9_heldout", "heldout_fresh9"),
    ("fresh10", "fresh10"), ("fresh10_heldout", "heldout_fresh10"),
    ("fresh11", "fresh11"), ("fresh11_heldout", "heldout_fresh11"),
    ("fresh12", "fresh12"), ("fresh12_heldout", "heldout_fresh12"),
    ("fresh13", "fresh13"), ("fresh13_heldout", "heldout_fresh13"),
    ("fresh14", "fresh14"), ("fresh14_heldout", "heldout_fresh14"),
    ("fresh15", "fresh15"), ("fresh15_heldout", "heldout_fresh15"),
    ("fresh16", "fresh16"), ("fresh16_heldout", "heldout_fresh16"),
    ("fresh17", "fresh17"), ("fresh17_heldout", "heldout_fresh17"),
    ("fresh18", "fresh18"), ("fresh18_heldout", "heldout_fresh18"),
    ("fresh19", "fresh19"), ("fresh19_heldout", "heldout_fresh19"),
    ("fresh20", "fresh20"), ("fresh20_heldout", "heldout_fresh20"),
    ("fresh21", "fresh21"), ("fresh21_heldout", "heldout_fresh21"),
)
#: The invented gold sets: (part name, gold folder, raw folder).
SYNTHETIC_SETS = tuple((part, PROJECT_ROOT / "corpus" / folder / "gold", PROJECT_ROOT / "corpus" / folder / "raw")
                       for part, folder in _INVENTED_FOLDERS)
#: The part of the dirty copies (:mod:`pipeline.evaluation.noise`) of the invented sets that have
#: one (the fresh sets are scored as written: their pages already carry their own page furniture).
NOISY_PARTS = {"synthetic": "syn_noisy", "syn_heldout": "syn_heldout_noisy"}
#: Baseline scores are the measured F1 rounded down to this step, so noise-free reruns pass
#: and any real drop fails.
BASELINE_STEP = 0.01
#: Width of the first column of the printed table.
LABEL_WIDTH = 26


def baseline_of(reports: dict[str, Report]) -> dict[str, Any]:
    """Minimum F1 per part and field: the measured scores rounded down to :data:`BASELINE_STEP`."""
    import math

    def floor(x: float) -> float:
        return round(math.floor(x / BASELINE_STEP + 1e-9) * BASELINE_STEP, 4)

    return {
        part: {f: floor(c.f1) for f, c in report.counts.items()} | {"overall": floor(report.overall), "docs": report.docs}
        for part, report in reports.items()
    }


def heldout_stems(split_file: Path = DEFAULT_SPLIT) -> list[str]:
    return list(json.loads(split_file.read_text(encoding="utf-8"))["heldout"])


def predict(raw_dirs: list[Path], stems: list[str], nlp: Pipeline) -> dict[str, dict[str, Any]]:
    """Run the pipeline on ``<stem>.txt``/``.html`` found in ``raw_dirs``; stem -> record."""
    out: dict[str, dict[str, Any]] = {}
    for stem in stems:
        path = next(
            (d / f"{stem}{suffix}" for d in raw_dirs for suffix in (".txt", ".html", ".htm") if (d / f"{stem}{suffix}").exists()),
            None,
        )
        if path is None:
            continue
        try:
            doc = nlp(to_document(RawInput(str(path), path.read_bytes(), path.suffix != ".txt")))
        except StageFailure:
            out[stem] = {"published": None, "meetings": [], "speakers": [], "awards": [], "funding": []}
            continue  # an error record in a run: every gold fact of it is missed
        out[stem] = to_record(doc)
    return out


def format_table(reports: dict[str, Report]) -> str:
    names = [n for n in reports if reports[n].docs]

    def row(label: str, f: str) -> str:
        cells = ((reports[n].counts[f]) for n in names)
        return f"{label:<{LABEL_WIDTH}}" + "".join(f"{c.precision:>8.3f}{c.recall:>9.3f}{c.f1:>9.3f}" for c in cells)

    lines = [f"{'field':<{LABEL_WIDTH}}" + "".join(f"{n + ' P/R/F1':>26}" for n in names)]
    lines += [row(f, f) for f in FIELDS]
    lines.append(f"{'overall (mean F1)':<{LABEL_WIDTH}}" + "".join(f"{reports[n].overall:>26.3f}" for n in names))
    lines += [row(f"{f} (diag.)", f) for f in DIAGNOSTIC_FIELDS]
    lines.append(f"{'articles':<{LABEL_WIDTH}}" + "".join(f"{reports[n].docs:>26d}" for n in names))
    return "\n".join(lines)


def run_eval(
    raw_dirs: list[Path], gold_dir: Path, config: dict[str, Any], synthetic: bool = False
) -> dict[str, Report]:
    """Reports per part: ``tuning``, ``heldout`` and ``all`` of ``gold_dir``, plus the invented
    sets of :data:`SYNTHETIC_SETS` (those present), the sentence probes, the news pages and the
    newspaper articles (each when its data is found) when ``synthetic``."""
    nlp = Pipeline(config)
    stems = sorted(p.stem for p in gold_dir.glob("*.json"))
    predictions = predict(raw_dirs, stems, nlp)
    held = set(heldout_stems())
    reports = {
        "tuning": evaluate(predictions, gold_dir, [s for s in stems if s not in held]),
        "heldout": evaluate(predictions, gold_dir, [s for s in stems if s in held]),
        "all": evaluate(predictions, gold_dir, stems),
    }
    if synthetic:
        for part, gold, raw in SYNTHETIC_SETS:
            if gold.is_dir() and raw.is_dir():
                invented = predict([raw], sorted(p.stem for p in gold.glob("*.json")), nlp)
                reports[part] = evaluate(invented, gold)
        for part, gold, raw in SYNTHETIC_SETS:
            if part in NOISY_PARTS and gold.is_dir() and raw.is_dir():
                reports.update(noisy_report(nlp, gold, raw, NOISY_PARTS[part]))
        if probes.PROBE_GOLD.is_dir() and msra.find_msra_dir() is not None:
            reports.update(probe_reports(nlp))
        if pages.PAGE_GOLD.is_dir() and pages.find_pages_dir() is not None:
            reports.update(page_reports(nlp))
        if daily.DAILY_GOLD.is_dir() and daily.find_daily_file() is not None:
            reports.update(daily_reports(nlp))
    return reports


def _materialized_predictions(nlp: Pipeline, materialize: Callable[[Path, Path], list[str]],
                              gold_dir: Path) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The ids of a gold set whose documents ``materialize`` writes into a temporary folder, and their records."""
    with tempfile.TemporaryDirectory() as tmp:
        ids = materialize(Path(tmp), gold_dir)
        return ids, predict([Path(tmp)], ids, nlp)


def _materialized_reports(nlp: Pipeline, materialize: Callable[[Path, Path], list[str]], gold_dir: Path,
                          names: tuple[str, str]) -> dict[str, Report]:
    """Tuning and held-out reports (``names``) of a gold set whose documents ``materialize``
    writes into a temporary folder; held out by :func:`probes.is_heldout`."""
    ids, predictions = _materialized_predictions(nlp, materialize, gold_dir)
    return _split_reports(predictions, gold_dir, ids, names)


def _split_reports(predictions: dict[str, dict[str, Any]], gold_dir: Path, ids: list[str],
                   names: tuple[str, str]) -> dict[str, Report]:
    return {
        names[0]: evaluate(predictions, gold_dir, [i for i in ids if not probes.is_heldout(i)]),
        names[1]: evaluate(predictions, gold_dir, [i for i in ids if probes.is_heldout(i)]),
    }


def noisy_report(nlp: Pipeline, gold_dir: Path, raw_dir: Path, part: str) -> dict[str, Report]:
    """The report ``part`` of the dirty copies of the ``.txt`` articles of an invented set."""
    with tempfile.TemporaryDirectory() as tmp:
        ids = noise.materialize(Path(tmp), gold_dir, raw_dir)
        predictions = predict([Path(tmp)], ids, nlp)
    return {part: evaluate(predictions, gold_dir, ids)}


def probe_reports(nlp: Pipeline, gold_dir: Path = probes.PROBE_GOLD) -> dict[str, Report]:
    """``probes`` (tuning) and ``probe_heldout`` reports of the sentence probes."""
    return _materialized_reports(nlp, probes.materialize, gold_dir, ("probes", "probe_heldout"))


def page_reports(nlp: Pipeline, gold_dir: Path = pages.PAGE_GOLD) -> dict[str, Report]:
    """``pages`` (tuning) and ``page_heldout`` reports of the gne news pages."""
    return _materialized_reports(nlp, pages.materialize, gold_dir, ("pages", "page_heldout"))


def daily_reports(nlp: Pipeline, gold_dir: Path = daily.DAILY_GOLD,
                  recheck_dir: Path = daily.RECHECK_GOLD) -> dict[str, Report]:
    """``daily`` (tuning) and ``daily_heldout`` reports of the People's Daily articles, and, when ``recheck_dir``
    holds gold files, ``daily_recheck_heldout`` (its articles against that second annotation) and
    ``daily_recheck_first`` (the same articles against their files in ``gold_dir``)."""
    ids, predictions = _materialized_predictions(nlp, daily.materialize, gold_dir)
    reports = _split_reports(predictions, gold_dir, ids, ("daily", "daily_heldout"))
    rechecked = daily.rechecked(recheck_dir, gold_dir)
    if rechecked:
        reports["daily_recheck_heldout"] = evaluate(predictions, recheck_dir, rechecked)
        reports["daily_recheck_first"] = evaluate(predictions, gold_dir, rechecked)
    return reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="run_pipeline.py eval", description=__doc__.split("\n")[0])
    parser.add_argument("--raw", action="append", help="folder of raw articles (repeatable; default: corpus/raw "
                        ", ../shared/corpus/raw and ../shared/corpus/html)")
    parser.add_argument("--gold", help="folder of gold JSON files (default: corpus/gold and the invented sets)")
    parser.add_argument("--write-baseline", metavar="FILE", help="write the scores, rounded down, as the new "
                        "baseline of the evaluation gate (a deliberate, reviewed change)")
    parser.add_argument("--config", help="JSON configuration layered over the defaults")
    parser.add_argument("--mismatches", help="write mismatches as JSONL here")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    raw_dirs = [Path(r) for r in args.raw] if args.raw else [d for d in DEFAULT_RAW if d.is_dir()]
    reports = run_eval(raw_dirs, Path(args.gold or DEFAULT_GOLD), load_config(args.config), synthetic=args.gold is None)
    if args.write_baseline:
        data = {"_comment": "Minimum F1 per field of `python run_pipeline.py eval` (default configuration); "
                "tests/test_evaluate.py fails below them. Regenerate with --write-baseline only on purpose.",
                "parts": baseline_of(reports)}
        Path(args.write_baseline).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps({k: r.as_dict() for k, r in reports.items()}, ensure_ascii=False, indent=1))
    else:
        print(format_table(reports))
    if args.mismatches:
        with open(args.mismatches, "w", encoding="utf-8") as fh:
            for name in [n for n in reports if n != "all"]:
                for m in reports[name].mismatches:
                    fh.write(json.dumps({"split": name, **m}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
