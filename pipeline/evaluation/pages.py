"""Real news pages: the test pages of the ``gne`` package, annotated by the guidelines.

The development corpus holds 52 real articles, and the sentence probes
(:mod:`pipeline.evaluation.probes`) test wording but no page furniture. The source
distribution of ``gne==0.4.3`` (GeneralNewsExtractor, MIT licence) ships 62 real Chinese news
pages as its test data (``tests/<site>/<n>.html``: 163.com, ifeng, sina, thepaper, toutiao,
people.com.cn, xinhuanet, a hospital, a university, a county government…), with navigation,
related lists, comments and footers as saved. Eight of them are already in the development
corpus (``../shared/corpus/html``); the other 54 have gold files in ``corpus/pages/gold``.
Most are general news (technology, sports, finance, society) with few or no records: they
test that page furniture and ordinary news yield nothing, as well as the records of the
topical ones.

The pages are not in the repository: :func:`fetch_pages` (``python -m pipeline.evaluation.pages
fetch``) unpacks the sdist into the cache, and each gold file holds the SHA-1 of its page's
bytes, so a changed page is caught rather than scored.

Ids: ``gne_<site>_<stem>`` for ``tests/<site>/<stem>.html``. Split: the rule of the probes
(:func:`pipeline.evaluation.probes.is_heldout`, about 40% held out). The gold files were
written by annotators who saw only the guidelines and the pages, before any rule was tuned on
them.

Search order for the unpacked package (the folder holding ``tests/``):
1. ``$NEWSREC_PAGES_DIR``;
2. the cache ``$XDG_CACHE_HOME/newsrec/pages`` (default ``~/.cache/newsrec/pages``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from pipeline.config import PROJECT_ROOT
from pipeline.packagedata import downloaded

PACKAGE_SPEC = "gne==0.4.3"
ENV_VAR = "NEWSREC_PAGES_DIR"
PAGE_GOLD = PROJECT_ROOT / "corpus" / "pages" / "gold"
ID_PREFIX = "gne_"


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/newsrec/pages`` (``~/.cache/newsrec/pages`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsrec" / "pages"


def find_pages_dir() -> Path | None:
    """The folder holding the package's ``tests/`` pages, or None when not found."""
    env = os.environ.get(ENV_VAR)
    for folder in ([Path(env)] if env else []) + [cache_dir()]:
        if (folder / "tests").is_dir():
            return folder
    return None


def fetch_pages(target: Path | None = None) -> Path:
    """Download the ``gne`` sdist with pip and unpack its ``tests/`` pages into ``target``."""
    target = target or cache_dir()
    if (target / "tests").is_dir():
        return target
    target.mkdir(parents=True, exist_ok=True)
    # Unpacked into a private folder, then renamed into place: an interrupted fetch leaves no
    # partial tests/, and of two fetches at once the first rename wins and the other is dropped.
    staging = Path(tempfile.mkdtemp(prefix="tests.", dir=target))
    try:
        count = 0
        with downloaded(PACKAGE_SPEC, sdist=True) as archive, tarfile.open(archive) as tar:
            prefix = archive.name.removesuffix(".tar.gz") + "/tests/"
            for member in tar.getmembers():
                if member.isfile() and member.name.startswith(prefix) and member.name.endswith(".html"):
                    out = staging / member.name.removeprefix(prefix)
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_bytes(tar.extractfile(member).read())  # type: ignore[union-attr]
                    count += 1
        if not count:
            raise FileNotFoundError(f"{PACKAGE_SPEC}: no {prefix}*.html pages in {archive.name}")
        try:
            staging.rename(target / "tests")
        except OSError:
            if not (target / "tests").is_dir():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def page_id(relative: str) -> str:
    """``tests/163/1.html`` -> ``gne_163_1``."""
    parts = Path(relative).with_suffix("").parts
    return ID_PREFIX + "_".join(parts[1:])


def page_files(folder: Path) -> dict[str, Path]:
    """id -> path of every page under ``folder/tests``."""
    return {page_id(str(p.relative_to(folder))): p for p in sorted((folder / "tests").glob("*/*.html"))}


def page_sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def materialize(target: Path, gold_dir: Path = PAGE_GOLD) -> list[str]:
    """Copy the page of each gold file to ``target/<id>.html``; returns the ids written.

    Raises ``FileNotFoundError`` when the pages are not found and ``ValueError`` when a page
    is missing or no longer matches the SHA-1 in its gold file.
    """
    folder = find_pages_dir()
    if folder is None:
        raise FileNotFoundError(f"gne pages not found: set {ENV_VAR} or run "
                                f"`python -m pipeline.evaluation.pages fetch` (into {cache_dir()})")
    files = page_files(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        pid = gold["doc"]
        data = files[pid].read_bytes() if pid in files else None
        if data is None or page_sha1(data) != gold.get("page_sha1"):
            raise ValueError(f"{pid}: page missing or changed in {folder}")
        (target / f"{pid}.html").write_bytes(data)
        written.append(pid)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.pages", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("fetch", help="download and unpack the pages into the cache (no-op when present)")
    m = sub.add_parser("materialize", help="write the pages of the gold files as <id>.html into DIR")
    m.add_argument("dir")
    args = parser.parse_args(argv)
    try:
        if args.command == "fetch":
            print(fetch_pages())
        else:
            print(len(materialize(Path(args.dir))), "pages written")
    except (OSError, ValueError, subprocess.CalledProcessError) as exc:
        print(f"error: {exc}", file=sys.stderr)  # no pages, a changed page, or pip failing: said, not a traceback
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
