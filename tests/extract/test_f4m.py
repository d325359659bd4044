"""The fresh4 (s142) awards set: a count of people from commended bodies read as holders (GUIDELINES §5, §3).

Class: 获嘉许 used attributively before the bodies the people come from or stand for (`约2,000名来自获嘉许机构的代表出席`,
`…获嘉许企业的员工参加`, `获嘉许的公司代表`) counts the guests present, not those commended: §5 counts the holders of an
honour conferred, and §3 takes those present at the event as its attendees. A count whose people themselves 获嘉许
(`120名义工获嘉许`, `共有150名人士获授勋或嘉许`, §5 total) stays an award. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

ROWS = [
    # negatives: the people come from or represent commended bodies: no award
    ("香港江城服务联会昨日举行年度嘉许礼，约2,000名来自获嘉许机构的代表出席。", []),
    ("江城商会昨日举行企业关怀嘉许典礼，逾500名来自获嘉许企业的员工参加。", []),
    ("江城义工联会昨日举行嘉许礼，约800名获嘉许团体的义工到场。", []),
    ("江城社联昨日举行嘉许礼，共1,200名获嘉许的公司代表出席。", []),
    ("江城社联昨日举行嘉许礼，三百名来自获嘉许单位及学校的嘉宾出席。", []),
    # positives: the counted people are commended themselves
    ("江城义工联会昨日举行嘉许礼，120名义工获嘉许。", [("嘉许", 120)]),
    ("江城义工联会昨日举行嘉许礼，共有80名义工获嘉许，表扬其长期服务。", [("嘉许", 80)]),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_attributive_commended(extract, body, expected):
    assert [(a["honor"], a["count"]) for a in extract(page(body))["awards"]] == expected

