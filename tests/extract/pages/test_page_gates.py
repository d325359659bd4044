"""Work the extract stage skips or does once per page, put behind named preconditions (speed only, fourth stop of
7 December 2026): none may change a reading, so each is checked against the reading it stands for, on invented lines,
on seeded random strings over the words the reading looks for, and on the sentences of the real articles under
corpus/ (the specification articles and the fresh sets' raw pages).

- ``title_extra`` (SpeakerMentions._absent_in): a page holding none of the ranks and degrees of ``_title_after_extra``
  holds none in any sentence, so ``_rule_names`` reads the same names without searching each untitled sentence.
- ``person_context._ends_of``: the occurrences of a name found by ``str.find``, as ``re.finditer`` of the escaped name
  finds them (no pattern compiled per name), and ``country_named`` reading the same with it.
- ``AwardExtractor._conferral_words``: a page holding none of the words that could confer an honour gives no award
  record, so its sentences are not read; every page gives the records the ungated extractor gives.
- ``SpeakerExtractor._names_nobody``: a page where no sentence can give a mention (no rule name, model name or known
  name, no line short enough to be a bare name) gives no speaker, so its sentences are not read one by one; every page
  gives the speakers the ungated extractor gives.
- ``MeetingDates._dateline_day``: where the sentence's year settles the dateline's day, the dateline's own reading
  (``date_of``) is not made; the day is the one the eager reading gave.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from pipeline.config import load_config
from pipeline.document import Document
from pipeline.extract.awards import AwardExtractor
from pipeline.extract.common import Lexicons, split_sentences
from pipeline.extract.meetings import MeetingExtractor
from pipeline.extract.speakers import SpeakerExtractor, person_context
from pipeline.extract.speakers.person_context import _COUNTRY_WORD_AFTER, _ends_of, country_named
from pipeline.nlp import Pipeline
from pipeline.values import parse_date
from tests.extract.gate_inputs import prepared, read_alike

# Real pages: every raw article under corpus/ (a few hundred), read once per test module.

LINES = [
    "哈佛大学教授李明在会上作了报告，博士王强、研究员赵华参加了座谈。",
    "总督察陈志强、高级警司黄伟明出席典礼并致辞。",
    "市公安局少校张某、上校李某，学校监张老师先后发言。",
    "马耳他人民欢迎马耳他驻华大使，马耳他副总理兼外交部长乔治·韦拉致辞。",
    "啊啊啊人民，啊啊境内，国内国内国内。",
    "今天天气晴朗，大家在公园散步。",
    "",
]


@pytest.fixture(scope="module")
def speakers() -> SpeakerExtractor:
    config = load_config()
    return SpeakerExtractor(Lexicons.from_dirs(config["patterns_dir"], config["lexicons_dir"]))


def _random_lines(words: list[str], seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [*words, *{w[:1] for w in words if w}, "王强", "李明", "局长", "书记", "，", "。", "、", "的", "在", "\n", "A"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(count)]


def _extra_words(speakers: SpeakerExtractor) -> list[str]:
    return speakers._title_after_extra.pattern.split("|")


def test_title_extra_is_absent_exactly_where_the_page_holds_none(speakers: SpeakerExtractor,
                                                                 real_pages: list[str]) -> None:
    words = _extra_words(speakers)
    for text in [*LINES, *_random_lines(words, 811, 2000), *real_pages]:
        speakers._absent_text = None
        absent = speakers._absent_in(text)
        assert ("title_extra" in absent) == (not any(w in text for w in words)), text


def test_rule_names_read_the_same_with_the_title_extra_gate(speakers: SpeakerExtractor,
                                                             real_pages: list[str]) -> None:
    words = _extra_words(speakers)
    pages = [*LINES, *_random_lines(words, 812, 2000), *real_pages]
    gated_pages = 0
    for text in pages:
        speakers._absent_text = None
        absent = speakers._absent_in(text)
        if "title_extra" not in absent:
            continue
        gated_pages += 1
        for sentence in split_sentences(text):
            speakers._title_cache = {}
            assert speakers._rule_names(sentence.text, absent) == speakers._rule_names(
                sentence.text, absent - {"title_extra"}), sentence.text
    assert gated_pages > len(real_pages) // 2  # (most pages hold none of the words: the gate is what is tested)


def test_name_ends_found_by_find_are_those_of_the_escaped_pattern(real_pages: list[str]) -> None:
    rng = random.Random(813)
    alphabet = ["啊", "人", "民", "国", "内", "马耳他", "。", "."]
    cases = [("啊啊", "啊啊啊啊啊"), ("a.b", "a.ba.bxa.b"), ("国内", "国内国内国")]
    for _ in range(3000):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        cases.append((word, "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))))
    for text in real_pages[:60]:
        for sentence in split_sentences(text)[:5]:
            cases.append((sentence.text[2:4], text))
    for word, text in cases:
        if not word:
            continue
        assert list(_ends_of(word, text)) == [m.end() for m in re.finditer(re.escape(word), text)], (word, text)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("马耳他人民欢迎客人，马耳他副总理乔治·韦拉致辞。", "马耳他", True),
    ("马耳他驻华大使出席。", "马耳他", True),
    ("王强出席并致辞。", "王强", False),
    ("王强王强人民", "王强", True),
    ("", "王强", False),
    ("人民", "", False),
])
def test_country_named_reads_as_before(text: str, name: str, expected: bool) -> None:
    person_context._COUNTRY_CACHE[:] = [None, {}]
    assert country_named(text, name) is expected
    before = bool(name) and any(_COUNTRY_WORD_AFTER.match(text, m.end()) for m in re.finditer(re.escape(name), text))
    assert before is expected


AWARD_PIECES = ["表彰", "授予", "荣获", "获", "奖", "称号", "名单", "事迹", "认定", "跻身", "入选", "确定", "如下", "奖励",
                "授了", "颁了", "牌", "“", "”", "‘", "’", "先进集体", "优秀教师", "10名", "3个", "共", "等", "：", "（5个）",
                "\n", "\n一、", "| 优秀员工 | 45名 |\n", "，", "。", "县委", "召开", "大会", "王强"]


def test_awards_read_the_same_behind_the_page_gate(before_extract: Pipeline, real_pages: list[str]) -> None:
    config = load_config()
    lex = Lexicons.from_dirs(config["patterns_dir"], config["lexicons_dir"])
    gated, plain = AwardExtractor(lex), AwardExtractor(lex)
    assert gated._conferral_words is not None
    plain._conferral_words = None  # (the extractor as it read before the gate)
    rng = random.Random(814)
    pages = [*real_pages,
             *("".join(rng.choice(AWARD_PIECES) for _ in range(rng.randint(4, 40))) for _ in range(400)),
             "县委召开表彰大会，表彰了10名优秀教师和3个先进集体。", "今天天气晴朗，大家在公园散步。"]
    skipped, found = read_alike(gated, plain, before_extract, pages,
                                lambda doc, sentences: gated._conferral_words.search(doc.clean_text) is None)
    assert skipped > 100 and found > 20  # (both sides of the gate are tried)


def _eager_dateline_day(meetings: MeetingExtractor, doc: Document, dateline: str, sentence: str,
                        reference: dt.date | None) -> str | None:
    """``_dateline_day`` as it read before (certain=False): the dateline's own reading first, then the sentence's year."""
    on = meetings.date_of(doc, dateline, reference)[0]
    value = parse_date(dateline)
    if reference is None and value is not None and value.year is None and value.month is not None:
        year = meetings.year_from_text(doc, sentence, value.month)
        try:
            on = dt.date(year, value.month, value.day).isoformat() if year and value.day else on
        except ValueError:
            pass
    return on


DATELINES = ["新华社长沙1月16日电", "本报北京1月5日讯", "12月31日", "2月30日", "今天", "1月", "5月8日上午", "１月１０日",
             "2024年3月1日", "十二月三日"]


def test_dateline_day_reads_as_the_eager_reading(before_extract: Pipeline, real_pages: list[str]) -> None:
    config = load_config()
    meetings = MeetingExtractor(Lexicons.from_dirs(config["patterns_dir"], config["lexicons_dir"]))
    rng = random.Random(815)
    compared = settled = 0
    for text in [*real_pages[::8], "本报北京1月5日讯 1997年全国工作会议今天召开。", "1998年的会议在1月8日召开。"]:
        doc = prepared(before_extract, text)
        if doc is None:
            continue
        sentences = split_sentences(doc.clean_text)
        for sentence in rng.sample(sentences, min(3, len(sentences))):
            for dateline in DATELINES:
                for reference in (None, dt.date(2024, 5, 8)):
                    got = meetings._dateline_day(doc, dateline, sentence.text, reference)
                    assert got == _eager_dateline_day(meetings, doc, dateline, sentence.text, reference), (dateline, text)
                    compared += 1
                    settled += got is not None
    assert compared > 1000 and settled > 100  # (both branches: a day settled by the sentence, the eager reading)


class _PlainSpeakers(SpeakerExtractor):
    """The speaker extractor as it read before the page gate: every page's sentences read."""

    def _names_nobody(self, *args: object) -> bool:
        return False


