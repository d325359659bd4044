"""Two speaker gates (speed only, 7 December 2026).

The untitled gate: ``SpeakerMentions._rule_names`` reads a sentence holding no title word no further where none of
``mentions._UNTITLED_NAME_WORDS`` stands in it and none of the page's tests that the untitled readings make finds
something (``_untitled_readable``).  The region gate: ``SpeakerRoles._roles_in`` reads the page's region
(``page_region``, ``_region_flags``) only for a window holding ``roles._CONFERRAL_LITERAL``, the word of every match of
``_HOSTED_CONFERRAL``, the one reading that depends on the region.  None may change a reading, so the gated readings are
checked against the plain ones on every sentence of the real articles under corpus/ (the held-out folders left out)
and of seeded random strings over the words the readings look for, and the whole extractor on those pages."""

from __future__ import annotations

import random

import pytest

from pipeline.document import Document
from pipeline.extract.common import Lexicons, page_region, split_sentences
from pipeline.extract.speakers import SpeakerExtractor
from pipeline.extract.speakers import mentions as mentions_module
from pipeline.extract.speakers import roles as roles_module
from pipeline.extract.speakers.mentions import _ABSENT_TESTS
from pipeline.extract.speakers.patterns import _HOSTED_CONFERRAL, _OTHER_CEREMONY
from pipeline.nlp import Pipeline
from tests.extract.gate_inputs import random_texts, read_alike

# Every name a test of the page may carry in ``absent`` (SpeakerMentions._absent_in).
ALL_ABSENT = frozenset({name for name, _ in _ABSENT_TESTS} | {"turn", "counted", "labelled_unnamed", "title_extra"})

# Pieces of the anchors of the rule names, of title words, names and what stands around them (random text over them
# tries both sides of the gate).
NAME_PIECES = ["王强", "李明", "张", "欧阳", "同志", "同学", "干部", "市税务局", "反映", "反馈", "建议", "提出", "·", "约翰", "史密斯",
               "博士", "图为", "主持人", "：", "报告人", "主讲人", "局长", "书记", "教授", "院士", "代表", "村民", "发言", "讲话",
               "说", "表示", "劳动模范", "分别", "先后", "3名", "依次", "作交流发言", "上台", "第一个", "开口", "Michael", "Smith",
               "阿不都", "热合曼", "买买提", "沙马", "拉铁", "，", "。", "、", "\n", "“", "”", "（", "）", "在", "会上", "和", "的",
               "颁奖", "主持", "主持颁奖仪式", "典礼", "师傅", "家", "班", "机械学院", "化学系", "教授", "研究员"]
# Pieces of the conferrals officiated (主持颁奖仪式, 主持颁奖典礼) and what stands around them.
CONFERRAL_PIECES = ["主持", "了", "颁奖", "仪式", "典礼", "大会", "活动", "工作", "，", "。", "局长", "王强", "并", "讲话", "颁", "奖"]
# Pieces holding no anchor and no title word (the sentences the gate skips).
PLAIN_PIECES = ["王强", "李明", "今天", "公园", "散步", "天气", "晴朗", "大家", "，", "。", "\n", "在", "和", "学习", "工作"]


def _random_texts(seed: int, count: int, pieces: list[str] = NAME_PIECES) -> list[str]:
    return random_texts(seed, count, pieces, longest=30)


def test_the_gates_are_built(lex: Lexicons) -> None:
    assert mentions_module._UNTITLED_NAME_WORDS  # (_ROLE_LABEL's literals known: the untitled gate is on)
    assert SpeakerExtractor(lex)._untitled_anchor is not None


def test_rule_names_read_the_same_behind_the_untitled_gate(lex: Lexicons, real_pages: list[str]) -> None:
    gated, plain = SpeakerExtractor(lex), SpeakerExtractor(lex)
    plain._untitled_anchor = None  # (the reading as it was before the gate)
    pages = [*real_pages, *_random_texts(931, 3000), *_random_texts(932, 300, PLAIN_PIECES)]
    skipped = found = 0
    for page in pages:
        texts = [page, *(s.text for s in split_sentences(page))]
        # (any set of the page's tests: the gate makes the tests the readings make, so it holds for every one)
        for absent in (frozenset(), gated._absent_in(page), ALL_ABSENT):
            for text in texts:
                gated._title_cache, plain._title_cache = {}, {}
                expected = plain._rule_names(text, absent)
                assert gated._rule_names(text, absent) == expected, (text, absent)
                skipped += not gated._titles_in(text) and not gated._untitled_readable(text, absent)
                found += bool(expected)
    assert skipped > 10_000 and found > 1_000  # (both sides of the gate are tried)


@pytest.mark.parametrize("seed", [933, 934])
def test_every_hosted_conferral_holds_the_region_gate_literal(seed: int, real_pages: list[str]) -> None:
    matched = 0
    for text in [*real_pages, *_random_texts(seed, 3000, CONFERRAL_PIECES)]:
        for m in _HOSTED_CONFERRAL.finditer(text):
            matched += 1
            assert roles_module._CONFERRAL_LITERAL in m.group(), (m.group(), text)
    assert matched > 100


def test_roles_without_the_literal_read_the_same_in_every_region(lex: Lexicons, real_pages: list[str]) -> None:
    speakers = SpeakerExtractor(lex)
    rng = random.Random(935)
    windows = [s.text for page in real_pages for s in split_sentences(page)]
    windows += [w[rng.randint(0, len(w)) :] for w in _random_texts(936, 2000)]
    windows += _random_texts(939, 2000, CONFERRAL_PIECES)
    read = 0
    try:
        for window in windows:
            if roles_module._CONFERRAL_LITERAL in window:
                continue
            readings = set()
            for flags in ((False, False), (True, False), (True, True)):
                speakers._sar_page, speakers._sar_gala = flags
                readings.add(tuple(speakers._read_roles_in(window)))
            assert len(readings) == 1, window
            read += bool(readings.pop())
    finally:
        speakers._sar_page = speakers._sar_gala = False
    assert read > 1_000


class _EagerRegion(SpeakerExtractor):
    """The extractor as it was before the region gate: the page's region read for every document, the untitled gate
    off."""

    def __call__(self, doc: Document, sentences: list) -> list:  # type: ignore[override]
        self._untitled_anchor = None
        sar_page = page_region(doc) in ("hong_kong", "macau")
        sar_gala = sar_page and _OTHER_CEREMONY.search(doc.clean_text) is not None
        self._region_flags = lambda: (sar_page, sar_gala)  # type: ignore[method-assign]
        return super().__call__(doc, sentences)


def test_speakers_read_the_same_behind_both_gates(lex: Lexicons, before_extract: Pipeline,
                                                   real_pages: list[str]) -> None:
    gated, plain = SpeakerExtractor(lex), _EagerRegion(lex)
    pages = [*real_pages, *_random_texts(937, 400), *_random_texts(938, 100, PLAIN_PIECES),
             "香港特区政府今日举行典礼，局长王强主持颁奖仪式并致辞。", "市长王强主持颁奖仪式并讲话。",
             "香港特区政府今日舉行青年節典禮，局長王強主持頒獎典禮並致辭。"]
    _, found = read_alike(gated, plain, before_extract, pages)
    assert found > 100
