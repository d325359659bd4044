"""Tests for :mod:`pipeline.entities.bmes`: file round-trips, span/tag conversion, scoring."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.entities.bmes import (
    Counts,
    Sentence,
    read_bmes,
    score_spans,
    spans_to_tags,
    tags_to_spans,
    write_bmes,
)


@pytest.mark.parametrize(
    ("text", "spans", "surfaces"),
    [
        ("江泽民在北京会见了联合国秘书长", [(0, 3, "PER"), (4, 6, "LOC"), (9, 12, "ORG")], ["江泽民", "北京", "联合国"]),
        ("中美两国", [(0, 1, "LOC"), (1, 2, "LOC")], ["中", "美"]),
        ("今天天气很好", [], []),
        ("新华社记者", [(0, 3, "ORG")], ["新华社"]),
    ],
)
def test_spans_tags_round_trip(text: str, spans: list, surfaces: list[str]) -> None:
    tags = spans_to_tags(len(text), spans)
    assert len(tags) == len(text)
    back = tags_to_spans(tags)
    assert back == sorted(spans)
    assert [text[s:e] for s, e, _ in back] == surfaces


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PER", "M-PER", "E-PER"], [(0, 3, "PER")]),
        (["S-LOC", "O", "S-LOC"], [(0, 1, "LOC"), (2, 3, "LOC")]),
        # orphan continuation tags make no entity
        (["O", "M-PER", "E-PER"], []),
        (["O", "E-PER", "O"], []),
        # a B never closed, or closed by another type, makes no entity
        (["B-ORG", "M-ORG", "O"], []),
        (["B-ORG", "E-LOC"], []),
        (["B-ORG", "M-LOC", "E-ORG"], []),
        # a new B restarts the entity
        (["B-PER", "B-PER", "E-PER"], [(1, 3, "PER")]),
    ],
)
def test_tags_to_spans_is_strict(tags: list[str], expected: list) -> None:
    assert tags_to_spans(tags) == expected


@pytest.mark.parametrize(
    "spans",
    [
        [(0, 3, "PER"), (2, 4, "LOC")],  # overlap
        [(3, 3, "PER")],  # empty
        [(4, 7, "PER")],  # beyond the end
        [(-1, 2, "PER")],
    ],
)
def test_spans_to_tags_rejects_bad_spans(spans: list) -> None:
    with pytest.raises(ValueError):
        spans_to_tags(5, spans)


@given(
    st.lists(
        st.tuples(st.integers(0, 3), st.integers(1, 4), st.sampled_from(["PER", "ORG", "LOC"])),
        max_size=8,
    ),
    st.integers(0, 5),
)
def test_non_overlapping_spans_survive_tags(pieces: list, tail: int) -> None:
    # Lay pieces out left to right: a gap of `gap` characters, then an entity of `width`.
    spans = []
    offset = 0
    for gap, width, label in pieces:
        offset += gap
        spans.append((offset, offset + width, label))
        offset += width
    length = offset + tail
    assert tags_to_spans(spans_to_tags(length, spans)) == spans


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_read_bmes_handles_line_ends_and_sentence_breaks(tmp_path: Path, line_end: str) -> None:
    lines = ["李 B-PER", "鹏 E-PER", "好 O", "", "", "上 B-LOC", "海 E-LOC", ""]
    path = tmp_path / "a.txt"
    path.write_bytes(line_end.join(lines).encode("utf-8"))
    sentences = read_bmes(path)
    assert [s.text for s in sentences] == ["李鹏好", "上海"]
    assert sentences[0].tags == ("B-PER", "E-PER", "O")
    assert tags_to_spans(sentences[1].tags) == [(0, 2, "LOC")]


@pytest.mark.parametrize(
    ("line", "message"),
    [("李鹏 B-PER", "expected 'CHAR TAG'"), ("李 X-PER", "bad tag"), ("李", "expected 'CHAR TAG'")],
)
def test_read_bmes_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(f"好 O\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message) as info:
        read_bmes(path)
    assert f"{path}:2" in str(info.value)


@pytest.mark.parametrize(
    "sentences",
    [
        [Sentence("李鹏在北京", ("B-PER", "E-PER", "O", "B-LOC", "E-LOC"))],
        [Sentence("好", ("O",)), Sentence("中国", ("S-LOC", "O"))],
        [],
    ],
)
def test_write_then_read(tmp_path: Path, sentences: list[Sentence]) -> None:
    path = tmp_path / "out.txt"
    write_bmes(sentences, path)
    assert read_bmes(path) == sentences


def test_write_refuses_whitespace(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="offset 1"):
        write_bmes([Sentence("a b", ("O", "O", "O"))], tmp_path / "x.txt")


def test_sentence_checks_length() -> None:
    with pytest.raises(ValueError):
        Sentence("李鹏", ("B-PER",))


@pytest.mark.parametrize(
    ("gold", "predicted", "tp", "n_gold", "n_pred"),
    [
        ([[(0, 2, "PER")]], [[(0, 2, "PER")]], 1, 1, 1),
        ([[(0, 2, "PER")]], [[(0, 3, "PER")]], 0, 1, 1),  # boundary off by one: no credit
        ([[(0, 2, "PER")]], [[(0, 2, "LOC")]], 0, 1, 1),  # wrong type: no credit
        ([[(0, 2, "PER"), (3, 5, "LOC")]], [[]], 0, 2, 0),
        ([[], [(1, 2, "ORG")]], [[(1, 2, "ORG")], [(1, 2, "ORG")]], 1, 1, 2),  # per-sentence matching
    ],
)
def test_score_micro_counts(gold: list, predicted: list, tp: int, n_gold: int, n_pred: int) -> None:
    micro = score_spans(gold, predicted).micro
    assert (micro.true_positives, micro.gold, micro.predicted) == (tp, n_gold, n_pred)


def test_score_per_type_and_f1() -> None:
    gold = [[(0, 2, "PER"), (3, 5, "LOC")], [(0, 3, "ORG")]]
    predicted = [[(0, 2, "PER"), (3, 4, "LOC")], [(0, 3, "ORG"), (4, 5, "PER")]]
    scores = score_spans(gold, predicted)
    assert scores.per_type["PER"] == Counts(1, 1, 2)
    assert scores.per_type["LOC"] == Counts(0, 1, 1)
    assert scores.per_type["ORG"] == Counts(1, 1, 1)
    assert scores.micro.precision == pytest.approx(2 / 4)
    assert scores.micro.recall == pytest.approx(2 / 3)
    assert scores.micro.f1 == pytest.approx(2 * (1 / 2) * (2 / 3) / (1 / 2 + 2 / 3))
    assert set(scores.as_dict()) == {"LOC", "ORG", "PER", "micro"}
    assert "micro" in scores.format_table()


def test_score_rejects_length_mismatch() -> None:
    with pytest.raises(ValueError):
        score_spans([[]], [])


def test_counts_zero_division() -> None:
    empty = Counts()
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)
