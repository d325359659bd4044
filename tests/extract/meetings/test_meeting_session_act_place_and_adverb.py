"""A session told as the subject of its own act with a place or an adverb before the act, found on a recall read of
newspaper articles (GUIDELINES §3 thirty-seventh review round, after the ninth and twenty-eighth): the session's day,
then a short place after 在 (``…理事会会议5日在此间通过了…``, ``…会议7日在北京选举…``), or 同时 before one more act
(``当天的内阁会议同时决定…``) is still held (``本届…会议还审议…`` stays the this-reference's, named without 本届). A
place that is a sitting or a course of events (``在会上``, ``在讨论中``) and an act still ahead (``将``) give none.
Invented sentences.
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("新华社开罗１月５日电第十届海湾国家交通部长理事会会议５日在此间通过了联合运输协定。", ["第十届海湾国家交通部长理事会会议"]),
    ("新华社江城１月５日电江城市第十届人民代表大会第二次会议５日在江城选举了新一届市长。", ["江城市第十届人民代表大会第二次会议"]),
    ("新华社开罗１月５日电外长理事会发表了公报。当天的外长理事会会议同时决定成立一个专家委员会。", ["外长理事会会议"]),
    ("新华社开罗１月５日电第十届海湾国家交通部长理事会会议５日同时通过了联合运输协定。", ["第十届海湾国家交通部长理事会会议"]),
    # near misses: a sitting or a course of events after 在, an act ahead
    ("新华社开罗１月５日电第十届海湾国家交通部长理事会会议５日在讨论中通过了联合运输协定。", []),
    ("新华社开罗１月５日电第十届海湾国家交通部长理事会会议将于５日在此间通过联合运输协定。", []),
])
def test_session_act_with_place_or_adverb(extract, text: str, expected: list) -> None:
    assert names(extract(text)) == expected
