"""A reporter learning at a dated meeting with its venue (GUIDELINES §3 thirtieth review round, 6 December 2026, ninth
stop).

Reading: in ``记者从DAY在VENUE召开的“NAME”上获悉``, the day is the meeting's (the reporter learnt at the meeting), also with
the venue between the day and the verb and the name in quote marks; a day the reporter learnt on with a vague meeting day
(``记者5月7日获悉，…近日召开…``) stays none (§3 date row). Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


@pytest.mark.parametrize(("body", "expected"), [
    ("本报讯记者王明从5月6日在江州市会议中心召开的“2024江州软件研讨会”上获悉，江州软件产业发展迅速。",
     ("2024-05-06", "5月6日", None)),
    ("记者从5月6日在江州市会议中心召开的江州软件研讨会上了解到，江州软件产业发展迅速。", ("2024-05-06", "5月6日", None)),
    ("日前，记者从5月6日下午在江州市会议中心举行的「江州软件论坛」上获悉，江州软件产业发展迅速。",
     ("2024-05-06", "5月6日", "下午")),
    ("記者從5月6日在江州市會議中心召開的「江州軟體研討會」上獲悉，江州軟體產業發展迅速。", ("2024-05-06", "5月6日", None)),
    # as before: no venue between
    ("记者从5月6日召开的江州软件研讨会上获悉，江州软件产业发展迅速。", ("2024-05-06", "5月6日", None)),
    # near miss: the day learnt, the meeting's day vague
    ("记者5月7日获悉，江州市近日在市会议中心召开全市安全生产工作会议。", (None, "近日", None)),
])
def test_learnt_at_dated_meeting(extract, body, expected):
    assert when(extract(page(body)))[0] == expected
