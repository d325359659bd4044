"""``python run_pipeline.py audit ...`` and ``python run_pipeline.py show ...``.

``audit sample`` draws a sample and writes a review bundle, ``audit import-labelstudio`` turns a
Label Studio export into a verdicts file, ``audit report`` scores a verdicts file; ``show``
renders one article with its entities and records.

Known limitations: errors are reported one at a time (the first bad line of an input stops the
command, with its file and line), since an audit over a damaged input is not worth finishing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.audit.sample import FIELDS, STRATIFY_CHOICES, AuditInputError


def _fields(value: str) -> tuple[str, ...]:
    fields = tuple(f.strip() for f in value.split(",") if f.strip())
    unknown = [f for f in fields if f not in FIELDS]
    if unknown or not fields:
        raise argparse.ArgumentTypeError(f"unknown field(s) {unknown or value!r}; choose from {','.join(FIELDS)}")
    return fields


def _cmd_sample(args: argparse.Namespace) -> int:
    from pipeline.audit.sample import SampleParams, build_bundle, load_records, write_bundle

    records = load_records(args.source)
    params = SampleParams(n=args.n, seed=args.seed, fields=args.field, stratify=args.stratify,
                          recall_articles=args.recall_articles)
    bundle = build_bundle(records, params, source=str(args.source))
    written = write_bundle(bundle, Path(args.out), fmt=args.format)
    n_items = sum(len(a["items"]) for a in bundle["articles"])
    print(json.dumps({"bundle_id": bundle["bundle_id"], "items": n_items, "articles": len(bundle["articles"]),
                      "population_items": bundle["population"]["items"], "files": [str(p) for p in written]},
                     ensure_ascii=False))
    return 0


def _cmd_import_labelstudio(args: argparse.Namespace) -> int:
    from pipeline.audit.labelstudio import from_export

    export = json.loads(Path(args.export).read_text(encoding="utf-8"))
    verdicts = from_export(export, source=str(args.export))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(verdicts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    judged = sum(1 for it in verdicts["items"] if it["verdict"])
    print(f"{out}: {judged} of {len(verdicts['items'])} items judged, "
          f"{sum(len(a['missed']) for a in verdicts['recall_articles'])} missed items listed", file=sys.stderr)
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from pipeline.audit.report import build_report, render_html, render_markdown

    path = Path(args.verdicts)
    verdicts = json.loads(path.read_text(encoding="utf-8"))
    report = build_report(verdicts, margin=args.margin)
    out_dir = Path(args.out) if args.out else path.parent
    out_dir.mkdir(parents=True, exist_ok=True)
    markdown = render_markdown(report)
    (out_dir / "report.md").write_text(markdown, encoding="utf-8")
    (out_dir / "report.html").write_text(render_html(report), encoding="utf-8")
    (out_dir / "report.json").write_text(json.dumps(report.as_dict(), ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    sys.stdout.write(markdown)
    print(f"\nwritten: {out_dir / 'report.md'}, report.html, report.json", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="run_pipeline.py audit", description="accuracy audits of extracted records")
    sub = parser.add_subparsers(dest="command", required=True)

    sample = sub.add_parser("sample", help="draw a reproducible sample and write a review bundle")
    sample.add_argument("--from", dest="source", required=True, help="records: .jsonl, .db or an SQLAlchemy URL")
    sample.add_argument("--n", type=int, default=100, help="items in the precision sample (default 100)")
    sample.add_argument("--seed", type=int, required=True, help="random seed (same inputs + seed = same sample)")
    sample.add_argument("--field", type=_fields, default=FIELDS, help=f"comma-separated subset of {','.join(FIELDS)}")
    sample.add_argument("--stratify", choices=STRATIFY_CHOICES, help="proportional allocation over outlets or fields")
    sample.add_argument("--recall-articles", type=int, default=0, metavar="K",
                        help="also draw K whole articles for the recall review (default 0)")
    sample.add_argument("--format", choices=("html", "labelstudio"), default="html")
    sample.add_argument("--out", required=True, help="bundle folder, e.g. audit/batch-01/")
    sample.set_defaults(func=_cmd_sample)

    ls = sub.add_parser("import-labelstudio", help="turn a Label Studio JSON export into verdicts.json")
    ls.add_argument("export", help="Label Studio export (JSON)")
    ls.add_argument("--out", required=True, help="verdicts file to write")
    ls.set_defaults(func=_cmd_import_labelstudio)

    report = sub.add_parser("report", help="precision/recall with 95%% Wilson intervals from a verdicts file")
    report.add_argument("verdicts", help="verdicts.json exported from review.html or import-labelstudio")
    report.add_argument("--margin", type=float, default=0.05, help="wanted ± margin for the sample-size advice")
    report.add_argument("--out", help="folder for report.md / report.html (default: beside the verdicts)")
    report.set_defaults(func=_cmd_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``audit``; returns the exit status (2 for bad input)."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (AuditInputError, OSError, json.JSONDecodeError) as exc:
        print(f"audit {args.command}: {exc}", file=sys.stderr)
        return 2


def show_main(argv: list[str] | None = None) -> int:
    """Entry point of ``show``: one article as HTML with entities and records highlighted."""
    from pipeline.audit.show import ShowError, render_show, select_record

    parser = argparse.ArgumentParser(prog="run_pipeline.py show", description="render one article with its records")
    parser.add_argument("file", help="records JSONL written with --with-text (and --with-entities for entities)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--doc", help="doc_id (or a unique prefix of it)")
    which.add_argument("--index", type=int, help="0-based line number among the records (default 0)")
    parser.add_argument("--out", required=True, help="HTML file to write")
    args = parser.parse_args(argv)
    try:
        record = select_record(Path(args.file), doc=args.doc, index=args.index)
        page = render_show(record)
    except (ShowError, AuditInputError, OSError) as exc:
        print(f"show: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    print(f"{out}: {record['doc_id'][:16]} {record.get('title') or ''}", file=sys.stderr)
    return 0
