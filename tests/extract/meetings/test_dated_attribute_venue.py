"""A meeting told in a dated attribute with its venue between the day and the verb (GUIDELINES §3 twenty-ninth review
round, 6 December 2026, eighth stop; the ninth round's dated attribute, ``5月8日召开的县委常委会会议决定…``).

Reading: ``D在P举行的NAME`` names a meeting held on day D at P, as ``D举行的NAME`` does, also as the object of an attitude
(``对20日在东京举行的…会议发表的声明感到失望``); the source of relayed remarks (``对…会议精神``) stays none (§3 not
meetings). Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _read(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["date"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("6日在上海举行的长三角港口合作会议发表了联合声明。", [("长三角港口合作会议", "2024-05-06", "上海")]),
    ("6日在北京举行的全国渔业工作座谈会决定，延长休渔期。", [("全国渔业工作座谈会", "2024-05-06", "北京")]),
    ("市场人士对6日在上海举行的央行货币政策会议发表的声明反应平淡。", [("央行货币政策会议", "2024-05-06", "上海")]),
    ("渔民对6日举行的全国渔业工作座谈会作出的决定表示欢迎。", [("全国渔业工作座谈会", "2024-05-06", None)]),
])
def test_dated_attribute_with_venue(extract, body, expected):
    assert _read(extract(page(body))) == expected


@pytest.mark.parametrize("body", [
    # the source of relayed remarks (§3: a meeting mentioned only as the source of remarks studied)
    "各单位对6日在北京召开的全国渔业工作会议精神进行了传达学习。",
    # one still ahead (§3: planned events are no meetings)
    "渔民对将于16日在北京举行的全国渔业工作座谈会寄予厚望。",
])
def test_dated_attribute_not_held(extract, body):
    assert _read(extract(page(body))) == []
