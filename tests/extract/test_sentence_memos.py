"""Readings that depend on a sentence's text alone are kept across documents and read the same as when made afresh
(a speed-up of extraction, twenty-ninth review round, eighth stop: no reading of corpus/GUIDELINES.md changes, §3
meetings and §4 speakers read as before).

What is kept, each bounded: the rule names of a sentence with the tests its page lacks
(``SpeakerMentions.rule_names``), the title words of a sentence (``_titles_in``), the roles read in a window after a
name with its flags and the page's region (``SpeakerRoles._roles_in``), the meeting a sentence tells held
(``MeetingExtractor.match``) and the meetings a sentence refers to (``MeetingReferences._reference_matches``).  A
document read after another one that held the same sentences, or read twice, gives the records it gives alone.  Every
sentence is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pipeline.config import load_config
from pipeline.extract.common import Lexicons
from pipeline.extract.meetings.extractor import MeetingExtractor
from pipeline.extract.meetings.references import REFERENCE_CACHE_SIZE
from pipeline.extract.speakers import SpeakerExtractor
from pipeline.extract.speakers.mentions import SENTENCE_MEMO_MAX
from pipeline.extract.speakers.roles import ROLES_MEMO_MAX
from pipeline.ingest import RawInput, to_document
from pipeline.nlp import Pipeline
from pipeline.records import to_record
from tests.extract.views import page

SENTENCES = [
    "会上，县委副书记王建新作动员讲话，副县长李红梅主持会议。",
    "市文联主席陈志远、秘书长刘慧芳出席并致辞。",
    "在昨天召开的全区安全生产工作会议上，区长赵立群提出明确要求。",
    "退休教师孙桂兰在座谈会上发言，她回顾了三十年的教学生涯。",
    "今天天气晴朗，居民在公园里散步。",
    "",
]


@pytest.fixture(scope="module")
def lexicons() -> Lexicons:
    config = load_config()
    return Lexicons.from_dirs(config["patterns_dir"], config["lexicons_dir"])


@pytest.fixture(scope="module")
def speakers(lexicons: Lexicons) -> SpeakerExtractor:
    return SpeakerExtractor(lexicons)


@pytest.fixture(scope="module")
def meetings(lexicons: Lexicons) -> MeetingExtractor:
    return MeetingExtractor(lexicons)


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("absent", [frozenset(), frozenset({"honour", "latin", "spoken"})])
def test_kept_rule_names_are_the_names_read_afresh(speakers: SpeakerExtractor, text: str, absent: frozenset[str]) -> None:
    speakers._rule_cache = {}
    kept = speakers.rule_names(text, absent)
    speakers._rule_cache = {}  # (another document holding the sentence: the memo across documents answers)
    assert speakers.rule_names(text, absent) is kept
    assert kept == speakers._rule_names(text, absent)


def test_rule_name_memo_is_bounded(speakers: SpeakerExtractor) -> None:
    speakers._rule_memo.clear()
    for k in range(SENTENCE_MEMO_MAX + 10):
        speakers._rule_cache = {}
        speakers.rule_names(f"第{k}句里没有人名。")
    assert 0 < len(speakers._rule_memo) <= SENTENCE_MEMO_MAX


@pytest.mark.parametrize("text", SENTENCES)
def test_kept_title_words_are_the_words_read_afresh(speakers: SpeakerExtractor, text: str) -> None:
    speakers._title_cache.clear()
    kept = speakers._titles_in(text)
    fresh = list(speakers._title_any.finditer(text))
    assert [m.span() for m in kept] == [m.span() for m in fresh]
    assert speakers._titles_in(text) is kept


@pytest.mark.parametrize(("window", "pronoun"), [
    ("作动员讲话", False),
    ("主持会议并讲话", False),
    ("表示，要抓好落实", True),
    ("回顾了三十年的教学生涯", False),
])
@pytest.mark.parametrize("sar_page", [False, True])
def test_kept_roles_are_the_roles_read_afresh(speakers: SpeakerExtractor, window: str, pronoun: bool,
                                              sar_page: bool) -> None:
    speakers._roles_memo.clear()
    speakers._sar_page, speakers._sar_gala = sar_page, False
    try:
        first = speakers._roles_in(window, pronoun=pronoun)
        fresh = speakers._read_roles_in(window, pronoun=pronoun)
        assert first == fresh
        first.append("主持")  # (roles_after edits the list it gets: the kept reading must not change with it)
        assert speakers._roles_in(window, pronoun=pronoun) == fresh
    finally:
        speakers._sar_page = speakers._sar_gala = False


def test_kept_roles_tell_the_region_apart(speakers: SpeakerExtractor) -> None:
    # (主持颁奖仪式: officiating the prize-giving on a Hong Kong or Macau page only, GUIDELINES §4 nineteenth round)
    window = "主持颁奖仪式"
    speakers._roles_memo.clear()
    try:
        speakers._sar_page = speakers._sar_gala = False
        mainland = speakers._roles_in(window)
        speakers._sar_page = True
        sar = speakers._roles_in(window)
        assert sar == speakers._read_roles_in(window)
        speakers._sar_page = False
        assert speakers._roles_in(window) == mainland == speakers._read_roles_in(window)
    finally:
        speakers._sar_page = speakers._sar_gala = False


def test_roles_memo_is_bounded(speakers: SpeakerExtractor) -> None:
    speakers._roles_memo.clear()
    for k in range(ROLES_MEMO_MAX + 10):
        speakers._roles_in(f"讲了{k}点意见")
    assert 0 < len(speakers._roles_memo) <= ROLES_MEMO_MAX


@pytest.mark.parametrize("text", SENTENCES)
def test_kept_references_are_the_references_read_afresh(meetings: MeetingExtractor, text: str) -> None:
    meetings._reference_cache.clear()
    kept = meetings._reference_matches(text)
    head = not text.rstrip().endswith(("？", "?")) and meetings._reference_head.search(text) is not None
    fresh = list(meetings.reference.finditer(text)) if head else []
    assert [(m.span(), m.groupdict()) for m in kept] == [(m.span(), m.groupdict()) for m in fresh]
    assert meetings._reference_matches(text) is kept


def test_reference_memo_is_bounded(meetings: MeetingExtractor) -> None:
    meetings._reference_cache.clear()
    for k in range(REFERENCE_CACHE_SIZE + 10):
        meetings._reference_matches(f"第{k}次会议上没有人。")
    assert 0 < len(meetings._reference_cache) <= REFERENCE_CACHE_SIZE


def _records(nlp: Pipeline, text: str) -> dict[str, Any]:
    record = to_record(nlp(to_document(RawInput("memo", text.encode("utf-8"), False, {}))))
    record.pop("processed_at", None)
    return record


@pytest.fixture(scope="module")
def fresh_pipeline() -> Callable[[], Pipeline]:
    return lambda: Pipeline(load_config(overrides={"ner": {"backend": "none"}}))


# Two invented pages sharing sentences: a sentence read on the first is answered from the memos on the second.
FIRST = page("5月6日，县政协召开十届四次常委会议。会上，县委副书记王建新作动员讲话，副县长李红梅主持会议。"
             "市文联主席陈志远、秘书长刘慧芳出席并致辞。")
SECOND = page("5月7日，香港某商会举行就职典礼。市文联主席陈志远、秘书长刘慧芳出席并致辞。"
              "会上，县委副书记王建新作动员讲话，副县长李红梅主持会议。他表示，要抓好落实。")


def test_a_page_reads_the_same_after_pages_sharing_its_sentences(fresh_pipeline: Callable[[], Pipeline]) -> None:
    alone = _records(fresh_pipeline(), SECOND)
    nlp = fresh_pipeline()
    _records(nlp, FIRST)
    assert _records(nlp, SECOND) == alone
    assert _records(nlp, SECOND) == alone  # (read twice: every memo answers)
    assert alone["speakers"]  # (the page names speakers: the memos are asked)
