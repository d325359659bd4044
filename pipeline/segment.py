"""Sentence splitting and jieba word segmentation with the project's domain dictionary.

Sentences are the extractors' unit of evidence: :func:`split_sentences` cuts after
。！？；!?; (keeping a closing quote with its sentence) and at line breaks, and returns
``(start, end)`` offsets into the text it was given, trimmed of surrounding white space.

Words come from a private :class:`jieba.Tokenizer` (never jieba's global one, so other
code in the process is unaffected) with a user dictionary built from the lexicons in
``models/lexicons``: job titles, organization suffixes and honour words, so that
``党工委副书记`` or ``优秀共产党员`` stay whole words.  Building the tokenizer costs about
a second (jieba loads its 350k-word dictionary), so it is built lazily, on the first
call that needs words.

Known limitations: jieba runs at roughly 80k characters/s on this project's machine, slower
than every other stage, so the default pipeline does not segment whole articles
(``segment.words`` in the config turns it on); sentence splitting does not know
abbreviations with full stops (rare in Chinese news) and splits at every line break.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

_SENTENCE_END = re.compile(r"[。！？!?；;]+[”」’』\"]?|\n+")

#: Lexicon files merged into jieba's user dictionary, with the POS tag given to their words.
USER_DICT_SOURCES: dict[str, str] = {
    "job_titles.txt": "nn",  # job title
    "org_suffixes.txt": "nt",  # organization word
    "honor_words.txt": "nz",  # honour
}
#: jieba frequency given to user words: high enough to beat the split of its parts.
USER_WORD_FREQ = 50_000


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets into ``text`` of its non-empty sentences, in order."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        _append_trimmed(text, start, m.end(), out)
        start = m.end()
    _append_trimmed(text, start, len(text), out)
    return out


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        s = start + (len(chunk) - len(chunk.lstrip()))
        out.append((s, s + len(stripped)))


def user_dictionary(lexicons_dir: str | Path) -> list[tuple[str, str]]:
    """``(word, pos)`` pairs of the domain dictionary read from the lexicon files."""
    words: dict[str, str] = {}
    for name, pos in USER_DICT_SOURCES.items():
        path = Path(lexicons_dir) / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = line.split("#", 1)[0].strip()
            if not entry:
                continue
            word = entry.split()[0]
            if len(word) >= 2 and not word.startswith("_"):
                words.setdefault(word, pos)
    return sorted(words.items())


class Segmenter:
    """Sentences and words of clean text; holds a lazily built jieba tokenizer."""

    def __init__(self, lexicons_dir: str | Path) -> None:
        self.lexicons_dir = Path(lexicons_dir)
        self._tokenizer = None
        self._lock = threading.Lock()

    @staticmethod
    def split_sentences(text: str) -> list[tuple[int, int]]:
        return split_sentences(text)

    @property
    def tokenizer(self):  # noqa: ANN201 -- jieba.Tokenizer, imported lazily
        with self._lock:
            if self._tokenizer is None:
                import jieba

                jieba.setLogLevel(60)
                tokenizer = jieba.Tokenizer()
                tokenizer.initialize()
                for word, pos in user_dictionary(self.lexicons_dir):
                    tokenizer.add_word(word, USER_WORD_FREQ, pos)
                self._tokenizer = tokenizer
        return self._tokenizer

    def words(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` offsets of jieba's words in ``text`` (white space dropped)."""
        return [(s, e) for w, s, e in self.tokenizer.tokenize(text) if w.strip()]
