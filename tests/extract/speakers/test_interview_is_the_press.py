"""Words given in an interview (接受本报记者专访时说, 年终专访, 專訪) or to a station's or paper's reporter (向奥电视台记者发表谈话
时说, 对新华社记者说) are said to the press, no role at the meeting the page tells, as 接受记者采访 is (GUIDELINES §4:
people quoting to the press; the thirty-first round's other names of the press; thirty-second review round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

MEETING = "两国首脑今天在莫斯科举行会晤。"

NO_ROLE = [
    ("去年，大国关系频繁调整。正如副总理兼外长钱其琛在接受本报记者年终专访时所说，中美俄之间的首脑会晤尤其受到关注。今年的首脑会晤将在莫斯科举行。",
     "钱其琛"),
    (MEETING + "外长李明在接受本报记者专访时说，会晤取得了成果。", "李明"),
    (MEETING + "外长李明在接受新华社记者采访时表示，会晤取得了成果。", "李明"),
    (MEETING + "总理克利马在向电视台记者发表谈话时说，会晤很成功。", "克利马"),
    (MEETING + "总理克利马18日在向奥电视台记者发表谈话时说，会晤很成功。", "克利马"),
    (MEETING + "总理克利马在接受电视台采访时说，会晤很成功。", "克利马"),
    ("兩國首腦今天在莫斯科舉行會晤。外長李明在接受本報記者專訪時說，會晤取得了成果。", "李明"),
    (MEETING + "外长李明在会晤后接受记者采访时说，会晤取得了成果。", "李明"),
    (MEETING + "外长李明接受本报记者专访时指出，会晤取得了成果。", "李明"),
    (MEETING + "外长李明日前接受本报记者专访。他说，会晤取得了成果。", "李明"),
    (MEETING + "外长李明对新华社记者说，会晤取得了成果。", "李明"),
    (MEETING + "外长李明对美国有线电视新闻网记者表示，会晤很成功。", "李明"),
]

KEPT = [
    (MEETING + "外长李明在会晤时说，双方合作前景广阔。", "李明"),
    (MEETING + "外长李明在会晤中强调，双方要加强合作。", "李明"),
]


@pytest.mark.parametrize(("text", "name"), NO_ROLE)
def test_interview_remarks_give_no_role(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "1998-01-20")["speakers"]}


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_remarks_at_the_meeting_keep_the_speech(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert speakers.get(name) == ["讲话"]
