"""Bodies whose short name ends in 会 as the organizer of the meeting they hold (invented sentences).

GUIDELINES §3, thirty-second review round (7 December 2026, second stop): an organizing committee written short
(`论坛组委会`, `博览会组委会`, like `筹委会` and `组织委员会`) and a community or trade `协进会` (Hong Kong and Taiwan
usage, like `促进会`) are bodies, not meetings: the one that holds a meeting is its organizer.  Near misses: a meeting
only announced (`将于下周举行`) gives no record, and a meeting held by another body keeps that body.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(("body", "expected"), [
    ("昨天，论坛组委会在钦海市举行新闻发布会。组委会副主任王某在发布会上介绍了筹备情况。",
     [("新闻发布会", "2024-05-07", "论坛组委会")]),
    ("5月7日，博览会组委会在市会展中心召开新闻发布会，介绍本届博览会筹备情况。",
     [("新闻发布会", "2024-05-07", "博览会组委会")]),
    ("5月7日，大会组委会举行新闻发布会。", [("新闻发布会", "2024-05-07", "大会组委会")]),
    ("5月7日，運動會組委會在體育中心舉行新聞發佈會。", [("新闻发布会", "2024-05-07", "运动会组委会")]),
    ("香港社区关爱协进会今日（五月八日）于会议展览中心举行「第十届杰出义工嘉许礼」，表扬义工对社区的贡献。",
     [("第十届杰出义工嘉许礼", "2024-05-08", "香港社区关爱协进会")]),
    ("香港社區關愛協進會今日（五月八日）於會議展覽中心舉行「第十屆傑出義工嘉許禮」，表揚義工的貢獻。",
     [("第十届杰出义工嘉许礼", "2024-05-08", "香港社区关爱协进会")]),
    ("某某工商协进会5月7日举行第五届理事就职典礼。", [("第五届理事就职典礼", "2024-05-07", "某某工商协进会")]),
    ("5月7日，澳門街坊協進會舉行會員大會。", [("会员大会", "2024-05-07", "澳门街坊协进会")]),
    # near misses: an announced meeting; a meeting held by another body, the committee's officer only speaking
    ("5月7日，记者从论坛组委会获悉，新闻发布会将于下周举行。", []),
    ("5月7日，市政府新闻办举行新闻发布会，论坛组委会副主任王某介绍筹备情况。",
     [("新闻发布会", "2024-05-07", "市政府新闻办")]),
])
def test_committee_or_association_short_name_organizes(extract, body, expected):
    assert held(extract(page(body))) == expected
