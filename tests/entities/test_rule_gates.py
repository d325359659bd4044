"""The rule tagger's patterns behind a look-ahead on their opening characters (pipeline.regex_gate.first_char_gated)
find exactly what the same patterns without it find: spans and groups with finditer, and match and search at every
position.  The look-ahead is a necessary condition: every match of these patterns opens with a modifier or a word of
the title lexicon, a number, a date or time word, or an honour scope or word, whose first characters are the class.
The sentences are invented; a seeded set of random strings over the characters that matter is checked too."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.entities.rules import RuleTagger

GATED = ["_word_re", "_count_re", "_percent_re", "_date_re", "_time_re", "_honor_re"]
SENTENCES = [
    "",
    "2024年3月5日上午9时30分，市委常务副书记王明、副市长李华出席会议。",
    "会议于十二月二十五日晚上八点召开，约300名代表、近百位专家和逾两千人参加。",
    "县人民政府办公室主任张强介绍，全县共投入资金1.5亿元，增长12.5%，完成率百分之九十。",
    "她被评为全国劳动模范、三八红旗手，获“五一劳动奖章”和省级优秀共产党员称号。",
    "中华民国八十七年五月，前天、昨天和今天下午，3月8日至10日，2024-05-06。",
    "执行副总经理、驻会副主席、名誉会长与挂职副县长在凌晨两点和傍晚6时到达。",
    "第一副主任、首席科学家、代理市长和专职副书记一同出席；全市先进集体二十个。",
]


def _plain(gated: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without its look-ahead (``(?=[…])(?:PATTERN)`` -> ``PATTERN``)."""
    head = gated.pattern.index("])(?:")
    source = gated.pattern[head + len("])(?:") : -1]
    assert gated.pattern == gated.pattern[: head + 2] + "(?:" + source + ")"
    return re.compile(source, gated.flags)


@pytest.fixture(scope="module")
def tagger() -> RuleTagger:
    return RuleTagger()


def _texts(gated: re.Pattern[str]) -> list[str]:
    opening = re.match(r"\(\?=\[(.*?)\]\)\(\?:", gated.pattern, re.S)
    assert opening
    alphabet = "".join(sorted(set("".join(SENTENCES)))) + "1234567890 \n"
    rng = random.Random(37)
    return SENTENCES + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(150)]


@pytest.mark.parametrize("name", GATED)
def test_gated_rule_pattern_finds_the_same_matches(tagger: RuleTagger, name: str) -> None:
    gated = getattr(tagger, name)
    assert gated.pattern.startswith("(?=[")
    plain = _plain(gated)
    assert gated.groupindex == plain.groupindex
    for text in _texts(gated):
        assert [(m.span(), m.groupdict()) for m in gated.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        for pos in range(len(text) + 1):
            a, b = gated.match(text, pos), plain.match(text, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
            a, b = gated.search(text, pos), plain.search(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_invented_sentences_still_tagged(tagger: RuleTagger) -> None:
    """Near misses stay untagged and hits stay tagged through the whole tagger (a spot check of the gates in use)."""
    found = {(e.type, e.text) for e in tagger.tag(SENTENCES[2])}
    assert ("COUNT", "约300名") in found and ("DATE", "十二月二十五日晚上八点") in found
    assert not [e for e in tagger.tag("请大家发言讨论。") if e.type in ("DATE", "TIME", "COUNT", "TITLE", "HONOR")]
