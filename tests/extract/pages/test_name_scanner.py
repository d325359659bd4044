"""The literal name scanner finds what the alternation of the names, longest first, would."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.common import NameScanner

# A small alphabet so that names overlap, nest and repeat in the texts.
_CHARS = "李明王强张华，。的"
_NAMES = st.sets(st.text(alphabet=_CHARS[:6], min_size=1, max_size=4), min_size=1, max_size=6)


def _alternation(names: set[str], text: str) -> list[tuple[int, int]]:
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(names=_NAMES, text=st.text(alphabet=_CHARS, max_size=60))
def test_same_spans_as_the_alternation(names: set[str], text: str) -> None:
    assert NameScanner(names).spans(text) == _alternation(names, text)


@pytest.mark.parametrize(
    ("names", "text", "spans"),
    [
        ({"李明", "李明华"}, "李明华和李明", [(0, 3), (4, 6)]),  # the longest at a start
        ({"王强"}, "王强王强", [(0, 2), (2, 4)]),
        ({"明华", "李明"}, "李明华", [(0, 2)]),  # no overlap: the leftmost wins
        ({"张华"}, "", []),
    ],
)
def test_examples(names: set[str], text: str, spans: list[tuple[int, int]]) -> None:
    assert NameScanner(names).spans(text) == spans
