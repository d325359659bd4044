"""Names found by plain string search instead of a pattern compiled per document (speed only, 7 December 2026): each
search reads as the pattern it stands for, on invented lines, seeded random strings and the real articles under corpus/."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract.speakers.extractor import _TRANSLIT_CHARS, _dotted_forms_ending
from tests.extract.gate_inputs import REAL_FILES


def _pattern_forms(name: str, text: str) -> set[str]:
    """The reading as it was: a pattern per name (SpeakerExtractor._merge_short_foreign_names)."""
    return {m.group() for m in re.finditer(f"(?:[{_TRANSLIT_CHARS}尔路易让]{{1,6}}·)+{re.escape(name)}", text)}


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("罗布尔", "大学的詹姆斯·罗布尔介绍了…。罗布尔说", {"詹姆斯·罗布尔"}),
    ("费尔南德斯", "路易斯·费尔南德斯 …。费尔南德斯说", {"路易斯·费尔南德斯"}),
    ("阿布迪科夫", "副州长叶尔兰·阿布迪科夫说", {"尔兰·阿布迪科夫"}),
    ("德", "阿阿阿阿阿阿阿阿·斯·德·德", {"阿阿阿阿阿阿·斯·德·德"}),
    ("王强", "王强出席", set()),
    ("斯", "·斯 阿·斯阿·斯", {"阿·斯阿·斯"}),
])
def test_dotted_forms_read_as_the_pattern(name: str, text: str, expected: set[str]) -> None:
    assert _dotted_forms_ending(name, text) == expected
    assert _pattern_forms(name, text) == expected


def test_dotted_forms_read_as_the_pattern_on_random_and_real_text() -> None:
    rng = random.Random(831)
    parts = ["阿", "尔", "路", "易", "斯", "·", "·", "王", "强", "费", "南", "。", "德", "阿", "尔", "路", "斯"]
    cases = []
    for _ in range(20_000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 60)))
        cases.append(("".join(rng.choice(parts[:5] + ["王", "强", "德"]) for _ in range(rng.randint(1, 3))), text))
    for path in REAL_FILES:
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer("·([\u4e00-\u9fff]{1,6})", text):  # (every part after a dot, as a short name)
            cases.append((m[1], text))
            cases.append((m[1][:2], text))
    found = 0
    for name, text in cases:
        expected = _pattern_forms(name, text)
        assert _dotted_forms_ending(name, text) == expected, (name, text)
        found += bool(expected)
    assert found > 1000
