"""Patterns the extract stage searches in most sentences, windows or pages, put behind a gate (speed only): a look-ahead on the characters their matches open with (regex_gate.first_char_gated), a test for the
literals every match holds (regex_gate.literal_gated), or both; and the speakers' role triggers written as a tree of
their shared beginnings (common.word_alternation).  None may change a reading: each gated pattern finds the same
matches (spans and groups, with and without pos/endpos) as the plain pattern it was built from, on invented lines and on
seeded random strings over its literals and the characters around them; the trigger tree finds what the plain
alternation, longest first, finds.  The end-to-end cases show readings these patterns make (§4 remarks to the press, a
tour's remarks; §6 money spent over a span) made as before.  All sentences are invented."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.config import load_config
from pipeline.extract import Extractor
from pipeline.extract.funding import patterns as funding_patterns
from pipeline.extract.meetings import contests as meetings_contests
from pipeline.extract.meetings import patterns as meetings_patterns
from pipeline.extract.meetings import references as meetings_references
from pipeline.extract.speakers import patterns as speakers_patterns
from pipeline.regex_gate import LiteralGated
from tests.extract.views import page, speakers

GATED = [
    (meetings_patterns, "_ITEM_DATELINE"),
    (meetings_contests, "_FAIR_IN_HEADLINE"),
    (meetings_references, "_VENUE_SET"),
    *((speakers_patterns, name) for name in (
        "_PRESS", "_TOUR_TOLD", "_AFTER_MEETING_INSIDE", "_EXAMPLE_BEFORE", "_GROUP_IN_TURN", "_CALL_STILL_AHEAD_BEFORE",
        "_EARLIER_TIME", "_OFFICE_CADRE", "_EVENT_ENDED_LEAD", "_GROUP_REPRESENTATIVE_END", "_EMPLOYED_WORKER",
        "_SPOKEN_TO_BEFORE", "_HONOUR_WON_BEFORE", "_TITLED_TALK", "_MEETING_TOLD")),
    *((funding_patterns, name) for name in (
        "_SPAN_SPENT", "_SECTOR_SPENDING", "_SPENDING_LINE", "_OWN_SIGNING", "_MEMBER_DIVIDEND", "_YEARLY_BUDGET_REACHED")),
]

# Invented lines holding what the patterns read, and near misses.
LINES = [
    "本报北京5月8日电 记者王强报道：全国防汛工作会议今天召开。",
    "新华社上海3月2日电\n本报记者 李明 报道 会议在市政府举行。",
    "县长王强在接受记者采访时说，今年将继续加大投入。",
    "市长李明对新华社记者表示，项目进展顺利。",
    "他在贺信中表示祝贺，并在个人微博上发文说感谢大家。",
    "副市长张华来到东湖镇检查防汛工作，深入田间走访农户。",
    "王强在会后对记者说，会议开得很成功；散会后他又前往工地。",
    "冯某以李某的散文《日子》为例，说明了写作的要点。",
    "28名科级干部逐一上台述职，各部门负责人依次发言，其中有3位代表作了表态发言。",
    "稍后，县长还将作重要讲话；届时，李明也将致辞。",
    "早在20世纪80年代，他就曾在会上说过，三十年前的情况不同。",
    "县委办干部王某、乡镇在职干部李某先后发言。",
    "会后，与会人员参观了展馆。散会后大家合影留念。",
    "脱贫户代表、退役军人代表、家长代表分别发言。",
    "县供电公司职工李某、镇卫生院医生王某参加了活动。",
    "他对在场的各位来宾说，欢迎大家；对此，他表示赞同。",
    "获得全国劳动模范称号的张某、荣获五一劳动奖章的李某作了发言。",
    "她发表了题为《守正创新》的主旨演讲，分享了一场《科技与生活》的报告。",
    "座谈会上，委员王某提出建议；在研讨会中，专家李某作了发言。",
    "第十届国际汽车博览会开幕\n2024中国国际服务贸易交易会在京举行",
    "会议地点设在县政府三楼会议室，主会场设在市民中心。",
    "三年来先后累计投入资金5000万元，共计支出3000万元。",
    "市财政安排专项资金200万元，财政支出为1.2亿元。",
    "此前已经签署协议，去年签约的项目现场签约仪式举行。",
    "村集体经济向社员分红30万元，脱贫户分红5万元。",
    "每年预算达到500万元，年度预算已达1亿元。",
    "今天天气晴朗，大家在公园散步。",
    "",
]
PIECES = ["本报", "新华社", "中新社", "中新网", "记者", "报道", "电", "讯", "采访", "受访", "访问", "时", "对", "向", "同",
          "与", "电视台", "记者", "贺信", "信中", "微博", "上", "发文", "来到", "深入", "检查", "视察", "调研", "走访", "会后",
          "散会后", "结束后", "以", "为例", "名", "位", "先后", "依次", "分别", "稍后", "还将", "届时", "早在", "年代", "曾",
          "干部", "在职", "代表", "职工", "医生", "获得", "荣获", "称号", "奖章", "的", "发表", "题为", "《", "》", "座谈会",
          "研讨会", "博览会", "交易会", "地点", "设在", "会场", "累计", "投入", "支出", "财政", "预算", "签署", "签约", "已经",
          "分红", "社员", "村集体", "每年", "达到", "王强", "李明", "县", "市", "局", "，", "。", "；", "\n", " ", "5", "月",
          "8", "日", "万元", "亿元", "人"]


def _plain(gated: re.Pattern[str] | LiteralGated) -> re.Pattern[str]:
    """The pattern a gate was built from: the literal gate's own compiled pattern, without the first-character look-ahead."""
    compiled = gated._compiled if isinstance(gated, LiteralGated) else gated
    source = compiled.pattern
    if source.startswith("(?=["):
        source = source[source.index("])(?:") + len("])(?:") : -1]
    return re.compile(source, compiled.flags)


