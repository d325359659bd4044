"""A four-digit year opening a meeting's own name is its year on a page with no publication date, also for a meeting
told in a later sentence under the item's dateline, where only a year the text makes certain counts (GUIDELINES §3
eighteenth review round: a year inside the meeting's own name is its year; thirty-ninth review round, from a date audit
of newspaper articles; §11: newspaper articles carry no publication date).

Near misses: a year's review or its results named after the year (``2004年度表彰大会``, ``…工作总结会``, ``…评选揭晓仪式``),
a meeting told held before (``…会议召开以来``) and a meeting's decisions (``…会议精神``) give no year; so a later sentence
with no certain year keeps its date null. Two meetings of one day with their own names and the generic head 会议, neither
a short form of the other, stay two records.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from pipeline.extract.meetings.dates import _year_of_held_meeting_name
from tests.extract.views import when


@pytest.mark.parametrize(("sentence", "expected"), [
    ("另外，市科协主席张明今天上午在这里主持召开2005年全市科协全体会议时强调，要加强科普工作。", 2005),
    ("2005年全省水利工作会议今天在省城开幕。", 2005),
    ("县政府今天举行二〇〇五年春季重点项目集中开工仪式。", 2005),
    # near misses: a review, a result, a meeting told before, a meeting's decisions, a year's work planned
    ("市委今天召开2004年度表彰大会。", None),
    ("市委今天召开2004年工作总结会。", None),
    ("今天举行2004年十佳青年评选揭晓仪式。", None),
    ("2004年全省工作会议召开以来，各地积极落实。", None),
    ("会议传达了2004年全国工作会议精神。", None),
    ("县委今天召开会议，研究2005年工作。", None),
])
def test_year_of_held_meeting_name(sentence, expected):
    assert _year_of_held_meeting_name(sentence) == expected


# (a headline naming the lead's meeting with a verb of remarks, as the newspaper items write it: the cue that has the
# rules read the meetings referred to in the body)
_HEADLINE = "王平在全省水利局长会议上指出抓好春季灌溉"


@pytest.mark.parametrize(("body", "expected"), [
    # the meeting told in a later sentence under the dateline, its name opening with a year: dated, and kept beside
    # the lead's meeting of the same day (both with the generic head 会议, neither a short form of the other)
    ("本报南京3月12日讯 省水利厅副厅长王平今天在全省水利局长会议闭幕前的总结发言中，要求抓好春季灌溉。\n"
     "另外，省科学技术协会主席张明今天上午在这里主持召开2005年省科协全体会议时强调，省科协要加强科普工作。",
     [("全省水利局长会议", "2005-03-12", "今天", None), ("2005年省科协全体会议", "2005-03-12", "今天", "上午")]),
    # near miss: with no year in the text both stay undated, their days written
    ("本报南京3月12日讯 省水利厅副厅长王平今天在全省水利局长会议闭幕前的总结发言中，要求抓好春季灌溉。\n"
     "另外，省科学技术协会主席张明今天上午在这里主持召开省科协全体会议时强调，省科协要加强科普工作。",
     [("全省水利局长会议", None, "今天", None), ("省科协全体会议", None, "今天", "上午")]),
])
def test_later_sentence_meeting_dated_by_own_name_year(extract, body, expected):
    record = extract(f"{_HEADLINE}\n{body}\n")
    assert [(m["name"], *w) for m, w in zip(record["meetings"], when(record), strict=True)] == expected
