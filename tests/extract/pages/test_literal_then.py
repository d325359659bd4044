"""Readings that look for a page's own word (a speaker's, a meeting's or a body's name) by plain string search and one
fixed pattern after it, instead of a pattern compiled for the word (speed only, 7 December 2026): each reads as the
pattern it stands for, on invented lines, seeded random strings and the real articles under corpus/."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract.common import Sentence, literal_then, literal_then_each
from pipeline.extract.meetings.acts import _SAID_AT, _SAID_ON_DAY_AT
from pipeline.extract.meetings.extractor import _SITTING_ACT_AFTER, _went_to_and_held
from pipeline.extract.meetings.organizers import _FOR_AFTER_NAME
from pipeline.extract.meetings.references import _attended_place, _sitting_place, _spirit_relayed
from tests.extract.gate_inputs import REAL_FILES, random_texts

# The fixed patterns read after a word, and a few more that backtrack, look behind into the word, or match nothing.
TAILS = [_SITTING_ACT_AFTER, _SAID_AT, _SAID_ON_DAY_AT, _FOR_AFTER_NAME, re.compile("[，,]?(?:主持)?召开"),
         re.compile(r"(?<=会)议?"), re.compile("(?:会|会议){1,2}?召开"), re.compile(""), re.compile("$"),
         re.compile(r"(?<![在])[^，。]{0,3}?(?P<verb>说|表示)")]

PIECES = ["会议", "会", "议", "选举", "批准", "的", "在", "北京", "这里", "说", "表示", "，", "。", "；", "王华", "王", "华",
          "为", "来到", "前往", "石桥村", "主持", "召开", "精神", "全会", "学习", "贯彻", "5日", "今天", "产生", "\n", " "]


def _texts() -> list[str]:
    real = [path.read_text(encoding="utf-8", errors="replace") for path in REAL_FILES]
    return [*random_texts(841, 3000, PIECES, longest=24), *(line for text in real for line in text.splitlines() if line)]


def _words(rng: random.Random, text: str) -> list[str]:
    """Words to look for in ``text``: pieces of it (one to four characters), and a few that it may not hold."""
    words = ["", rng.choice(PIECES), rng.choice(PIECES) + rng.choice(PIECES)]
    for _ in range(3):
        if text:
            at = rng.randrange(len(text))
            words.append(text[at : at + rng.randint(1, 4)])
    return words


def _as_found(m: re.Match[str] | None, size: int) -> tuple[int, int, dict[str, str | None]] | None:
    """Where a match starts (``size`` characters before its own start: the word's, for a tail's match), ends and its
    groups."""
    return None if m is None else (m.start() - size, m.end(), m.groupdict())


@pytest.mark.parametrize(("word", "text", "found"), [
    ("第一次会议", "…第一次会议一月十九日选举…", True),
    ("第一次会议", "…第一次会议选举产生的副省长", False),
    ("王华", "王华5日在北京表示，王华说", True),
    ("", "在北京表示", True),
    ("会", "会会议召开", True),
])
def test_a_word_then_its_tail_reads_as_one_pattern(word: str, text: str, found: bool) -> None:
    tail = _SITTING_ACT_AFTER if "会议" in word else _SAID_AT if "王" in word or not word else TAILS[6]
    assert (literal_then(word, tail, text) is not None) is found
    assert (re.search(re.escape(word) + tail.pattern, text) is not None) is found


def test_literal_then_reads_as_the_pattern_made_for_the_word() -> None:
    rng = random.Random(842)
    found = 0
    for text in _texts():
        for word in _words(rng, text):
            tail = rng.choice(TAILS)
            whole = re.compile(re.escape(word) + tail.pattern)
            pos, endpos = rng.randint(-3, len(text) + 3), rng.randint(-3, len(text) + 3)
            for bounds in ((), (pos,), (pos, endpos), (0, endpos)):
                expected = [_as_found(m, 0) for m in whole.finditer(text, *bounds)]
                assert [_as_found(m, len(word)) for m in literal_then_each(word, tail, text, *bounds)] == expected, \
                    (word, tail.pattern, text, bounds)
                assert _as_found(literal_then(word, tail, text, *bounds), len(word)) == _as_found(
                    whole.search(text, *bounds), 0), (word, tail.pattern, text, bounds)
                found += bool(expected)
    assert found > 5000


def test_went_to_and_held_reads_as_its_pattern() -> None:
    rng = random.Random(843)
    found = 0
    going = random_texts(846, 3000, ["来到", "前往", "走进", "深入", "来", "石桥村", "桥村", "村", "，", ",", "主持", "召开"], 8)
    for text in [*_texts(), *going]:
        for place in [*_words(rng, text)[1:], "石桥村", "桥村", "村"]:
            expected = re.search("(?:来到|前往|走进|深入)" + re.escape(place) + "[，,]?(?:主持)?召开", text) is not None
            assert _went_to_and_held(place, text) is expected, (place, text)
            found += expected
    assert found > 100


def _spirit_relayed_by_pattern(doc_text: str, name: str, sentence: Sentence) -> bool:
    """The reading as it was: a pattern made for the name."""
    from pipeline.extract.meetings.references import _SPIRIT_RELAYED
    if len(name) < 3:
        return False
    for hit in re.finditer(re.escape(name) + "精神", doc_text):
        if sentence.start <= hit.start() < sentence.end:
            continue
        if _SPIRIT_RELAYED.search(doc_text, max(0, hit.start() - 16), hit.start()):
            return True
    return False


def test_spirit_relayed_reads_as_its_pattern() -> None:
    rng = random.Random(844)
    texts = [*_texts(), *("贯彻落实" + t + "精神精神" + t for t in random_texts(845, 2000, ["全会", "会", "精神", "学习"], 6))]
    found = 0
    for text in texts:
        for name in [*_words(rng, text)[1:], "全会全会", "全会精神", "会精神精"]:
            start = rng.randint(0, len(text))
            sentence = Sentence(start, rng.randint(start, len(text)), "")
            expected = _spirit_relayed_by_pattern(text, name, sentence)
            assert _spirit_relayed(text, name, sentence) is expected, (name, text)
            found += expected
    assert found > 100


def _attended_at_by_pattern(text: str, pos: int, nouns: tuple[str, ...]) -> str | None:
    """The reading as it was: a pattern compiled for the meeting's nouns (references._attended_at)."""
    alternation = "|".join(map(re.escape, nouns))
    m = re.compile(rf"(?:人|者|代表|员|们|生|师|部|同志|嘉宾)[^，。；在]{{0,4}}在(?P<loc>[^，。；在]{{2,30}}?)"
                   rf"(?:参加|出席|列席)了?(?:{alternation})(?=[，。；,;]|$)").search(text, pos)
    return m["loc"] if m else None


