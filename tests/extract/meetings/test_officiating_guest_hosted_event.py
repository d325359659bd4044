"""An officiating guest at an event another body holds, and a head's post as the subject (invented sentences).

GUIDELINES §3, thirty-third review round (7 December 2026, third stop): `X在Y主礼由Z主办的「…」` reads like
`出席由Z主办的…`: Y is the venue, Z (the agent of 主办) the organizer, the name without the attribute; the officiating
guest is never the organizer.  A head of a body written by the post alone (`社署署长`, `学校校长`, `集团董事长`) is a
person, no organizer, as `局长` and `市长` already were.  Near misses: a body ending like a unit (`卫生院`, `教育局`)
stays an organizer.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("民政局局长王明今天下午在江城会展中心主礼由江城市民政局主办的“2024志愿者嘉许礼”并致辞。",
     ("2024志愿者嘉许礼", "江城市民政局", "江城会展中心")),
    ("社會福利署署長李慧明今日下午在香港大會堂主禮由社會福利署主辦的「2024義工嘉許禮」並致辭。",
     ("2024义工嘉许礼", "社会福利署", "香港大会堂")),
    ("教育局局长今日在香港大会堂主礼教育局主办的“杰出教师嘉许礼”。", ("杰出教师嘉许礼", "教育局", "香港大会堂")),
    ("行政長官今日（五月八日）在禮賓府主禮「2024年授勳典禮」。", ("2024年授勋典礼", None, "礼宾府")),
])
def test_officiating_guest_at_hosted_event(extract, text, expected):
    meetings = extract(text, published="2024-05-08")["meetings"]
    assert [(m["name"], m["organizer"], m["location"]) for m in meetings] == [expected]


@pytest.mark.parametrize(("text", "organizer"), [
    ("5月6日，学校校长在学校礼堂召开教职工大会。", None),
    ("5月6日，集团董事长在总部召开经营工作会议。", None),
    ("5月6日，社署署长在政府总部召开记者会。", None),
    # near misses: bodies
    ("5月6日，市教育局在市会议中心召开全市校长会议。", "市教育局"),
    ("5月6日，江城区中心卫生院在院会议室召开职工大会。", "江城区中心卫生院"),
])
def test_head_post_as_subject_is_no_organizer(extract, text, organizer):
    meetings = extract(text, published="2024-05-07")["meetings"]
    assert [m["organizer"] for m in meetings] == [organizer]


def test_headline_post_gives_way_to_the_hosting_body(extract):
    page = ("社署署長主禮「2024義工嘉許禮」\n"
            "社會福利署署長今日（五月八日）下午在香港會議展覽中心主禮由社會福利署主辦的「2024義工嘉許禮」並致辭。\n")
    meetings = extract(page, published="2024-05-08")["meetings"]
    assert [(m["name"], m["organizer"], m["location"]) for m in meetings] == [
        ("2024义工嘉许礼", "社会福利署", "香港会议展览中心")]
