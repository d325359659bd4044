"""pipeline.regex_gate.required_literals and LiteralGated: the literals derived from a parsed pattern are a necessary
condition of its matches, and a pattern behind the test for them answers as the pattern itself does.

Three kinds of check: the literal sets of invented patterns, with the cases that give none; a gated pattern's answers
(search and finditer at every position, findall, sub, subn, split, match) against the plain pattern's on invented
sentences; and a property test (hypothesis) over the patterns of the extractors and of the rule entity tagger: every
match of every pattern that has a required-literal set, in strings made of the pattern's own pieces, random Han
characters and strings the pattern matches, contains one of the literals inside its span, and the gated extractor
patterns find the same matches as their plain selves.  Patterns told apart by identity (``m.re is …``) must not be
gated, since a match's ``re`` is the compiled pattern: that is checked on the extractors' sources."""

from __future__ import annotations

import importlib
import pkgutil
import re
import types
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.config import load_config
from pipeline.regex_gate import LiteralGated, literal_gated, required_literals

LITERALS = [
    ("(?:召开|召集)", {"召开", "召集"}),  # a common prefix the parser factors out, read back whole
    ("(?:召开|召集)会议", {"会议"}),  # one literal rather than two a little longer
    (r"[【\[](?:地点|会议地点)[】\]]", {"地点"}),  # the word inside a few known strings rather than all of them
    ("第[一二三]{1,3}届", {"第一", "第二", "第三"}),  # a run cut where its product grows too large
    ("将(?!军)于", {"将于"}),  # a look-ahead is zero width: the literals on both sides meet
    ("(?:会议)?召开", {"召开"}),  # an optional group gives nothing by itself
    (r"(?<=表彰)\d+名", {"名"}),  # nor does a look-behind
    (r"(?:表彰|授予)[^，。]{0,5}(?:称号|荣誉)", {"表彰", "授予"}),  # alternatives that each give a literal
    (r"(?:为|向)[^，]{1,8}颁发|(?:\d+名)[^，]{0,4}获奖", {"颁发", "获奖"}),  # top-level alternatives: the union
    ("x{2,3}", {"xx"}),  # a bounded repeat: its shortest string is inside every longer one
    (r"(?P<n>\d+)(?:余|多)?(?:名|位)(?:党员|干部)", {"党员", "干部"}),
]
NO_LITERALS = [
    "(?i)会议",  # case folding
    "(?:会议)?(?:召开)?",  # every item optional
    r"[^，。]{2,8}",  # a class alone
    r"(?=召开)\d+",  # a literal only in a look-ahead
    r"会议|\d+",  # an alternative with no literal
    r"(?:[\u4e00-\u9fff]{2})+",  # a wide range
]


@pytest.mark.parametrize(("source", "expected"), LITERALS)
def test_required_literals(source: str, expected: set[str]) -> None:
    assert required_literals(re.compile(source)) == frozenset(expected)


@pytest.mark.parametrize("source", NO_LITERALS)
def test_no_required_literals(source: str) -> None:
    plain = re.compile(source)
    assert required_literals(plain) is None
    assert literal_gated(plain) is plain


GATED = [
    r"(?<![联综])(?:召开|举行)(?P<name>[^，。；]{2,20}?会议)",
    r"(?:表彰|授予)[^，。]{0,5}(?:称号|荣誉)",
    r"(?P<n>\d+|[一二三十]+)(?:余|多)?(?:名|位)(?:党员|干部)",
    r"(?:^|(?<=[。；]))\s*会议时间(?:为|是|[:：])\s*(?P<when>[^，。；\n]{3,30})",
]
SENTENCES = [
    "",
    "县委隆重召开全体会议，会议讨论了工作。",
    "市委联召开联席会议；表彰先进个人，授予“优秀党员”称号。",
    "共有30名党员和十二位干部参加，另有5余名党员干部列席。",
    "会议时间为3月6日上午。会议时间：5月7日；本次会议时间是下周。",
    "召开会议举行大会表彰授予称号荣誉名党员位干部",
]


@pytest.mark.parametrize("source", GATED)
def test_gated_pattern_answers_as_the_plain_one(source: str) -> None:
    plain = re.compile(source)
    gated = literal_gated(plain)
    assert isinstance(gated, LiteralGated)
    assert (gated.pattern, gated.flags, gated.groups, gated.groupindex) == \
        (plain.pattern, plain.flags, plain.groups, plain.groupindex)
    for text in SENTENCES:
        assert gated.findall(text) == plain.findall(text)
        assert gated.sub("#", text) == plain.sub("#", text)
        assert gated.subn("#", text, 1) == plain.subn("#", text, 1)
        assert gated.split(text) == plain.split(text)
        for pos in range(-1, len(text) + 2):
            for endpos in (pos, pos + 3, len(text), len(text) + 5):
                a, b = gated.search(text, pos, endpos), plain.search(text, pos, endpos)
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
                assert [m.span() for m in gated.finditer(text, pos, endpos)] == \
                    [m.span() for m in plain.finditer(text, pos, endpos)]
            a, b = gated.match(text, pos), plain.match(text, pos)
            assert (a and a.span()) == (b and b.span())
        match = gated.search(text)
        if match:
            assert match.re == gated and match.re in (gated,)  # (its re is the plain pattern, equal to the gated one)