SPEAKER_PIECES = ["县委", "召开", "会议", "主持", "讲话", "致辞", "他", "她", "表示", "指出", "书记", "县长", "王强", "李明",
                  "王", "李", "，", "。", "\n", "：", "主持人：", "图为", "嘉宾", "颁奖", "同志", "记者", "张华说", "“", "”"]


def test_speakers_read_the_same_behind_the_page_gate(before_extract: Pipeline, real_pages: list[str]) -> None:
    config = load_config()
    lex = Lexicons.from_dirs(config["patterns_dir"], config["lexicons_dir"])
    gated, plain = SpeakerExtractor(lex), _PlainSpeakers(lex)
    rng = random.Random(816)
    pages = [*real_pages,
             *("".join(rng.choice(SPEAKER_PIECES) for _ in range(rng.randint(2, 30))) for _ in range(400)),
             "会议在县委召开。\n王强\n会议强调，要抓好落实。", "今天天气晴朗，大家在公园散步。他说，很好。"]

    def nobody_named(doc: Document, sentences: list) -> int:
        index = gated.person_index(doc)
        return gated._names_nobody(sentences, gated.known_names(doc, sentences, set(), index=index), index)

    skipped, found = read_alike(gated, plain, before_extract, pages, nobody_named)
    assert skipped > 100 and found > 100  # (both sides of the gate are tried)