def _found(pattern: re.Pattern[str] | LiteralGated, text: str, pos: int, endpos: int) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)]


@pytest.mark.parametrize(("module", "name"), GATED, ids=[name for _, name in GATED])
def test_gated_pattern_finds_what_the_plain_one_finds(module: object, name: str) -> None:
    gated = getattr(module, name)
    plain = _plain(gated)
    assert gated is not plain and gated.pattern != plain.pattern or isinstance(gated, LiteralGated), name
    rng = random.Random(765)
    lines = LINES + ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 24))) for _ in range(3000)]
    for line in lines:
        assert _found(gated, line, 0, len(line)) == _found(plain, line, 0, len(line)), (name, line)
        cut = len(line) // 3
        assert _found(gated, line, cut, len(line) - 1) == _found(plain, line, cut, len(line) - 1), (name, line)
        found, expected = gated.search(line), plain.search(line)
        assert (found and found.span()) == (expected and expected.span()), (name, line)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_config(overrides={"ner": {"backend": "none"}}))


def test_trigger_tree_finds_what_the_plain_alternation_finds(extractor: Extractor) -> None:
    sp = extractor.speakers
    words = sorted(sp._trigger_role, key=len, reverse=True)
    plain = re.compile("|".join(map(re.escape, words)))
    assert sp._trigger_re.pattern != plain.pattern  # (the tree form, not the plain one)
    rng = random.Random(766)
    pieces = [*words, *{w[:1] for w in words}, *{w[:2] for w in words}, "王强", "，", "。", "了", "的"]
    for line in LINES + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(4000)]:
        assert [m.span() for m in sp._trigger_re.finditer(line)] == [m.span() for m in plain.finditer(line)], line
        for at in range(len(line)):
            found, expected = sp._trigger_re.match(line, at), plain.match(line, at)
            assert (found and found.group()) == (expected and expected.group()), (line, at)


@pytest.mark.parametrize(("body", "name", "expected"), [
    # §4: a chair's address and a work report at the meeting, read as before (the trigger tree; invented)
    ("5月8日，县政府召开防汛工作会议。县长王强主持会议并讲话。", "王强", ("县长", {"主持", "讲话"})),
    ("5月8日，县委召开全会。县委书记李明作工作报告。", "李明", ("县委书记", {"作报告"})),
])
def test_roles_read_as_before(extract, body: str, name: str, expected: tuple) -> None:
    title, roles = speakers(extract(page(body)))[name]
    assert (title, set(roles)) == expected
