"""The national CPPCC committee's own numbered session named with its term (its plenary, its chairs' council) is organized
by the committee without the term, as a provincial committee's plenary and the national standing committee's session are;
the name keeps the term (GUIDELINES §3 organizer, thirty-eighth review round, 7 December 2026, eighth stop, from the third
newspaper batch's tuning articles). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，政协第十届全国委员会第十二次主席会议在北京举行。",
         ("政协第十届全国委员会第十二次主席会议", "2024-05-06", "政协全国委员会")),
        ("5月6日，政协第十届全国委员会第三次会议在北京开幕。",
         ("政协第十届全国委员会第三次会议", "2024-05-06", "政协全国委员会")),
        ("5月6日，中国人民政治协商会议第十届全国委员会第二次全体会议在北京闭幕。",
         ("中国人民政治协商会议第十届全国委员会第二次全体会议", "2024-05-06", "中国人民政治协商会议全国委员会")),
        # near misses: the standing committee's session, a provincial committee's plenary and the short form, as before
        ("5月6日，政协第十届全国委员会常务委员会第五次会议在北京闭幕。",
         ("政协第十届全国委员会常务委员会第五次会议", "2024-05-06", "政协全国委员会常务委员会")),
        ("5月6日，政协江城省第九届委员会第二次会议在省政协礼堂闭幕。",
         ("政协江城省第九届委员会第二次会议", "2024-05-06", "政协江城省委员会")),
        ("5月6日，全国政协十届三次会议在北京开幕。", ("全国政协十届三次会议", "2024-05-06", "全国政协")),
    ],
)
def test_national_committee_session(extract, body, expected):
    assert held(extract(page(body)))[0] == expected
