"""Phrasings of newspaper and wire reports: honours conferred on
holders described at length before 等 and their count, the parts of a stated total of honours after
其中, and the parts of a grant listed after 其中 in the next sentence.  Invented sentences; the expected
values follow corpus/GUIDELINES.md §5 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全总日前作出决定，授予在抗洪抢险中表现突出的王某等12名同志全国五一劳动奖章。",
         [("全国五一劳动奖章", 12, "名", "person")]),
        # posthumous and regular conferrals with their own counts are separate records (§5)
        ("全总日前作出决定，追授在抗洪抢险中牺牲的刘某某等3名同志全国五一劳动奖章，授予王大明等12名同志全国五一劳动奖章。",
         [("全国五一劳动奖章", 3, "名", "person"), ("全国五一劳动奖章", 12, "名", "person")]),
        ("省总工会授予在技术革新中贡献突出的12名职工省五一劳动奖章。", [("省五一劳动奖章", 12, "名", "person")]),
        # no honour named after the count: no record
        ("全总日前作出决定，授予在抗洪抢险中表现突出的王某等12名同志。", []),
    ],
)
def test_holders_described_before_their_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the 15 is the sum of its parts, not repeated (§5)
        ("国家勋章和国家荣誉称号颁授仪式29日在京举行。此次共有15人获得国家勋章和国家荣誉称号，其中“共和国勋章”4人，国家荣誉称号11人。",
         [("共和国勋章", 4, "人", "person"), ("国家荣誉称号", 11, "人", "person")]),
        ("此次共有15人获得国家勋章和国家荣誉称号，其中共和国勋章4人，国家荣誉称号11人。",
         [("共和国勋章", 4, "人", "person"), ("国家荣誉称号", 11, "人", "person")]),
        # 称号 still leaves an honour named by more than its level
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("县委授予3名同志全县优秀教师称号。", [("优秀教师", 3, "名", "person")]),
        # holders among the staff, nothing conferred
        ("我校现有教职工1200人，其中获评全国优秀教师3人。", []),
    ],
)
def test_parts_of_a_total_after_qizhong(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a total and its parts are all annotated (§6)
        ("财政部、应急管理部5日下拨中央自然灾害救灾资金10亿元，支持湖南、四川等8省份开展防汛救灾工作。其中，湖南3.2亿元，四川2.5亿元。",
         [1000000000, 320000000, 250000000]),
        ("中央财政下拨农业生产防灾减灾资金8亿元。其中，河北1.5亿元、辽宁1亿元。", [800000000, 150000000, 100000000]),
        ("中央财政下拨农业生产防灾减灾资金8亿元，其中，河北1.5亿元、辽宁1亿元。", [800000000, 150000000, 100000000]),
        # parts of a market figure, not of a grant
        ("今年一季度，公司实现营业收入5亿元。其中，出口2亿元。", []),
        # 其中 after a sentence with no grant in it
        ("县财政下拨防汛资金500万元。会议要求各地抓好落实。其中，重点乡镇获得200万元。", [5000000]),
    ],
)
def test_parts_of_a_grant_in_the_next_sentence(extract, body: str, expected: list) -> None:
    assert [amount for amount, _, _ in grants(extract(page(body)))] == expected
