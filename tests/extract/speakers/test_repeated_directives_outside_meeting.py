"""Inquiries and directives repeated outside any meeting: no role.

Class (a precision audit of real newspaper copy): leaders who ``多次过问灾情，指示有关方面做好…`` or ``一再批示，要求…`` give
directives again and again, at no meeting reported (GUIDELINES §3: habitual and series meetings are none; §4 remarks
during activities that are no meeting give no role, ``X指示`` maps to 讲话 only at the event; thirty-fourth review
round), whether one name or a list of them is the subject, on a page that reports a meeting elsewhere. A directive
given at the meeting (``在会上听取了汇报，指示…``) and ``在会上多次强调`` (many times at this one) keep 讲话. Invented
sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_MEETING = "今天，全省抗灾救灾工作会议在省城召开。副省长王振国在会上讲话。\n"


@pytest.mark.parametrize("body", [
    "雪灾发生后，省委书记李文华和省长陈立新多次过问灾情，指示有关部门做好抗灾救灾工作。",
    "洪水发生后，市委书记刘建华、市长赵光明多次过问灾情，指示有关方面全力做好救灾工作。",
    "地震发生后，省长陈立新多次亲自过问，并指示有关部门妥善安置灾民。",
    "疫情发生后，县委书记孙振华一再批示，要求有关部门做好防控工作。",
    "旱情发生后，省委书记周德明多次作出批示，要求各地保障群众饮水。",
])
def test_repeated_directives_give_no_role(extract, body):
    assert list(speakers(extract(page(_MEETING + body)))) == ["王振国"]


@pytest.mark.parametrize(("body", "name"), [
    # NEGATIVE: a directive at the meeting, many times at this one, a single inquiry then remarks at the meeting
    ("省长陈立新在会上听取了汇报，指示有关部门做好抗灾救灾工作。", "陈立新"),
    ("省委书记李文华在会上多次强调，要做好抗灾救灾工作。", "李文华"),
    ("会上，市长赵光明指示有关部门全力做好救灾工作。", "赵光明"),
])
def test_directive_at_the_meeting_kept(extract, body, name):
    assert "讲话" in speakers(extract(page(_MEETING + body)))[name][1]
