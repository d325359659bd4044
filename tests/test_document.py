"""Tests for :mod:`pipeline.document`: the offset map and the Document's text replacement."""

from __future__ import annotations

import pytest

from pipeline.document import Document, OffsetMap


@pytest.mark.parametrize("length", [0, 1, 7])
def test_identity_map_points_at_itself(length: int) -> None:
    offsets = OffsetMap.identity(length)
    assert len(offsets) == length
    assert [offsets.raw_index(i) for i in range(length)] == list(range(length))


@pytest.mark.parametrize(
    ("positions", "span", "expected"),
    [
        ([0, 1, 2, 3], (1, 3), (1, 3)),
        ([0, 4, 5, 9], (0, 2), (0, 5)),  # the raw span covers what was dropped inside
        ([0, 4, 5, 9], (3, 4), (9, 10)),
        ([0, 4, 5, 9], (2, 2), (5, 5)),  # empty span at the matching raw position
        ([0, 4, 5, 9], (4, 4), (12, 12)),  # empty span at the end maps to the raw end
    ],
)
def test_raw_span(positions: list[int], span: tuple[int, int], expected: tuple[int, int]) -> None:
    assert OffsetMap(positions, 12).raw_span(*span) == expected


@pytest.mark.parametrize("span", [(-1, 2), (2, 1), (0, 5)])
def test_raw_span_rejects_spans_outside_the_text(span: tuple[int, int]) -> None:
    with pytest.raises(IndexError):
        OffsetMap([0, 2, 4, 6], 7).raw_span(*span)


def test_compose_maps_through_two_edits() -> None:
    outer = OffsetMap([0, 2, 3, 5, 8], 9)
    inner = OffsetMap([1, 3, 4], 5)
    assert list(outer.compose(inner).positions) == [2, 5, 8]


@pytest.mark.parametrize(
    ("raw", "keep"),
    [
        ("会(huì)议在北京召开", [0, 6, 7, 8, 9, 10, 11]),
        ("ab\r\ncd", [0, 1, 3, 4, 5]),
    ],
)
def test_replace_text_keeps_raw_text_and_maps_back(raw: str, keep: list[int]) -> None:
    doc = Document.from_raw("id", "src", raw, "utf-8")
    new_text = "".join(raw[i] for i in keep)
    doc.replace_text(new_text, OffsetMap(keep, len(raw)))
    assert doc.raw_text == raw
    assert doc.clean_text == new_text
    for i, ch in enumerate(doc.clean_text):
        assert raw[doc.offsets.raw_index(i)] == ch


def test_replace_text_refuses_a_map_of_the_wrong_length() -> None:
    doc = Document.from_raw("id", "src", "abc", "utf-8")
    with pytest.raises(ValueError, match="offset map length"):
        doc.replace_text("ab", OffsetMap([0], 3))


def test_every_warning_code_used_in_the_code_is_catalogued() -> None:
    import re
    from pathlib import Path

    import pipeline
    from pipeline.errors import WARNINGS

    used = {m for path in Path(pipeline.__file__).parent.rglob("*.py") for m in re.findall(r'"(W_[A-Z_]+)', path.read_text("utf-8"))}
    assert used - set(WARNINGS) == set()
