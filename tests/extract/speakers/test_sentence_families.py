"""The speakers' family gate (speed only, 7 December 2026): the loop of ``SpeakerExtractor.__call__`` runs a reading of
a family of ``families.FAMILY_READINGS`` in a sentence only where one scan of the sentence (``SentenceFamilies``) finds
one of the family's words.  None may change a reading, so: every match of a family's readings holds one of its words, the
scan reports every family one of whose words occurs, and the whole extractor gated reads the same as with every family
run, on the real articles under corpus/ and on seeded random strings over the families' words."""

from __future__ import annotations

import pytest

from pipeline.extract.common import Lexicons, split_sentences
from pipeline.extract.speakers import SpeakerExtractor
from pipeline.extract.speakers.families import FAMILY_READINGS, SENTENCE_FAMILIES, SentenceFamilies, family_words
from pipeline.nlp import Pipeline
from pipeline.regex_gate import LiteralGated
from tests.extract.gate_inputs import REAL_FILES, random_texts, read_alike

WORDS = family_words()

# Pieces of the families' words and of what stands around them (random text over them tries both sides of the gate).
FAMILY_PIECES = sorted({w for words in WORDS.values() if words for w in words} | {
    "王强", "李明", "局长", "书记", "主任", "代表", "，", "。", "、", "：", "\n", "他", "在", "会上", "座谈会", "讲话", "发言",
    "表示", "说", "致辞", "主持", "颁奖", "为", "的", "了", "作", "报告", "会议", "召开", "检查", "中", "时", "环节", "述职",
    "其中", "轮到", "“", "”", "获得", "称号", "学习", "请", "先后", "分别", "结束", "后", "前", "还将", "邀", "学院", "系",
    "有", "是", "谈到", "说：", "此次", "人"})
# Sentences each family reads something in (the rarest readings' own examples, beside the random text).
FAMILY_EXAMPLES = ["谈到此次获奖，韦某表示", "王强作了工作报告，总结了一年工作，部署了今年重点任务。", "王明说：“李华部长接见我时说",
                   "毕业生代表、电机工程系林子涵发言", "等一会儿，还将请县长王某作重要讲话", "在大会上发言的还有李明、王强等",
                   "颁奖嘉宾：王强；李明", "会后，李明深入企业检查，他强调", "片中，刘某在忏悔时说", "其中，驻村第一书记李某介绍"]
# Pieces holding no word of a family (pages naming people whose sentences skip every family).
PLAIN_PIECES = ["王强", "李明", "局长", "县委书记", "，", "。", "、", "\n", "今天", "县委", "公园", "散步", "和", "在", "表示"]


def _random_texts(seed: int, count: int, pieces: list[str] = FAMILY_PIECES) -> list[str]:
    return random_texts(seed, count, pieces, longest=40)


@pytest.fixture(scope="module")
def real_sentences() -> list[str]:
    assert REAL_FILES, "no raw articles under corpus/"
    return [s.text for path in REAL_FILES for s in split_sentences(path.read_text(encoding="utf-8", errors="replace"))]


def test_every_family_has_words() -> None:
    assert SENTENCE_FAMILIES.always == frozenset() and all(WORDS.values())  # (every family gated: none always run)


@pytest.mark.parametrize("family", sorted(FAMILY_READINGS))
def test_each_match_of_a_familys_readings_holds_one_of_its_words(family: str, real_sentences: list[str]) -> None:
    words = WORDS[family]
    assert words is not None
    matched = 0
    for pattern in FAMILY_READINGS[family][1]:
        compiled = pattern._compiled if isinstance(pattern, LiteralGated) else pattern  # (the pattern ungated)
        for text in [*real_sentences, *FAMILY_EXAMPLES, *_random_texts(861, 3000)]:
            # (in a short text, a match at every start and a search up to every end, as the loop reads the stretch
            # before a name, many patterns anchored at its end; in a long one, a search of the whole)
            found = [*(compiled.match(text, start) for start in range(len(text))),
                     *(compiled.search(text, 0, end) for end in range(1, len(text) + 1))] if len(text) < 60 \
                else list(compiled.finditer(text))
            found = [m for m in found if m]
            for m in found:
                matched += 1
                assert any(w in m.group() for w in words), (family, m.group(), text)
    assert matched > 0 or not FAMILY_READINGS[family][1]


def test_the_scan_reports_every_family_whose_words_occur(real_sentences: list[str]) -> None:
    texts = [*real_sentences, *FAMILY_EXAMPLES, *_random_texts(862, 5000)]
    left_out = 0
    for text in texts:
        present = SENTENCE_FAMILIES(text)
        occurring = {name for name, words in WORDS.items() if words and any(w in text for w in words)}
        assert occurring <= present, (text, occurring - present)
        left_out += len(SENTENCE_FAMILIES.names - present)
    assert left_out > 10_000  # (families left out: the gate is tried)


def test_a_word_starting_inside_another_reported_is_not_lost() -> None:
    # (the scan's matches do not overlap: 会后 inside 会议结束后, 结束后 starting inside it, are still reported)
    families = SentenceFamilies({"a": ["会议结束后"], "b": ["结束后"], "c": ["束后天"], "d": ["议"], "e": ["天气"]})
    assert families("会议结束后天气") >= {"a", "b", "c", "d", "e"}
    assert families("今天晴") == frozenset()


def test_speakers_read_the_same_behind_the_family_gate(lex: Lexicons, before_extract: Pipeline) -> None:
    gated, plain = SpeakerExtractor(lex), SpeakerExtractor(lex)
    plain._families = lambda text: SENTENCE_FAMILIES.names  # (every family run in every sentence, as before the gate)
    pages = [*(path.read_text(encoding="utf-8", errors="replace") for path in REAL_FILES),
             *_random_texts(863, 400), *_random_texts(864, 100, PLAIN_PIECES)]
    skipped, found = read_alike(gated, plain, before_extract, pages, lambda doc, sentences: sum(
        len(SENTENCE_FAMILIES.names - SENTENCE_FAMILIES(s.text)) for s in sentences))
    assert skipped > 10_000 and found > 100  # (families left out, and pages giving speakers)
