"""Regression snapshots: the records of every tuning text, written once per version and compared.

A rule change is reviewed by what it changes. ``dump`` runs the pipeline over the tuning parts
of every gold set (never a held-out text: the output is meant to be read line by line) plus a
seeded draw of newspaper articles that no gold file covers, and writes one JSON line per text
with its records; ``diff`` prints the texts whose records differ between two dumps, field by
field, so a reviewer reads every change and calls it better, neutral or worse.

Parts (:data:`PARTS`):
- ``spec``: the specification articles (``corpus/raw``);
- ``dev``: the tuning part of ``../shared/corpus/raw`` and ``../shared/corpus/html``
  (``corpus/split.json`` names the held-out part);
- ``synthetic``: the invented tuning articles (``corpus/synthetic/raw``);
- ``fresh``, ``fresh2`` to ``fresh21``: the fresh invented sets used for fixing (``corpus/fresh/raw``,
  ``corpus/fresh2/raw`` to ``corpus/fresh21/raw``; never the sealed ``corpus/heldout_fresh*``);
- ``probes``, ``pages``, ``daily``: the tuning parts of the sentence probes, the gne pages and
  the People's Daily articles (:func:`pipeline.evaluation.probes.is_heldout`);
- ``daily_extra``: :data:`EXTRA_DAILY` more People's Daily articles outside every gold file.

Usage::

    python -m pipeline.evaluation.snapshot dump out/snap_new.jsonl
    python -m pipeline.evaluation.snapshot diff out/snap_old.jsonl out/snap_new.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.config import PROJECT_ROOT, load_config
from pipeline.evaluation import daily, pages, probes
from pipeline.ingest import RawInput, to_document
from pipeline.nlp import Pipeline, StageFailure
from pipeline.records import to_record

SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"
SPLIT_FILE = PROJECT_ROOT / "corpus" / "split.json"
RECORD_FIELDS = ("published", "meetings", "speakers", "awards", "funding")
#: The invented tuning sets, each a folder ``corpus/<part>/raw`` (never a sealed ``corpus/heldout_*``).
_INVENTED_TUNING = ("synthetic", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
                    "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                    "fresh19", "fresh20", "fresh21")
PARTS = ("spec", "dev", *_INVENTED_TUNING, "probes", "pages", "daily", "daily_extra")
EXTRA_DAILY = 400
EXTRA_SEED = 35


def _heldout_stems() -> set[str]:
    return set(json.loads(SPLIT_FILE.read_text(encoding="utf-8"))["heldout"])


def _folder_texts(folder: Path, skip: set[str] = frozenset()) -> Iterator[tuple[str, Path]]:
    for path in sorted(folder.glob("*")):
        if path.suffix in (".txt", ".html", ".htm") and path.stem not in skip:
            yield path.stem, path


def _materialized(tmp: Path, materialize, gold_dir: Path) -> Iterator[tuple[str, Path]]:  # noqa: ANN001
    for doc_id in materialize(tmp, gold_dir):
        if not probes.is_heldout(doc_id):
            yield doc_id, next(tmp.glob(f"{doc_id}.*"))


def _extra_daily(tmp: Path) -> Iterator[tuple[str, Path]]:
    texts = daily.load_articles()
    in_gold = {p.stem for p in daily.DAILY_GOLD.glob("*.json")}
    pool = sorted(aid for aid, t in texts.items()
                  if aid not in in_gold and daily.MIN_CHARS <= len(t) <= daily.MAX_CHARS)
    for aid in sorted(random.Random(EXTRA_SEED).sample(pool, min(EXTRA_DAILY, len(pool)))):
        path = tmp / f"{aid}.txt"
        path.write_text(texts[aid] + "\n", encoding="utf-8")
        yield aid, path


def part_texts(part: str, tmp: Path) -> Iterator[tuple[str, Path]]:
    """``(id, file)`` of each text of ``part``; materialized texts are written under ``tmp``."""
    heldout = _heldout_stems()
    if part == "spec":
        yield from _folder_texts(PROJECT_ROOT / "corpus" / "raw", heldout)
    elif part == "dev":
        for sub in ("raw", "html"):
            if (SHARED_CORPUS / sub).is_dir():
                yield from _folder_texts(SHARED_CORPUS / sub, heldout)
    elif part in _INVENTED_TUNING:
        yield from _folder_texts(PROJECT_ROOT / "corpus" / part / "raw")
    elif part in ("probes", "pages", "daily"):
        module = {"probes": probes, "pages": pages, "daily": daily}[part]
        gold = {"probes": probes.PROBE_GOLD, "pages": pages.PAGE_GOLD, "daily": daily.DAILY_GOLD}[part]
        target = tmp / part
        yield from _materialized(target, module.materialize, gold)
    elif part == "daily_extra":
        target = tmp / part
        target.mkdir(parents=True, exist_ok=True)
        yield from _extra_daily(target)
    else:
        raise ValueError(f"unknown part {part!r}; parts: {', '.join(PARTS)}")


def snapshot_record(record: dict[str, Any]) -> dict[str, Any]:
    """The record fields compared between versions; evidence keeps its sentence and clean start."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            if "clean_start" in value and "text" in value:
                return {"text": value["text"], "clean_start": value["clean_start"]}
            return {k: strip(v) for k, v in value.items()}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return {f: strip(record.get(f)) for f in RECORD_FIELDS}


