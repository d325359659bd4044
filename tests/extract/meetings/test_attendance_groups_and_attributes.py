"""Attendee counts read from groups, attributes and headlines (GUIDELINES §3 attendee_count, thirtieth review round,
6 December 2026, ninth stop; built on the sixteenth to nineteenth rounds).

Readings:
- groups counted before 参加 add up (eighteenth round), also a crowd's word right after its number with no measure word
  (``有5万群众和1000名战士参加`` → 51000);
- a count inside the attribute of another gathering (``有300多位…参加的…研讨会``) is no count of a meeting told after it;
- people counted after a clause naming the leader present, then discussing (``副委员长王某，…专家学者60余人，就…进行了座谈``)
  are the meeting's attendees (nineteenth round: those discussing at it take part);
- a headline restating a body count that the body reads as none (a count after people closed by 等, sixteenth round)
  gives none either (§1: a duplicated fact counts once).
Invented sentences only; expected values written from the guidelines.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("昨天，总书记在有5万群众和1000名战士参加的纪念集会上发表讲话。", ("纪念集会", 51000, False)),
    ("昨天，總書記在有5萬群眾和1000名戰士參加的紀念集會上發表講話。", ("纪念集会", 51000, False)),
    ("5月6日，市总工会举行有3000职工和200名劳模参加的表彰大会。", ("表彰大会", 3200, False)),
    ("5月6日，该市举行了有2000多名市民和500名志愿者参加的动员大会。", ("动员大会", 2500, True)),
    ("昨天在有300余名教师、30名学生参加的座谈会上，校长作了讲话。", ("座谈会", 330, True)),
    # one group only: nothing to add up, and a bare 5万 without a crowd's word is no group
    ("5月6日，市总工会举行有200名劳模参加的表彰大会。", ("表彰大会", 200, False)),
])
def test_groups_before_attending_add_up(extract, body, expected):
    assert _counts(extract(page(body)))[0] == expected


@pytest.mark.parametrize("body", [
    "午餐会之前，商会还举办了有300多位企业界人士参加的题为《新机遇》的贸易研讨会。\n"
    "第三届美洲国家能源部长会议6日上午在加拉加斯开幕。各国能源部长出席了会议。",
    "会前，协会举办了有200名代表参加的题为《交通与发展》的报告会。\n"
    "第五届亚洲交通部长会议6日在曼谷开幕。来自各国的部长出席了会议。",
    # the gathering with the count read as no meeting of its own: its count still goes to no other
    "午餐会之前，商会还举办了有200多位企业家参加的题为《东盟：新市场、新机遇》的投资研讨会。\n"
    "第五届亚洲交通部长会议6日上午在曼谷开幕。各国交通部长出席了会议。",
    "会前，协会还举办了有150名代表参加的题为《交通：新挑战、新对策》的专题报告会。\n"
    "第二届欧亚能源部长会议6日在阿斯塔纳开幕。来自各国的部长出席了会议。",
])
def test_count_in_another_gatherings_attribute(extract, body):
    counts = dict((name, count) for name, count, _ in _counts(extract(page(body))))
    minister_meeting = next(name for name in counts if "部长会议" in name)
    assert counts[minister_meeting] is None


@pytest.mark.parametrize(("body", "expected"), [
    ("今天，国家测绘局在北京举行座谈会，副委员长王明，有关方面负责人及专家学者60余人，就有关问题深入地进行了座谈。",
     (60, True)),
    ("5月6日，市政协召开《城市规划条例》颁布十周年座谈会，副主席李华，企业家代表40余人，就营商环境进行了座谈。",
     (40, True)),
    ("昨天，区委召开座谈会，基层干部25人围绕乡村振兴进行了座谈。", (25, False)),
    # people who will discuss later are no attendees of this one (nineteenth round)
    ("昨天，区委召开座谈会，副书记李华，专家学者30余人，将于下月就规划进行座谈。", (None, False)),
])
def test_discussants_after_leader_clause(extract, body, expected):
    assert _counts(extract(page(body)))[0][1:] == expected


def test_headline_restating_uncounted_body_count(extract):
    text = ("迎春会在京举行 李明及500多名市民出席\n2024-05-08 来源：某网\n"
            "今天，迎春会在市文化宫隆重举行。市长李明、副市长王华等以及500多名市民出席了活动。\n")
    assert [count for _, count, _ in _counts(extract(text))] == [None]


@pytest.mark.parametrize(("body", "expected"), [
    # people named and closed by 等, then the counted crowd: none (sixteenth round)
    ("今天，迎春会在市文化宫举行，市长李明、副市长王华等以及500多名市民出席了活动。", (None, False)),
    # the named closed by 等 and their kind, then the counted crowd: none (sixteenth and thirtieth rounds)
    ("近日，某村在村民家的院坝里召开院坝会，镇党委书记麻明、镇人大主席东方华等镇村干部与40余名村民代表围坐在一起，拉家常。",
     (None, False)),
    ("5月6日，该村召开院坝会，镇长李明、副镇长王华等镇村干部和30余名群众参加了会议。", (None, False)),
    ("5月6日，該村召開院壩會，鎮長李明、副鎮長王華等鎮村幹部和30餘名群眾參加了會議。", (None, False)),
    # a total after 等 covers the named (seventeenth round)
    ("5月6日，县里召开座谈会，县长李明、副县长王华等30余人参加。", (30, True)),
    # one person named, then 及 and the count: the count stands (the synthetic gold reads it so)
    ("今天，迎春会在市文化宫举行，市长李明及500多名市民出席了活动。", (500, True)),
])
def test_count_after_named_people(extract, body, expected):
    assert _counts(extract(page(body)))[0][1:] == expected
