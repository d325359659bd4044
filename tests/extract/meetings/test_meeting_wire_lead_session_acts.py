"""Sessions told by their act right after a wire dateline, found on a recall read of newspaper articles (GUIDELINES §3
thirty-seventh review round, after the twenty-eighth and thirty-fifth): the dateline and its reporters' bracket
(``新华社江城一月十七日电（记者甲某、乙某）``) are no part of the session told as the subject, however long the two make the
sentence's opening, and two days of the act may be joined by ``、`` as by ``和`` (``…第一次会议一月十七日、十八日选举…``).
A session only ahead (``将选举``) or an act in an attribute (``…会议选举产生的…``) stays none. Invented items.
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


_SESSION = "江城自治区第九届人民代表大会第一次会议"


@pytest.mark.parametrize(("text", "expected"), [
    ("新华社江城一月十七日电（记者欧阳明华、司马青松）" + _SESSION + "一月十七日选举张某为自治区主席。", [_SESSION]),
    ("新华社江城一月十七日电（记者欧阳明华、司马青松、王某）" + _SESSION + "今天选举张某为自治区主席。", [_SESSION]),
    ("新华社江城一月十九日电（记者王某）" + _SESSION + "一月十七日、十八日选举张某为自治区主席。", [_SESSION]),
    ("新华社江城1月19日电" + _SESSION + "17日、18日选举张某为自治区主席。", [_SESSION]),
    # near misses: a session ahead, an act in an attribute
    ("新华社江城一月十七日电（记者欧阳明华、司马青松）" + _SESSION + "将选举自治区主席。", []),
    ("新华社江城一月十七日电（记者欧阳明华、司马青松）" + _SESSION + "一月十七日选举产生的自治区主席张某今天到任。", []),
])
def test_wire_lead_session_acts(extract, text: str, expected: list) -> None:
    assert names(extract(text)) == expected
