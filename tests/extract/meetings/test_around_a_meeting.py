"""会前/会后 point to the last 会 told (GUIDELINES §3 thirtieth review round, 6 December 2026, ninth stop).

Reading: ``会前``/``会后`` (``会议前``, ``大会结束后``) point to the last meeting told that is a 会 (a name ending in 会 or 会议),
not to a study session or an activity told between; the meeting so told takes that 会's day, none when it has none. With
no 会 told before, they point to the event told last. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page


@pytest.mark.parametrize(("body", "expected"), [
    # a study session told between, with a day of its own: not the 会 the order word means
    ("5月上旬，江州市应急局召开专题民主生活会。为开好会议，5月2日，局党组开展了专题学习。会前，局党组还召开了征求意见座谈会。",
     None),
    ("近日，江州市召开全市安全生产工作会议。5月2日，市应急局开展了专题学习。会后，市应急局还召开了专题会议。", None),
    ("近日，江州市召开全市安全生产工作会议。5月2日，市应急局开展了专题学习。会议结束后，市应急局召开了专题会议。", None),
    # the 会 told right before: its day, as before
    ("5月6日，江州市召开全市安全生产工作会议。会前，市应急局召开了征求意见座谈会。", "2024-05-06"),
    ("5月6日，江州市召开全市安全生产工作会议。会后，市应急局召开专题会议。", "2024-05-06"),
    # no 会 told before: the event told last
    ("5月6日，江州市应急局开展专题学习。会后，市应急局召开专题会议。", "2024-05-06"),
])
def test_order_word_points_to_last_meeting(extract, body, expected):
    assert dated(extract(page(body)))[-1][1] == expected