def dump(out: Path, parts: list[str], config_path: str | None = None) -> int:
    """Write one line per text of ``parts`` to ``out``; returns the number of texts.
    A part whose data is missing (pages or newspaper not fetched) is skipped with a note."""
    nlp = Pipeline(load_config(config_path))
    n = 0
    with tempfile.TemporaryDirectory() as tmp, out.open("w", encoding="utf-8") as fh:
        for part in parts:
            try:
                items = list(part_texts(part, Path(tmp)))
            except FileNotFoundError as exc:
                print(f"{part}: skipped ({exc})", file=sys.stderr)
                continue
            for doc_id, path in items:
                raw = RawInput(str(path), path.read_bytes(), path.suffix != ".txt")
                try:
                    rec = snapshot_record(to_record(nlp(to_document(raw))))
                except StageFailure as exc:
                    rec = {"error": str(exc)}
                fh.write(json.dumps({"id": doc_id, "part": part, **rec}, ensure_ascii=False, sort_keys=True) + "\n")
                n += 1
    return n


def _read(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return {(row["part"], row["id"]): row for row in map(json.loads, fh)}


def diff(old_path: Path, new_path: Path) -> list[dict[str, Any]]:
    """Texts whose records differ: ``{"id", "part", "fields": {field: {"old", "new"}}}``; texts
    present in only one dump are listed with the whole record on the missing side as null."""
    old, new = _read(old_path), _read(new_path)
    changed = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        keys = sorted((set(a or {}) | set(b or {})) - {"id", "part"})
        fields = {k: {"old": (a or {}).get(k), "new": (b or {}).get(k)} for k in keys
                  if (a or {}).get(k) != (b or {}).get(k)}
        if fields:
            changed.append({"id": key[1], "part": key[0], "fields": fields})
    return changed


def _brief(value: Any) -> str:
    """One record list per line without evidence offsets, for reading."""
    if isinstance(value, list):
        return "\n".join("      " + json.dumps(_no_evidence(v), ensure_ascii=False) for v in value) or "      []"
    return "      " + json.dumps(value, ensure_ascii=False)


def _no_evidence(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _no_evidence(v) for k, v in value.items() if k != "evidence"}
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.snapshot", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="write the records of the tuning texts")
    d.add_argument("out", type=Path)
    d.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated (default: {','.join(PARTS)})")
    d.add_argument("--config", help="JSON configuration layered over the defaults")
    c = sub.add_parser("diff", help="print the texts whose records differ")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--json", action="store_true", help="one JSON line per changed text")
    args = parser.parse_args(argv)
    if args.cmd == "dump":
        n = dump(args.out, [p for p in args.parts.split(",") if p], args.config)
        print(f"{n} texts -> {args.out}", file=sys.stderr)
        return 0
    changed = diff(args.old, args.new)
    for item in changed:
        if args.json:
            print(json.dumps(item, ensure_ascii=False))
            continue
        print(f"== {item['id']} ({item['part']})")
        for name, pair in item["fields"].items():
            print(f"  {name}\n    old:\n{_brief(pair['old'])}\n    new:\n{_brief(pair['new'])}")
    print(f"{len(changed)} of {len(_read(args.new))} texts changed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
