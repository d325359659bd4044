"""Meeting and funding shapes of rites of another event or year and prize money after a contest.

Found (invented sentences, rules only):
- W4: 去年的全县运动会闭幕式由副县长李强主持 gave the first meeting on the page its host: the bare-rite branch took any
  opening or closing rite, also one glued to another event (全县运动会) or told of a past year or edition; only a bare
  rite of the meeting told (闭幕式由…主持, 大会闭幕式) does (GUIDELINES §3 nineteenth round). The older nearest-chair
  reading that the branch overrode comes back (see PROPOSED RULING in the cgd report).
- W5: 比赛结束后，组委会将200万元奖金发放给获奖选手 lost its money: 将 before the amount is the object marker, no
  future, and a contest's end told in the past (去年) or money paid with 了 is no time ahead (§6 twenty-first round,
  second part: money paid is a record; money promised for when a contest ahead has ended is none).
- W6: 参加为期两天的培训的120名学员获颁结业证书 lost its attendee count: 为期 (a duration) was read as the 为 opening a
  described recipients' phrase (§3 attendee_count: attendees counted are a count; recipients after 为/向/给 are not).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page

_TWO = "5月6日，县委召开常委会。5月7日，县政府召开常务会议。"


def _hosts(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], (m.get("host") or {}).get("name")) for m in record["meetings"]]


@pytest.mark.parametrize("rite", [
    "去年的全县运动会闭幕式由副县长李强主持。",
    "上届全县运动会开幕式由副县长李强主持。",
    "全县运动会闭幕式由副县长李强主持。",
    "往年的县艺术节开幕式由副县长李强主持。",
])
def test_rite_of_another_event_or_year_hosts_no_first_meeting(extract, rite):
    assert _hosts(extract(page(_TWO + rite)))[0] == ("常委会", None)


@pytest.mark.parametrize(("body", "expected"), [
    (_TWO + "闭幕式由副县长李强主持。", [("常委会", "李强"), ("常务会议", None)]),
    ("5月6日，县第十次党代会召开。5月7日，县政府召开常务会议。大会闭幕式由副县长李强主持。",
     [("县第十次党代会", "李强"), ("常务会议", None)]),
])
def test_bare_rite_of_the_meeting_still_hosts_it(extract, body, expected):
    assert _hosts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "purpose"), [
    # (the prize money 将 hands over names the purpose, §6: prize money paid, purpose 奖金; fyn)
    ("去年比赛结束后，组委会将200万元奖金发放给获奖选手。", "奖金"),
    ("3月，全县技能大赛举行。比赛结束后，公司将200万元奖金全部发放给了获奖选手。", "奖金"),
    ("去年大赛结束后，公司将拿出200万元对优胜单位进行了奖励。", None),
])
def test_prize_money_paid_after_a_contest_is_kept(extract, body, purpose):
    assert grants(extract(page(body))) == [(2000000.0, "CNY", purpose)]


@pytest.mark.parametrize("body", [
    "比赛结束后，公司将拿出200万元对优胜单位进行奖励。",
    "大赛结束后，公司将对优胜单位发放奖金200万元。",
    "比赛结束后，公司将为获奖选手发放奖金200万元。",
])
def test_prize_money_for_a_contest_ahead_stays_none(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(("body", "count"), [
    ("5月6日，县委召开培训会，参加为期两天的培训的120名学员获颁结业证书。", 120),
    ("5月6日，县委召开培训会，参加为期三天的学习的80名学员参加了考试。", 80),
])
def test_duration_wei_qi_opens_no_recipients(extract, body, count):
    assert extract(page(body))["meetings"][0]["attendee_count"] == count


@pytest.mark.parametrize("body", [
    "5月6日，县委召开表彰会，为来自全县各乡镇的28名教师颁发证书。",
    "5月6日，县委召开表彰会，为期一天，向荣获先进称号的15名专家颁发证书。",
])
def test_described_recipients_still_no_count(extract, body):
    assert extract(page(body))["meetings"][0]["attendee_count"] is None