ATTENDING_PIECES = ["人", "代表", "同志", "嘉宾", "员", "们", "共600余", "在", "学校", "大礼堂", "会场", "参加", "出席", "列席",
                    "了", "大会", "会议", "座谈会", "了会", "，", "。", ",", "；", "\n", "参", "加", "在在", " "]


@pytest.mark.parametrize(("text", "place"), [
    ("共600余人在学校大礼堂参加大会。", "学校大礼堂"),
    ("代表们在会场出席了会议，", "会场"),
    ("人员在在会场参加大会", None),
    ("全体人员在学校参加了会议\n", "学校"),
    ("嘉宾在大礼堂参加大会后参观", None),
])
def test_attended_place_reads_as_the_pattern(text: str, place: str | None) -> None:
    nouns = ("座谈会", "大会", "会议")
    assert _attended_place(text, 0, nouns) == place
    assert _attended_at_by_pattern(text, 0, nouns) == place


def _attending_lines(seed: int, count: int) -> list[str]:
    """Seeded lines built as the pattern reads (those attending, 在, a place, a verb, a noun, a mark), each piece
    perhaps left out, doubled or followed by a random one, so that both readings find places and miss them."""
    rng = random.Random(seed)
    parts = [["共600余人", "代表", "同志们", "嘉宾", "员", "学生"], ["在", "在", "在在", ""], ["学校", "大礼堂", "会场", "主", "在"],
             ["参加", "出席", "列席", "参"], ["", "了"], ["大会", "会议", "座谈会", "了会", "会"], ["，", "。", ",", "", "\n", "后"]]
    lines = []
    for _ in range(count):
        line = ""
        for choices in parts:
            for _ in range(rng.choice((0, 1, 1, 1, 1, 1, 1, 1, 1, 2))):
                line += rng.choice(choices) + (rng.choice(ATTENDING_PIECES) if rng.random() < 0.15 else "")
        lines.append(line)
    return lines