def patterns_of(obj: Any, name: str, out: dict[str, Any], seen: set[int], depth: int = 0) -> None:
    """Every compiled or gated pattern reachable from ``obj`` (a module's constants, an extractor's attributes,
    lists, tuples and dicts of them, the objects of ``pipeline`` they hold), under a dotted name."""
    if depth > 4 or id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, (re.Pattern, LiteralGated)):
        if isinstance(obj.pattern, str):
            out.setdefault(name, obj)
    elif isinstance(obj, (list, tuple)):
        for i, value in enumerate(obj):
            patterns_of(value, f"{name}[{i}]", out, seen, depth + 1)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            patterns_of(value, f"{name}[{key!r}]", out, seen, depth + 1)
    elif (getattr(type(obj), "__module__", "") or "").startswith("pipeline.") and hasattr(obj, "__dict__") \
            and not isinstance(obj, (types.ModuleType, type)):
        for key, value in vars(obj).items():
            patterns_of(value, f"{name}.{key}", out, seen, depth + 1)


def rule_patterns() -> dict[str, Any]:
    """The patterns of the extractors (modules and the extract stage's objects) and of the rule entity tagger."""
    import pipeline.entities.rules as rules
    import pipeline.extract as extract

    out: dict[str, Any] = {}
    seen: set[int] = set()
    # (every module of the extract package, the modules of its subpackages meetings and speakers included)
    modules = [importlib.import_module(info.name)
               for info in pkgutil.walk_packages(extract.__path__, extract.__name__ + ".")]
    for module in (*modules, extract, rules):
        for key, value in vars(module).items():
            patterns_of(value, f"{module.__name__}.{key}", out, seen)
    stage = extract.Extractor(load_config(overrides={"ner": {"backend": "none"}}))
    for part in ("speakers", "meetings", "awards", "funding"):
        patterns_of(getattr(stage, part), part, out, seen)
    patterns_of(rules.RuleTagger(), "rules.RuleTagger()", out, seen)
    return out


@pytest.fixture(scope="module")
def patterns() -> dict[str, Any]:
    return rule_patterns()


def _plain(pattern: Any) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags)


def _pieces(plain: re.Pattern[str], literals: frozenset[str]) -> list[str]:
    """The literal runs of the pattern's source (look-arounds and optional parts too), its required literals and
    the punctuation and numerals the extractors' patterns turn on."""
    runs = re.findall(r"[\u4e00-\u9fff“”「」‘’《》【】（）：:]{1,6}", plain.pattern)
    return sorted(set(runs) | set(literals) | set("，。；、：\n 1220245三十名位人余多年月日"))


def _check_literal_in_span(name: str, plain: re.Pattern[str], literals: frozenset[str], gated: Any) -> None:
    pieces = _pieces(plain, literals)
    filler = st.lists(st.one_of(st.sampled_from(pieces), st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)),
                      max_size=12).map("".join)
    text = st.one_of(filler, st.tuples(filler, st.from_regex(plain), filler).map("".join))

    @settings(max_examples=20, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(text)
    def check(s: str) -> None:
        found = list(plain.finditer(s))
        for m in found:
            assert any(lit in m.group() for lit in literals), (name, s, m.group(), literals)
        if gated is not None:
            assert [(m.span(), m.groups()) for m in gated.finditer(s)] == [(m.span(), m.groups()) for m in found]
            a, b = gated.search(s), plain.search(s)
            assert (a and a.span()) == (b and b.span())

    check()


def test_every_gated_or_gateable_pattern_holds_a_required_literal_in_its_matches(patterns: dict[str, Any]) -> None:
    """Every pattern gated by literals, and every pattern behind a first-character gate that has literals."""
    checked = 0
    for name, pattern in sorted(patterns.items()):
        plain = _plain(pattern)
        literals = required_literals(plain)
        gated = pattern if isinstance(pattern, LiteralGated) else None
        if gated is not None:
            assert literals is not None and set(gated.literals) == literals, name
        elif literals is None or not pattern.pattern.startswith("(?=["):
            continue
        _check_literal_in_span(name, plain, literals, gated)
        checked += 1
    assert checked >= sum(isinstance(p, LiteralGated) for p in patterns.values()) >= 30


def test_gated_patterns_are_not_told_apart_by_identity(patterns: dict[str, Any]) -> None:
    """``m.re is self.x`` is never true for a gated ``x`` (a match's ``re`` is the compiled pattern)."""
    gated = {name.rsplit(".", 1)[-1] for name, p in patterns.items() if isinstance(p, LiteralGated)}
    gated = {g.split("[", 1)[0] for g in gated}
    assert gated
    source = "".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parents[3] / "pipeline" / "extract").glob("*.py"))
    told_apart = set(re.findall(r"\.re is (?:not )?(?:self\.)?(\w+)", source))
    assert not told_apart & gated
