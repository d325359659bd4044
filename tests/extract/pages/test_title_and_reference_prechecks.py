"""Cheap tests the extractors run before costly work (speed only) never turn away a text the work would read: the rule names' readings that need a title word (the list items with a title after the name, a
descriptor or a bracketed post after one, a foreign head's short name) are skipped in a sentence with no title word and
no rank or degree of the title-after pattern; the later sentence naming a meeting's organizer (§3 organizer, 由…主办) is
matched only where it opens on the meeting's noun, 活动, or a determiner and a short form; the clause naming a meeting's
venue in its own sentence (§3 location, 会议在…举行) only where a comma is followed by such a noun; posts alone conferring
(§4 thirtieth round) only where 颁 stands; and the page's year written with a month (§4 thirty-first round) is found at
each 年, not by a scan of the whole page.  Each precheck is checked against the pattern it guards on invented lines and
on seeded random strings over the characters that matter; the end-to-end cases show the readings made as before.  All
sentences are invented."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.config import load_config
from pipeline.extract import Extractor
from pipeline.extract.meetings import organizers, references
from pipeline.extract.speakers import patterns as speakers_patterns
from tests.extract.views import page


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_config(overrides={"ner": {"backend": "none"}}))


def _titled(ex: Extractor, text: str) -> bool:
    """The precheck of SpeakerMentions._rule_names: a title word, or a word of the title-after pattern that is none."""
    sp = ex.speakers
    sp._title_cache = {}
    return bool(sp._titles_in(text)) or sp._title_after_extra.search(text) is not None


TITLE_PIECES = ["王", "李", "立新", "雪梅", "副", "局长", "主任", "书记", "教授", "博士", "大校", "总警司", "院士", "研究员",
                "学校监管", "学校监", "代表", "发言", "主持", "、", "，", "。", "（", "）", "会上", "先后", "和", "·", "约翰",
                "县", "市委", "同志", "干部", "Li", " "]


def test_untitled_text_has_no_title_anywhere(extractor: Extractor) -> None:
    # (the precheck false => no title after a name, and no title word ending before any place: the readings it skips
    # need one of the two)
    sp = extractor.speakers
    rng = random.Random(705)
    for _ in range(6000):
        line = "".join(rng.choice(TITLE_PIECES) for _ in range(rng.randint(0, 12)))
        if not _titled(extractor, line):
            assert sp._title_after.search(line) is None, line
            assert sp._title_any.search(line) is None, line


@pytest.mark.parametrize(("line", "names"), [
    # §4: names written before a title word after them, in a list (invented)
    ("会上，周立新副局长、陈雪梅主任先后发言。", {"周立新", "陈雪梅"}),
    ("许海涛教授作了专题报告。", {"许海涛"}),
    # a rank that is no title word of the lexicon: still read
    ("郑国栋大校出席并讲话。", {"郑国栋"}),
    # near miss: no title word, no name read from one
    ("会上，大家围绕乡村振兴先后发言。", set()),
])
def test_rule_names_read_as_before(extractor: Extractor, line: str, names: set[str]) -> None:
    sp = extractor.speakers
    sp._title_cache = {}
    got = {line[s:e] for s, e in sp._rule_names(line)}
    assert names <= got
    if not names:
        assert not _titled(extractor, line)


OPENING_PIECES = ["本次", "此次", "这次", "该", "本届", "会议", "大会", "论坛", "活动", "创业", "青年", "博会", "农博会",
                  "由", "县科协", "主办", " ", "\u3000", "，", "。", "随后"]


@pytest.mark.parametrize(("nouns", "shorts", "fair"), [
    (("青年创业论坛", "会议", "大会", "论坛"), ("青年", "创业", "论坛", "青年创业"), False),
    (("会议", "大会"), (), False),
    (("会议", "大会", "博览会"), ("博览",), True),
])
def test_reference_opening_precheck_is_the_patterns_opening(nouns: tuple[str, ...], shorts: tuple[str, ...],
                                                            fair: bool) -> None:
    # (_opens_on_reference reads exactly the opening of _later_organizer's pattern of a later sentence, which
    # _comma_listed_hosts's opening is a part of: where it is false neither pattern can match)
    alternation = "|".join(map(re.escape, nouns)) + ("|[\u4e00-\u9fff]博会" if fair else "")
    opening = re.compile(rf"^\s*(?:(?:本次|此次|这次|该|本届)?(?:{alternation}|活动)|(?:本次|此次|这次|本届)"
                         rf"(?:{'|'.join(map(re.escape, shorts))}))")
    rng = random.Random(706)
    for _ in range(5000):
        line = "".join(rng.choice(OPENING_PIECES) for _ in range(rng.randint(0, 8)))
        assert organizers._opens_on_reference(line, nouns, shorts, fair) == (opening.match(line) is not None), line


@pytest.mark.parametrize(("words", "start"), [
    (("年度工作会议", "会议", "大会"), 0),
    (("研讨会", "会议", "大会", "活动"), 3),
])
def test_clause_opening_precheck_is_the_patterns_opening(words: tuple[str, ...], start: int) -> None:
    # (_clause_opens_on reads exactly the opening of the pattern of a venue clause after the meeting's name)
    opening = re.compile(rf"[，,]\s*(?:本次|此次|这次|该)?(?:{'|'.join(map(re.escape, words))})")
    rng = random.Random(707)
    for _ in range(5000):
        line = "".join(rng.choice(OPENING_PIECES + ["研讨会", "年度工作会议", ",", "在", "举行"])
                       for _ in range(rng.randint(0, 9)))
        assert references._clause_opens_on(line, start, words) == (opening.search(line, start) is not None), line


def test_posts_conferring_need_the_conferring_character() -> None:
    rng = random.Random(708)
    pieces = ["由", "理事长", "及", "乡长", "颁发", "颁奖", "为", "获奖者", "向", "，", "会上", "共同", "奖牌", "颁"]
    for _ in range(5000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if speakers_patterns._POSTS_CONFER.search(line) is not None:
            assert "颁" in line, line


def test_page_year_found_at_each_nian() -> None:
    def scanned(text: str) -> int | None:
        return max((int(m["year"]) for m in speakers_patterns._YEAR_WITH_MONTH.finditer(text)), default=None)

    invented = ["2023年5月，县里召开了座谈会。2024年1月，又召开了总结会。", "到2030年，建成示范区。", "１９９８年３月", "年月"]
    rng = random.Random(709)
    alphabet = "1920年月８９日 0２3"
    lines = invented + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(6000)]
    for line in lines:
        assert speakers_patterns.page_year_written(line) == scanned(line), line


@pytest.mark.parametrize(("body", "expected"), [
    # §3 organizer: the 由…主办 agent of a later sentence opening on the meeting's noun, its determiner, or 活动
    ("5月6日，青年创业论坛在县科技馆举行。本次论坛由县科学技术协会主办。", ("青年创业论坛", "县科学技术协会", "县科技馆")),
    ("5月6日，青年创业论坛在县科技馆举行。论坛由县科学技术协会和县团委联合主办。",
     ("青年创业论坛", "县科学技术协会、县团委", "县科技馆")),
    ("5月6日，县里举行乡村振兴研讨会。该活动由县农业农村局主办。", ("乡村振兴研讨会", "县农业农村局", None)),
    # the agent in a clause of the meeting's own sentence
    ("5月6日，县里举行乡村振兴研讨会，研讨会由县农业农村局主办。", ("乡村振兴研讨会", "县农业农村局", None)),
    # §3 location: the venue in a clause of the meeting's own sentence opening on a noun referring back to it
    ("5月6日上午，县科协召开年度工作会议，会议在县科技馆报告厅举行。", ("年度工作会议", "县科协", "县科技馆报告厅")),
    ("5月6日上午，县科协召开年度工作会议，本次会议于县科技馆报告厅举行。", ("年度工作会议", "县科协", "县科技馆报告厅")),
    # near miss: the 由…主办 clause opens on neither (随后, another act first): no organizer read from it
    ("5月6日，县里举行乡村振兴研讨会。随后，与会人员参观了示范基地，活动由县农业农村局主办。", ("乡村振兴研讨会", None, None)),
])
def test_meetings_read_as_before(extract, body: str, expected: tuple) -> None:
    record = extract(page(body))
    assert [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]] == [expected]
