"""Cheap tests the extractors run before costly patterns (speed only) never turn away a text the pattern would read:
the press conference held (speakers: one of its four nouns), awards' honours with their counts in order (a unit word
before a link mark), the honour referred to (its verbs and anaphoric words), the receiving verb (获), the counts in
brackets (a bracket), the list before a verb of commending (表彰/表扬/嘉奖), meetings' headcount (名/位/人) and the
organizer told with 主办 (主办单位/主办方).  Each is checked as a necessary condition (precheck false => no match) on
invented lines and near misses, and on seeded random strings over the characters that matter; the end-to-end cases
show sentences with and without those words read as before.  All sentences are invented."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from pipeline.config import load_config
from pipeline.extract import Extractor
from pipeline.extract.awards import patterns as awards_module
from pipeline.extract.meetings import organizers as meetings_organizers
from pipeline.extract.meetings import patterns as meetings_patterns
from pipeline.extract.speakers import patterns as speakers_module
from tests.extract.views import honours, page


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_config(overrides={"ner": {"backend": "none"}}))


def _prechecks(ex: Extractor) -> dict[str, tuple[Callable[[str], bool], object]]:
    aw = ex.awards
    return {
        "press": (lambda t: any(w in t for w in speakers_module._PRESS_CONFERENCE_HELD_WORDS),
                  speakers_module._PRESS_CONFERENCE_HELD),
        "respectively": (lambda t: aw._unit_then_link.search(t) is not None, aw.respectively_counts),
        "referred": (lambda t: any(w in t for w in awards_module._REFERRED_WORDS), aw.referred),
        "received": (lambda t: "获" in t, aw.received),
        "bracketed": (lambda t: "（" in t or "(" in t, aw.bracketed_count),
        "quoted_bracketed": (lambda t: "（" in t or "(" in t, aw.quoted_bracketed_count),
        "listed_before": (lambda t: awards_module._COMMENDED_WORDS.search(t) is not None, aw.listed_before_verb),
        "headcount": (lambda t: "名" in t or "位" in t or "人" in t, meetings_patterns._ANY_HEADCOUNT),
        "organizer_is": (lambda t: "主办单位" in t or "主办方" in t, meetings_organizers._ORGANIZER_IS),
        "hosts_this": (lambda t: "主办" in t, meetings_organizers._HOSTS_THIS),
    }


# (name of the precheck, a line its pattern reads)
MATCHED = [
    ("press", "外交部发言人在例行记者会上表示，中方欢迎。"),
    ("press", "市政府举行新闻发布会，介绍有关情况。"),
    ("respectively", "表彰先进集体和先进个人分别为10个和25名。"),
    ("respectively", "表彰先进集体和先进个人各10个、25名。"),
    ("referred", "周某等4名同志被追授这一称号。"),
    ("referred", "公布了“最美家庭”名单，我村两户家庭获此殊荣。"),
    ("received", "46名警员获颁发卓越服务奖章。"),
    ("received", "36名在读博士获得国家奖学金。"),
    ("bracketed", "授予优秀教师奖（共12名）。"),
    ("quoted_bracketed", "授予以下同志“2023年度优秀员工”称号（共6人）。"),
    ("headcount", "全县300余名党员干部参加会议。"),
    ("organizer_is", "本次活动主办单位为县文化馆。"),
    ("hosts_this", "县文化馆主办本次活动。"),
]


@pytest.mark.parametrize(("name", "line"), MATCHED)
def test_matched_lines_pass_their_precheck(extractor: Extractor, name: str, line: str) -> None:
    precheck, pattern = _prechecks(extractor)[name]
    assert pattern.search(line) is not None
    assert precheck(line)


# near misses: lines the precheck turns away, none of which the pattern reads
NEAR_MISSES = [
    ("press", "外交部发言人在例行会议上表示，中方欢迎。"),
    ("respectively", "表彰先进集体和先进个人分别为10个。"),
    ("referred", "周某等4名同志受到这一表扬。"),
    ("received", "46名警员得到卓越服务奖章。"),
    ("bracketed", "授予优秀教师奖共12名。"),
    ("listed_before", "对优秀教师30名进行了奖励。"),
    ("headcount", "全县党员干部参加会议。"),
    ("organizer_is", "本次活动承办单位为县文化馆。"),
    ("hosts_this", "县文化馆承办本次活动。"),
]


@pytest.mark.parametrize(("name", "line"), NEAR_MISSES)
def test_near_misses_fail_precheck_and_pattern(extractor: Extractor, name: str, line: str) -> None:
    precheck, pattern = _prechecks(extractor)[name]
    assert not precheck(line)
    assert pattern.search(line) is None


PIECES = ["在", "于", "举行", "召开", "出席", "记者", "招待会", "发布会", "记者会", "吹风会", "上", "中", "，", "。",
          "表彰", "表扬", "嘉奖", "先进集体", "先进个人", "优秀教师", "“", "”", "分别为", "各", "和", "及", "、", "与",
          "10", "二十", "名", "个", "人", "位", "家", "获", "获得", "获颁", "荣获", "追授", "授予", "这一", "此", "称号",
          "奖章", "奖", "获此殊荣", "上榜", "入选", "当选", "（", "）", "(", ")", "共", "对", "进行了", "受到", "主办",
          "单位", "方", "为", "本次", "活动", "县文化馆", "参加", "余", "多"]


def test_prechecks_on_random_lines(extractor: Extractor) -> None:
    checks = _prechecks(extractor)
    rng = random.Random(404)
    for _ in range(6000):
        line = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))
        for name, (precheck, pattern) in checks.items():
            if pattern.search(line) is not None:
                assert precheck(line), (name, line)


@pytest.mark.parametrize(("body", "expected"), [
    # counts in order after two honours: read as before
    ("会上，表彰了先进集体和先进个人，分别为10个和25名。", {("先进集体", 10), ("先进个人", 25)}),
    # the counts in brackets after the honour, quoted or not
    ("会上颁发了优秀志愿者奖（12名）。", {("优秀志愿者奖", 12)}),
    ("会议授予以下同志“2023年度优秀员工”称号（共6人）：张三、李四。", {("2023年度优秀员工", 6)}),
    # received, and a list before a verb of commending
    ("46名警员获颁发卓越服务奖章。", {("卓越服务奖章", 46)}),
    ("会上，公司对优秀技师（共30名）进行了表彰。", {("优秀技师", 30)}),
    # near miss: one count, no link mark after a unit word
    ("会上，表彰了先进个人25名。", {("先进个人", 25)}),
])
def test_awards_read_as_before(extract, body: str, expected: set) -> None:
    got = {(honor, count) for honor, count, _, _ in honours(extract(page(body)))}
    assert got == expected
