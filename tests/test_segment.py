"""Tests for :mod:`pipeline.segment`: sentence offsets, the domain user dictionary and jieba words.

The segmenter is built once per module (jieba loads its dictionary in about a second).
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from pipeline.config import DEFAULTS
from pipeline.segment import Segmenter, split_sentences, user_dictionary

LEXICONS = Path(DEFAULTS["lexicons_dir"])


def _ids(rows: list[tuple]) -> list[str]:
    """One test id per row: the input text in the first column (escaped line breaks stay readable)."""
    return [row[0] for row in rows]


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    return Segmenter(LEXICONS)


# ---------------------------------------------------------------------------- sentences

# (text, expected (start, end) offsets)
SENTENCE_CASES = [
    ("", []),
    ("   \n  ", []),
    ("没有标点", [(0, 4)]),
    ("第一句。第二句！", [(0, 4), (4, 8)]),
    ("他说：“好。”然后走了。", [(0, 7), (7, 12)]),
    ("问题？！答案。", [(0, 4), (4, 7)]),
    ("甲；乙", [(0, 2), (2, 3)]),
    ("  开头有空格。\n\n第二行", [(2, 8), (10, 13)]),
    ("标题\n正文第一句。", [(0, 2), (3, 9)]),
    ("Is it? Yes!", [(0, 6), (7, 11)]),
    ("「好。」下一句", [(0, 4), (4, 7)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES, ids=_ids(SENTENCE_CASES))
def test_split_sentences(text: str, expected: list[tuple[int, int]]) -> None:
    spans = split_sentences(text)
    assert spans == expected
    assert all(text[s:e] == text[s:e].strip() and text[s:e] for s, e in spans)


def test_segmenter_split_sentences_is_the_function() -> None:
    text = "第一句。第二句！"
    assert Segmenter(LEXICONS).split_sentences(text) == split_sentences(text) == [(0, 4), (4, 8)]


# ---------------------------------------------------------------------------- user dictionary

# (lexicon word, POS tag it must have in the user dictionary)
DICTIONARY_CASES = [
    ("党委书记", "nn"),
    ("党总支书记", "nn"),
    ("车间主任", "nn"),
    ("党工委", "nt"),
    ("管委会", "nt"),
    ("优秀共产党员", "nz"),
    ("先进基层党组织", "nz"),
    ("优秀", "nz"),
]


@pytest.mark.parametrize(("word", "pos"), DICTIONARY_CASES, ids=_ids(DICTIONARY_CASES))
def test_user_dictionary_reads_lexicons(word: str, pos: str) -> None:
    assert dict(user_dictionary(LEXICONS))[word] == pos


def test_user_dictionary_shape() -> None:
    entries = user_dictionary(LEXICONS)
    assert entries == sorted(entries)
    assert all(len(word) >= 2 and not word.startswith(("#", "_")) and word.strip() == word for word, _ in entries)
    assert "科" not in dict(entries)  # one-character organization words would break up ordinary words


def test_user_dictionary_from_files(tmp_path: Path) -> None:
    (tmp_path / "job_titles.txt").write_text("# 注释\n书记\n总经理  # 说明\n长\n\n", encoding="utf-8")
    (tmp_path / "honor_words.txt").write_text("优秀\thead\n书记\thonor\n先进个人\thonor\n", encoding="utf-8")
    # org_suffixes.txt is missing: skipped; 书记 keeps the tag of the first file that lists it.
    assert user_dictionary(tmp_path) == [("书记", "nn"), ("优秀", "nz"), ("先进个人", "nz"), ("总经理", "nn")]


def test_user_dictionary_empty_dir(tmp_path: Path) -> None:
    assert user_dictionary(tmp_path) == []


# ---------------------------------------------------------------------------- words

# (text, a domain word that must come out as one word)
WHOLE_WORD_CASES = [
    ("开发区党工委副书记王某出席", "党工委副书记"),
    ("他被评为优秀共产党员", "优秀共产党员"),
    ("荣获先进基层党组织称号", "先进基层党组织"),
    ("表彰优秀党务工作者", "优秀党务工作者"),
    ("厂里的车间主任讲话", "车间主任"),
    ("镇党总支书记参加", "党总支书记"),
    ("经开区管委会召开会议", "管委会"),
]


@pytest.mark.parametrize(("text", "word"), WHOLE_WORD_CASES, ids=_ids(WHOLE_WORD_CASES))
def test_words_keep_domain_words_whole(segmenter: Segmenter, text: str, word: str) -> None:
    assert word in [text[s:e] for s, e in segmenter.words(text)]


COVER_TEXTS = [
    "县委书记 王某\n出席会议。",
    "  开发区党工委副书记、管委会主任讲话  ",
    "2021年1月25日下午，50余名干部参加。",
    "",
]


@pytest.mark.parametrize("text", COVER_TEXTS)
def test_words_cover_text_without_white_space(segmenter: Segmenter, text: str) -> None:
    spans = segmenter.words(text)
    assert all(s < e for s, e in spans)
    assert all(prev_end <= start for (_, prev_end), (start, _) in pairwise(spans))
    assert "".join(text[s:e] for s, e in spans) == "".join(text.split())
    assert all(text[s:e].strip() == text[s:e] for s, e in spans)
