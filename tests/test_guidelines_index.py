"""The topic index of the annotation guidelines stays in step with the guidelines.

``corpus/GUIDELINES-index.md`` gives each standing rule one line ending in a section, a review
round and a literal search key copied from ``corpus/GUIDELINES.md``. Keys are used instead of line
numbers because rounds are added all the time; these tests make sure every key still occurs, on one
line and inside the section the entry cites, and that every section the index names exists, so an
edit to the guidelines that moves or rewords a rule fails here instead of leaving the index stale.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

GUIDELINES = PROJECT_ROOT / "corpus" / "GUIDELINES.md"
INDEX = PROJECT_ROOT / "corpus" / "GUIDELINES-index.md"

# A search key must be long enough to be specific (the index's own rule: six characters or more).
MIN_KEY_LENGTH = 6

SECTION_HEADING = re.compile(r"^## (\d+)\. ")
INDEX_HEADING = re.compile(r"^## §(\d+) ")
ENTRY = re.compile(
    r"^- (?P<topic>[^:]+?): (?P<body>.+) \[§(?P<section>\d+), (?P<round>[^\]]+)\] \(find: `(?P<key>[^`]+)`\)$"
)


def guideline_sections(path: Path) -> dict[str, list[str]]:
    """Section number -> the lines of that section of the guidelines (heading included)."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        match = SECTION_HEADING.match(line)
        if match:
            current = sections.setdefault(match.group(1), [])
        if current is not None:
            current.append(line)
    return sections


def index_lines(path: Path) -> list[tuple[str | None, str]]:
    """(section of the enclosing index heading, line) for every bullet line of the index."""
    heading: str | None = None
    bullets = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = INDEX_HEADING.match(line)
        if match:
            heading = match.group(1)
        elif line.startswith("- "):
            bullets.append((heading, line))
    return bullets


def entry_id(heading: str | None, line: str) -> str:
    match = ENTRY.match(line)
    topic = match.group("topic") if match else line[2:40]
    return f"s{heading} {topic}"


SECTIONS = guideline_sections(GUIDELINES)
BULLETS = index_lines(INDEX)
ENTRIES = [(heading, ENTRY.match(line)) for heading, line in BULLETS if ENTRY.match(line)]


def test_index_has_entries() -> None:
    assert len(ENTRIES) >= 250


@pytest.mark.parametrize(("heading", "line"), BULLETS, ids=[entry_id(h, line) for h, line in BULLETS])
def test_bullet_is_a_well_formed_entry(heading: str | None, line: str) -> None:
    assert heading is not None, "entry stands before the first section heading"
    assert ENTRY.match(line), f"not in the form `- topic: rule [§N, round] (find: `key`)`: {line}"


@pytest.mark.parametrize(("heading", "entry"), ENTRIES, ids=[f"s{h} {m.group('topic')}" for h, m in ENTRIES])
def test_search_key_occurs_in_cited_section(heading: str, entry: re.Match[str]) -> None:
    key, section = entry.group("key"), entry.group("section")
    assert len(key) >= MIN_KEY_LENGTH, f"search key too short to be specific: {key!r}"
    assert section in SECTIONS, f"§{section} is not a section of corpus/GUIDELINES.md"
    assert any(key in line for line in SECTIONS[section]), (
        f"search key {key!r} no longer occurs on one line of §{section} of corpus/GUIDELINES.md"
    )


@pytest.mark.parametrize("section", sorted({h for h, _ in BULLETS if h is not None}, key=int))
def test_index_heading_names_an_existing_section(section: str) -> None:
    assert section in SECTIONS, f"the index has a heading for §{section}, which corpus/GUIDELINES.md lacks"
