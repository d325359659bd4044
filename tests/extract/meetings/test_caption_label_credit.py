"""A dating photo caption with its credit or a 图： label (GUIDELINES §3 thirtieth review round, 6 December 2026,
ninth stop).

Reading: a photo caption dates a meeting the body tells only by ``近日``/``日前`` (sixteenth round) however the caption is
labelled (``图为``, ``图片为``, ``图：``, after a ``▲``) and whether or not its photo credit follows the scene
(``（摄影：X）``, ``（X 摄）``); the credit is no part of the scene. A caption of another scene gives nothing. Invented
sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, when

_LEAD = "近日，桃源镇召开全镇安全生产工作会议，部署汛期安全工作。\n"
_HELD = ("2024-05-06", "5月6日", "下午")


@pytest.mark.parametrize(("caption", "expected"), [
    ("图为5月6日下午会议现场（摄影：李强）", _HELD),
    ("图为5月6日下午会议现场（李强 摄）", _HELD),
    ("图为5月6日下午安全生产工作会议现场（记者 李强）", _HELD),
    ("（图为5月6日下午会议现场。通讯员 李强 摄）", _HELD),
    ("图：5月6日下午，会议现场。", _HELD),
    ("图片为5月6日下午会议现场", _HELD),
    ("▲图为5月6日下午会议现场（摄影：李强）", _HELD),
    ("圖為5月6日下午會議現場（攝影：李強）", _HELD),
    # near misses: another scene, or a caption told inside a clause
    ("图为5月6日下午村民领取物资现场（摄影：李强）", (None, "近日", None)),
    ("邻镇也开过类似会议，图为5月6日下午会议现场（摄影：李强）", (None, "近日", None)),
])
def test_caption_dates_recent_meeting(extract, caption, expected):
    record = extract(page(_LEAD + caption))
    assert when(record)[0] == expected


def test_caption_names_meeting_by_kind_with_credit(extract):
    body = "近日，桃源镇党委书记王明来到幸福村，主持召开“书记院坝会”，听取群众意见建议。\n图为5月6日下午院坝会现场（摄影：李强）"
    assert when(extract(page(body)))[0] == _HELD
