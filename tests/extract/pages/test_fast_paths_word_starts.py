"""Fast paths of the extract stage (word starts, following clauses), machinery only: machinery only, no rule reads otherwise (GUIDELINES §3 and §4 unchanged).

Two changes are covered here. The speaker mentions tested whether a lexicon word opens at a place of the text with
``str.startswith`` and a tuple of the words (the name stops, about 400 of them; the long and act stops; the organization
suffixes; the role triggers), which compares every word in turn; they now ask one match of a tree of the words,
:func:`pipeline.extract.common.word_starts`, which must answer as ``startswith`` does at every position (the end of the
string and past it included). ``meetings.side_events._split_following`` passes a sentence with no verb of holding
through as it is, and must cut the others as before. Invented sentences only.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.config import load_config
from pipeline.extract.common import Lexicons, Sentence, word_starts
from pipeline.extract.meetings.side_events import _split_following
from pipeline.extract.speakers import SpeakerExtractor

_STOPS = ("主持", "主持召开", "强调", "在", "指出", "讲话", "出席", "出席并", "表示")


@pytest.mark.parametrize("text", [
    "县长王强主持召开常务会议。",  # a longer stop that a shorter one opens
    "市委书记李明在会上强调，要抓好落实。",  # a one-character stop
    "副市长赵敏出席并讲话。",
    "局长周涛表示",  # a stop at the very end
    "江城市教育局举行表彰大会",  # no stop anywhere
    "",  # the empty text
])
def test_word_starts_as_startswith(text):
    pattern = word_starts(_STOPS)
    for pos in range(len(text) + 3):
        assert (pattern.match(text, pos) is not None) == text.startswith(_STOPS, pos)


@pytest.mark.parametrize(("words", "text", "pos", "expected"), [
    ((), "县长王强讲话", 0, False),  # no word: nothing opens anywhere, as startswith(()) says
    (("讲话",), "县长王强讲话", 4, True),
    (("讲话",), "县长王强讲话", 5, False),  # near miss: the word's second character alone
    (("讲话", "讲"), "县长王强讲", 4, True),  # near miss of the longer word, the shorter one whole
    (("a.b",), "axb", 0, False),  # a regex mark in a word is a plain character
    (("a.b",), "a.b", 0, True),
])
def test_word_starts_rows(words, text, pos, expected):
    assert (word_starts(words).match(text, pos) is not None) is expected
    assert text.startswith(words, pos) is expected


def test_word_starts_refuses_an_empty_word():
    with pytest.raises(ValueError):
        word_starts(("主持", ""))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="主持召开强调在指出讲话席并表示县长王，。", max_size=24), st.integers(0, 30))
def test_word_starts_any_string(text, pos):
    assert (word_starts(_STOPS).match(text, pos) is not None) == text.startswith(_STOPS, pos)


def test_speaker_lexicons_behind_word_starts():
    config = load_config(None)
    speakers = SpeakerExtractor(Lexicons.from_dirs(config["patterns_dir"], config["lexicons_dir"]))
    text = "会上，县长王强主持召开会议并讲话，副县长李娜表示赞同，江城集团有限公司总经理赵敏发言。"
    for pattern, words in ((speakers._name_stop, speakers.lex.name_stops), (speakers._long_stop, speakers._long_stops),
                           (speakers._act_stop, speakers._act_stops), (speakers._org_suffix, speakers.lex.org_suffixes),
                           (speakers._trigger_start, speakers._triggers)):
        for pos in range(len(text) + 2):
            assert (pattern.match(text, pos) is not None) == text.startswith(words, pos)


@pytest.mark.parametrize(("text", "parts"), [
    # no verb of holding: the sentence itself, uncut
    ("会上，县长王强作了讲话，随后副县长李娜发言。", ["会上，县长王强作了讲话，随后副县长李娜发言。"]),
    ("江城大学党委书记赵敏出席并致辞。", ["江城大学党委书记赵敏出席并致辞。"]),
    # a verb of holding: cut at the clause telling the next meeting
    ("城关镇召开党委会，随后召开全体干部大会。", ["城关镇召开党委会，", "随后召开全体干部大会。"]),
    ("南江县举行开工仪式，随后举行项目推进会。", ["南江县举行开工仪式，", "随后举行项目推进会。"]),
])
def test_split_following(text, parts):
    out = _split_following([Sentence(7, 7 + len(text), text)])
    assert [s.text for s in out] == parts
    assert all(s.text == ("x" * 7 + text)[s.start : s.end] for s in out)
