"""Meeting searches narrowed for speed, answering as before (first-seen text, 7 December 2026): none may change a
reading, so each narrowed search is checked against the plain one it stands for, at every position, on invented
sentences, on seeded random strings over the words the patterns look for, and on the sentences of the real articles
under corpus/ (the specification articles and the fresh sets' raw pages; no held-out set is read).

- ``MeetingExtractor._carried_out``: the search of an event carried out (党支部开展“…”主题党日活动) starts at most the
  subject's widest span before the first 开展 that the pattern's own rest (a meeting's name and what ends it) follows,
  not before the first 开展 of any kind: a sentence whose 开展 carries out no meeting (开展安全检查, most of them) is
  passed over without trying the subject's lazy run at every position before it.
- ``MeetingExtractor._active`` (县委在…召开…会议): the search starts after the last clause mark before the first verb
  of holding as well (``holding.ACTIVE_BREAKS``: neither the subject nor the venue crosses one).
- ``holding._LEAD_GUARD``: the lead branch of the reference pattern (会议由…主持, 座谈会上，…) opens on a look-ahead
  for the 上, 中, 后 or 由 it needs in the sentence's first clause; the pattern finds what it found without it.
- ``attendance._may_count``: a meeting's count is read only from the sentences that may state a count of people; the
  reading of any other gives none, whatever the patterns and wherever the sentence stands.

- ``MeetingReferences._references(only_this=True)``: on a page where the first reading of references found none, the
  last one (a meeting referred to as this one, 这次会议是…) reads only the references of that kind; the others would be
  refused again, each being read from its text and the page alone.

And the meetings of every real page read the same with all five as with none of them.  The page's item datelines
(``MeetingExtractor._item_starts``) are searched for once per page, when a step first asks, and are those the four
steps that read them searched for each.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from typing import Any

import pytest

import pipeline.extract.meetings.attendance as attendance_module
from pipeline.config import load_config
from pipeline.document import Document
from pipeline.extract import Extractor
from pipeline.extract.common import Lexicons, Sentence, reference_date, split_sentences
from pipeline.extract.meetings import MeetingExtractor
from pipeline.extract.meetings.extractor import _BodyMeetings
from pipeline.extract.meetings.holding import _LEAD_GUARD
from pipeline.extract.meetings.patterns import _ITEM_DATELINE
from pipeline.nlp import Pipeline
from tests.extract.gate_inputs import REAL_FILES, prepared

SENTENCES = [
    "",
    "第一党支部按照上级要求开展“学党史、办实事”主题党日活动。",
    "全体党员来到烈士陵园，开展“缅怀先烈”主题党日活动。",
    "东城社区党委组织党员赴红色教育基地开展了主题党日暨志愿服务活动。",
    "学校开展教研活动。",
    "江城社区开展“邻里守望”主题党日活动（3月5日）",
    "县委要求各单位认真开展安全检查，开展“清风”主题党日活动。",  # (a 开展 of no meeting before one of a meeting)
    "县委要求各单位认真开展安全检查。",  # (near misses: no meeting head after 开展)
    "村里开展。会议",
    "开展开展开展开展座谈会",
    "他在家里看书，会议室空着；开展工作需要时间",
]

_WORDS = ["座谈会", "研讨会", "论坛", "会议", "开幕式", "党日活动", "主题党日活动", "教研活动", "大会", "会", "活动", "暨",
          "王强", "江城大学", "党支部", "，", "。", "；", "：", "“", "”", "（", "）", "3月5日", "在", "于", "开展", "开展了",
          "来到", "赴", "组织", "按照", "要求", "召开", "举行", "\n"]


@pytest.fixture(scope="module")
def meetings() -> MeetingExtractor:
    config = load_config()
    return MeetingExtractor(Lexicons.from_dirs(config["patterns_dir"], config["lexicons_dir"]))


@pytest.fixture(scope="module")
def real_sentences() -> list[str]:
    assert REAL_FILES, "no raw articles under corpus/"
    return [s.text for path in REAL_FILES for s in split_sentences(path.read_text(encoding="utf-8", errors="replace"))]


def _random_lines(words: list[str], seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [*words, *{w[:1] for w in words if w}, "的", "了", "A"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 24))) for _ in range(count)]


def _groups(m: re.Match[str] | None) -> tuple[object, ...] | None:
    return None if m is None else (m.span(), m.groups())


def _carried_out_differs(meetings: MeetingExtractor, text: str, every_position: bool) -> bool:
    plain = meetings.carried_out
    for pos in range(len(text) + 1) if every_position else (0,):
        if _groups(meetings._carried_out.search(text, pos)) != _groups(plain.search(text, pos)):
            return True
    return False


@pytest.mark.parametrize("text", SENTENCES)
def test_carried_out_anchor_answers_as_the_plain_search(meetings: MeetingExtractor, text: str) -> None:
    assert not _carried_out_differs(meetings, text, every_position=True)


def test_carried_out_anchor_still_finds_the_invented_events(meetings: MeetingExtractor) -> None:
    found = [meetings._carried_out.search(text) for text in SENTENCES]
    assert sum(m is not None for m in found) >= 5  # (the check above compares real matches, not only misses)


def test_carried_out_anchor_on_random_strings(meetings: MeetingExtractor) -> None:
    lines = _random_lines(_WORDS, 1207, 3000)
    assert sum(_carried_out_differs(meetings, text, every_position=True) for text in lines) == 0


def test_carried_out_anchor_on_real_pages(meetings: MeetingExtractor, real_sentences: list[str]) -> None:
    # (a count, not the sentences: a failure names no page's text)
    assert sum(_carried_out_differs(meetings, text, every_position=False) for text in real_sentences) == 0


# -- the lead branch's look-ahead --------------------------------------------------------------------------------

LEAD_SENTENCES = [
    "会议由县委书记王强主持。",
    "座谈会上，赵敏介绍了情况。",
    "  会议由县长李明主持",  # (spaces before the lead)
    "\n研讨会上，专家发言。",  # (a line before the lead: \s* reads it)
    "此次会谈中，双方交换了意见。",
    "签约仪式后，双方参观了园区。",
    "今天的论坛是由江城大学主办的。",
    "会议强调，要压实责任。",  # (near misses: no 上, 中, 后 or 由 after the name in the first clause)
    "座谈会，上午召开",
    "县委召开会议；会上由他发言",
    "",
]

_REFERENCE_WORDS = ["会议", "座谈会", "研讨会", "论坛", "会谈", "仪式", "典礼", "会", "上", "中", "后", "由", "是由", "主持",
                    "今天", "这次", "于", "关于", "在", "，", "。", "；", "：", "！", "\n", " ", "王强", "出席", "召开的",
                    "强调", "指出"]


def _plain_reference(meetings: MeetingExtractor) -> re.Pattern[str]:
    source = meetings.reference.pattern
    assert source.count(_LEAD_GUARD) == 1
    return re.compile(source.replace(_LEAD_GUARD, ""), meetings.reference.flags)


def _reference_differs(guarded: re.Pattern[str], plain: re.Pattern[str], text: str, every_position: bool) -> bool:
    if [_groups(m) for m in guarded.finditer(text)] != [_groups(m) for m in plain.finditer(text)]:
        return True
    return every_position and any(_groups(guarded.search(text, pos)) != _groups(plain.search(text, pos))
                                  or _groups(guarded.match(text, pos)) != _groups(plain.match(text, pos))
                                  for pos in range(len(text) + 1))


@pytest.mark.parametrize("text", LEAD_SENTENCES)
def test_lead_guard_answers_as_the_plain_reference(meetings: MeetingExtractor, text: str) -> None:
    assert not _reference_differs(meetings.reference, _plain_reference(meetings), text, every_position=True)


def test_lead_guard_still_finds_the_invented_leads(meetings: MeetingExtractor) -> None:
    leads = [m for text in LEAD_SENTENCES for m in meetings.reference.finditer(text) if m["lead"]]
    assert len(leads) >= 5


def test_lead_guard_on_random_strings(meetings: MeetingExtractor) -> None:
    plain = _plain_reference(meetings)
    lines = _random_lines(_REFERENCE_WORDS, 1208, 3000)
    assert sum(_reference_differs(meetings.reference, plain, text, every_position=True) for text in lines) == 0


def test_lead_guard_on_real_pages(meetings: MeetingExtractor, real_sentences: list[str]) -> None:
    plain = _plain_reference(meetings)
    assert sum(_reference_differs(meetings.reference, plain, text, every_position=False) for text in real_sentences) == 0


# -- the sentences that may count people --------------------------------------------------------------------------

COUNT_SENTENCES = [
    "全县300余名干部参加会议。",
    "会议应到人数120人，实到116人。",
    "约200位嘉宾出席。",
    "各界代表参加会议。",  # (no count: none read)
    "全县干部参加会议，人数众多。",
    "三名代表发言。",
    "",
]


def _plain_readings(meetings: MeetingExtractor, text: str) -> list[tuple[int | None, bool]]:
    """The readings of ``text`` with every pattern set the extractor asks with, ``_may_count`` left out."""
    keep = attendance_module._may_count
    attendance_module._may_count = lambda sentence: True  # (the reading as it read with no gate before it)
    try:
        return [meetings._read_attendees(text, elsewhere, patterns)
                for elsewhere in (False, True)
                for patterns in (None, meetings.present, [attendance_module._HELD_BY_THEN_TOOK_PART], [meetings._drawn])]
    finally:
        attendance_module._may_count = keep


def _counts_where_gated(meetings: MeetingExtractor, text: str) -> bool:
    return not attendance_module._may_count(text) and any(r != (None, False) for r in _plain_readings(meetings, text))


@pytest.mark.parametrize("text", COUNT_SENTENCES)
def test_no_count_read_where_none_may_stand(meetings: MeetingExtractor, text: str) -> None:
    assert not _counts_where_gated(meetings, text)


def test_counts_still_read_in_the_invented_sentences(meetings: MeetingExtractor) -> None:
    assert sum(meetings._read_attendees(text)[0] is not None for text in COUNT_SENTENCES) >= 3


def test_no_count_read_where_none_may_stand_on_random_strings(meetings: MeetingExtractor) -> None:
    words = ["名", "位", "人", "余人", "300", "三", "约", "共", "参加", "出席", "会议", "代表", "嘉宾", "，", "。", "实到", "应到"]
    assert sum(_counts_where_gated(meetings, text) for text in _random_lines(words, 1209, 2000)) == 0


def test_no_count_read_where_none_may_stand_on_real_pages(meetings: MeetingExtractor, real_sentences: list[str]) -> None:
    assert sum(_counts_where_gated(meetings, text) for text in real_sentences) == 0


# -- the meetings of whole pages ----------------------------------------------------------------------------------

class _PlainMeetings(MeetingExtractor):
    """The meeting extractor as it read before the narrowed searches: the plain carried-out and active searches, the
    reference pattern without the lead's look-ahead, every sentence's count read (``_may_count`` is left out by the
    test)."""

    def __init__(self, lex: Lexicons) -> None:
        super().__init__(lex)
        self._carried_out = self.carried_out  # type: ignore[assignment]
        self._active = self.active  # type: ignore[assignment]
        self.reference = _plain_reference(self)

    def _from_reference(self, doc: Document, sentences: list[Sentence], reference: dt.date | None,
                        with_this: bool = False, only_this: bool = False) -> dict[str, Any] | None:
        return super()._from_reference(doc, sentences, reference, with_this)  # (every reference read again)


def test_meetings_of_real_pages_read_the_same(real_sentences: list[str]) -> None:
    config = load_config(overrides={"ner": {"backend": "none"}})
    before = Pipeline(config)
    before.stages = [stage for stage in before.stages if stage.name != "extract"]
    gated, plain = Extractor(config), Extractor(config)
    plain.meetings = _PlainMeetings(Lexicons.from_dirs(config["patterns_dir"], config["lexicons_dir"]))
    compared = found = 0
    for path in REAL_FILES:
        text = path.read_text(encoding="utf-8", errors="replace")
        docs = [prepared(before, text) for _ in range(2)]
        if docs[0] is None or docs[1] is None:
            continue
        expected_doc = docs[1]
        keep = attendance_module._may_count
        attendance_module._may_count = lambda sentence: True
        try:
            plain(expected_doc)
        finally:
            attendance_module._may_count = keep
        got = gated(docs[0]).records["meetings"]
        # (a count, not the page: a failure names no page's text)
        compared += 1
        found += bool(got)
        assert got == expected_doc.records["meetings"], compared
    assert compared > 300 and found > 100  # (pages with meetings and pages without)


# -- the page's item datelines, found once ------------------------------------------------------------------------

ITEM_PAGES = ["新华社长春1月19日电 吉林省人大会议今天选举省长。\n新华社成都1月19日电 四川省人大会议今天闭幕。",
              "本报讯 县委召开常委会会议。", "县委召开常委会会议。", ""]


def test_item_starts_are_found_once_per_page(real_sentences: list[str]) -> None:
    config = load_config(overrides={"ner": {"backend": "none"}})
    before = Pipeline(config)
    before.stages = [stage for stage in before.stages if stage.name != "extract"]
    pages = [*ITEM_PAGES, *(path.read_text(encoding="utf-8", errors="replace") for path in REAL_FILES[::8])]
    glued = 0
    for text in pages:
        doc = prepared(before, text)
        if doc is None:
            continue
        state = _BodyMeetings()
        starts = MeetingExtractor._item_starts(doc, state)
        assert starts == [d.start() for d in _ITEM_DATELINE.finditer(doc.clean_text)]
        assert MeetingExtractor._item_starts(doc, state) is starts  # (kept for the page's later steps)
        glued += len(starts) > 1
    assert glued >= 1


# -- the active pattern's search, from the verb's clause -----------------------------------------------------------

ACTIVE_SENTENCES = [
    "县委今天在县委大礼堂召开全县经济工作会议。",
    "5月6日，市政府在市民中心召开安全生产工作会议，部署汛期工作。",
    "据悉，县总工会于近日在职工之家举办职工技能培训班",
    "会议强调，要抓好落实；县委召开常委会会议，研究部署工作。",  # (the verb's clause after two others)
    "2021年1月12日上午，在市测楼320召开了全市测绘工作会议",
    "他说，明天。区里，\n乡镇在礼堂召开动员大会",
    "县委要求各单位召开会议",
    "香港潮州商会今日假香港会议展览中心举行会员大会",
    "召开。召开，召开；会议",
    "",
]

_ACTIVE_WORDS = ["县委", "市政府", "县总工会", "今天", "5月6日", "上午", "在", "于", "假", "礼堂", "市民中心", "召开", "举行",
                 "举办", "了", "会议", "大会", "座谈会", "工作会议", "培训班", "，", "。", "；", ",", ";", "\n", "：", "10:30"]


def _active_differs(meetings: MeetingExtractor, text: str, every_position: bool) -> bool:
    plain = meetings.active
    for pos in range(len(text) + 1) if every_position else (0,):
        if _groups(meetings._active.search(text, pos)) != _groups(plain.search(text, pos)):
            return True
    return False


@pytest.mark.parametrize("text", ACTIVE_SENTENCES)
def test_active_search_from_the_clause_answers_as_the_plain_search(meetings: MeetingExtractor, text: str) -> None:
    assert not _active_differs(meetings, text, every_position=True)


def test_active_search_from_the_clause_still_finds_the_invented_meetings(meetings: MeetingExtractor) -> None:
    assert sum(meetings._active.search(text) is not None for text in ACTIVE_SENTENCES) >= 5


def test_active_search_from_the_clause_on_random_strings(meetings: MeetingExtractor) -> None:
    lines = _random_lines(_ACTIVE_WORDS, 1210, 3000)
    assert sum(_active_differs(meetings, text, every_position=True) for text in lines) == 0


def test_active_search_from_the_clause_on_real_pages(meetings: MeetingExtractor, real_sentences: list[str]) -> None:
    assert sum(_active_differs(meetings, text, every_position=False) for text in real_sentences) == 0


# -- the last reading of references, of a meeting referred to as this one ------------------------------------------

THIS_PAGES = ["这次会议是在县委大礼堂召开的。", "本次座谈会协商决定了三项措施。",
              "县委书记王强出席会议并讲话。这次会议是在县委的领导下召开的。", "今天天气晴朗。", ""]


def test_only_this_reads_what_the_whole_reading_gives_where_the_first_found_none(meetings: MeetingExtractor) -> None:
    config = load_config(overrides={"ner": {"backend": "none"}})
    before = Pipeline(config)
    before.stages = [stage for stage in before.stages if stage.name != "extract"]
    compared = found = 0
    for text in [*THIS_PAGES, *(path.read_text(encoding="utf-8", errors="replace") for path in REAL_FILES[::2])]:
        doc = prepared(before, text)
        if doc is None:
            continue
        sentences = split_sentences(doc.clean_text)
        reference = reference_date(doc)
        if meetings._from_reference(doc, sentences, reference) is not None:
            continue  # (the last reading is made only where the first found nothing)
        whole = meetings._from_reference(doc, sentences, reference, with_this=True)
        assert meetings._from_reference(doc, sentences, reference, with_this=True, only_this=True) == whole, compared
        compared += 1
        found += whole is not None
    assert compared > 40 and found >= 2  # (pages with a meeting referred to as this one, and pages without)
