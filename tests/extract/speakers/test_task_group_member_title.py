"""A member of a group formed for a task as the title (invented pages).

GUIDELINES §4, thirty-first review round (7 December 2026, first stop): a member of a group sent or formed for a task
(`宣讲团成员`, `讲师团成员`, `督导组成员`, `巡察组成员`) holds a post: the group's name and `成员` are the title as written,
as the tuning gold reads `省委宣讲团成员、省委党校副校长`; the group named alone (`督导组成员列席会议`) names nobody.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(("body", "name", "expected"), [
    ("5月7日，县委召开专题学习会，市委宣讲团成员黄立作专题辅导。", "黄立", ("市委宣讲团成员", ("作报告",))),
    ("5月7日，县委召开专题学习会，市委讲师团成员黄立作专题宣讲。", "黄立", ("市委讲师团成员", ("作报告",))),
    ("5月7日，县委召开专题学习会，省委宣讲团成员、省委党校副校长黄立作专题报告。", "黄立",
     ("省委宣讲团成员、省委党校副校长", ("作报告",))),
    ("5月7日，县委召开民主生活会，市委第三督导组成员李红到会指导。", "李红", ("市委第三督导组成员", ("指导",))),
    ("5月7日，县委召开巡察反馈会议，市委第二巡察组成员周平宣读了反馈意见。", "周平", ("市委第二巡察组成员", ("宣读",))),
    ("5月7日，縣委召開專題學習會，市委宣講團成員黃立作專題輔導。", "黄立", ("市委宣讲团成员", ("作报告",))),
])
def test_task_group_member_title(extract, body, name, expected):
    assert speakers(extract(page(body)))[name] == expected


def test_group_alone_names_nobody(extract):
    body = "5月7日，县委召开民主生活会，县委书记张建国主持会议，市委督导组成员列席会议。"
    assert speakers(extract(page(body))) == {"张建国": ("县委书记", ("主持",))}
