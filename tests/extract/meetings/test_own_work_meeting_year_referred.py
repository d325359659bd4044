"""A body's plain work meeting with its year between the body and the noun, referred to as where remarks were made
(`在今天闭幕的江城钢铁公司1998年度工作会议上`), keeps the body in its name and the body is its organizer, as when it is told
held (GUIDELINES §3 fifteenth and thirty-third rounds; fortieth review round, 8 December 2026, tenth stop, from a meeting
values audit of newspaper articles); an academy's short name of one character before `科院` (`农科院`) is such a body.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import organizers, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市长王明在今天闭幕的江城钢铁公司1998年度工作会议上指出，要加快改革。",
         [("江城钢铁公司1998年度工作会议", "江城钢铁公司")]),
        ("市长王明在今天闭幕的农科院一九九八年度工作会议上指出，要加快改革。",
         [("农科院一九九八年度工作会议", "农科院")]),
        ("市长王明在今天闭幕的农科院工作会议上指出，要加快改革。", [("农科院工作会议", "农科院")]),
        # near misses, unchanged: a place before the year, a topic with no body, the body without the year as before
        ("市长王明在今天闭幕的江城市1998年度经济工作会议上指出，要加快改革。", [("江城市1998年度经济工作会议", None)]),
        ("市长王明在今天闭幕的1998年度经济工作会议上指出，要加快改革。", [("1998年度经济工作会议", None)]),
        ("市长王明在今天闭幕的江城钢铁公司工作会议上指出，要加快改革。", [("江城钢铁公司工作会议", "江城钢铁公司")]),
        # near misses: 科院 inside 专科院校, 医科院校 (colleges) and 内科院区 (a department's site) is no academy
        ("市长王明在今天闭幕的专科院校工作会议上指出，要加快改革。", [("专科院校工作会议", None)]),
        ("市长王明在今天闭幕的高职专科院校工作会议上指出，要加快改革。", [("高职专科院校工作会议", None)]),
        ("市长王明在今天闭幕的医科院校工作会议上指出，要加快改革。", [("医科院校工作会议", None)]),
        ("市长王明在今天闭幕的内科院区工作会议上指出，要加快改革。", [("内科院区工作会议", None)]),
    ],
)
def test_own_work_meeting_year_referred(extract_with_model, body: str, expected: list) -> None:
    assert organizers(extract_with_model(page(body, "1998-01-20"))) == expected
