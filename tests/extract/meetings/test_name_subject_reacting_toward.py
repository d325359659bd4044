"""A meeting referred to by `这次` after the subject reacting to what it put forward and `对` (`王某对这次税务局长会议提出的三项
改革措施表示肯定`) is named without the subject and `对` (GUIDELINES §3 twenty-sixth round: a name holds no clause around it;
thirty-fifth review round, 7 December 2026, fifth stop). Invented sentences.
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社北京5月6日电王某今天接见代表。王某对这次税务局长会议提出的三项改革措施表示肯定。", ["税务局长会议"]),
        ("新华社北京5月6日电王某今天接见全省税务局长会议代表。王某对这次税务局长会议提出的发展战略表示赞成和支持。",
         ["税务局长会议"]),
        ("新华社北京5月6日电王某今天接见代表。省长对此次全省粮食工作会议提出的目标表示支持。", ["全省粮食工作会议"]),
        # near miss: no subject before 这次, as before
        ("新华社北京5月6日电王某今天接见全省税务局长会议代表。这次税务局长会议提出的发展战略得到支持。", ["税务局长会议"]),
    ],
)
def test_subject_reacting_toward_meeting(extract_with_model, text: str, expected: list[str]) -> None:
    assert names(extract_with_model(text)) == expected
