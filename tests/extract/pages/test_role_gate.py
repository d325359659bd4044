"""The speakers' role gate (speed only, 7 December 2026): ``SpeakerRoles.roles_after`` returns no role at once where the
stretch between the name and the limit holds none of the words of ``roles.role_words`` (the trigger words and the
required literals of every reading that gives a role).  None may change a reading, so the gated reading is checked
against the plain one at every name-like place of the sentences of the real articles under corpus/ and of seeded random
strings over the words the readings look for, and the whole extractor gated against the plain one on those pages."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract.common import Lexicons, split_sentences
from pipeline.extract.speakers import SpeakerExtractor
from pipeline.extract.speakers import roles as roles_module
from pipeline.nlp import Pipeline
from tests.extract.gate_inputs import random_texts, read_alike

# Pieces of the readings' words and of what stands around them (random text over them tries both sides of the gate).
ROLE_PIECES = ["主持", "会议", "讲话", "致辞", "发言", "作", "了", "报告", "关于", "的", "《", "》", "题为", "“", "”", "党课", "课",
               "为", "给", "上", "一堂", "带领", "学习", "宣誓", "代表", "介绍", "经验", "做法", "进行", "部署", "动员", "总结",
               "安排", "反映", "建议", "提出", "答复", "记者", "提问", "谈", "体会", "授", "锦旗", "佩戴", "纪念章", "说", "表示",
               "，", "。", "、", "\n", "王强", "李明", "局长", "书记", "他", "在", "会上", "座谈会", "召开", "列席", "并"]


# Pieces holding no word of a reading (pages of names and posts that give no role).
PLAIN_PIECES = ["王强", "李明", "局长", "县委书记", "，", "。", "、", "\n", "今天", "县委", "公园", "散步", "他", "和", "在"]


def _random_texts(seed: int, count: int, pieces: list[str] = ROLE_PIECES) -> list[str]:
    return random_texts(seed, count, pieces, longest=30)


def test_the_gate_is_built(lex: Lexicons) -> None:
    assert SpeakerExtractor(lex)._role_words is not None  # (every reading's literals known: the gate is on)


@pytest.mark.parametrize("pattern", list(roles_module._ROLE_READING_WORDS), ids=str)
def test_the_words_chosen_for_a_reading_are_in_each_of_its_matches(pattern: int, real_pages: list[str]) -> None:
    compiled = next(p for p in roles_module._ROLE_READINGS if id(p) == pattern)
    words = roles_module._ROLE_READING_WORDS[pattern]
    matched = 0
    for text in [*real_pages, *_random_texts(821, 3000)]:
        for start in range(len(text)) if len(text) < 80 else (0,):
            for m in compiled.finditer(text, start) if len(text) < 80 else compiled.finditer(text):
                matched += 1
                assert any(w in m.group() for w in words), (m.group(), text)
    assert matched > 20


def test_roles_after_reads_the_same_behind_the_gate(lex: Lexicons, real_pages: list[str]) -> None:
    gated, plain = SpeakerExtractor(lex), SpeakerExtractor(lex)
    plain._role_words = None  # (the reading as it was before the gate)
    rng = random.Random(822)
    texts = [*(s.text for page in real_pages for s in split_sentences(page)), *_random_texts(823, 3000)]
    skipped = found = 0
    for text in texts:
        # (after every name-like place: the end of each Han run of two or three characters, and a few others)
        ends = sorted({m.end() for m in re.finditer("[\u4e00-\u9fff]{2,3}", text)} | {rng.randint(0, len(text))})
        for end in ends[:12]:
            for limit in (len(text), rng.randint(end, len(text)), end):
                for flags in ({}, {"pronoun": True}, {"address": True, "briefing": True}):
                    expected = plain.roles_after(text, end, limit, **flags)
                    assert gated.roles_after(text, end, limit, **flags) == expected, (text, end, limit, flags)
                    skipped += gated._role_words.search(text, end, limit) is None
                    found += bool(expected)
    assert skipped > 10_000 and found > 10_000  # (both sides of the gate are tried)


def test_speakers_read_the_same_behind_the_role_gate(lex: Lexicons, before_extract: Pipeline,
                                                      real_pages: list[str]) -> None:
    gated, plain = SpeakerExtractor(lex), SpeakerExtractor(lex)
    plain._role_words = None
    pages = [*real_pages, *_random_texts(824, 400), *_random_texts(825, 100, PLAIN_PIECES),
             "王强\n\n今天天气晴朗，大家在公园散步。"]
    without, found = read_alike(gated, plain, before_extract, pages,
                                lambda doc, sentences: gated._role_words.search(doc.clean_text) is None)
    assert without > 20 and found > 100  # (pages with no role word, and pages giving speakers)
