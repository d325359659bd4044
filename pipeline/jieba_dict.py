"""Tables derived from jieba's dictionary (``dict.txt``), kept in the user cache so that a worker
reads them instead of building them.

Three tables are read from jieba's 349,000-line dictionary when a worker starts: the prefix dictionary of
the private jieba tokenizer that the NER model and the normalize stage share (:func:`default_tokenizer`; 498,000
entries, from jieba's own cache), the NER
model's word -> POS table and the mojibake repairer's two-character words.  Together they cost
1.7-2.0 CPU seconds of the worker's load time (measured on a shared machine), most of it jieba's
own cache, which ``marshal.load`` on a file object reads with one small ``readinto`` call per
item.  :func:`cached` builds a table once with the caller's function, writes it with
:mod:`marshal` to ``$XDG_CACHE_HOME/newsrec/jieba/`` (``~/.cache/newsrec/jieba`` by default) and
from then on reads the whole file in one call and ``marshal.loads`` it: the three in 0.8-0.9 CPU
seconds on the same machine (the prefix dictionary in a third of the time, the word pairs too).

The file name holds everything the table depends on, so a stale file is never read, only left
behind: the SHA-256 of ``dict.txt``, jieba's version, the Python version and marshal format, the
table's name, the caller's parameters and the SHA-256 of the build function's source.  A build
function must therefore take everything it reads either from ``dict.txt`` or from its
parameters (its module's constants are not part of the key unless passed as parameters).

Known limitations: the first worker after a new dictionary, jieba, Python or build function builds
the tables from the text once (the prefix dictionary with jieba's own ``gen_pfdict``; measured, such a
worker's whole load took 2.3 CPU seconds, no more than it took with jieba's cache before);
only the build function's own source is in the key, not that of functions it calls; files of older
keys are not removed (each is at most 10 MB); a cache folder that cannot be written costs the time
of the build, every time; a file altered by hand after it was written is read as it is (the name is
a key, not a checksum of the content).
"""

from __future__ import annotations

import hashlib
import inspect
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

# Bumped when the way a table is stored changes (not needed when a build function changes: its source is in the key).
CACHE_FORMAT = 1


def dictionary_path() -> Path:
    """jieba's ``dict.txt`` (the default dictionary every jieba tokenizer and this project read)."""
    import jieba

    return Path(jieba.__file__).resolve().parent / "dict.txt"


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/newsrec/jieba`` (``~/.cache/newsrec/jieba`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsrec" / "jieba"


@lru_cache(maxsize=1)
def _dictionary_key() -> str:
    """SHA-256 of ``dict.txt`` and jieba's version, Python's and marshal's: what every table depends on."""
    import jieba

    digest = hashlib.sha256(dictionary_path().read_bytes())
    digest.update(f"|jieba {jieba.__version__}|python {sys.version_info[:2]}|marshal {marshal.version}".encode())
    digest.update(f"|format {CACHE_FORMAT}".encode())
    return digest.hexdigest()


def cache_file(name: str, build: Callable[..., Any], params: tuple[Any, ...] = ()) -> Path:
    """Where :func:`cached` keeps the table ``name`` built by ``build(dict_path, *params)``.

    Raises ``OSError`` when the build function's source cannot be read (then nothing is cached).
    """
    try:
        source = inspect.getsource(build)
    except TypeError as exc:  # (a built-in or a class without source)
        raise OSError(f"no source for {build!r}") from exc
    digest = hashlib.sha256(_dictionary_key().encode())
    digest.update(repr(params).encode())
    digest.update(source.encode())
    return cache_dir() / f"{name}-{digest.hexdigest()[:32]}.marshal"


def cached(name: str, build: Callable[..., Any], params: tuple[Any, ...] = (), folder: Path | None = None) -> Any:
    """``build(dictionary_path(), *params)``, read from the cache when it was built before, else built and written
    there (atomically: a concurrent reader sees the whole file or none).  The table must be made of what
    :mod:`marshal` writes (dicts, lists, tuples, strings, numbers); it comes back equal to a fresh build."""
    try:
        path = cache_file(name, build, params)
    except OSError:
        return build(dictionary_path(), *params)
    if folder is not None:
        path = folder / path.name
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not built yet (or unreadable): build it
    table = build(dictionary_path(), *params)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps(table))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only cache: the table is built every time, nothing else changes
    return table


@lru_cache(maxsize=1)
def default_tokenizer() -> Any:
    """A private jieba tokenizer of the default dictionary, built once per process (about 0.3 s from this module's
    cache) and shared by its readers (the NER model's features, the normalize stage's test of a word cut by a wrap).

    Private so that user words added to jieba's global tokenizer elsewhere in the process (the segment stage's
    tokenizer has its own) cannot change what its readers see; shared because none of them adds words.
    """
    import jieba

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    # What ``tokenizer.initialize()`` makes of the default dictionary (its prefix dictionary and total
    # frequency), from this project's cache: jieba's own cache in the temporary folder is read item by item
    # (about 1 s) and trusted without checking that it belongs to the installed dict.txt.
    tokenizer.FREQ, tokenizer.total = cached("jieba-prefix-dict", _build_prefix_dict)
    tokenizer.initialized = True
    return tokenizer


def _build_prefix_dict(path: Path) -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary of ``path`` (every word with its frequency, every prefix of one with 0) and the
    total frequency, as ``jieba.Tokenizer.initialize`` builds them."""
    import jieba

    freq, total = jieba.Tokenizer.gen_pfdict(path.open("rb"))
    return freq, total
