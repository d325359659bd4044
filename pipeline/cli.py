"""Command line: ``python run_pipeline.py COMMAND ...``.

Commands: ``run`` (the main job), ``schema`` (print the record JSON Schema), ``eval``
(scores against gold files), ``train-ner`` / ``ner-eval`` (the shipped NER model),
``load`` (JSONL records into a database).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from pipeline.config import load_config
from pipeline.errors import ConfigError, OutputError
from pipeline.sinks.jsonl import check_output_path

# Exit statuses besides 0 and argparse's 2 (also a bad configuration): an output that
# cannot be written, and one that another run is writing (retry later); a run stopped by
# a signal exits with 128 + the signal number, as a shell reports it.
EXIT_OUTPUT = 3
EXIT_OUTPUT_BUSY = 4


class _Stopped(BaseException):
    """SIGTERM turned into an exception, so that the run unwinds as on Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _cmd_run(args: argparse.Namespace) -> int:
    from pipeline.batch import run_batch
    from pipeline.ingest import iter_inputs
    from pipeline.nlp import Pipeline

    if args.no_db and args.db:
        raise ConfigError("--db and --no-db exclude each other")
    out = Path(args.out)
    errors = Path(args.errors) if args.errors else out.with_name("errors.jsonl")
    # Before models load and the database is opened beside it (--out /dev/full must not
    # create /dev/records.db); the lock is taken when the files are opened (run_batch).
    check_output_path(out)
    check_output_path(errors)
    overrides: dict = {}
    if args.ner:
        overrides["ner"] = {"backend": args.ner}
    if args.max_bytes:
        overrides["limits"] = {"max_bytes": args.max_bytes}
    config = load_config(args.config, overrides)
    if args.workers >= 1 and args.engine == "local":
        # The workers' imports (the forkserver's, about 2 s) run beside this process's start-up
        # (the database: about 1 s to import and open), not after it: the first document comes
        # that much sooner.  No worker starts here: a busy output still stops before any does.
        from pipeline.engines.local import start_forkserver

        start_forkserver()
    # Pool and Ray workers build their own Pipeline; only an in-process run needs one here.
    nlp = Pipeline(config) if args.workers == 0 and args.engine == "local" else config
    interactive = sys.stderr.isatty() and not args.quiet

    last_shown = [0.0]
    last_summary: list = []  # the latest progress, for the message of a stopped run

    def progress(summary) -> None:  # noqa: ANN001
        last_summary[:] = [summary]
        # At most a few lines a second: a terminal redraw per document slows fast runs down.
        if interactive and summary.seconds - last_shown[0] >= 0.25:
            last_shown[0] = summary.seconds
            rate = summary.docs / summary.seconds if summary.seconds else 0.0
            print(f"\r{summary.docs} docs ({rate:.1f} docs/s), {summary.skipped} skipped, "
                  f"{sum(summary.errors.values())} errors", end="", file=sys.stderr)


    def on_sigterm(signum: int, frame: object) -> None:
        raise _Stopped(signum)

    # SIGTERM (a scheduler, `kill`) stops the run as Ctrl-C does: the current write is
    # completed or cut back, workers are stopped, and the message says how to resume.
    previous_sigterm = None
    if threading.current_thread() is threading.main_thread():  # signal handlers live there only
        previous_sigterm = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        with contextlib.ExitStack() as stack:
            db_sinks: list = []
            if not args.no_db:
                from pipeline.sinks.database import DatabaseSink, sqlite_url

                # Default: SQLite records.db beside the JSONL output.
                db_sinks.append(stack.enter_context(DatabaseSink(args.db or sqlite_url(out.with_name("records.db")))))
            summary = run_batch(
                iter_inputs(args.inputs, config["limits"]["max_bytes"]),
                nlp,
                out,
                errors_path=errors,
                force=args.force,
                with_text=args.with_text,
                with_entities=args.with_entities,
                extra_sinks=db_sinks,
                progress=progress,
                workers=args.workers,
                engine=args.engine,
                ray_address=args.ray_address,
            )
    except (KeyboardInterrupt, _Stopped) as exc:
        signum = exc.signum if isinstance(exc, _Stopped) else signal.SIGINT
        done = last_summary[0].docs if last_summary else 0
        if interactive:
            print(file=sys.stderr)
        print(f"run stopped by {signal.Signals(signum).name} after {done} document(s) written to {out}; "
              "run the same command again to resume (stored documents are skipped)", file=sys.stderr)
        return 128 + int(signum)
    finally:
        if previous_sigterm is not None:
            signal.signal(signal.SIGTERM, previous_sigterm)
    if interactive:
        print(file=sys.stderr)
    if not args.quiet:
        print(json.dumps({"out": str(out), "errors_file": str(errors), **summary.as_dict()}, ensure_ascii=False),
              file=sys.stderr)
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from pipeline.records import json_schema

    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="run_pipeline.py", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract records from articles")
    run.add_argument("inputs", nargs="+", help="files, folders (recursive .txt/.html/.htm/.jsonl) or - for stdin")
    run.add_argument("--out", required=True, help="output JSONL file")
    run.add_argument("--errors", help="rejections JSONL (default: errors.jsonl beside --out)")
    run.add_argument("--config", help="JSON file layered over the defaults")
    run.add_argument("--ner", help="NER backend: crf:PATH (default), hanlp:PATH_OR_ID, none")
    run.add_argument("--max-bytes", type=int, help="reject documents larger than this")
    run.add_argument("--force", action="store_true", help="reprocess documents already in --out")
    run.add_argument("--with-text", action="store_true", help="include clean_text")
    run.add_argument("--with-entities", action="store_true", help="include tagged entities")
    run.add_argument("--quiet", action="store_true")
    run.add_argument("--workers", type=int, default=1,
                     help="worker processes (default 1; 0: in this process, no time limit isolation)")
    run.add_argument("--engine", choices=["local", "ray"], default="local", help="local processes or a Ray cluster")
    run.add_argument("--ray-address", help="Ray cluster to join: auto or ray://HOST:PORT (default: start a local one)")
    run.add_argument("--db", help="also write records to this SQLAlchemy URL (default: sqlite records.db beside --out)")
    run.add_argument("--no-db", action="store_true", help="write the JSONL only, no database")
    run.set_defaults(func=_cmd_run)

    schema = sub.add_parser("schema", help="print the record JSON Schema")
    schema.add_argument("--out")
    schema.set_defaults(func=_cmd_schema)

    for name, register in EXTRA_COMMANDS.items():
        register(sub, name)
    return parser


