"""Those who chose the people attending (全国8万多名党员选出的…代表) are no attendee count; groups counted before 出席 add up
also with a rough word before a count (近千名) and where a later group is from told before its count (来自17个政党的37名代表)
(GUIDELINES §3 attendee_count, thirty-fifth review round, 7 December 2026, fifth stop; eighteenth and thirtieth rounds: groups
add up; thirty-fourth round: a whole group against those attending). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page

_CONGRESS = "5月6日，江城党第六次全国代表大会在江城开幕。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_CONGRESS + "全国8万多名党员选出的近千名代表出席了今天的开幕式。", (1000, True)),
        (_CONGRESS + "全国8万多名党员选出的近千名代表和来自17个外国政党的37名代表出席了今天的开幕式。", (1037, True)),
        (_CONGRESS + "全市5000名党员选举产生的300名代表出席了开幕式。", (300, False)),
        (_CONGRESS + "近千名代表和37名外国来宾出席了开幕式。", (1037, True)),
        # near misses: as before
        (_CONGRESS + "900名代表和37名外国来宾出席了开幕式。", (937, False)),
        (_CONGRESS + "28名党员、11名入党积极分子出席了开幕式。", (39, False)),
        (_CONGRESS + "近千名代表出席了开幕式。", (1000, True)),
    ],
)
def test_electorate_and_rough_groups(extract, body, expected):
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == expected
