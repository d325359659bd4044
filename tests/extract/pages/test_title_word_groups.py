"""The speakers' title words cut into groups by first character (speed only, 7 December 2026): the patterns built on
the lexicon's title words (``_title_any``, ``_title_end``, ``_title_after``, ``_collective_posts``) use
``grouped_word_alternation`` instead of one ``word_alternation`` tree.  None may change a reading, so the grouped
patterns are compared with the ones built on the plain tree (kept here alone as the reference) at every place of the
sentences of the real articles under corpus/ and of seeded random strings, the builder on random word lists, and the
whole extractor with the plain patterns on those pages."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract.common import Lexicons, grouped_word_alternation, split_sentences, word_alternation
from pipeline.extract.speakers import SpeakerExtractor
from pipeline.extract.speakers import extractor as extractor_module
from pipeline.nlp import Pipeline
from tests.extract.gate_inputs import random_texts, read_alike

TITLE_PATTERNS = ("_title_any", "_title_end", "_title_after", "_collective_posts")


def _plain_extractor(lex: Lexicons, monkeypatch: pytest.MonkeyPatch) -> SpeakerExtractor:
    """An extractor whose title patterns are built on one tree of all the title words, as before the groups."""
    with monkeypatch.context() as patched:
        patched.setattr(extractor_module, "grouped_word_alternation", lambda words, groups: word_alternation(words))
        return SpeakerExtractor(lex)


def _title_pieces(lex: Lexicons) -> list[str]:
    rng = random.Random(931)
    return [*rng.sample(sorted(lex.titles), 60), "王强", "李明", "、", "，", "。", " ", "副", "常务", "代表", "委员",
            "主任", "书记", "长", "局", "市", "县", "（", "）", "Smith", "和", "的", "发言", "主持"]


def test_the_title_patterns_are_grouped(lex: Lexicons) -> None:
    grouped = SpeakerExtractor(lex)
    assert grouped._title_any.pattern.count("(?=[") > extractor_module.TITLE_WORD_GROUPS  # (the pair gate and the groups)


def test_title_patterns_read_as_the_plain_tree(lex: Lexicons, real_pages: list[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    grouped, plain = SpeakerExtractor(lex), _plain_extractor(lex, monkeypatch)
    assert grouped._title_after_openers == plain._title_after_openers
    texts = [*(s.text for page in real_pages for s in split_sentences(page)),
             *random_texts(932, 2000, _title_pieces(lex), longest=12)]
    found = 0
    for text in texts:
        for name in TITLE_PATTERNS:
            new, old = getattr(grouped, name), getattr(plain, name)
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], (name, text)
        for i in range(len(text)):
            for name in TITLE_PATTERNS:
                new, old = getattr(grouped, name), getattr(plain, name)
                expected = old.match(text, i)
                got = new.match(text, i)
                assert (got and got.span()) == (expected and expected.span()), (name, text, i)
                found += expected is not None
            expected = plain._title_end.fullmatch(text, i, min(len(text), i + 8))
            assert bool(grouped._title_end.fullmatch(text, i, min(len(text), i + 8))) == bool(expected)
    assert found > 20_000  # (places where a title pattern matches)


@pytest.mark.parametrize("seed", range(40))
def test_grouped_alternation_matches_as_the_tree(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "甲乙丙丁戊己庚辛壬癸子丑"
    words = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(5, 60))},
                   key=lambda w: (-len(w), w) if seed % 2 else rng.random())
    groups = rng.randint(2, 6)
    for tail in ("", "$", "{2,}", "(?=丑)"):
        new = re.compile("(?:" + grouped_word_alternation(words, groups) + ")" + tail)
        old = re.compile("(?:" + word_alternation(words) + ")" + tail)
        for _ in range(60):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], (words, text)
            for i in range(len(text) + 1):
                got, expected = new.match(text, i), old.match(text, i)
                assert (got and got.span()) == (expected and expected.span()), (words, text, i)


def test_speakers_read_the_same_with_the_plain_tree(lex: Lexicons, before_extract: Pipeline, real_pages: list[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    grouped, plain = SpeakerExtractor(lex), _plain_extractor(lex, monkeypatch)
    pages = [*real_pages, *random_texts(933, 300, _title_pieces(lex), longest=30)]
    _, found = read_alike(grouped, plain, before_extract, pages)
    assert found > 100