def _register_external(module: str, func: str, help_text: str) -> Callable:
    """A subcommand whose own module parses the remaining arguments."""

    def register(sub: argparse._SubParsersAction, name: str) -> None:
        p = sub.add_parser(name, help=help_text, add_help=False)
        p.add_argument("rest", nargs=argparse.REMAINDER)

        def run(args: argparse.Namespace) -> int:
            import importlib

            return int(getattr(importlib.import_module(module), func)(args.rest) or 0)

        p.set_defaults(func=run)

    return register


EXTRA_COMMANDS: dict[str, Callable] = {
    "eval": _register_external("pipeline.evaluate", "main", "score extraction against gold files"),
    "train-ner": _register_external("pipeline.entities.ner_cli", "train_ner_main", "train the shipped NER model"),
    "ner-eval": _register_external("pipeline.entities.ner_cli", "ner_eval_main", "score a NER model on a BMES file"),
    "audit": _register_external("pipeline.audit.cli", "main", "accuracy audits: sample, review page, report"),
    "show": _register_external("pipeline.audit.cli", "show_main", "render one article with entities and records"),
    "load": _register_external("pipeline.sinks.database", "load_main", "load record JSONL files into a database"),
    "bench": _register_external("pipeline.bench", "main", "measure throughput, load time, memory and scaling"),
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in EXTRA_COMMANDS:
        # argparse's REMAINDER does not take a leading "--option": hand the rest over as is.
        args = argparse.Namespace(func=parser._subparsers._group_actions[0].choices[argv[0]].get_default("func"),
                                  rest=argv[1:])
    else:
        args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    except OutputError as exc:
        print(f"output error: {exc}", file=sys.stderr)
        return EXIT_OUTPUT_BUSY if exc.code == "E_OUTPUT_BUSY" else EXIT_OUTPUT
    except BrokenPipeError:
        return 0
