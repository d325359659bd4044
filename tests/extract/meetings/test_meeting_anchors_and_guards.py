"""Meeting searches narrowed for speed, answering as before (first-seen text, 7 December 2026): none may change a
reading, so each narrowed search is checked against the plain one it stands for, at every position, on invented
sentences, on seeded random strings over the words the patterns look for, and on the sentences of the real articles
under corpus/ (the specification articles and the fresh sets' raw pages; no held-out set is read).

- ``MeetingExtractor._carried_out``: the search of an event carried out (党支部开展“…”主题党日活动) starts at most the
  subject's widest span before the first 开展 that the pattern's own rest (a meeting's name and what ends it) follows,
  not before the first 开展 of any kind: a sentence whose 开展 carries out no meeting (开展安全检查, most of them) is
  passed over without trying the subject's lazy run at every position before it.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from pipeline.config import PROJECT_ROOT, load_config
from pipeline.extract.common import Lexicons, split_sentences
from pipeline.extract.meetings import MeetingExtractor

# Real pages: every raw article under corpus/ but the held-out sets, read once per test module.
REAL_FILES = sorted(path for path in Path(PROJECT_ROOT, "corpus").glob("**/raw/*.txt")
                    if not any(part.startswith("heldout") for part in path.parts))

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
