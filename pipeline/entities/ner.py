"""The project's own NER model: a character CRF (python-crfsuite) tagging PER, ORG and LOC.

Each character gets BMES tags (``B-PER`` ... ``O``); spans come back as ``(start, end, label)``
character offsets into the text given (``end`` exclusive, so ``text[start:end]`` is the entity).

Features per character (each group can be switched off in the model config, ``features``):

- ``char``: the character, its neighbours c-2..c+2, bigrams c-2c-1 .. c+1c+2, the skip pair
  c-1c+1 and a coarse character class (digit, latin, punctuation, han, other) of c-1, c0, c+1;
- ``wide``: c-3 and c+3, the trigrams c-2c-1c0, c-1c0c+1, c0c+1c+2;
- ``dict``: the longest word of jieba's dictionary (``dict.txt``, with its POS tag such as
  nr/ns/nt) that starts at the character and the longest one that ends there, as length and
  POS, plus whether the character is inside an nr/ns/nt dictionary word;
- ``jieba``: the position (B/M/E/S) of the character in jieba's segmentation of the sentence
  (a private ``jieba.Tokenizer``, HMM on, so unseen names tend to come out as one word) and the
  POS of that word from the dictionary (``unk`` for words the HMM invented).  The words are
  those of ``Tokenizer.cut``, computed by :meth:`Featurizer.jieba_word_lengths` (the same
  steps without jieba's generators, about 40 % faster; tests compare the two on MSRA);
- ``lex``: single/compound surname at the character (``models/lexicons/surnames.txt``), an
  organization suffix word (``org_suffixes.txt``) or a location suffix character ending there.

The model folder holds ``model.crfsuite`` (the CRF), ``config.json`` (feature groups, lexicons
inlined, training settings, the jieba version and a SHA-256 of jieba's ``dict.txt``) and a
model card ``README.md``. Loading refuses a jieba dictionary whose hash differs from the one
the model was trained with, because the features would silently change.

Known limitations:
- Trained on MSRA (People's Daily, 1998, simplified Chinese): newer names, traditional script
  and non-news text score lower. Sentences of MSRA are at most 100 characters; long inputs are
  tagged whole (the CRF is linear in length) but were not seen in training.
- crfsuite's conversion of the feature strings and decoding cost about half of inference time,
  feature extraction the other half (jieba segmentation about 13 %); crfsuite pays for every
  string, also for the many n-grams it does not know. See the model card for speeds.
- :meth:`Featurizer.jieba_word_lengths` re-does jieba 0.42.1's ``cut``; the tests compare the
  two, so a jieba release that segments differently is caught there, not silently.
- The per-process caches of jieba's tokenizer and dictionary assume nobody adds words to them.
- Nested entities are not represented (MSRA is flat); an ORG containing a LOC is one ORG.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from math import log
from pathlib import Path
from typing import Any

import pycrfsuite

from pipeline.entities.bmes import Sentence, Span, tags_to_spans
from pipeline.jieba_dict import default_tokenizer

MODEL_FILE = "model.crfsuite"
CONFIG_FILE = "config.json"
LEXICON_DIR = Path(__file__).resolve().parents[2] / "models" / "lexicons"

# Tuned settings, chosen on the dev split carved from msra_train (see models/ner/README.md):
# feature groups, the longest dictionary word looked at, and the CRF training settings.
DEFAULT_FEATURES: tuple[str, ...] = ("char", "wide", "dict", "jieba", "lex")
MAX_WORD_LEN = 8  # characters; longer jieba dictionary words are rare and never entities in MSRA
# L-BFGS with L1 + L2 (the L1 term keeps the model small). Dev split micro F1: 0.903 for the
# averaged perceptron (15 epochs), 0.915 for 60 L-BFGS iterations, 0.925 for 110; see the model card.
DEFAULT_TRAINING: dict[str, Any] = {
    "algorithm": "lbfgs",
    "c1": 0.1,
    "c2": 0.01,
    "max_iterations": 110,
    "possible_transitions": True,
    # Features (attribute-label pairs) seen fewer times than this in training are dropped. With
    # the perceptron, which has no L1 term, this took the file from 65 MB to 35 MB.
    "min_freq": 2,
}
# Characters that end a place name: data beside the model; training copies them into config.json.
LOCATION_SUFFIXES_FILE = Path(__file__).resolve().parents[2] / "models" / "ner" / "location_suffixes.txt"
ENTITY_POS = frozenset({"nr", "ns", "nt", "nrt", "nrfg", "nz"})


def _jieba_dict_path() -> Path:
    from pipeline.jieba_dict import dictionary_path

    return dictionary_path()


@lru_cache(maxsize=1)
def _dictionary_pos() -> dict[str, str]:
    """``word -> POS`` for the words of jieba's ``dict.txt`` of 2 to MAX_WORD_LEN characters (read once, from
    this project's cache of jieba's dictionary when it is there)."""
    from pipeline.jieba_dict import cached

    return cached("ner-word-pos", _build_dictionary_pos, (MAX_WORD_LEN,))


def _build_dictionary_pos(path: Path, max_word_len: int) -> dict[str, str]:
    words: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 3 and 2 <= len(parts[0]) <= max_word_len:
                words[parts[0]] = parts[2]
    return words


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_lexicon(name: str) -> list[str]:
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _char_class(char: str) -> str:
    if char.isdigit():
        return "d"
    if char.isascii() and char.isalpha():
        return "a"
    category = unicodedata.category(char)
    if category.startswith("P") or category.startswith("S"):
        return "p"
    if category == "Lo":
        return "h"
    if char.isspace():
        return "s"
    return "o"


class Featurizer:
    """Turns a sentence into one list of string features per character."""

    def __init__(self, features: Sequence[str], surnames: Sequence[str], org_suffixes: Sequence[str],
                 location_suffixes: str) -> None:
        unknown = set(features) - set(DEFAULT_FEATURES)
        if unknown:
            raise ValueError(f"unknown feature groups {sorted(unknown)} (known: {list(DEFAULT_FEATURES)})")
        self.features = tuple(features)
        self.surnames1 = frozenset(s for s in surnames if len(s) == 1)
        self.surnames2 = frozenset(s for s in surnames if len(s) == 2)
        # Every start of a compound surname, overlapping ones too (a lookahead consumes nothing).
        self._compound_surname = re.compile(
            "(?=" + "|".join(map(re.escape, sorted(self.surnames2))) + ")" if self.surnames2 else "(?!)"
        )
        self.org_suffixes = frozenset(org_suffixes)
        self.org_suffix_max = max((len(s) for s in org_suffixes), default=0)
        by_last: dict[str, set[int]] = {}
        for suffix in self.org_suffixes:
            by_last.setdefault(suffix[-1], set()).add(len(suffix))
        self.org_by_last = {char: sorted(lengths, reverse=True) for char, lengths in by_last.items()}
        self.location_suffixes = frozenset(location_suffixes)
        self._class_cache: dict[str, str] = {}
        self.words: dict[str, str] = {}
        self.prefixes: dict[str, int] = {}
        self.tokenizer: Any = None
        if "dict" in self.features or "jieba" in self.features:
            self.tokenizer = default_tokenizer()
            # jieba's FREQ holds every dictionary word and every prefix of one (frequency 0).
            self.prefixes = self.tokenizer.FREQ
            self._logtotal = log(self.tokenizer.total)
            import jieba
            import jieba.finalseg

            self._jieba_block = jieba.re_han_default
            self._jieba_hmm_cut = jieba.finalseg.cut
            self.words = _dictionary_pos()

    def _class(self, char: str) -> str:
        cls = self._class_cache.get(char)
        if cls is None:
            cls = self._class_cache[char] = _char_class(char)
        return cls

    def __call__(self, text: str) -> list[tuple[str, ...]]:
        """Features for each character of ``text`` (one tuple of strings per character, same order).

        Built column by column (one list of ``len(text)`` strings per feature) and zipped, which
        is several times faster in CPython than appending to one list per character.
        """
        n = len(text)
        if n == 0:
            return []
        groups = self.features
        columns: list[list[str]] = [["b"] * n]
        if "char" in groups:
            chars = ["^3", "^2", "^1", *text, "$1", "$2", "$3"]
            known = self._class_cache.get
            classes = ["^", *[known(c) or self._class(c) for c in text], "$"]
            m3, m2, m1, c0, p1, p2, p3 = (chars[k:n + k] for k in range(7))
            # bigrams[k] = chars[k+1] + chars[k+2], so b-2, b-1, b0, b1 at i are bigrams[i .. i+3].
            bigrams = [a + b for a, b in zip(chars[1:n + 4], chars[2:n + 5], strict=True)]
            columns += [
                ["u0=" + c for c in c0],
                ["u-1=" + c for c in m1],
                ["u1=" + c for c in p1],
                ["u-2=" + c for c in m2],
                ["u2=" + c for c in p2],
                ["b-2=" + x for x in bigrams[:n]],
                ["b-1=" + x for x in bigrams[1:n + 1]],
                ["b0=" + x for x in bigrams[2:n + 2]],
                ["b1=" + x for x in bigrams[3:n + 3]],
                ["s=" + a + b for a, b in zip(m1, p1, strict=True)],
                ["k=" + a + b + c for a, b, c in zip(classes[:n], classes[1:n + 1], classes[2:n + 2], strict=True)],
            ]
            if "wide" in groups:
                # trigrams[k] = chars[k+1 .. k+3], so t-1, t0, t1 at i are trigrams[i .. i+2].
                trigrams = [a + b for a, b in zip(bigrams[:n + 2], chars[3:n + 5], strict=True)]
                columns += [
                    ["u-3=" + c for c in m3],
                    ["u3=" + c for c in p3],
                    ["t-1=" + x for x in trigrams[:n]],
                    ["t0=" + x for x in trigrams[1:n + 1]],
                    ["t1=" + x for x in trigrams[2:n + 2]],
                ]
        if "dict" in groups:
            columns += self._dict_columns(text)
        if "jieba" in groups:
            columns += self._jieba_columns(text)
        if "lex" in groups:
            columns += self._lex_columns(text)
        return list(zip(*columns, strict=True))

    def _dict_columns(self, text: str) -> list[list[str]]:
        """Longest dictionary word starting / ending at each character (length + POS), entity-POS cover."""
        n = len(text)
        words, prefixes = self.words, self.prefixes
        start_len = [0] * n
        start_pos = ["-"] * n
        end_len = [0] * n
        end_pos = ["-"] * n
        for i in range(n):
            top = min(n, i + MAX_WORD_LEN)
            end = i + 2
            while end <= top:
                piece = text[i:end]
                pos = words.get(piece)
                if pos is not None:
                    # Later (longer) words starting at i overwrite shorter ones.
                    start_len[i] = end - i
                    start_pos[i] = pos
                    if end - i > end_len[end - 1]:
                        end_len[end - 1] = end - i
                        end_pos[end - 1] = pos
                elif piece not in prefixes:  # every dictionary word is also in prefixes
                    break
                end += 1
        inside = ["di="] * n
        for i, pos in enumerate(start_pos):
            if pos in ENTITY_POS:
                cover = "di=" + pos
                for k in range(i, i + start_len[i]):
                    inside[k] = cover
        return [
            [f"ds={length}{pos}" for length, pos in zip(start_len, start_pos, strict=True)],
            ["dsp=" + pos for pos in start_pos],
            [f"de={length}{pos}" for length, pos in zip(end_len, end_pos, strict=True)],
            ["dep=" + pos for pos in end_pos],
            inside,
        ]

    def _jieba_columns(self, text: str) -> list[list[str]]:
        """Position of each character in jieba's segmentation (B/M/E/S) with the word's POS."""
        words = self.words
        position: list[str] = []
        start = 0
        for length in self.jieba_word_lengths(text):
            if length == 1:
                position.append("wp=Sc")  # single characters are never in ``words`` (2+ characters)
            else:
                pos = words.get(text[start:start + length], "unk")
                position += ["wp=B" + pos, *(["wp=M" + pos] * (length - 2)), "wp=E" + pos]
            start += length
        return [position, ["w=" + p[3] for p in position]]

    def jieba_word_lengths(self, text: str) -> list[int]:
        """Lengths of the words of ``tokenizer.cut(text, HMM=True)``, in order, computed without it.

        The same steps as jieba 0.42.1's ``Tokenizer.cut`` (``__cut_DAG``), with the same
        regexes, dictionary, floating-point expressions and tie-breaks, so the words are the
        same; tests/entities/test_ner.py compares the two on all of msra_test and on edge
        cases (``\\r\\n``, Latin and digit blocks), so a jieba release that cuts differently
        fails there.  Only jieba's generators and its separate DAG dictionary are gone: about
        40 % less time.  The HMM for runs of unknown single characters is jieba's own
        ``finalseg.cut``.
        """
        lengths: list[int] = []
        done = 0
        for block in self._jieba_block.finditer(text):
            a, b = block.span()
            lengths += self._jieba_skip_lengths(text, done, a)
            self._jieba_block_lengths(text, a, b, lengths)
            done = b
        lengths += self._jieba_skip_lengths(text, done, len(text))
        return lengths

    @staticmethod
    def _jieba_skip_lengths(text: str, start: int, end: int) -> list[int]:
        """Outside jieba's blocks every character is a word, except that ``\\r\\n`` is one."""
        if "\r\n" not in text[start:end]:
            return [1] * (end - start)
        lengths = []
        i = start
        while i < end:
            step = 2 if text.startswith("\r\n", i) and i + 1 < end else 1
            lengths.append(step)
            i += step
        return lengths

    def _jieba_block_lengths(self, text: str, a: int, b: int, lengths: list[int]) -> None:
        """Words of the block ``text[a:b]``: jieba's most probable route through its DAG, then
        runs of single characters that are not a dictionary word cut again by its HMM."""
        freq, logtotal = self.prefixes, self._logtotal
        # route[k - a] = (score, last character) of the best route from k to b, as jieba's calc.
        score = [0.0] * (b - a + 1)
        last = [0] * (b - a + 1)
        for k in range(b - 1, a - 1, -1):
            best_score, best_x = 0.0, -1
            x = k
            piece = text[k]
            f = freq.get(piece)
            while f is not None:
                if f:
                    candidate = log(f) - logtotal + score[x + 1 - a]
                    # max() over (score, x) tuples: on a tie the longer word wins.
                    if best_x < 0 or candidate >= best_score:
                        best_score, best_x = candidate, x
                x += 1
                if x >= b:
                    break
                piece = text[k:x + 1]
                f = freq.get(piece)
            if best_x < 0:  # no dictionary word starts here: the character alone, frequency 1
                best_score, best_x = log(1) - logtotal + score[k + 1 - a], k
            score[k - a], last[k - a] = best_score, best_x
        x = a
        run = -1  # start of the pending run of single characters, -1 when none
        while x < b:
            y = last[x - a] + 1
            if y - x == 1:
                if run < 0:
                    run = x
            else:
                if run >= 0:
                    self._jieba_run_lengths(text[run:x], lengths)
                    run = -1
                lengths.append(y - x)
            x = y
        if run >= 0:
            self._jieba_run_lengths(text[run:b], lengths)

    def _jieba_run_lengths(self, run: str, lengths: list[int]) -> None:
        """A run of single-character words: jieba's HMM re-cuts it unless it is a dictionary word."""
        if len(run) == 1 or self.prefixes.get(run):
            lengths += [1] * len(run)
        else:
            lengths += [len(word) for word in self._jieba_hmm_cut(run)]

    def _lex_columns(self, text: str) -> list[list[str]]:
        """Surname (single/compound), next-character surname, location suffix, organization suffix length."""
        surnames1, location_suffixes = self.surnames1, self.location_suffixes
        surname = ["sur=1" if c in surnames1 else "sur=0" for c in text]
        for m in self._compound_surname.finditer(text):
            surname[m.start()] = "sur=2"
        next_surname = [*["n" + s for s in surname[1:]], "nsur=0"]
        org = ["org=0"] * len(text)
        # Only characters that end some suffix word are tried, longest suffix first.
        org_by_last, org_suffixes = self.org_by_last, self.org_suffixes
        for i, char in enumerate(text):
            lengths = org_by_last.get(char)
            if lengths:
                for length in lengths:
                    if length <= i + 1 and text[i + 1 - length:i + 1] in org_suffixes:
                        org[i] = "org=" + str(min(length, 3))
                        break
        return [
            surname,
            next_surname,
            ["loc=1" if c in location_suffixes else "loc=0" for c in text],
            org,
        ]


