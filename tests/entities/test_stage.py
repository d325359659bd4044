"""Tests for the NER windows of :mod:`pipeline.stages` (the part of a trigger sentence the model tags).

A window runs from the start of the clause before a trigger's clause to the end of the
trigger's clause; a sentence with a word that shares a role among listed names is tagged
whole.  The expected windows are written out by hand as the substrings they cover.
"""

from __future__ import annotations

import re

import pytest

from pipeline.config import DEFAULTS
from pipeline.stages import NER_SHARED_ROLE, EntityStage, ner_trigger_pattern, ner_windows

TRIGGERS = re.compile("主持|讲话")

# (sentence, substrings the windows cover, in order)
WINDOW_CASES: list[tuple[str, list[str]]] = [
    ("王世华主持会议。", ["王世华主持会议。"]),
    ("会议由王世华主持", ["会议由王世华主持"]),
    # the clause before the trigger's clause is kept, earlier ones are not
    ("今天上午，市委召开会议，王世华主持会议并讲话。", ["市委召开会议，王世华主持会议并讲话。"]),
    ("主持人：区委组织部部长赵红，会议开始。", ["主持人：区委组织部部长赵红，"]),
    # two triggers in clauses far apart: two windows
    ("王世华主持会议，会议听取了汇报，审议了文件，李明讲话。", ["王世华主持会议，", "审议了文件，李明讲话。"]),
    # a role shared by every name listed before it: the whole sentence
    ("今天，王世华，李明，张三先后讲话。", ["今天，王世华，李明，张三先后讲话。"]),
    # windows that touch are merged
    ("王世华主持，李明讲话，张三讲话。", ["王世华主持，李明讲话，张三讲话。"]),
    ("没有触发词的句子，什么也不标。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), WINDOW_CASES, ids=[c[0] for c in WINDOW_CASES])
def test_windows(sentence: str, expected: list[str]) -> None:
    text = "前文。" + sentence + "后文。"
    start = len("前文。")
    windows = ner_windows(text, start, start + len(sentence), TRIGGERS)
    assert [text[s:e] for s, e in windows] == expected
    assert all(start <= s < e <= start + len(sentence) for s, e in windows)


def test_shared_role_words_are_the_speaker_extractors() -> None:
    from pipeline.extract.speakers.patterns import _SHARED_ROLE

    assert NER_SHARED_ROLE.pattern == _SHARED_ROLE.pattern


def test_trigger_pattern_reads_the_role_triggers() -> None:
    pattern = ner_trigger_pattern(DEFAULTS["patterns_dir"])
    assert pattern.search("王世华主持会议") and not pattern.search("今天天气很好")


def test_model_entities_point_into_the_clean_text() -> None:
    from pipeline.document import Document

    stage = EntityStage(DEFAULTS)
    text = "今天上午，市委召开会议。会上，市委书记王世华主持会议并讲话，李明出席。"
    doc = Document.from_raw("t", "test", text, "utf-8")
    doc.sentences = [(0, 12), (12, len(text))]
    doc = stage(doc)
    model = [e for e in doc.entities if e.source == "model"]
    assert ("PER", "王世华") in {(e.type, e.text) for e in model}
    assert all(text[e.start:e.end] == e.text for e in model)
