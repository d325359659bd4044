"""The 作 of 工作, 合作, 协作 is no light verb: `工作经验交流会议`, `开展合作交流` give no 作经验交流/作交流 (发言) (GUIDELINES §4
thirtieth review round, a trigger inside a meeting's name or a noun phrase is no act); `作(了)经验交流`, `作了工作经验交流` keep
发言 (nineteenth round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("副省长王立新8日在由省政府办公厅于江城召开的第三次全省住房建设工作经验交流会议上讲话指出，要加快建设。", "王立新", ["讲话"]),
    ("副省长王立新8日在全省住房建设工作经验交流会议上讲话。", "王立新", ["讲话"]),
    ("副省長王立新8日在全省住房建設工作經驗交流會議上講話。", "王立新", ["讲话"]),
    ("副省长王立新8日在全省住房建设经验交流会上讲话指出，要加快建设。", "王立新", ["讲话"]),
    ("全省住房建设工作经验交流会议8日召开。副省长王立新出席会议并讲话。", "王立新", ["讲话"]),
    ("两市合作座谈会8日举行。市长王立新介绍了两市开展合作交流的情况。", "王立新", ["讲话"]),
    ("两市合作座谈会8日举行。市长王立新表示，要深化两市协作交流。", "王立新", ["讲话"]),
    ("全市宣传工作会议8日召开。市委副书记赵明在全市宣传思想工作经验交流会议上强调，要守正创新。", "赵明", ["讲话"]),
    # the light verb written: an exchange given, 发言
    ("全省住房建设工作会议8日召开。江城市住建局局长陈大勇作经验交流。", "陈大勇", ["发言"]),
    ("全省住房建设工作会议8日召开。江城市住建局局长陈大勇作了交流发言。", "陈大勇", ["发言"]),
    ("全省住房建设工作会议8日召开。江城市住建局局长陈大勇作了工作经验交流。", "陈大勇", ["发言"]),
    ("全省住房建设工作会议8日召开。江城市住建局局长陈大勇作典型交流。", "陈大勇", ["发言"]),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_zuo_inside_a_word_is_no_light_verb(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                            roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers.get(name) == roles
