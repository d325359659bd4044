"""Tests for :mod:`pipeline.entities.rules`: the rule tagger's DATE, TIME, COUNT, MONEY, PERCENT, TITLE and HONOR spans.

The tagger is built once per module from the default ``models/`` directories.  Each
positive case names the entity that must be found (type, exact surface) and the values
it must carry, read off the Chinese by hand; negative cases name spans that must not be
tagged with a type.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

import pytest

from pipeline.document import Entity
from pipeline.entities.rules import RuleTagger, trie_pattern


@pytest.fixture(scope="module")
def tagger() -> RuleTagger:
    return RuleTagger()


def _ids(rows: list[tuple]) -> list[str]:
    """One test id per row: the input text in the first column."""
    return [row[0] for row in rows]


def _only(entities: list[Entity], label: str, surface: str) -> Entity:
    found = [e for e in entities if e.type == label and e.text == surface]
    assert len(found) == 1, f"expected one {label} {surface!r}, got {[(e.type, e.text) for e in entities]}"
    return found[0]


# ---------------------------------------------------------------------------- positive cases

# (text, type, surface, values the entity must carry)
ENTITY_CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    # DATE and TIME
    ("1月25日下午，全市召开警示教育大会", "DATE", "1月25日下午", {"month": 1, "day": 25, "part_of_day": "afternoon"}),
    (
        "发布时间：2021-01-26 17:23",
        "DATE",
        "2021-01-26 17:23",
        {"year": 2021, "month": 1, "day": 26, "hour": 17, "minute": 23},
    ),
    ("本办法自二○一六年五月一日起施行", "DATE", "二○一六年五月一日", {"year": 2016, "month": 5, "day": 1}),
    ("民国113年3月5日立法院通过", "DATE", "民国113年3月5日", {"year": 2024, "month": 3, "day": 5, "era": "minguo"}),
    ("民国113年预算", "DATE", "民国113年", {"year": 2024, "month": None, "era": "minguo"}),
    ("会议于2021年1月26日在呼和浩特召开", "DATE", "2021年1月26日", {"year": 2021, "month": 1, "day": 26}),
    ("昨日，县委召开常委会", "DATE", "昨日", {"relative_days": -1, "day": None}),
    ("七月二十九日至三十日", "DATE", "三十日", {"day": 30, "month": None}),
    ("当天下午，代表团参观了园区", "TIME", "下午", {"part_of_day": "afternoon", "hour": None}),
    ("会议14:30开始", "TIME", "14:30", {"hour": 14, "minute": 30}),
    ("12月30日至1月2日举办", "DATE", "12月30日", {"month": 12, "day": 30}),
    ("12月30日至1月2日举办", "DATE", "1月2日", {"month": 1, "day": 2}),
    ("25日晚，举行晚会", "DATE", "25日晚", {"day": 25, "part_of_day": "evening"}),
    ("25日晚会在广场举行", "DATE", "25日", {"day": 25, "part_of_day": None}),
    ("今(5)日上午10时召开", "DATE", "今(5)日上午10时", {"day": 5, "relative_days": 0, "hour": 10}),
    # COUNT
    ("近百名群众参加", "COUNT", "近百名", {"value": 100, "approximate": True}),
    ("目前3名干部在岗", "COUNT", "3名", {"value": 3, "approximate": False}),
    ("大会表彰了12名党员", "COUNT", "12名", {"value": 12, "approximate": False, "unit": "名", "kind": "person"}),
    ("全镇700多个村民小组", "COUNT", "700多个", {"value": 700, "approximate": True, "unit": "个"}),
    ("50余名干部参加培训", "COUNT", "50余名", {"value": 50, "approximate": True, "kind": "person"}),
    ("两个支部结对共建", "COUNT", "两个", {"value": 2, "approximate": False}),
    ("全市9家单位参加", "COUNT", "9家单位", {"value": 9, "unit": "家单位", "kind": "org"}),
    ("共完成8项任务", "COUNT", "8项", {"value": 8, "kind": "item"}),
    # MONEY
    ("投入资金6万元", "MONEY", "6万元", {"low": 60_000.0, "high": None, "currency": "CNY", "approximate": False}),
    ("总投资1.2亿元", "MONEY", "1.2亿元", {"low": 120_000_000.0, "high": None, "currency": "CNY"}),
    ("筹集100多万元", "MONEY", "100多万元", {"low": 1_000_000.0, "high": 2_000_000.0, "approximate": True}),
    ("奖励他500块钱", "MONEY", "500块钱", {"low": 500.0, "currency": "CNY"}),
    ("一共才花了50块。", "MONEY", "50块", {"low": 50.0, "currency": "CNY"}),
    ("一斤五块五", "MONEY", "五块", {"low": 5.0, "currency": "CNY"}),
    ("他捐出500块给灾区小学", "MONEY", "500块", {"low": 500.0, "currency": "CNY"}),
    ("他五毛一斤买的", "MONEY", "五毛", {"low": 0.5, "currency": "CNY"}),
    ("预计投资3至5亿元", "MONEY", "3至5亿元", {"low": 300_000_000.0, "high": 500_000_000.0}),
    ("补助新台币20万元", "MONEY", "新台币20万元", {"low": 200_000.0, "currency": "TWD", "currency_explicit": True}),
    ("捐款500万港元", "MONEY", "500万港元", {"low": 5_000_000.0, "currency": "HKD"}),
    ("资助澳门元3000", "MONEY", "澳门元3000", {"low": 3000.0, "currency": "MOP"}),
    ("融资100万美元", "MONEY", "100万美元", {"low": 1_000_000.0, "currency": "USD"}),
    (
        "约合人民币300万元",
        "MONEY",
        "约合人民币300万元",
        {"low": 3_000_000.0, "approximate": True, "currency_explicit": True},
    ),
    ("奖励10万多元", "MONEY", "10万多元", {"low": 100_000.0, "high": 110_000.0, "approximate": True}),
    # PERCENT
    ("同比增长15%", "PERCENT", "15%", {"value": 15.0}),
    ("覆盖率达到百分之九十", "PERCENT", "百分之九十", {"value": 90.0}),
    # TITLE
    (
        "开发区党工委副书记、管委会主任王某出席",
        "TITLE",
        "开发区党工委副书记、管委会主任",
        {"units": ["开发区党工委副书记", "管委会主任"]},
    ),
    ("市委组织部人才科科长刘智到会指导", "TITLE", "市委组织部人才科科长", {}),
    ("县委书记李明讲话", "TITLE", "县委书记", {"heads": ["县委书记"]}),
    ("公司董事长兼总经理张伟", "TITLE", "公司董事长兼总经理", {}),
    ("常务副市长王某主持", "TITLE", "常务副市长", {"heads": ["常务副市长"]}),
    ("公安局长王五", "TITLE", "公安局长", {}),
    ("党委书记、董事长李四", "TITLE", "党委书记、董事长", {"units": ["党委书记", "董事长"]}),
    (
        "巴彦淖尔经济技术开发区党工委副书记张三",
        "TITLE",
        "巴彦淖尔经济技术开发区党工委副书记",
        {"heads": ["党工委副书记"]},
    ),
    # an amount's unit and the verb after it are no head of an organization (乡村 is one)
    ("省财政安排2亿元用于乡村教师生活补助", "MONEY", "2亿元", {"low": 200_000_000.0}),
    ("省财政安排2亿元用于乡村教师生活补助", "TITLE", "乡村教师", {}),
    ("市财政拨付500万元奖励乡村医生", "MONEY", "500万元", {"low": 5_000_000.0}),
    ("安排2亿美元用于乡村教师培训", "MONEY", "2亿美元", {"currency": "USD"}),
    # HONOR
    ("全国先进基层党组织", "HONOR", "全国先进基层党组织", {"quoted": False}),
    ("成功创建“株洲市两新领域标杆党组织”", "HONOR", "“株洲市两新领域标杆党组织”", {"quoted": True}),
    ("对获奖的4个“双强六好”党组织进行表彰", "HONOR", "“双强六好”党组织", {"name": "双强六好党组织"}),
    (
        "大会表彰了12名“优秀党组织书记”",
        "HONOR",
        "“优秀党组织书记”",
        {"name": "优秀党组织书记", "quoted": True},
    ),
    ("他被评为优秀共产党员", "HONOR", "优秀共产党员", {"name": "优秀共产党员", "quoted": False}),
    ("荣获“全国文明单位”称号", "HONOR", "“全国文明单位”", {"name": "全国文明单位", "quoted": True}),
    ("被授予全国优秀共产党员称号", "HONOR", "全国优秀共产党员", {"quoted": False}),
    ("获评“双强六好”党组织", "HONOR", "“双强六好”党组织", {"name": "双强六好党组织", "quoted": True}),
]


@pytest.mark.parametrize(("text", "label", "surface", "value"), ENTITY_CASES, ids=_ids(ENTITY_CASES))
def test_entity_found(tagger: RuleTagger, text: str, label: str, surface: str, value: dict[str, Any]) -> None:
    entity = _only(tagger.tag(text), label, surface)
    assert text[entity.start : entity.end] == surface
    assert entity.source == "rule"
    assert {key: entity.value[key] for key in value} == value


def test_bare_yuan_reads_default_currency(tagger: RuleTagger) -> None:
    entity = _only(tagger.tag("每人补助200元", default_currency="TWD"), "MONEY", "200元")
    assert (entity.value["currency"], entity.value["currency_explicit"]) == ("TWD", False)


def test_count_before_quoted_honour(tagger: RuleTagger) -> None:
    text = "大会表彰了12名“优秀党组织书记”"
    assert [(e.type, e.text) for e in tagger.tag(text)] == [("COUNT", "12名"), ("HONOR", "“优秀党组织书记”")]


# ---------------------------------------------------------------------------- negative cases

# (text, type, surface that must not be an entity of that type)
NEGATIVE_CASES = [
    ("联系电话：13812345678", "MONEY", "13812345678"),
    ("联系电话：0471-1234567", "MONEY", "0471-1234567"),
    ("2024年是关键之年", "MONEY", "2024"),
    ("荣获比赛第3名", "COUNT", "3名"),
    ("排名前3名的单位", "COUNT", "3名"),
    ("工期3个月", "COUNT", "3个"),
    ("上涨5个百分点", "COUNT", "5个"),
    ("领导坐在主席台上", "TITLE", "主席"),
    ("他们三点要求", "TIME", "三点"),
    ("3日内完成整改", "DATE", "3日"),
    ("晚会在广场举行", "TIME", "晚"),
    ("“双减”政策落地", "HONOR", "“双减”"),
    ("成功创建“平安校园”", "HONOR", "“平安校园”"),
    ("湖南省长沙市", "TITLE", "省长"),
    ("同比增长1.5个百分点", "COUNT", "1.5个"),
    ("2021年度预算", "MONEY", "2021"),
    ("前3名", "COUNT", "3名"),
    ("眼睛里又出来一块纸片", "MONEY", "一块"),  # 块 as a measure word before its noun
    ("买了两毛衣", "MONEY", "两毛"),
    ("搬来两块石头", "MONEY", "两块"),
]


@pytest.mark.parametrize(("text", "label", "surface"), NEGATIVE_CASES, ids=_ids(NEGATIVE_CASES))
def test_entity_not_found(tagger: RuleTagger, text: str, label: str, surface: str) -> None:
    start = text.index(surface)
    end = start + len(surface)
    hits = [e for e in tagger.tag(text) if e.type == label and e.start < end and start < e.end]
    assert hits == []


# (text, the one TITLE's end: the character right after it)
TITLE_END_CASES = [
    ("市委组织部人才科科长刘智到会指导", "刘"),
    ("县委书记李明讲话", "李"),
    ("开发区党工委副书记、管委会主任王某出席", "王"),
]


@pytest.mark.parametrize(("text", "next_char"), TITLE_END_CASES, ids=_ids(TITLE_END_CASES))
def test_title_stops_before_person_name(tagger: RuleTagger, text: str, next_char: str) -> None:
    titles = [e for e in tagger.tag(text) if e.type == "TITLE"]
    assert len(titles) == 1
    assert text[titles[0].end] == next_char


# ---------------------------------------------------------------------------- structure

STRUCTURE_TEXTS = [
    "1月25日下午，开发区党工委副书记、管委会主任王某带领50余名干部，为9家单位送去慰问金6万元。",
    "2021-01-26 17:23 来源：新华网。大会表彰了12名“优秀党组织书记”和700多个先进集体，覆盖率达15%。",
    "民国113年3月5日，新台币20万元补助发放到两个社区，市委组织部人才科科长刘智到会指导。",
    "",
]


@pytest.mark.parametrize("text", STRUCTURE_TEXTS)
def test_entities_sorted_disjoint_and_anchored(tagger: RuleTagger, text: str) -> None:
    entities = tagger.tag(text)
    assert all(text[e.start : e.end] == e.text and e.start < e.end for e in entities)
    assert all(e.source == "rule" for e in entities)
    spans = [(e.start, e.end) for e in entities]
    assert spans == sorted(spans)
    assert all(prev_end <= start for (_, prev_end), (start, _) in pairwise(spans))


def test_longer_span_wins_over_contained_one(tagger: RuleTagger) -> None:
    # 2021年 alone is a DATE, and 2021 a number; only the DATE is kept, no MONEY or COUNT inside it.
    assert [(e.type, e.text) for e in tagger.tag("2021年1月26日")] == [("DATE", "2021年1月26日")]


TRIE_CASES = [
    ("党委书记", ["书记", "党委书记", "党委"], "党委书记"),
    ("党委", ["书记", "党委书记", "党委"], "党委"),
    ("副书记", ["书记", "副书记"], "副书记"),
]


@pytest.mark.parametrize(("text", "words", "expected"), TRIE_CASES, ids=_ids(TRIE_CASES))
def test_trie_pattern_prefers_longest(text: str, words: list[str], expected: str) -> None:
    match = re.match(trie_pattern(words), text)
    assert match is not None
    assert match.group() == expected
