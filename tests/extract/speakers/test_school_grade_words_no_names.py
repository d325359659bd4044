"""Words of a school's grades and levels opening with a surname character are no names (invented pages).

GUIDELINES §4, thirtieth review round (6 December 2026, ninth stop), following the school years `高一`/`高二`/`高三`
(no name): `高年级`, `高中生`, `高中部`, `高职` before `学生`/`同学`/`代表` name a group of students, no person, so no
speaker.  Near misses: a real name opening with the same characters (`高年华`, `高中原`) and a name after such a word
(`高职院校代表高明`) stay speakers.
"""

from __future__ import annotations

import pytest

from tests.extract.views import speakers

_HEAD = ("某晚报\n2024年09月03日 来源：某晚报\n"
         "本报讯 昨天上午，某市第三中学2024级新生开学典礼在学校体育馆举行。校长伍思源致辞。\n")


@pytest.mark.parametrize(("tail", "others"), [
    ("高年级学生向新生赠送了寄语书签。", {}),
    ("高年級學生向新生贈送了寄語書簽。", {}),
    ("高年级同学代表发言。", {}),
    ("高中部学生代表致辞。", {}),
    ("高中生代表发言。", {}),
    ("高职学生代表发言。", {}),
    # near misses: real names
    ("副校长高年华致辞。", {"高年华": ("副校长", ("致辞",))}),
    ("学生代表高中原发言。", {"高中原": (None, ("发言",))}),
    ("高职院校代表高明发言。", {"高明": (None, ("发言",))}),
])
@pytest.mark.parametrize("runner", ["extract", "extract_with_model"])
def test_school_grade_words_are_no_names(request, runner, tail, others):
    found = speakers(request.getfixturevalue(runner)(_HEAD + tail + "\n"))
    assert found == {"伍思源": ("校长", ("致辞",)), **others}