class CrfNer:
    """A trained character CRF for PER/ORG/LOC; load with :meth:`from_disk`, save with :meth:`to_disk`."""

    def __init__(self, config: dict[str, Any], model_path: Path | None = None) -> None:
        self.config = config
        self.featurizer = Featurizer(
            config["features"], config["surnames"], config["org_suffixes"], config["location_suffixes"]
        )
        self._model_path = model_path
        self._tagger: pycrfsuite.Tagger | None = None
        if model_path is not None:
            self._tagger = pycrfsuite.Tagger()
            self._tagger.open(str(model_path))

    @staticmethod
    def default_config(features: Sequence[str] = DEFAULT_FEATURES) -> dict[str, Any]:
        """A config with the given feature groups, lexicons from ``models/lexicons`` and default training settings."""
        jieba_version = ""
        dict_hash = ""
        if "dict" in features or "jieba" in features:
            import jieba

            jieba_version = jieba.__version__
            dict_hash = _sha256(_jieba_dict_path())
        return {
            "features": list(features),
            "surnames": _read_lexicon("surnames.txt"),
            "org_suffixes": _read_lexicon("org_suffixes.txt"),
            "location_suffixes": "".join(
                line.strip() for line in LOCATION_SUFFIXES_FILE.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")
            ),
            "jieba_version": jieba_version,
            "jieba_dict_sha256": dict_hash,
            "training": dict(DEFAULT_TRAINING),
        }

    @classmethod
    def train(cls, sentences: Iterable[Sentence], model_dir: str | Path, config: dict[str, Any] | None = None,
              log: Any = None) -> CrfNer:
        """Train on BMES sentences and write ``model.crfsuite`` + ``config.json`` into ``model_dir``.

        ``config`` defaults to :meth:`default_config`; its ``training`` settings go to crfsuite.
        The result is deterministic for the same sentences and settings (L-BFGS has no
        randomness). ``log`` is an optional callable taking one line of progress.
        """
        config = dict(config or cls.default_config())
        model_dir = Path(model_dir)
        model_dir.mkdir(parents=True, exist_ok=True)
        featurizer = Featurizer(config["features"], config["surnames"], config["org_suffixes"],
                                config["location_suffixes"])
        settings = dict(config["training"])
        algorithm = settings.pop("algorithm", "lbfgs")
        # verbose: crfsuite prints one block per L-BFGS iteration to stdout (loss, active features, time).
        trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=log is not None)
        params = {
            "feature.possible_transitions": settings.pop("possible_transitions", True),
            "feature.minfreq": settings.pop("min_freq", 0),
        }
        params.update(settings)
        trainer.set_params(params)
        started = time.perf_counter()
        cpu_started = time.process_time()
        n_chars = 0
        n_sentences = 0
        for sentence in sentences:
            trainer.append(featurizer(sentence.text), list(sentence.tags))
            n_chars += len(sentence.text)
            n_sentences += 1
        if log:
            log(f"features for {n_sentences} sentences / {n_chars} chars in {time.perf_counter() - started:.1f} s")
        if n_sentences == 0:
            raise ValueError("no training sentences")
        model_path = model_dir / MODEL_FILE
        trainer.train(str(model_path))
        seconds = time.perf_counter() - started
        if log:
            log(f"trained in {seconds:.1f} s")
        config["trained_on"] = {
            "sentences": n_sentences,
            "chars": n_chars,
            "seconds": round(seconds, 1),
            "cpu_seconds": round(time.process_time() - cpu_started, 1),
        }
        (model_dir / CONFIG_FILE).write_text(json.dumps(config, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return cls(config, model_path=model_path)

    @classmethod
    def from_disk(cls, path: str | Path) -> CrfNer:
        """Load a model folder (``model.crfsuite`` + ``config.json``).

        Raises ``FileNotFoundError`` when a file is missing and ``ValueError`` when jieba's
        installed dictionary differs from the one the model was trained with.
        """
        path = Path(path)
        for name in (MODEL_FILE, CONFIG_FILE):
            if not (path / name).is_file():
                raise FileNotFoundError(f"NER model folder {path} lacks {name} (train one with `run_pipeline.py train-ner`)")
        config = json.loads((path / CONFIG_FILE).read_text(encoding="utf-8"))
        expected = config.get("jieba_dict_sha256")
        if expected:
            actual = _sha256(_jieba_dict_path())
            if actual != expected:
                raise ValueError(
                    f"{path / CONFIG_FILE}: trained with jieba {config.get('jieba_version')} whose dict.txt hash is "
                    f"{expected[:12]}, but the installed {_jieba_dict_path()} hashes to {actual[:12]}; "
                    "install that jieba version or retrain"
                )
        return cls(config, model_path=path / MODEL_FILE)

    def to_disk(self, path: str | Path) -> None:
        """Write ``model.crfsuite`` and ``config.json`` into the folder ``path`` (created if needed)."""
        if self._model_path is None:
            raise ValueError("model has no trained CRF to save")
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        target = path / MODEL_FILE
        if target.resolve() != self._model_path.resolve():
            target.write_bytes(self._model_path.read_bytes())
        (path / CONFIG_FILE).write_text(json.dumps(self.config, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    def predict_tags(self, texts: Sequence[str]) -> list[list[str]]:
        """BMES tags, one per character, for each text."""
        if self._tagger is None:
            raise ValueError("model is not trained")
        tag = self._tagger.tag
        featurize = self.featurizer
        return [tag(featurize(text)) if text else [] for text in texts]

    def predict_spans(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """Entities of each text as ``(start, end, label)``: character offsets into that text, end exclusive."""
        return [tags_to_spans(tags) for tags in self.predict_tags(texts)]


def predict_sentences(model: CrfNer, sentences: Sequence[Sentence]) -> list[list[Span]]:
    """Predicted spans for BMES sentences (their text only)."""
    return model.predict_spans([s.text for s in sentences])
