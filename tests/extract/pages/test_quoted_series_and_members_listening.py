"""United-front, consultative and legislative news: what was found and the rules that read it.

- A quoted programme followed by 系列 or a count of its sessions (已举办“科技讲堂”系列讲座8场) is a series or a
  tally, no meeting held (GUIDELINES §3: campaigns and series).
- Members of a democratic party, a CPPCC or a society (社员, 盟员, 委员) are the listeners a lecture is given to, its
  attendees (§3 eighth and twelfth rounds).
- People counted discussing right after an event attended (参加了“…座谈会”，18位…进行了交流) take part in it, like
  those counted after an event held (§3 nineteenth round).
- 拟增加/拟追加 money is only proposed, like 拟安排; a fund a next step will set up with its raising target in the
  next clause is only intended, a donation ceremony on the page notwithstanding (§6 twelfth round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page


def _attendees(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize("body", [
    "九三学社市委会自2024年以来已举办“科技讲堂”系列讲座8场。",
    "市图书馆今年已举办“青年论坛”十二期。",
    "民盟市委会去年共举办“同心讲坛”系列活动6场。",
    "区政协已举办“委员讲堂”20次。",
])
def test_quoted_series_is_no_meeting(extract, body):
    assert held(extract(page(body))) == []


@pytest.mark.parametrize("body, name", [
    # (negative rows: one event held after its quoted name, or a series' numbered session)
    ("5月6日，九三学社市委会举办“科技讲堂”，邀请专家作报告。", "科技讲堂"),
    ("5月6日，民盟市委会举办“同心讲坛”系列活动启动仪式。", "“同心讲坛”系列活动启动仪式"),
])
def test_quoted_event_held_still_read(extract, body, name):
    assert [m[0] for m in held(extract(page(body)))] == [name]


@pytest.mark.parametrize("body, count", [
    ("5月6日下午，九三学社市委会举办专题讲座。教授钱学敏为60余名社员作了题为《数字农业》的专题讲座。", 60),
    ("5月6日，民盟市委会举办专题讲座。教授王立为45名盟员作了专题讲座。", 45),
    ("5月6日，区政协举办专题讲座。省委党校教授李明为120名政协委员作了专题讲座。", 120),
    ("5月6日，市工商联举办专题讲座。教授陈刚为80余名企业家作了题为《数字化转型》的专题讲座。", 80),
])
def test_members_listening_to_lecture(extract, body, count):
    assert _attendees(extract(page(body)))[0][1] == count


@pytest.mark.parametrize("body", [
    # (negative rows: members handed something, or discussed, are no audience)
    "5月6日，民盟市委会举办专题讲座。会后，市委会为30名盟员送去慰问金。",
    "5月6日，区政协召开座谈会。会上，主席李明为20名委员颁发了聘书。",
])
def test_members_not_listening(extract, body):
    assert all(c is None for _, c in _attendees(extract(page(body))))


@pytest.mark.parametrize("body, name, count", [
    ("5月6日，民建市委会召开组织工作会议。与会人员还参加了“会员企业家座谈会”，18位会员企业家围绕营商环境进行了交流。",
     "会员企业家座谈会", 18),
    ("5月6日，代表们出席了“青年创业沙龙”，30余名青年代表就创业问题展开交流。", "青年创业沙龙", 30),
    ("5月6日，委员们参加了界别协商会，12名委员围绕养老服务进行了深入讨论。", "界别协商会", 12),
])
def test_discussants_after_event_attended(extract, body, name, count):
    assert (name, count) in _attendees(extract(page(body)))


@pytest.mark.parametrize("body", [
    # (negative rows: speakers taking turns, or a count with no discussion)
    "5月6日，委员们参加了界别协商会，12名委员先后进行了交流。",
    "5月6日，委员们参加了界别协商会，12名委员作交流发言。",
])
def test_discussants_not_counted(extract, body):
    assert all(c is None for _, c in _attendees(extract(page(body))))


@pytest.mark.parametrize("body", [
    "据了解，此次预算调整拟增加市级教育专项资金8000万元，主要用于新建中小学校舍。",
    "县财政拟追加安排防汛资金300万元。",
    "9月2日，捐赠仪式在县一中举行。下一步，市工商联还将设立“光彩教育基金”，计划募集资金500万元。",
    "下一步，县慈善总会将设立助学基金，计划筹集资金200万元。",
])
def test_money_only_intended(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize("body, amount", [
    # (negative rows: a decision reported, money added told as done, a pledge at a donation ceremony)
    ("会议决定，拟增加市级教育专项资金8000万元。", 80000000.0),
    ("市财政增加安排教育专项资金8000万元，用于新建校舍。", 80000000.0),
    ("9月2日，捐赠仪式举行。仪式上，某集团表示，今后集团将出资100万元设立助学基金。", 1000000.0),
    ("基金会今年已设立“春苗基金”，计划募集资金500万元。", 5000000.0),
])
def test_money_still_recorded(extract, body, amount):
    assert [g[0] for g in grants(extract(page(body)))] == [amount]
