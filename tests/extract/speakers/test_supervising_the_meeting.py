"""督导 by one sent to supervise the meeting (invented pages).

GUIDELINES §4, thirty-first review round (7 December 2026, first stop): `督导` right after a word of taking part in the
meeting (`到会督导`, `全程督导并作点评`, `出席会议并督导`) is the guide's role, 指导, like `到会指导`; the supervising group's
name in a title (`督导组组长`), supervision of work (`督导检查`, `督导落实`) and a field visit (`现场督导…工作`) give none.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_HEAD = "5月7日，县委召开2023年度民主生活会，县委书记张建国主持会议。"


@pytest.mark.parametrize(("tail", "roles"), [
    ("市委第三督导组组长杨林到会督导。", ("指导",)),
    ("市委第三督导组组长杨林到会督导并讲话。", ("指导", "讲话")),
    ("市委第三督导组组长杨林出席会议并督导。", ("指导",)),
    ("市委第三督导组组长杨林全程督导并作点评。", ("指导", "点评")),
    ("市委第三督導組組長楊林全程督導並作點評。", ("指导", "点评")),
    ("市委第三督导组组长杨林莅临督导。", ("指导",)),
    # near misses: present only, the group's name, supervision of work, a field visit after the meeting
    ("市委第三督导组组长杨林出席会议。", ()),
    ("会后，市委第三督导组组长杨林深入企业现场督导安全生产工作。", ()),
    ("市委第三督导组组长杨林到会督导检查整改落实工作。", ()),
])
def test_supervising_the_meeting(extract, tail, roles):
    found = speakers(extract(page(_HEAD + tail)))
    assert found["张建国"] == ("县委书记", ("主持",))
    assert found.get("杨林", ("市委第三督导组组长", ()))[1] == roles
