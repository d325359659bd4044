"""The import rule of the meetings package (pipeline/extract/meetings/__init__.py docstring), kept by a test.

Found in code review: references imported period_of, lecture_inviter and briefing_holder from its siblings dates,
lectures and organizers, against the package rule that siblings share through patterns.  briefing_holder and
lecture_inviter (a pattern with its reading) now stand in patterns; period_of (date logic on dates' own period
patterns) stays in dates, the one documented sibling import, pointing from references to dates.  No output changes:
this checks structure only, not any field of GUIDELINES.md (§3 is the meetings section these modules read).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import pipeline.extract.meetings as meetings

PACKAGE = Path(meetings.__file__).parent
PREFIX = "pipeline.extract.meetings."

# module -> the siblings it may import from (patterns for the modules of one concern; references also dates; the
# modules that join concerns from those listed before them in the package docstring; extractor from all).
ALLOWED = {
    "patterns": set(),
    "dates": {"patterns"},
    "names": {"patterns"},
    "organizers": {"patterns"},
    "places": {"patterns"},
    "attendance": {"patterns"},
    "hosts": {"patterns"},
    "lectures": {"patterns"},
    "references": {"patterns", "dates"},
    "labelled": {"patterns"},
    "mentions": set(),
    "captions": {"patterns"},
    "sessions": {"names", "organizers"},
    "side_events": {"patterns", "dates", "hosts", "organizers", "sessions"},
    "contests": {"patterns", "side_events"},
    "talks": {"patterns", "places", "references", "side_events"},
    "acts": {"patterns", "dates", "names", "organizers"},
    "holding": {"patterns", "attendance", "contests", "dates", "lectures", "names", "organizers", "places", "side_events",
                "talks"},
    "extractor": {"patterns", "dates", "names", "organizers", "places", "attendance", "hosts", "lectures", "references",
                  "labelled", "mentions", "captions", "sessions", "side_events", "contests", "talks", "acts", "holding"},
}


def _siblings_imported(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    return {node.module.removeprefix(PREFIX) for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(PREFIX)}


@pytest.mark.parametrize("module", sorted(ALLOWED))
def test_imports_only_allowed_siblings(module: str) -> None:
    assert _siblings_imported(module) <= ALLOWED[module]


@pytest.mark.parametrize(("module", "name"), [
    ("patterns", "briefing_holder"),
    ("patterns", "lecture_inviter"),
    ("dates", "period_of"),
])
def test_shared_reading_defined_once(module: str, name: str) -> None:
    defining = [path.stem for path in PACKAGE.glob("*.py")
                if any(isinstance(node, ast.FunctionDef) and node.name == name
                       for node in ast.parse(path.read_text(encoding="utf-8")).body)]
    assert defining == [module]


def test_every_module_has_a_rule() -> None:
    # (a new module must be given its place in the rule, not slip past the test above)
    assert {path.stem for path in PACKAGE.glob("*.py")} - {"__init__"} == set(ALLOWED)
