"""Extract speed: the gates this pass put before the costliest patterns answer as the patterns do.

A replay of every call the extract stage makes to each pattern over a quarter of the snapshot texts, each pattern's
calls timed alone, found the title-word alternation of the speaker rules the costliest search of the stage (an eighth
of the time spent in patterns): it opens on about one Han character in four, and every branch of it was tried there.
One gate is new, :func:`pipeline.regex_gate.pair_gated`, a look-ahead on the first two characters of every match
(the opening pairs read from the parsed pattern); two speaker patterns searched in every sentence are put behind the
required-literal gate (:func:`pipeline.regex_gate.literal_gated`).  No rule reads otherwise (GUIDELINES §4
unchanged): each gated pattern must give the same matches, spans and groups as its plain source, at every position,
on invented strings, on strings hypothesis builds from the patterns' own words, and on the invented tuning articles
(corpus/synthetic/raw); the near misses give nothing with either.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.config import PROJECT_ROOT, load_config
from pipeline.extract import Extractor
from pipeline.extract.common import split_sentences, word_alternation
from pipeline.extract.speakers import patterns as speaker_patterns
from pipeline.regex_gate import LiteralGated, pair_gated

_EXTRACTOR = Extractor(load_config())
_SPEAKERS = _EXTRACTOR.speakers
_TITLES = "(?:" + word_alternation(_SPEAKERS.lex.titles) + ")"


def _source_of(gated: re.Pattern[str]) -> str:
    """The pattern behind a pair gate ``(?=[F][S])(?:source)`` (the escaped classes hold no bare ``])(?:``)."""
    assert gated.pattern.startswith("(?=[")
    return gated.pattern[gated.pattern.index("])(?:") + len("])(?:") : -1]


PAIR_GATED = {
    "speakers._title_any": (_SPEAKERS._title_any, _TITLES),
    "speakers._title_end": (_SPEAKERS._title_end, _TITLES + "$"),
    "speakers._MINORITY_NAME_OPENING": (speaker_patterns._MINORITY_NAME_OPENING,
                                        _source_of(speaker_patterns._MINORITY_NAME_OPENING)),
}
LITERAL_GATED = {
    "speakers._COUNTED_LIST_TAIL": speaker_patterns._COUNTED_LIST_TAIL,
    "speakers._TURN_TAKEN": speaker_patterns._TURN_TAKEN,
}

# (source, the gate put before it, or None where the pattern comes back unchanged)
PAIRS = [
    ("(?:主任|副主任|书记)", "(?=[主书副][主任记])"),
    ("会议|大会", "(?=[会大][会议])"),
    ("a?bc", "(?=[ab][bc])"),  # an optional opening: its pair or the pair after it
    ("a*bc", "(?=[ab][abc])"),
    ("(?<=x)ab", "(?=[a][b])"),  # a look-behind is zero width
    ("[一二三]{1,3}届", "(?=[一三二][一三二届])"),
    ("x{2,3}", "(?=[x][x])"),
    ("ab|c", None),  # a match of one character
    (r"\d+名", None),  # a category: no small known set
    ("(?i)ab", None),  # case folding
    ("(?:会议)?", None),  # may match nothing
    ("[^，]{2}会", None),  # a negated class
]


@pytest.mark.parametrize(("source", "gate"), PAIRS)
def test_pair_gate_of_invented_patterns(source: str, gate: str | None) -> None:
    gated = pair_gated(source)
    if gate is None:
        assert gated.pattern == source
    else:
        assert gated.pattern == f"{gate}(?:{source})"
    assert pair_gated(re.compile(source)).pattern == gated.pattern  # (a compiled pattern reads the same)


SENTENCES = [
    "",
    "县委副书记、县长王强主持会议，副县长李明、市委常委周丽出席。",
    "常务副总经理陈刚和首席执行官刘芳先后发言，3名同志作了交流发言。",
    "全国五一劳动奖章获得者张华、优秀共产党员赵敏第一个走上讲台。",
    "村民杨某第一个开口，王强、李明、赵敏3位同志先后作了表态发言。",
    "三人走进会场，五位代表上台领奖。",  # (near misses: no speech after the count, no turn taken)
    "阿不都热合曼·买买提，努尔兰江说，古丽娜尔上台发言。",
    "主主任副副主任书书记长长主",  # (opening characters in runs: the pairs must not skip a real one)
    "没有任何职务的一句话：天气很好。",
    "主任",
    "主",
]


def _same(plain: re.Pattern[str], gated: re.Pattern[str] | LiteralGated, text: str) -> None:
    def groups(m: re.Match[str] | None) -> tuple[object, ...] | None:
        return None if m is None else (m.span(), m.groups())

    assert [groups(m) for m in gated.finditer(text)] == [groups(m) for m in plain.finditer(text)]
    for pos in range(len(text) + 1):
        assert groups(gated.search(text, pos)) == groups(plain.search(text, pos))
        assert groups(gated.match(text, pos)) == groups(plain.match(text, pos))
        for endpos in (pos, (pos + len(text)) // 2 + 1, len(text)):
            assert groups(gated.match(text, pos, endpos)) == groups(plain.match(text, pos, endpos))
            assert groups(gated.fullmatch(text, pos, endpos)) == groups(plain.fullmatch(text, pos, endpos))


@pytest.mark.parametrize("name", sorted(PAIR_GATED))
@pytest.mark.parametrize("text", SENTENCES)
def test_pair_gated_pattern_answers_as_its_source(name: str, text: str) -> None:
    gated, source = PAIR_GATED[name]
    assert gated.pattern != source  # (gated indeed)
    _same(re.compile(source, gated.flags), gated, text)


@pytest.mark.parametrize("name", sorted(LITERAL_GATED))
@pytest.mark.parametrize("text", SENTENCES)
def test_literal_gated_pattern_answers_as_its_source(name: str, text: str) -> None:
    gated = LITERAL_GATED[name]
    assert isinstance(gated, LiteralGated)
    _same(gated._compiled, gated, text)


_WORDS = [w for w in _SPEAKERS.lex.titles if w][:400] + ["王强", "李明", "努尔兰江", "古丽娜尔", "、", "，", "。", "：",
                                                         "走上讲台", "上台", "3名", "作了交流发言", "五位"]
_PIECES = st.lists(st.one_of(st.sampled_from(_WORDS), st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80),
                             st.sampled_from(list("主副长书记任员会") + ["\n", " "])), max_size=14).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PIECES)
def test_gates_on_strings_of_the_patterns_words(text: str) -> None:
    for gated, source in PAIR_GATED.values():
        _same(re.compile(source, gated.flags), gated, text)
    for gated in LITERAL_GATED.values():
        _same(gated._compiled, gated, text)


def _tuning_sentences() -> list[str]:
    folder = PROJECT_ROOT / "corpus" / "synthetic" / "raw"
    paths = sorted(Path(folder).glob("*.txt"))[:60]
    return [s.text for p in paths for s in split_sentences(p.read_text(encoding="utf-8"))]


def test_gates_on_invented_tuning_articles() -> None:
    sentences = _tuning_sentences()
    if not sentences:
        pytest.skip("corpus/synthetic/raw not present")

    def spans(p: re.Pattern[str] | LiteralGated, text: str) -> list[tuple[tuple[int, int], tuple[object, ...]]]:
        return [(m.span(), m.groups()) for m in p.finditer(text)]

    for text in sentences:
        for gated, source in PAIR_GATED.values():
            assert spans(gated, text) == spans(re.compile(source, gated.flags), text)
        for gated in LITERAL_GATED.values():
            assert spans(gated, text) == spans(gated._compiled, text)
            assert (gated.match(text) is None) == (gated._compiled.match(text) is None)

