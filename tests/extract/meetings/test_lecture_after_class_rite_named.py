"""A lecture tied by a bare order word to a class opened whose opening rite the account names (invented pages).

GUIDELINES §3, thirty-third review round (7 December 2026, third stop), following the seventeenth, eighteenth and
twenty-third rounds (a lecture a named person gives right after a class's opening ceremony, tied by `随后`, `紧接着` or
`开班式后`, in the same paragraph or the next, is a lecture record named as written, on the ceremony's day): a class
told opened (`…培训班在县委党校开班`) whose `开班式` the account then names (`出席开班式并讲话`) is that ceremony, and a
paragraph carrying only the remarks of one who spoke at it (`张强强调，…`) cuts no tie.  Near misses: no order word, a
paragraph of other matter between, and a class whose rite is never named.
"""

from __future__ import annotations

import pytest

OPENED = "5月6日上午，青岚县干部培训班在县委党校开班。县委副书记张强出席开班式并讲话，县委组织部部长李敏主持开班式。"


def _lectures(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["date"]) for m in record["meetings"][1:]]


@pytest.mark.parametrize(("after", "expected"), [
    ("随后，市委组织部处长王明为学员作首场辅导报告。", [("辅导报告", "2024-05-06")]),
    ("紧接着，省委党校教授王芳为学员作了专题讲座。", [("专题讲座", "2024-05-06")]),
    ("\n随后，市委组织部处长王明为学员作首场辅导报告。", [("辅导报告", "2024-05-06")]),
    ("\n张强强调，学员要珍惜学习机会，学以致用。\n随后，市委组织部处长王明为学员作首场辅导报告。", [("辅导报告", "2024-05-06")]),
    ("\n张强在讲话中指出，换届是一件大事。\n紧接着，省委党校教授王芳为学员作了专题讲座。", [("专题讲座", "2024-05-06")]),
    # near misses
    ("省委党校教授王芳为学员作了专题讲座。", []),
    ("\n据悉，此次培训为期3天，共120人参加。\n随后，市委组织部处长王明为学员作首场辅导报告。", []),
    ("\n赵刚表示，将认真学习。\n随后，市委组织部处长王明为学员作首场辅导报告。", []),
])
def test_lecture_after_named_class_rite(extract, after, expected):
    assert _lectures(extract(OPENED + after + "\n", published="2024-05-07")) == expected


def test_class_without_named_rite_ties_no_lecture(extract):
    page = "5月6日上午，青岚县干部培训班在县委党校开班，共120人参加。随后，市委组织部处长王明为学员作首场辅导报告。\n"
    assert _lectures(extract(page, published="2024-05-07")) == []


def test_traditional_page(extract):
    page = ("5月6日上午，青嵐縣幹部培訓班在縣委黨校開班。縣委副書記張強出席開班式並講話。\n張強強調，學員要學以致用。\n"
            "隨後，市委組織部處長王明為學員作首場輔導報告。\n")
    assert _lectures(extract(page, published="2024-05-07")) == [("辅导报告", "2024-05-06")]
