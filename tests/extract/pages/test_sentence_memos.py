"""Readings that depend on a sentence's text alone are kept across documents and read the same as when made afresh
(a speed-up of extraction, twenty-ninth review round, eighth stop: no reading of corpus/GUIDELINES.md changes, §3
meetings and §4 speakers read as before).

What is kept, each bounded: the rule names of a sentence with the tests its page lacks
(``SpeakerMentions.rule_names``), the roles read in a window after a
name with its flags and the page's region (``SpeakerRoles._roles_in``), the meeting a sentence tells held
(``MeetingExtractor.match``), the meetings a sentence refers to (``MeetingReferences._reference_matches``), the
attendee count of a sentence with the kinds of statement read (``MeetingAttendance.attendees``), the cleaned forms of
an organizer, a meeting's name and a venue (``clean_org``, ``clean_name``, ``clean_location``) and a number's value
(``pipeline.values.parse_number``).  A
document read after another one that held the same sentences, or read twice, gives the records it gives alone.  Every
sentence is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pipeline.config import load_config
from pipeline.extract.common import Lexicons
from pipeline.extract.meetings.attendance import _TOOK_PART_NEXT, ATTENDEES_CACHE_SIZE
from pipeline.extract.meetings.extractor import MeetingExtractor
from pipeline.extract.meetings.names import MeetingNames
from pipeline.extract.meetings.organizers import MeetingOrganizers
from pipeline.extract.meetings.places import MeetingPlaces
from pipeline.extract.meetings.references import REFERENCE_CACHE_SIZE
from pipeline.extract.speakers import SpeakerExtractor
from pipeline.extract.speakers.mentions import SENTENCE_MEMO_MAX
from pipeline.extract.speakers.roles import ROLES_MEMO_MAX
from pipeline.ingest import RawInput, to_document
from pipeline.nlp import Pipeline
from pipeline.records import to_record
from pipeline.values import parse_number
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
    assert kept == tuple(speakers._rule_names(text, absent))


def test_rule_name_memo_is_bounded(speakers: SpeakerExtractor) -> None:
    speakers._rule_memo.clear()
    speakers._rule_memo_size = 0
    for k in range(SENTENCE_MEMO_MAX + 10):
        speakers._rule_cache = {}
        speakers.rule_names(f"第{k}句里没有人名。", frozenset({"latin"}) if k % 2 else frozenset())
    kept = sum(map(len, speakers._rule_memo.values()))
    assert 0 < kept == speakers._rule_memo_size <= SENTENCE_MEMO_MAX


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


COUNTED = [
    "5月6日，县政协召开常委会议，委员45人出席会议。",
    "全县200余名党员干部参加了会议。",
    "出席会议代表186名，县政府组成人员等56人列席会议。",
    "30多人参与其中。",
    "今天天气晴朗，居民在公园里散步。",
]


@pytest.mark.parametrize("text", COUNTED)
@pytest.mark.parametrize("elsewhere", [False, True])
def test_kept_attendee_counts_are_the_counts_read_afresh(meetings: MeetingExtractor, text: str, elsewhere: bool) -> None:
    meetings._attendees_cache.clear()
    for patterns in (None, meetings.present, [meetings._drawn], [_TOOK_PART_NEXT]):
        assert meetings.attendees(text, elsewhere, patterns) == meetings._read_attendees(text, elsewhere, patterns)
        assert meetings.attendees(text, elsewhere, patterns) == meetings._read_attendees(text, elsewhere, patterns)


def test_attendee_memo_tells_the_kinds_of_statement_apart(meetings: MeetingExtractor) -> None:
    # (the same sentence read with all the statements and with one kind only: two readings, both kept)
    meetings._attendees_cache.clear()
    text = "全县200余名党员干部参加了会议。"
    every = meetings.attendees(text)
    only_took_part = meetings.attendees(text, patterns=[_TOOK_PART_NEXT])
    assert every == meetings._read_attendees(text) and every[0] is not None
    assert only_took_part == meetings._read_attendees(text, patterns=[_TOOK_PART_NEXT])
    assert len(meetings._attendees_cache) == 2


def test_attendee_memo_is_bounded(meetings: MeetingExtractor) -> None:
    meetings._attendees_cache.clear()
    for k in range(ATTENDEES_CACHE_SIZE + 10):
        meetings.attendees(f"共有{k + 1}名代表参加了第{k}次会议。")
    assert 0 < len(meetings._attendees_cache) <= ATTENDEES_CACHE_SIZE


@pytest.mark.parametrize(("clean", "text"), [
    (MeetingOrganizers.clean_org, "县委宣传部"),
    (MeetingOrganizers.clean_org, "由县文联"),
    (MeetingOrganizers.clean_org, None),
    (MeetingNames.clean_name, "全县经济工作会议"),
    (MeetingNames.clean_name, "5月6日全县安全生产工作会议"),
    (MeetingPlaces.clean_location, "县行政中心三楼会议室"),
    (MeetingPlaces.clean_location, "6月28日下午在北京人民大会堂"),
])
def test_kept_cleaned_forms_are_the_forms_made_afresh(clean: Callable[..., Any], text: str | None) -> None:
    assert clean(text) == clean.__wrapped__(text)  # type: ignore[attr-defined]
    assert clean(text) == clean.__wrapped__(text)  # type: ignore[attr-defined]
    assert clean.cache_info().maxsize is not None  # type: ignore[attr-defined]  (bounded)


@pytest.mark.parametrize(("written", "value"), [
    ("1,200", 1200.0), ("二十五", 25.0), ("两", 2.0), ("1.2万", 12000.0), ("二○一六", 2016.0), ("100多", None),
])
def test_kept_numbers_are_the_numbers_read_afresh(written: str, value: float | None) -> None:
    assert parse_number(written) == value
    assert parse_number(written) == parse_number.__wrapped__(written) == value  # type: ignore[attr-defined]


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
