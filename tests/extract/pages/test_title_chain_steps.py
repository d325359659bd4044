"""Steps of the speakers' title reading made cheaper (speed only, 7 December 2026), each checked against the step it
replaced, kept here alone as the reference: ``SpeakerTitles.title_before`` walks back over a title chain by one scan to
the last character that may stop it (``titles._CHAIN_STOP_BEFORE``) before its walk per character; the start of the
name's part of its sentence is read from the sentence's start; ``patterns._without_stray_marks`` returns a title with
nothing to take off its edges as it is.  None may change a reading, so each is compared with the plain step at every
name-like place of the sentences of the real articles under corpus/ and of seeded random strings over the characters
the steps look for, and the whole extractor with the plain walk on those pages."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract.common import Lexicons, start_after
from pipeline.extract.speakers import SpeakerExtractor
from pipeline.extract.speakers import patterns as patterns_module
from pipeline.extract.speakers import titles as titles_module
from pipeline.nlp import Pipeline
from tests.extract.gate_inputs import random_texts, read_alike

# Pieces of title chains and of what stops a walk over one: spaces (between Latin letters too), clause marks,
# brackets of class numbers and qualifiers, edge marks and pairs of quotes and brackets.
CHAIN_PIECES = ["县委", "书记", "、", "局长", "王强", "李明", "副院长", "（主持工作）", "高二", "（3）", "班", "学生", " ", "\u3000",
                "\u00a0", "LG", " Chem", "亚太区总裁", "，", "。", "；", "\n", "：", "（", "）", "(", ")", "“", "”", "《", "》",
                "【", "】", "·", "!", "?", "代表", "会上", "主持人", "为", "的", "将", "我们将", "；", "在", "同", "市长"]


def _random_texts(seed: int, count: int) -> list[str]:
    return random_texts(seed, count, CHAIN_PIECES, longest=40)


class _PlainWalk:
    """A stand-in for ``titles._CHAIN_STOP_BEFORE`` whose match ends where the walk is: title_before walks back one
    character at a time from there, as it did before the scan."""

    @staticmethod
    def match(text: str, pos: int, endpos: int) -> re.Match[str]:
        return re.compile("").match(text, endpos)  # type: ignore[return-value]  # (an empty match ending at endpos)


def _plain_without_stray_marks(title: str) -> str:
    """``_without_stray_marks`` as it was, the reference of the fast return."""
    changed = True
    while changed and title:
        changed = False
        stripped = title.strip(patterns_module._EDGE_PUNCTUATION + " 　")
        for opening, closing in patterns_module._PAIRED_MARKS:
            if stripped[:1] == closing or (stripped[:1] == opening and closing not in stripped):
                stripped = stripped[1:]
            if stripped[-1:] == opening or (stripped[-1:] == closing and opening not in stripped):
                stripped = stripped[:-1]
        changed = stripped != title
        title = stripped
    return title


def _places(text: str, rng: random.Random) -> list[tuple[int, int]]:
    """Name-like places of ``text``: each Han run of two or three characters, and a few random spans."""
    spans = [m.span() for m in re.finditer("[\u4e00-\u9fff]{2,3}", text)]
    spans += [(start, rng.randint(start, len(text))) for start in (rng.randint(0, len(text)) for _ in range(2))]
    return spans


def test_without_stray_marks_reads_as_the_loop(real_pages: list[str]) -> None:
    texts = [*_random_texts(911, 3000), *(line for page in real_pages for line in page.splitlines())]
    changed = 0
    for text in texts:
        for title in {text, text[:12], text[-12:], text.strip()}:
            expected = _plain_without_stray_marks(title)
            assert patterns_module._without_stray_marks(title) == expected, title
            changed += expected != title
    assert changed > 1000  # (both sides of the fast return are tried)


def test_the_part_of_the_sentence_starts_as_read_whole(real_pages: list[str]) -> None:
    rng = random.Random(912)
    for text in [*_random_texts(913, 2000), *real_pages[:200]]:
        for start in {rng.randint(0, len(text)) for _ in range(20)}:
            sentence_start = start_after(text, start, "。！？\n")
            assert start_after(text, start, "；;", floor=sentence_start) == start_after(text, start, "。！？\n；;")


def test_title_before_reads_as_the_plain_walk(lex: Lexicons, real_pages: list[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    scanned, plain = SpeakerExtractor(lex), SpeakerExtractor(lex)
    rng = random.Random(914)
    texts = [*(line for page in real_pages for line in page.splitlines() if line.strip()), *_random_texts(915, 3000)]
    cases = [(text, start, end, floor) for text in texts for start, end in _places(text, rng)[:12]
             for floor in {0, rng.randint(0, start)}]
    expected = []
    with monkeypatch.context() as patched:
        patched.setattr(titles_module, "_CHAIN_STOP_BEFORE", _PlainWalk)
        for text, start, end, floor in cases:
            expected.append(plain.title_before(text, start, end, floor))
    titled = 0
    for (text, start, end, floor), reading in zip(cases, expected, strict=True):
        assert scanned.title_before(text, start, end, floor) == reading, (text, start, end, floor)
        titled += reading[0] is not None
    assert len(cases) > 50_000 and titled > 2_000  # (both readings: titles read and none)


def test_speakers_read_the_same_with_the_plain_walk(lex: Lexicons, before_extract: Pipeline, real_pages: list[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [*real_pages, *_random_texts(916, 300)]
    scanned, plain = SpeakerExtractor(lex), SpeakerExtractor(lex)

    def plain_reading(doc, sentences):  # type: ignore[no-untyped-def]
        with monkeypatch.context() as patched:
            patched.setattr(titles_module, "_CHAIN_STOP_BEFORE", _PlainWalk)
            return plain(doc, sentences)

    _, found = read_alike(scanned, plain_reading, before_extract, pages)
    assert found > 100