def test_attended_place_reads_as_the_pattern_on_random_and_real_text() -> None:
    rng = random.Random(847)
    noun_sets = [("座谈会", "大会", "会议"), ("会议", "大会"), ("了会", "会"), ("大礼堂参加大会", "大会"), ("",), ("会议", "")]
    texts = [*random_texts(848, 6000, ATTENDING_PIECES, longest=16), *_attending_lines(849, 6000),
             *(line for line in _texts() if "在" in line and ("参加" in line or "出席" in line or "列席" in line))]
    found = 0
    for text in texts:
        nouns = rng.choice(noun_sets)
        for pos in (0, rng.randint(0, len(text)), rng.randint(0, 6)):
            expected = _attended_at_by_pattern(text, pos, nouns)
            assert _attended_place(text, pos, nouns) == expected, (text, pos, nouns)
            found += expected is not None
    assert found > 300 and len(texts) * 3 - found > 20_000  # (places read and places missed)


def _sitting_by_pattern(text: str, nouns: tuple[str, ...], opening: bool) -> str | None:
    """The reading as it was: the on-site sitting patterns compiled for the meeting's nouns
    (MeetingReferences._later_reference)."""
    alternation = "|".join(map(re.escape, nouns))
    then = r"(?:随后|之后|然后|最后|观摩结束后|观摩后)[，,]?\s*"
    sat = rf"(?:又|还)?在(?P<loc>[^，。；在]{{2,30}}?)(?:召开|举行)了?(?:{alternation})(?=[，。；,;]|$)"
    m = re.compile(rf"\s*{then}(?:与会人员|与会代表|大家)?{sat}").match(text) if opening \
        else re.compile(rf"[，,]\s*{then}{sat}").search(text)
    return m["loc"] if m else None


def _sitting_lines(seed: int, count: int) -> list[str]:
    """Seeded lines built as the sitting patterns read (a comma, the visit's end, 在, a place, a verb, a noun, a mark),
    each piece perhaps left out, doubled or followed by a random one."""
    rng = random.Random(seed)
    parts = [["", "", "，", ",", " ", "与会人员实地观摩了基地，"], ["随后", "之后", "然后", "最后", "观摩结束后", "观摩后", "观摩"],
             ["", "，", " ", "， "], ["", "与会人员", "大家", "与会代表"], ["", "又", "还"], ["在"],
             ["区委党校", "会议室", "在", "现场"], ["召开", "举行", "召"], ["", "了"], ["会议", "推进会", "了会", "会"],
             ["，", "。", ",", "", "\n", "后"]]
    lines = []
    for _ in range(count):
        line = ""
        for choices in parts:
            for _ in range(rng.choice((0, 1, 1, 1, 1, 1, 1, 1, 1, 2))):
                line += rng.choice(choices) + (rng.choice(["，", "随后", "在", "会议", " ", "又"]) if rng.random() < 0.1 else "")
        lines.append(line)
    return lines


def test_sitting_place_reads_as_the_patterns_on_random_and_real_text() -> None:
    rng = random.Random(850)
    noun_sets = [("推进会", "会议", "大会"), ("会议", "大会"), ("了会", "会"), ("",), ("会议", "")]
    texts = [*_sitting_lines(851, 16000), *(line for line in _texts() if "在" in line and ("召开" in line or "举行" in line))]
    found = 0
    for text in texts:
        nouns = rng.choice(noun_sets)
        for opening in (True, False):
            expected = _sitting_by_pattern(text, nouns, opening)
            assert _sitting_place(text, nouns, opening) == expected, (text, nouns, opening)
            found += expected is not None
    assert found > 200 and len(texts) * 2 - found > 10_000  # (places read and places missed)
