"""A proposal or an encouragement put right after the frame of the meeting or ceremony held (`在会上提出，…`,
`在仪式上鼓励…`) is remarks made there: 讲话 (GUIDELINES §4 thirty-ninth review round, from a recall read of newspaper
articles). Without the frame, `鼓励` (a body's policy, another's encouragement) gives no role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    # 提出 after the meeting's frame, what was put forward after it
    ("全省青年作家座谈会今天在江州闭幕。省委副书记陈立华在会上提出，青年作家要扎根基层，写出好作品。", "陈立华", ["讲话"]),
    ("全市科技工作会议今天召开。副市长赵文斌在会议上提出：要把创新摆在首位。", "赵文斌", ["讲话"]),
    # 鼓励 after a ceremony's or a meeting's frame
    ("新队员入队仪式今天在省体育馆举行。省体育局局长孙海涛在仪式上鼓励新队员刻苦训练，为省争光。", "孙海涛", ["讲话"]),
    ("优秀教师表彰大会今天在县礼堂举行。县长周明远在大会上鼓励教师们扎根山区，教书育人。", "周明远", ["讲话"]),
    ("毕业典礼今天在江州大学举行。校长刘志平在典礼上鼓励毕业生志存高远。", "刘志平", ["讲话"]),
]

NO_SPEAKER = [
    # 鼓励 with no frame of the event: no remarks told there
    ("新队员入队仪式今天在省体育馆举行。省体育局一直鼓励新队员刻苦训练。多年来，局长孙海涛鼓励基层教练自主选材。", "孙海涛"),
    # encouraged by another: no act of the one named
    ("优秀教师表彰大会今天在县礼堂举行。在县里的鼓励下，教师周明远扎根山区二十年。", "周明远"),
    # 社会上 is no meeting's frame
    ("全市工作会议6日召开。市长孙海涛在社会上鼓励大家开拓进取。", "孙海涛"),
    ("全市工作会议6日召开。市长孙海涛在社会上号召大家开拓进取。", "孙海涛"),
    ("全市工作会议6日召开。市长孙海涛在社会上提出，要开拓进取。", "孙海涛"),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_remarks_put_at_the_event_are_a_speech(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                                roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers.get(name) == roles


@pytest.mark.parametrize(("text", "name"), NO_SPEAKER)
def test_encouragement_without_the_frame_is_no_speech(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                      name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
