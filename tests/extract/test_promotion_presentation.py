"""Presenting an investment climate or projects to those present (``推介``) is a turn of speech at the meeting.

GUIDELINES §4, twenty-ninth review round (6 December 2026, eighth stop): a named person who presents a place's investment
climate, industries or projects to the meeting (``作了投资环境推介``, ``推介了…项目``) speaks there: 讲话, like ``介绍`` at
the meeting (ninth round); an address named 发言 (``作推介发言``) stays 发言; ``推介`` as a noun of an event (``推介会``,
``推介活动``) or done by a body (``经…中心推介``) gives no role.

Every row is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_FAIR = "5月6日，江州市2024年招商引资项目推介会在深圳举行。"


@pytest.mark.parametrize(("body", "expected"), [
    (_FAIR + "市发展改革委主任王刚在会上作了投资环境推介。", {"王刚": ("市发展改革委主任", ("讲话",))}),
    (_FAIR + "副市长李一凡推介了江州的文旅康养项目，总投资约80亿元。", {"李一凡": ("副市长", ("讲话",))}),
    ("5月6日，青山县在杭州举办农产品产销对接会。县委常委、副县长赵晓东向客商推介了高山茶叶和冷水鱼。",
     {"赵晓东": ("县委常委、副县长", ("讲话",))}),
    # an address named 发言 keeps its kind
    (_FAIR + "市投资促进局局长吴立新作投资环境推介发言。", {"吴立新": ("市投资促进局局长", ("发言",))}),
])
def test_presenting_to_the_meeting_is_speech(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# NEGATIVE: the event named for presenting, a body's recommendation, and attending a presentation give no role.
@pytest.mark.parametrize("body", [
    "5月6日，副市长李一凡率团赴深圳参加推介活动。",
    "5月6日，经县就业服务中心推介，下岗职工王强到机械厂上班。",
    _FAIR + "副市长李一凡出席推介会。",
])
def test_presentation_noun_gives_no_role(extract, body):
    assert speakers(extract(page(body))) == {}
