"""pipeline.extract.common.first_char_gated: a pattern behind a look-ahead on its opening characters finds the same
matches (spans and groups) with search, finditer, findall, sub and match at a position, and patterns the engine
already scans fast (or whose opening characters are unknown) come back unchanged.  The patterns and sentences are
invented; a seeded set of random strings over the characters that matter is checked too."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract.common import first_char_gated

GATED = [
    r"(?:(?:隆重召开|召开|举行)(?!单位)|开幕(?![式词])|观摩|会议?[^，。；]{1,12}?(?:讨论|审议))",  # groups first
    r"(?<![联综])合办(?=[“「])|(?<=[^\s【】])【[^【】\n]{2,10}】|‘[^‘’\n]{2,10}’",  # a look-behind first
    r"(?<=[\u4e00-\u9fff])(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?=名|个)",  # \d among the opening characters
    r"(?P<n>\d+|[一二三]+)(?:余|多)?[名位人]",  # a named group, repeats first
    r"(?:(?P<mod>副|常务副)(?=主任|书记))?(?P<word>主任|书记|委员)",  # an optional group first: 副 or 主/书/委
    r"(?<![\d一二三])(?:(?P<approx>约|近) ?)?(?:\d+|[一二三十]+)(?:余|多)?[名人]",  # a look-behind, then optional
    r"(?:会议)?(?:隆重)?召开",  # two optional groups, then the required word
    r"(?:约)*?\d+名",  # a lazy repeat of at least zero first
    # an alternative of zero width whose look-ahead needs 百 or 千 there: the match opens with 约, a digit, 百 or 千
    r"(?:约)?(?:\d+|(?<=近)(?=[百千]))[百千]?名",
]
UNCHANGED = [
    r"召开|举行|主持",  # alternatives of literals: the engine's own first-character scan
    r"[，。](?=随后)",  # a class first
    r"^会议",  # an anchor first
    r".{0,3}会议",  # a wildcard, maybe empty, first
    r"(?i)(?:abc|def)x",  # case folding
    r"(?:[\u4e00-\u9fff]+|x)会",  # too many opening characters to gain anything
    r"(?:会议)?(?:召开)?",  # every item optional: a match may be empty and open anywhere
    r"(?:约)?.会",  # an optional group before a wildcard
    r"(?:约)?(?:\d+|(?=近?))名",  # an alternative whose look-ahead needs no character: it may open anywhere
]
TEXTS = [
    "",
    "县委隆重召开全体会议，会议讨论了工作。",
    "市文联与报社合办“读书节”，【本报讯】活动开幕式在‘新馆’举行。",
    "表彰先进个人三名、5名和十二个集体，共12余人。",
    "联合办“活动”，综合办【x】，会上观摩了现场教学。",
    "一二三名二十名100多位 7人",
    "常务副主任、副书记和委员约 30名，近十余人，隆重召开会议召开，近百名",
]
ALPHABET = "召开举行会议讨论审议，。；【】‘’“”合办联综一二三十5名个余人多位单位式词观摩隆重副常务主任书记委员约近百千 \n"


def texts() -> list[str]:
    rng = random.Random(31)
    return TEXTS + ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(100)]


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("source", GATED)
def test_gated_pattern_finds_the_same_matches(source: str) -> None:
    plain = re.compile(source)
    gated = first_char_gated(plain)
    assert gated is not plain and gated.pattern.startswith("(?=[")
    assert gated.groupindex == plain.groupindex
    for text in texts():
        assert spans(gated, text) == spans(plain, text)
        assert gated.findall(text) == plain.findall(text)
        assert gated.sub("#", text) == plain.sub("#", text)
        for pos in range(len(text) + 1):
            a, b = gated.match(text, pos), plain.match(text, pos)
            assert (a and a.span()) == (b and b.span())
            a, b = gated.search(text, 0, pos), plain.search(text, 0, pos)
            assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("source", UNCHANGED)
def test_pattern_left_alone(source: str) -> None:
    plain = re.compile(source)
    assert first_char_gated(plain) is plain


@pytest.mark.parametrize("source", GATED + UNCHANGED)
@pytest.mark.parametrize("flags", [0, re.S])
def test_source_text_gives_what_its_compiled_pattern_gives(source: str, flags: int) -> None:
    # The usual form: the source and flags, so that only the pattern used is compiled (start-up time).
    from_text, from_compiled = first_char_gated(source, flags), first_char_gated(re.compile(source, flags))
    assert isinstance(from_text, re.Pattern)
    assert (from_text.pattern, from_text.flags) == (from_compiled.pattern, from_compiled.flags)
    if source in UNCHANGED:
        assert from_text is re.compile(source, flags)


def test_source_text_that_does_not_compile_raises_as_re_compile_does() -> None:
    with pytest.raises(re.error):
        first_char_gated("(?:召开|举行")
